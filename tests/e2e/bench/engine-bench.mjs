// The suggestion engine's speed in Chromium (not a pass/fail test): the
// app's own engine worker (dist/engine_worker_loader.js, the wasm the page
// loads) is sent 1 MB texts eleven times each, and its reported time
// (`engine_ms`, from receiving the text to the candidates built, before
// they are written as JSON) is printed: the first run of a fresh worker in
// a fresh browser (what a user's first import on a first visit meets),
// asked at once and asked a second after it loaded, then the median and
// fastest of the runs after it.
// The texts: the evaluation passages laid end to end to 1 MB (as
// `core_bench` lays them) and the UI benchmark's realistic article.
// Run with `make bench`, or `node tests/e2e/bench/engine-bench.mjs`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startHarness } from '../support/app.mjs';
import { realisticArticle } from './realistic-article.mjs';

const RUNS = 11;

/** The evaluation passages' bodies (headline dropped), repeated to 1 MB. */
function evalPassages1mb() {
  const bodies = [];
  for (const set of ['gold', 'unseen', 'unseen2', 'unseen3', 'dev2']) {
    for (const line of readFileSync(join(ROOT, 'tests', 'eval', `${set}.jsonl`), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const text = JSON.parse(line).document.text;
      const cut = text.indexOf('\n');
      bodies.push((cut < 0 ? text : text.slice(cut + 1)).trim());
    }
  }
  let text = 'Varied news\n\n';
  const bytes = (s) => Buffer.byteLength(s, 'utf8');
  let size = bytes(text);
  for (;;) {
    for (const b of bodies) {
      if (size >= 1_000_000) return text;
      text += `${b}\n\n`;
      size += bytes(b) + 2;
    }
  }
}

const texts = [
  ['the evaluation passages to 1 MB', evalPassages1mb()],
  ['the realistic article', realisticArticle().file.document.text],
];

/**
 * Times the engine worker on `text` in a fresh browser (nothing compiled
 * or cached yet; a page of the app's origin that is not the app, so no
 * other worker has warmed the wasm): the first question `idleMs` after the
 * worker said it was ready, then `RUNS - 1` more.
 */
async function timeFreshWorker(text, idleMs) {
  const harness = await startHarness();
  try {
    const page = await harness.browser.newPage();
    const problems = [];
    // Any request that fails, but the browser's own ask for a favicon.
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`${r.status()} ${r.url()}`);
    });
    page.on('console', (m) => { if (m.type() === 'error' && !m.text().includes('404')) problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${harness.origin}/icon.svg`);
    const result = await page.evaluate(async ({ text, runs, idleMs }) => {
      const created = performance.now();
      const worker = new Worker('/engine_worker_loader.js');
      const messages = [];
      let wake = null;
      worker.onmessage = (e) => { messages.push(e.data); if (wake) wake(); };
      const next = () => new Promise((ok) => { if (messages.length) ok(); else wake = ok; })
        .then(() => { wake = null; return messages.shift(); });
      if ((await next()) !== 'ready') throw new Error('the engine worker did not say it was ready');
      const readyMs = performance.now() - created;
      await new Promise((ok) => setTimeout(ok, idleMs));
      const out = [];
      for (let seq = 1; seq <= runs; seq++) {
        worker.postMessage({ seq, id: 'bench', text });
        const reply = await next();
        if (reply.error) throw new Error(`engine worker: ${reply.error}`);
        const wire = JSON.parse(reply.json);
        out.push({ ms: wire.engine_ms, items: wire.items.length });
      }
      worker.terminate();
      return { readyMs, times: out };
    }, { text, runs: RUNS, idleMs });
    if (problems.length) console.log(`console errors: ${problems.join('; ')}`);
    return result;
  } finally {
    await harness.close();
  }
}

for (const [name, text] of texts) {
  const mb = Buffer.byteLength(text, 'utf8') / 1e6;
  const rate = (t) => `${t.toFixed(0)} ms (${(mb / t * 1e3).toFixed(1)} MB/s)`;
  // At once: the worst case, a document sent the moment the worker loads.
  // After a second: a user who opens a file once the page has loaded,
  // when the worker has warmed up while idle (src/bin/engine_worker.rs).
  for (const [when, idleMs] of [['asked at once', 0], ['asked 1 s after it loaded', 1000]]) {
    const { readyMs, times } = await timeFreshWorker(text, idleMs);
    const later = times.slice(1).map((t) => t.ms).sort((a, b) => a - b);
    const median = later[Math.floor(later.length / 2)];
    console.log(`engine in Chromium on ${name} (${mb.toFixed(2)} MB, ${times[0].items} candidates), a fresh worker (ready in ${readyMs.toFixed(0)} ms) ${when}: first run ${rate(times[0].ms)}; the ${later.length} runs after it: median ${rate(median)}, fastest ${rate(later[0])}`);
  }
}
