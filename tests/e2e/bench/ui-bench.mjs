// UI benchmark (not a pass/fail test), in Debian's Chromium, on two ~1 MB
// articles: the "template" article (one template paragraph, 40 speakers,
// template-article.mjs) and a "realistic" one (varied news paragraphs,
// ~1,400 speakers, 2,000 quotes, 3,000 mentions, realistic-article.mjs).
// For each it prints:
//   import → painted    choosing the file to every quote highlight in the
//                       DOM at a frame start (and that frame rendered);
//   reload → painted    navigation start to the frame with every highlight
//                       rendered (style, layout, paint done), median of 5
//                       reloads, beside the same for a static HTML page of
//                       the text (served from dist/, no script) and its
//                       last paragraph, and the ratio app/static;
//   q → DOM / painted   p50 and p95 from a `q` keydown on a selected word
//                       to the new highlight in the DOM and to the next
//                       frame, 40 additions near the top and 40 in the
//                       middle, and how many were painted in the first frame;
//   suggestions         the engine's time and how many wait for review.
// Ends with a Markdown table of both. Run with `make bench`, or
// `node tests/e2e/bench/ui-bench.mjs` once dist/ is built.
import { writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AnnotatorPage, startHarness, ARTIFACTS, ROOT } from '../support/app.mjs';
import { templateArticle } from './template-article.mjs';
import { realisticArticle } from './realistic-article.mjs';
import { watchLongFrames, takeLongestFrame } from './long-frames.mjs';

const RELOADS = 5;
const ADDITIONS = 40;
const VIEWPORT = { width: 1280, height: 900 };

// ---------------------------------------------------------------- figures

const pct = (xs, p) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const ratio = (r) => `${(r.reload.rendered / r.static.rendered).toFixed(1)}×`;
const ms = (x) => (typeof x !== 'number' || Number.isNaN(x) ? 'n/a' : `${x < 100 ? x.toFixed(1) : Math.round(x).toLocaleString('en-US')} ms`);
const n = (x) => x.toLocaleString('en-US');

// ---------------------------------------------------------------- in-page watchers

/**
 * In the page: `window.__painted` resolves to { dom, rendered }: dom is
 * performance.now() at the start of the first frame that finds `count`
 * distinct quotes highlighted in the article (the frame that paints them);
 * rendered is when the main thread is next free after that frame's style,
 * layout and paint (a task queued then, or the next frame, whichever runs
 * first). Cheap until the count is near.
 */
function watchQuotes(count) {
  const marks = document.getElementsByClassName('hl-quote');
  const distinct = () => {
    const labels = new Set();
    for (const el of document.querySelectorAll('[data-testid="article"] .hl-quote')) {
      for (const l of el.dataset.spans.split(' ')) if (l.startsWith('q')) labels.add(l);
    }
    return labels.size;
  };
  window.__painted = new Promise((ok) => {
    const check = () => {
      if (marks.length < count || distinct() < count) { requestAnimationFrame(check); return; }
      const dom = performance.now();
      // Whichever runs first after this frame's rendering work: a task or the next frame.
      let done = false;
      const rendered = () => { if (!done) { done = true; ok({ dom, rendered: performance.now() }); } };
      setTimeout(rendered, 0);
      requestAnimationFrame(rendered);
    };
    requestAnimationFrame(check);
  });
}

/** In the static page: the same, for the first frame after the last paragraph is parsed. */
function watchStatic() {
  window.__painted = new Promise((ok) => {
    const check = () => {
      if (document.readyState === 'loading' || !document.getElementById('last')) { requestAnimationFrame(check); return; }
      const dom = performance.now();
      let done = false;
      const rendered = () => { if (!done) { done = true; ok({ dom, rendered: performance.now() }); } };
      setTimeout(rendered, 0);
      requestAnimationFrame(rendered);
    };
    requestAnimationFrame(check);
  });
}

