// Profiling aid (not part of `make bench`): traces the import of the
// realistic article (choosing the file to the suggestions shown) and prints
// each main-thread task over 30 ms with what it spent its time on, each
// layout over 8 ms with how many objects it laid out, and the functions the
// longest script task spent its time in (inclusive; names need a wasm
// built with them, e.g. `wasm-bindgen --keep-debug` then
// `wasm-opt -Oz --debuginfo`, in place of dist's).
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
  await app.page.waitForTimeout(1500);
  const cdp = await app.context.newCDPSession(app.page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const finished = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start'); await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,blink,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  const runs = await app.page.evaluate(() => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('suggest-ms=')).length);
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.testid('import-json').click()]);
  await chooser.setFiles(path);
  await app.page.waitForFunction((runs) => performance.getEntriesByType('mark')
    .filter((m) => m.name.startsWith('suggest-ms=')).length > runs, runs, { timeout: 120_000 });
  await app.page.waitForFunction(() => /MB/.test(document.querySelector('[data-testid="storage-used"]')?.textContent ?? ''), null, { timeout: 60000 });
  await app.page.waitForTimeout(1000);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await finished;
  writeFileSync(join(ARTIFACTS, 'import.trace.json'), JSON.stringify(events));
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const t0 = mine[0].ts;
  for (const e of mine.filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && e.dur > 8000)) console.log(e.name, (e.dur / 1000).toFixed(0), JSON.stringify(e.args).slice(0, 300));
  const tasks = mine.filter((e) => e.name === 'RunTask' && e.dur > 30000);
  // Inclusive time by function inside the longest script task.
  // The longest, or with `first` as argument the first.
  const scriptTasks = tasks.filter((t) => mine.some((e) => e.ts >= t.ts && e.ts < t.ts + t.dur && e.name === 'FunctionCall'));
  const longestScript = process.argv[2] === 'first' ? scriptTasks[0] : scriptTasks.sort((a, b) => b.dur - a.dur)[0];
  if (longestScript) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const incl = new Map();
    let t = profile.startTime;
    for (let i = 0; i < profile.samples.length; i++) {
      t += profile.timeDeltas[i];
      if (t < longestScript.ts || t > longestScript.ts + longestScript.dur) continue;
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      let id = profile.samples[i]; const seen = new Set();
      while (id !== undefined) { const k = byId.get(id).callFrame.functionName || '(anon)'; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + dt); } id = parent.get(id); }
    }
    console.log(`--- inside the task at ${((longestScript.ts - t0) / 1000).toFixed(0)} ms (${(longestScript.dur / 1000).toFixed(0)} ms)`);
    for (const [k, v] of [...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, 70)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k.slice(0, 140)}`);
  }
  for (const t of tasks) {
    const inside = mine.filter((e) => e.ts >= t.ts && e.ts < t.ts + t.dur && e.name !== 'RunTask' && e.dur > 3000)
      .slice(0, 12).map((e) => `${e.name}${e.args?.data?.functionName ? '(' + e.args.data.functionName + ')' : ''}${e.args?.data?.type ? '[' + e.args.data.type + ']' : ''} ${(e.dur / 1000).toFixed(0)}`);
    console.log(`task at ${((t.ts - t0) / 1000).toFixed(0)} ms, ${(t.dur / 1000).toFixed(1)} ms: ${inside.join(', ')}`);
  }
  await app.close();
} finally {
  await harness.close();
}
