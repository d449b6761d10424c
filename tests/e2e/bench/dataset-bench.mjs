// Dataset benchmark (not a pass/fail test): 1,000 documents with 50
// annotations each (25 quotes attributed to 25 speaker mentions) as native
// JSONL, in Debian's Chromium. Prints the time to read and preview the
// import, to add the documents, and to export the workspace as JSONL and
// as doccano. Run with `make bench`.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnnotatorPage, startHarness, ARTIFACTS } from '../support/app.mjs';
import { watchLongFrames, takeLongestFrame } from './long-frames.mjs';

function documentLine(d) {
  const paras = [];
  for (let k = 0; k < 25; k++) paras.push(`Speaker${k} said “statement ${d}-${k} about the budget” on Monday.`);
  const title = `Document ${d}`;
  const text = [title, ...paras].join('\n\n');
  const speakers = [];
  const mentions = [];
  const quotes = [];
  let offset = title.length + 2;
  paras.forEach((p, k) => {
    const name = `Speaker${k}`;
    speakers.push({ id: `s${k + 1}`, name, aliases: [] });
    const span = (s, e) => ({ start: offset + s, end: offset + e, text: p.slice(s, e), utf16: { start: offset + s, end: offset + e } });
    mentions.push({ id: `m${100 + k}`, speaker: `s${k + 1}`, ...span(0, name.length) });
    quotes.push({ id: `q${200 + k}`, kind: 'direct', speaker: `s${k + 1}`, cue: null, ...span(p.indexOf('“'), p.indexOf('”') + 1) });
    offset += p.length + 2;
  });
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  return JSON.stringify({ format: 'article-annotator', version: 1, document: { id: `d${d}`, title, text, sha256 }, speakers, mentions, quotes });
}

const path = join(ARTIFACTS, 'bench-1000-docs.jsonl');
writeFileSync(path, Array.from({ length: 1000 }, (_, d) => documentLine(d)).join('\n') + '\n');
console.log('dataset: 1000 documents × 50 annotations (native JSONL)');

const harness = await startHarness();
try {
  const app = await AnnotatorPage.open(harness);
  const now = () => app.page.evaluate(() => performance.now());
  // The longest main-thread frame (Long Animation Frames API) while the
  // import is read and previewed, and while it is added; the moment the
  // preview is in the DOM (Playwright's waitFor polls at up to 500 ms).
  await watchLongFrames(app.page);
  await app.page.evaluate(() => {
    new MutationObserver(() => {
      if (!window.__previewAt && document.querySelector('[data-testid="import-preview"]')) window.__previewAt = performance.now();
    }).observe(document.body, { subtree: true, childList: true });
  });
  // The API reports frames longer than 50 ms only.
  const longest = () => takeLongestFrame(app.page)
    .then(({ duration, parts }) => (duration ? `${duration.toFixed(0)} ms (${parts})` : 'none over 50 ms'));
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.testid('open-import').click()]);
  let t0 = await now();
  await chooser.setFiles(path);
  await app.testid('import-preview').waitFor({ timeout: 120_000 });
  let t1 = await app.page.evaluate(() => window.__previewAt);
  console.log(`import: read, parse and validate 1000 documents to the preview in the DOM: ${(t1 - t0).toFixed(0)} ms (${await app.testid('import-summary').textContent()}); longest main-thread frame: ${await longest()}`);
  t0 = await now();
  await app.testid('import-confirm').click();
  await app.waitForHeadline('Document 0', { timeout: 120_000 });
  t1 = await now();
  // The adding's work ends with its save: give it a moment to be counted.
  await app.page.waitForTimeout(1000);
  console.log(`adding them to the workspace, first one shown: ${(t1 - t0).toFixed(0)} ms; longest main-thread frame (with the save): ${await longest()}`);
  for (const format of ['jsonl', 'doccano']) {
    await app.testid('open-export').click();
    await app.testid('export-format').selectOption(format);
    t0 = await now();
    const [download] = await Promise.all([app.page.waitForEvent('download', { timeout: 120_000 }), app.testid('export-download').click()]);
    t1 = await now();
    await download.saveAs(join(ARTIFACTS, `bench-export.${format}`));
    console.log(`export of the workspace (1001 documents) as ${format}: ${(t1 - t0).toFixed(0)} ms`);
  }
  await app.close();
} finally {
  await harness.close();
}