/** In the page: { dom, rendered } of `window.__painted`, from navigation start. */
async function sinceNavigation() {
  const { dom, rendered } = await window.__painted;
  const start = performance.getEntriesByType('navigation')[0].startTime;
  return { dom: dom - start, rendered: rendered - start };
}

/** The median run, by time rendered. */
const medianRun = (runs) => runs.slice().sort((a, b) => a.rendered - b.rendered)[Math.floor(runs.length / 2)];

// ---------------------------------------------------------------- import and reload

/** How many times the suggestion engine has run in this page (it leaves a `suggest-ms=` mark). */
const engineRuns = (app) => app.page.evaluate(() => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('suggest-ms=')).length);

async function importPainted(app, path, quotes) {
  await app.page.evaluate(watchQuotes, quotes);
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.testid('import-json').click()]);
  const t0 = await app.page.evaluate(() => performance.now());
  await chooser.setFiles(path);
  const { dom, rendered } = await app.page.evaluate(() => window.__painted);
  return { dom: dom - t0, rendered: rendered - t0 };
}

/** Throws unless the article is shown with every quote and mention of the file. */
async function checkShown(app, file) {
  const headline = await app.headline().textContent();
  if (headline !== file.document.title) {
    const notice = await app.notice().textContent().catch(() => '');
    throw new Error(`the article is not shown (headline ${JSON.stringify(headline)}); notice: ${notice}`);
  }
  const [q, m] = [(await app.highlights('q')).length, (await app.highlights('m')).length];
  if (q !== file.quotes.length || m !== file.mentions.length) {
    throw new Error(`highlights: ${q} quotes and ${m} mentions shown, the file has ${file.quotes.length} and ${file.mentions.length}`);
  }
}

/** Waits for the imported workspace to be saved (the storage figure reaches MB). */
async function saved(app) {
  await app.page.waitForFunction(() => /MB/.test(document.querySelector('[data-testid="storage-used"]')?.textContent ?? ''));
}

async function reloadPainted(app, quotes) {
  await app.page.addInitScript(watchQuotes, quotes);
  const times = [];
  for (let i = 0; i < RELOADS; i++) {
    await app.page.reload();
    times.push(await app.page.evaluate(sinceNavigation));
    await app.ready();
  }
  return medianRun(times);
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The text as a plain page: the app's article font, measure and spacing; no script. */
function staticHtml(text) {
  const [headline, ...paras] = text.split('\n\n');
  const body = paras.map((p, i) => `<p${i === paras.length - 1 ? ' id="last"' : ''}>${escape(p)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(headline)}</title>
<style>
body { margin: 0; color: #1f1d1a; background: #fbfaf7; }
main { padding: 2rem 1.5rem; font-family: Georgia, "Noto Serif", "Times New Roman", serif; font-size: 1.12rem; line-height: 1.7; }
main > * { max-width: 44rem; margin-left: auto; margin-right: auto; }
h1 { font-size: 1.9rem; line-height: 1.25; margin-top: 0; margin-bottom: 1.5rem; }
p { margin-top: 0; margin-bottom: 1.1em; white-space: pre-wrap; overflow-wrap: anywhere; }
</style></head>
<body><main><h1>${escape(headline)}</h1>
${body}
</main></body></html>
`;
}

/** Navigation start to the static page's last paragraph painted, median of reloads after a first visit. */
async function staticPainted(harness, name, text) {
  const file = `bench-static-${name}.html`;
  const path = join(ROOT, 'dist', file);
  writeFileSync(path, staticHtml(text));
  const context = await harness.browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchStatic);
    await page.goto(`${harness.origin}/${file}`);
    await page.evaluate(() => window.__painted);
    const times = [];
    for (let i = 0; i < RELOADS; i++) {
      await page.reload();
      times.push(await page.evaluate(sinceNavigation));
    }
    return medianRun(times);
  } finally {
    await context.close();
    rmSync(path, { force: true });
  }
}

