// UI benchmark (not a pass/fail test): a generated 1 MB article with 5,000
// spans, in Debian's Chromium. Prints the time from choosing the import file
// to the article painted, from a reload to the article painted, and the
// p50/p95 latency from a `q` keypress to the new highlight painted, over 50
// additions. Run with `make bench`.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnnotatorPage, startHarness, ARTIFACTS } from '../support/app.mjs';

const WORDS = 'the council said its budget would rise while critics argued that “nothing in the plan” helps families 👩‍👩‍👧 of 東京 or שלום today'.split(' ');

/** A ~1 MB article: paragraphs with one quote and one mention each. */
function generate(targetBytes = 1_000_000, spans = 5000) {
  const paragraphs = [];
  let bytes = 0;
  let i = 0;
  while (bytes < targetBytes) {
    const words = Array.from({ length: 28 }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]);
    const p = `Speaker${i % 40} said “${words.slice(0, 12).join(' ')}” and ${words.slice(12).join(' ')}.`;
    paragraphs.push(p);
    bytes += Buffer.byteLength(p) + 2;
    i++;
  }
  const text = ['A generated long article for the benchmark', ...paragraphs].join('\n\n');
  const cps = (s) => [...s].length;
  const u16 = (s) => s.length;
  const speakers = Array.from({ length: 40 }, (_, k) => ({ id: `s${k + 1}`, name: `Speaker${k}`, aliases: [] }));
  const quotes = [];
  const mentions = [];
  let offset = text.indexOf(paragraphs[0]);
  let id = 100;
  for (let p = 0; p < paragraphs.length && quotes.length + mentions.length < spans; p++) {
    const para = paragraphs[p];
    const name = `Speaker${p % 40}`;
    const qs = para.indexOf('“');
    const qe = para.indexOf('”') + 1;
    const span = (s, e) => {
      const before = text.slice(0, offset + s);
      const inner = text.slice(offset + s, offset + e);
      return { start: cps(before), end: cps(before) + cps(inner), text: inner, utf16: { start: u16(before), end: u16(before) + u16(inner) } };
    };
    mentions.push({ id: `m${id++}`, speaker: `s${(p % 40) + 1}`, ...span(0, name.length) });
    quotes.push({ id: `q${id++}`, kind: 'direct', speaker: `s${(p % 40) + 1}`, cue: null, ...span(qs, qe) });
    offset += para.length + 2;
  }
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  return {
    file: { format: 'article-annotator', version: 1, document: { id: 'bench', title: 'A generated long article for the benchmark', text, sha256 }, speakers, mentions, quotes },
    paragraphs: paragraphs.length,
  };
}

const pct = (xs, p) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

const { file, paragraphs } = generate();
const path = join(ARTIFACTS, 'bench-1mb.json');
writeFileSync(path, JSON.stringify(file));
const textBytes = Buffer.byteLength(file.document.text);
console.log(`article: ${textBytes} bytes, ${paragraphs} paragraphs, ${file.quotes.length + file.mentions.length} spans`);

const harness = await startHarness();
try {
  const app = await AnnotatorPage.open(harness);
  app.page.on('crash', () => console.log('the page crashed'));
  app.page.on('console', (m) => { if (m.type() === 'error') console.log('console error:', m.text().slice(0, 200)); });
  const painted = () => app.page.evaluate((n) => new Promise((ok) => {
    const check = () => {
      // Checked at the start of each frame: the first frame that finds
      // every highlight in the DOM is the one that paints them.
      if (document.querySelectorAll('[data-testid="article"] .hl-quote').length >= n) ok(performance.now());
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }), file.quotes.length);

  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.testid('import-json').click()]);
  const t0 = await app.page.evaluate(() => performance.now());
  await chooser.setFiles(path);
  const t1 = await painted();
  console.log(`import of the 1 MB file to painted: ${(t1 - t0).toFixed(0)} ms`);
  await app.page.locator('[data-testid="suggestions"][data-ready="true"]').waitFor();
  const engine = await app.page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name).filter((n) => n.startsWith('suggest-ms=')).pop());
  console.log(`suggestion engine on the 1 MB text in Chromium: ${engine.split('=')[1]} ms`);

  // Let the autosave of the imported workspace finish before reloading.
  await app.page.waitForFunction(() => /MB/.test(document.querySelector('[data-testid="storage-used"]')?.textContent ?? ''));
  await app.page.reload();
  const tReload = await painted();
  const nav = await app.page.evaluate(() => performance.getEntriesByType('navigation')[0].startTime);
  console.log(`first render after reload (navigation start to article painted): ${(tReload - nav).toFixed(0)} ms`);

  // 50 additions: select a word in paragraph k, press q, wait for the new
  // highlight and the next frame.
  const latencies = [];
  const domLatencies = [];
  const frameCounts = [];
  for (let k = 0; k < 50; k++) {
    await app.page.evaluate((k) => {
      const paras = document.querySelectorAll('[data-testid="paragraph"]');
      const p = paras[100 + k * 37];
      const seg = [...p.querySelectorAll('[data-start]')].find((s) => !s.dataset.spans && s.textContent.includes(' and '));
      const node = seg.firstChild;
      const at = node.data.indexOf(' and ') + 1;
      window.getSelection().setBaseAndExtent(node, at, node, at + 3);
      window.__before = document.querySelectorAll('[data-testid="article"] .hl-quote').length;
      window.__latency = new Promise((ok) => {
        addEventListener('keydown', () => {
          const t = performance.now();
          // Frames begun since the keypress: 1 means the highlight was in
          // the very next frame.
          let frames = 0;
          const count = () => { frames++; if (!window.__done) requestAnimationFrame(count); };
          window.__done = false;
          requestAnimationFrame(count);
          const article = document.querySelector('[data-testid="article"]');
          // The first DOM change that adds the highlight, then the frame
          // that paints it.
          const observer = new MutationObserver(() => {
            if (article.querySelectorAll('.hl-quote').length > window.__before) {
              observer.disconnect();
              const dom = performance.now() - t;
              requestAnimationFrame(() => { window.__done = true; ok({ paint: performance.now() - t, dom, frames }); });
            }
          });
          observer.observe(article, { subtree: true, childList: true, attributes: true, characterData: true });
        }, { once: true, capture: true });
      });
    }, k);
    await app.press('q');
    const { paint, dom, frames } = await app.page.evaluate(() => window.__latency);
    frameCounts.push(frames);
    latencies.push(paint);
    domLatencies.push(dom);
  }
  console.log(`q keypress to highlight in the DOM (the app's work), 50 additions: p50 ${pct(domLatencies, 50).toFixed(1)} ms, p95 ${pct(domLatencies, 95).toFixed(1)} ms`);
  console.log(`q keypress to highlight painted, 50 additions: p50 ${pct(latencies, 50).toFixed(1)} ms, p95 ${pct(latencies, 95).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`);
  const nextFrame = frameCounts.filter((f) => f <= 1).length;
  console.log(`highlight painted in the first frame after the keypress: ${nextFrame} of ${frameCounts.length} additions (frames: ${frameCounts.join(' ')})`);
  await app.close();
} finally {
  await harness.close();
}
