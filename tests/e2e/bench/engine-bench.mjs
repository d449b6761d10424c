// The suggestion engine's speed in Chromium (not a pass/fail test): the
// app's own engine worker (dist/engine_worker_loader.js, the wasm the page
// loads) is sent 1 MB texts eleven times each, and its reported time
// (`engine_ms`, from receiving the text to the candidates built, before
// they are written as JSON) is printed: the first run of a fresh worker
// (what a user's first import meets: the wasm is still compiled by the
// baseline tier), then the median and fastest of the runs after it.
// The texts: the evaluation passages laid end to end to 1 MB (as
// `core_bench` lays them) and the UI benchmark's realistic article.
// Run with `make bench`, or `node tests/e2e/bench/engine-bench.mjs`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnnotatorPage, ROOT, startHarness } from '../support/app.mjs';
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

const harness = await startHarness();
try {
  const app = await AnnotatorPage.open(harness);
  for (const [name, text] of texts) {
    const times = await app.page.evaluate(async ({ text, runs }) => {
      const worker = new Worker('/engine_worker_loader.js');
      const messages = [];
      let wake = null;
      worker.onmessage = (e) => { messages.push(e.data); if (wake) wake(); };
      const next = () => new Promise((ok) => { if (messages.length) ok(); else wake = ok; })
        .then(() => { wake = null; return messages.shift(); });
      if ((await next()) !== 'ready') throw new Error('the engine worker did not say it was ready');
      const out = [];
      for (let seq = 1; seq <= runs; seq++) {
        worker.postMessage({ seq, id: 'bench', text });
        const reply = await next();
        if (reply.error) throw new Error(`engine worker: ${reply.error}`);
        const wire = JSON.parse(reply.json);
        out.push({ ms: wire.engine_ms, items: wire.items.length });
      }
      worker.terminate();
      return out;
    }, { text, runs: RUNS });
    const mb = Buffer.byteLength(text, 'utf8') / 1e6;
    const rate = (t) => `${t.toFixed(0)} ms (${(mb / t * 1e3).toFixed(1)} MB/s)`;
    const later = times.slice(1).map((t) => t.ms).sort((a, b) => a - b);
    const median = later[Math.floor(later.length / 2)];
    console.log(`engine in Chromium on ${name} (${mb.toFixed(2)} MB, ${times[0].items} candidates): first run ${rate(times[0].ms)}; the ${later.length} runs after it: median ${rate(median)}, fastest ${rate(later[0])}`);
  }
  if (app.problems.length) console.log(`console errors: ${app.problems.join('; ')}`);
} finally {
  await harness.close();
}
