// Profiling aid (not part of `make bench`): imports the realistic article,
// then records a CPU profile of one reload until every quote is in the DOM
// and prints self time by function, and by kind (wasm, js, native).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnnotatorPage, startHarness, ARTIFACTS } from '../support/app.mjs';
import { realisticArticle } from './realistic-article.mjs';

const { file } = realisticArticle();
const path = join(ARTIFACTS, 'bench-profile.json');
writeFileSync(path, JSON.stringify(file));
const harness = await startHarness();
try {
  const app = await AnnotatorPage.open(harness, { viewport: { width: 1280, height: 900 } });
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.testid('import-json').click()]);
  await chooser.setFiles(path);
  await app.page.waitForFunction(() => /MB/.test(document.querySelector('[data-testid="storage-used"]')?.textContent ?? ''), null, { timeout: 60000 });
  await app.page.waitForTimeout(1500);
  const quotes = file.quotes.length;
  await app.page.addInitScript((count) => {
    window.__done = new Promise((ok) => {
      const check = () => {
        if (document.getElementsByClassName('hl-quote').length < count) { requestAnimationFrame(check); return; }
        ok(performance.now());
      };
      requestAnimationFrame(check);
    });
  }, quotes);
  await app.page.reload();
  await app.page.evaluate(async () => await window.__done);
  await app.page.waitForTimeout(1000);
  const cdp = await app.context.newCDPSession(app.page);
  if (process.argv[2] === 'trace') {
    const events = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    const finished = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,blink,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
    await app.page.reload();
    const at = await app.page.evaluate(async () => (await window.__done) - performance.getEntriesByType('navigation')[0].startTime);
    await cdp.send('Tracing.end');
    await finished;
    writeFileSync(join(ARTIFACTS, 'reload.trace.json'), JSON.stringify(events));
    const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
    const sum = new Map();
    for (const e of mine) sum.set(e.name, (sum.get(e.name) ?? 0) + e.dur / 1000);
    console.log(`every quote in the DOM at ${at.toFixed(0)} ms`);
    const nav = events.find((e) => e.name === 'navigationStart' && e.pid === main.pid) ?? mine[0];
    const tasks = mine.filter((e) => e.name === 'RunTask' && e.dur > 1000);
    for (const t of tasks) {
      const inside = mine.filter((e) => e.ts >= t.ts && e.ts < t.ts + t.dur && e.name !== 'RunTask' && e.dur > 2000)
        .slice(0, 6).map((e) => `${e.name}${e.args?.data?.functionName ? '(' + e.args.data.functionName + ')' : ''} ${(e.dur / 1000).toFixed(0)}`);
      console.log(`task at ${((t.ts - nav.ts) / 1000).toFixed(0)} ms, ${(t.dur / 1000).toFixed(1)} ms: ${inside.join(', ')}`);
    }
    for (const [k, v] of [...sum.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
    await app.close();
    process.exit(0);
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await app.page.reload();
  const done = await app.page.evaluate(async () => (await window.__done) - performance.getEntriesByType('navigation')[0].startTime);
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(join(ARTIFACTS, 'reload.cpuprofile'), JSON.stringify(profile));
  const marks = await app.page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name}@${m.startTime.toFixed(0)}`));
  console.log(`every quote in the DOM at ${done.toFixed(0)} ms; marks: ${marks.join(' ')}`);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const n = byId.get(profile.samples[i]);
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`profiled ${total.toFixed(0)} ms`);
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
  await app.close();
} finally {
  await harness.close();
}