// ---------------------------------------------------------------- suggestions

/** The engine's time, the panel's pending count and the suggested highlights drawn. */
async function suggestions(app) {
  await app.page.locator('[data-testid="suggestions"][data-ready="true"]').waitFor();
  return app.page.evaluate(() => {
    const engine = performance.getEntriesByType('mark').map((m) => m.name).filter((m) => m.startsWith('suggest-ms=')).pop();
    const heading = document.querySelector('[data-testid="suggestions"] h2')?.textContent ?? '';
    const drawn = (cls) => {
      const labels = new Set();
      for (const el of document.querySelectorAll(`[data-testid="article"] .${cls}`)) {
        for (const l of el.dataset.spans.split(' ')) if (l.startsWith('g')) labels.add(l);
      }
      return labels.size;
    };
    return {
      engineMs: engine ? Number(engine.split('=')[1]) : null,
      pending: Number(/\((\d+) to review\)/.exec(heading)?.[1] ?? NaN),
      quotes: drawn('sg-quote'),
      mentions: drawn('sg-mention'),
    };
  });
}

// ---------------------------------------------------------------- additions

/**
 * In the page: selects a whole word in an unhighlighted part of a paragraph
 * of [from, to), starting at `at`, scrolls it into view, and arms
 * `window.__latency` for the next keydown. False if no word was found.
 */
function armAddition({ from, to, at }) {
  const paras = document.querySelectorAll('[data-testid="paragraph"]');
  const word = /(?<![\p{L}\p{M}\p{N}’'-])\p{L}[\p{L}\p{M}]{3,}(?![\p{L}\p{M}\p{N}’'-])/u;
  let found = null;
  for (let i = 0; i < to - from && !found; i++) {
    const p = paras[from + ((at - from + i) % (to - from))];
    for (const seg of p.querySelectorAll('span[data-start]:not([data-spans])')) {
      const m = word.exec(seg.textContent);
      if (m) { found = { node: seg.firstChild, start: m.index, end: m.index + m[0].length }; break; }
    }
  }
  if (!found) return false;
  found.node.parentElement.scrollIntoView({ block: 'nearest' });
  window.getSelection().setBaseAndExtent(found.node, found.start, found.node, found.end);
  const article = document.querySelector('[data-testid="article"]');
  const before = article.querySelectorAll('.hl-quote').length;
  const latency = new Promise((ok) => {
    addEventListener('keydown', () => {
      const t = performance.now();
      // Frames begun since the keypress: 1 means the highlight was in the very next frame.
      let frames = 0;
      let done = false;
      const count = () => { frames++; if (!done) requestAnimationFrame(count); };
      requestAnimationFrame(count);
      // The first DOM change that adds the highlight, then the frame that paints it.
      const observer = new MutationObserver(() => {
        if (article.querySelectorAll('.hl-quote').length > before) {
          observer.disconnect();
          const dom = performance.now() - t;
          requestAnimationFrame(() => { done = true; ok({ paint: performance.now() - t, dom, frames }); });
        }
      });
      observer.observe(article, { subtree: true, childList: true, attributes: true, characterData: true });
    }, { once: true, capture: true });
  });
  window.__latency = Promise.race([latency, new Promise((ok) => setTimeout(() => ok(null), 10_000))]);
  return true;
}

/** In the page: two frames and an idle period, so the scroll and the selection are painted and settled. */
const settle = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(ok, { timeout: 1000 }))));

/** `ADDITIONS` quotes added in paragraphs [from, to) with a selection and `q`; the latencies. */
async function additions(app, from, to) {
  await app.page.evaluate((from) => {
    const article = document.querySelector('[data-testid="article"]');
    if (from === 0) article.scrollTop = 0;
    else document.querySelectorAll('[data-testid="paragraph"]')[from].scrollIntoView({ block: 'start' });
  }, from);
  const out = { dom: [], paint: [], firstFrame: 0, missed: 0 };
  for (let k = 0; k < ADDITIONS; k++) {
    if (!(await app.page.evaluate(armAddition, { from, to, at: from + (k % (to - from)) }))) throw new Error(`no word left to select in paragraphs ${from}–${to}`);
    await app.page.evaluate(settle);
    await app.press('q');
    const r = await app.page.evaluate(() => window.__latency);
    if (!r) { out.missed++; continue; }
    out.dom.push(r.dom);
    out.paint.push(r.paint);
    if (r.frames <= 1) out.firstFrame++;
  }
  return out;
}

// ---------------------------------------------------------------- one article

/** Imports the file, checks it is shown, waits for the engine's run on it and for the save. */
async function importStep(app, path, file, log) {
  const runs = await engineRuns(app);
  await watchLongFrames(app.page);
  const painted = await importPainted(app, path, file.quotes.length);
  await checkShown(app, file);
  log(`import → painted: ${ms(painted.dom)} (frame start with every highlight; rendered at ${ms(painted.rendered)})`);
  // The engine's run on this article, not on the document shown before.
  await app.page.waitForFunction((runs) => performance.getEntriesByType('mark')
    .filter((m) => m.name.startsWith('suggest-ms=')).length > runs, runs, { timeout: 120_000 });
  const { engineMs } = await suggestions(app);
  const { duration: longest, parts } = await takeLongestFrame(app.page);
  log(`longest main-thread frame from choosing the file to the suggestions shown: ${ms(longest)} (${parts})`);
  await saved(app);
  return { painted, engineMs, longest };
}

/** A first visit: navigation → the sample article painted, and a key
 *  pressed at once (`?`, the help) → handled in the DOM, measured from the
 *  key event's own time stamp (so a busy page counts). */
async function firstStart(harness) {
  const context = await harness.browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const check = () => {
      if (document.querySelector('[data-testid="headline"]')) window.__samplePainted = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
    addEventListener('keydown', (e) => {
      const t = e.timeStamp;
      const seen = () => {
        if (document.querySelector('[data-testid="help-overlay"]')) window.__keyHandled = performance.now() - t;
        else requestAnimationFrame(seen);
      };
      seen();
    }, { once: true, capture: true });
  });
  await page.goto(harness.origin + '/');
  await page.waitForFunction(() => window.__samplePainted !== undefined);
  await page.keyboard.press('?');
  await page.waitForFunction(() => window.__keyHandled !== undefined);
  const r = await page.evaluate(() => ({ painted: window.__samplePainted, key: window.__keyHandled }));
  await context.close();
  return r;
}

async function additionsStep(app, where, from, log) {
  const a = await additions(app, from, from + 30);
  const missed = a.missed ? `, ${a.missed} without a highlight` : '';
  log(`q → DOM, ${where}: p50 ${ms(pct(a.dom, 50))}, p95 ${ms(pct(a.dom, 95))} (${a.dom.length} additions${missed})`);
  log(`q → painted, ${where}: p50 ${ms(pct(a.paint, 50))}, p95 ${ms(pct(a.paint, 95))}, first frame ${a.firstFrame}/${a.paint.length}`);
  return a;
}

/** Every measurement on one article, in a fresh browser context. */
async function bench(harness, article) {
  const { name, file, stats } = article;
  const log = (line) => console.log(`${name}: ${line}`);
  const path = join(ARTIFACTS, `bench-${name}.json`);
  writeFileSync(path, JSON.stringify(file));
  const extra = stats.namesInText ? `, ${n(stats.namesInText)} names in the text, ${n(stats.quoteCandidates)} quote-like spans written` : '';
  log(`${n(stats.bytes)} bytes, ${n(stats.paragraphs)} paragraphs, ${n(stats.quotes)} quotes, ${n(stats.mentions)} mentions, ${n(stats.speakers)} speakers${extra}`);

  const app = await AnnotatorPage.open(harness, { viewport: VIEWPORT });
  app.page.on('crash', () => log('the page crashed'));
  app.page.on('dialog', (d) => d.accept());
  const r = { stats };
  try {
    const imported = await importStep(app, path, file, log);
    r.import = imported.painted;

    r.reload = await reloadPainted(app, file.quotes.length);
    r.static = await staticPainted(harness, name, file.document.text);
    log(`reload → painted: app ${ms(r.reload.rendered)}, static page ${ms(r.static.rendered)}, app/static ${ratio(r)} `
      + `(frame rendered; at its start ${ms(r.reload.dom)} / ${ms(r.static.dom)}; median of ${RELOADS})`);

    r.suggestions = await suggestions(app);
    const s = r.suggestions;
    log(`suggestions: engine ${ms(imported.engineMs)}, ${n(s.pending)} pending (${n(s.quotes)} quotes, ${n(s.mentions)} mentions drawn)`);

    r.top = await additionsStep(app, 'top', 0, log);
    r.middle = await additionsStep(app, 'middle', Math.floor(stats.paragraphs / 2), log);
  } finally {
    // Console errors, uncaught exceptions, requests outside the origin.
    const problems = [...new Set(app.problems.map((p) => p.slice(0, 300)))];
    log(`console errors: ${problems.length ? problems.join(' | ') : 'none'}`);
    app.problems.length = 0;
    await app.close();
  }
  return r;
}

/** The Markdown table of both articles' figures. */
function table(results) {
  const rows = [
    ['text', (r) => `${n(r.stats.bytes)} B, ${n(r.stats.paragraphs)} ¶, ${n(r.stats.quotes)} quotes, ${n(r.stats.mentions)} mentions, ${n(r.stats.speakers)} speakers`],
    ['import → painted', (r) => ms(r.import.dom)],
    ['reload → painted (static page, ratio)', (r) => `${ms(r.reload.rendered)} (${ms(r.static.rendered)}, ${ratio(r)})`],
    ['pending suggestions', (r) => n(r.suggestions.pending)],
    ['q → DOM p50 / p95, top', (r) => `${ms(pct(r.top.dom, 50))} / ${ms(pct(r.top.dom, 95))}`],
    ['q → painted p50 / p95, top', (r) => `${ms(pct(r.top.paint, 50))} / ${ms(pct(r.top.paint, 95))}`],
    ['q → DOM p50 / p95, middle', (r) => `${ms(pct(r.middle.dom, 50))} / ${ms(pct(r.middle.dom, 95))}`],
    ['q → painted p50 / p95, middle', (r) => `${ms(pct(r.middle.paint, 50))} / ${ms(pct(r.middle.paint, 95))}`],
    ['painted in the first frame', (r) => `${r.top.firstFrame}/${r.top.paint.length} top, ${r.middle.firstFrame}/${r.middle.paint.length} middle`],
  ];
  const names = Object.keys(results);
  console.log(`\n| | ${names.map((k) => `${k} article`).join(' | ')} |`);
  console.log(`|---|${names.map(() => '---').join('|')}|`);
  for (const [label, cell] of rows) console.log(`| ${label} | ${names.map((k) => cell(results[k])).join(' | ')} |`);
}

// ---------------------------------------------------------------- main

// `node ui-bench.mjs realistic` runs one article only.
const only = process.argv[2];
const articles = [
  { name: 'template', make: templateArticle },
  { name: 'realistic', make: realisticArticle },
].filter((a) => !only || a.name === only).map((a) => ({ name: a.name, ...a.make() }));
const harness = await startHarness();
const results = {};
try {
  const first = await firstStart(harness);
  console.log(`first visit: navigation → sample article painted ${ms(first.painted)}; a key pressed at once → handled ${ms(first.key)}`);
  for (const a of articles) results[a.name] = await bench(harness, a);
} finally {
  await harness.close();
}
table(results);
