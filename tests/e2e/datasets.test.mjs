// Dataset import and export (issue 4): bulk rows with a bad one, previewed
// before anything changes; every export format downloaded and, where the
// format can be read back, imported into a fresh workspace.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnnotatorPage, startHarness, ARTIFACTS } from './support/app.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const rows = [
  JSON.stringify({ id: 'r1', title: 'Ferry cut', text: 'Ferry cut\n\n“We will be cut off,” said shopkeeper Irene Papadopoulos.' }),
  '{"id": "r2", "title": broken json',
  JSON.stringify({ id: 'r3', text: 'Bees 🐝 and winter\n\n“The bees know before we do,” says beekeeper Ruth Kaminski.' }),
].join('\n');

async function importDataset(app, files) {
  await app.chooseFile('open-import', files);
  await app.testid('import-preview').waitFor();
}

test('a JSONL of rows with a bad line: previewed, nothing changes until confirmed, good rows added', async () => {
  const app = await AnnotatorPage.open(harness);
  const before = await app.testid('document-open').count();
  await importDataset(app, [{ name: 'rows.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(rows) }]);
  assert.match(await app.testid('import-summary').textContent(), /^2 documents with 0 quotes and 0 speaker mentions can be added; 1 problems\./);
  assert.match(await app.testid('import-problem').first().textContent(), /^line 2: /);
  assert.equal(await app.testid('document-open').count(), before, 'nothing added before confirming');
  await app.testid('import-confirm').click();
  await app.waitForHeadline('Ferry cut');
  assert.deepEqual((await app.testid('document-open').allTextContents()).slice(-2), ['Ferry cut', 'Bees 🐝 and winter']);
  await app.close();
});

test('a long JSONL is read in the formats worker: progress shown, every line counted, a bad line found by its number', async () => {
  const app = await AnnotatorPage.open(harness);
  const lines = [];
  for (let i = 1; i <= 2000; i++) {
    lines.push(i === 1234 ? '{"id": "bad", "text": ' : JSON.stringify({ id: `long-${i}`, text: `Row ${i}\r\n\r\n“Line ${i} is here,” said clerk Mo Reyes.` }));
  }
  // A BOM and CRLF line ends, as spreadsheet tools write them.
  const file = `\ufeff${lines.join('\r\n')}\r\n`;
  await app.page.evaluate(() => {
    window.__progress = [];
    new MutationObserver(() => {
      const p = document.querySelector('[data-testid="progress"]');
      if (p && window.__progress.at(-1) !== p.textContent) window.__progress.push(p.textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await importDataset(app, [{ name: 'long.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(file) }]);
  const seen = await app.page.evaluate(() => window.__progress);
  assert.ok(seen.some((t) => /^Reading the import as rows/.test(t)), `progress said: ${JSON.stringify(seen)}`);
  assert.match(await app.testid('import-summary').textContent(), /^1999 documents with 0 quotes and 0 speaker mentions can be added; 1 problems\./);
  assert.match(await app.testid('import-problem').first().textContent(), /^line 1234: /);
  assert.equal(await app.testid('progress').count(), 0, 'the progress is gone once previewed');
  await app.testid('import-confirm').click();
  await app.waitForHeadline('Row 1');
  assert.match(await app.testid('notice-text').textContent(), /^Imported 1999 documents \(rows\)\./);
  await app.close();
});

test('every export format downloads; JSONL, Label Studio, doccano and brat import back the same quotes', async () => {
  const app = await AnnotatorPage.open(harness);
  await importDataset(app, [{ name: 'rows.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(rows) }]);
  await app.testid('import-confirm').click();
  for (const title of ['Ferry cut', 'Bees 🐝 and winter']) {
    await app.testid('document-open').filter({ hasText: title }).click();
    await app.waitForHeadline(title);
    await app.page.locator('[data-testid="suggestions"][data-ready="true"]').waitFor();
    await app.testid('accept-all-suggestions').click();
  }
  const exports = {};
  for (const format of ['jsonl', 'label-studio', 'doccano', 'brat', 'w3c', 'csv', 'native', 'rows']) {
    await app.testid('open-export').click();
    await app.testid('export-format').selectOption(format);
    await app.testid('export-scope').selectOption('workspace');
    // One download per export: several files come zipped.
    const [d] = await Promise.all([app.page.waitForEvent('download'), app.testid('export-download').click()]);
    const path = join(ARTIFACTS, `export-${format}-${d.suggestedFilename()}`);
    await d.saveAs(path);
    exports[format] = { path, name: d.suggestedFilename() };
  }
  const read = (f) => readFileSync(exports[f].path);
  assert.equal(read('jsonl').toString().trim().split('\n').length, 3);
  assert.equal(exports['label-studio'].name, 'label-studio-export.zip');
  assert.ok(read('label-studio').toString('latin1').includes('.xml'), 'the zip holds the labelling config');
  assert.equal(read('brat').subarray(0, 4).toString('latin1'), 'PK\u0003\u0004');
  assert.ok(read('csv').toString().startsWith('\ufeffdocument_id,'));
  assert.ok(read('csv').toString().includes('“We will be cut off,”'));
  JSON.parse(read('w3c').toString());
  // doccano counts UTF-16 units: the quote after the bee emoji slices right in JavaScript.
  const bees = read('doccano').toString().trim().split('\n').map((l) => JSON.parse(l)).find((d) => d.text.startsWith('Bees'));
  const quote = bees.entities.find((e) => e.label === 'Quote');
  assert.equal(bees.text.slice(quote.start_offset, quote.end_offset), '“The bees know before we do,”');
  await app.close();

  for (const format of ['jsonl', 'label-studio', 'doccano', 'brat']) {
    const fresh = await AnnotatorPage.open(harness);
    await importDataset(fresh, [exports[format].path]);
    const summary = await fresh.testid('import-summary').textContent();
    assert.match(summary, /^3 documents with 2 quotes and 2 speaker mentions can be added; 0 problems\./, `${format}: ${summary}`);
    await fresh.testid('import-confirm').click();
    await fresh.testid('document-open').filter({ hasText: 'Bees' }).click();
    await fresh.waitForHeadline('Bees');
    assert.deepEqual(await fresh.testid('quote-speaker').allTextContents(), ['Ruth Kaminski'], format);
    await fresh.close();
  }
});

test('a dropped Label Studio .json export is detected by its content and previewed, with an unreadable file still listed', async () => {
  const app = await AnnotatorPage.open(harness);
  const tasks = [{
    data: { text: 'Ferry cut\n\n“We will be cut off,” said islander Ruth Kaminski.', doc_id: 'ferry', title: 'Ferry cut' },
    annotations: [{ result: [
      { id: 'q1', from_name: 'label', to_name: 'text', type: 'labels', value: { start: 11, end: 32, text: '“We will be cut off,”', labels: ['Quote'] } },
    ] }],
  }];
  await app.dropFiles([
    { name: 'project-1-at-2026.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tasks)) },
    { name: 'broken.zip', mimeType: 'application/zip', buffer: Buffer.from('PK\u0003\u0004 not really a zip') },
  ]);
  await app.testid('import-preview').waitFor();
  const summary = await app.testid('import-summary').textContent();
  assert.match(summary, /^1 documents with 1 quotes and 0 speaker mentions can be added; 1 problems\./, summary);
  assert.match(await app.testid('import-preview').textContent(), /broken\.zip/);
  await app.testid('import-confirm').click();
  await app.waitForHeadline('Ferry cut');
  assert.deepEqual(await app.highlights('q'), ['“We will be cut off,”']);
  await app.close();
});

test('a dialog opened while a long import is read stays open; the preview follows when it closes', async () => {
  const app = await AnnotatorPage.open(harness);
  const lines = [];
  for (let i = 1; i <= 20000; i++) lines.push(JSON.stringify({ id: `wait-${i}`, text: `Row ${i}\n\n“Line ${i} is here,” said clerk Mo Reyes.` }));
  await app.chooseFile('open-import', [{ name: 'wait.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(`${lines.join('\n')}\n`) }]);
  // While the file is read (in slices), the user opens the keyboard help.
  await app.press('?');
  await app.testid('help-overlay').waitFor();
  await app.page.waitForFunction(() => /preview opens when this dialog closes/.test(document.querySelector('[data-testid="notice-text"]')?.textContent ?? ''), null, { timeout: 20000 });
  assert.equal(await app.testid('help-overlay').count(), 1, 'the help is still open');
  assert.equal(await app.testid('import-preview').count(), 0, 'the preview waits');
  await app.press('Escape');
  await app.testid('import-preview').waitFor();
  assert.match(await app.testid('import-summary').textContent(), /^20000 documents/);
  await app.close();
});

test('imports and exports run in the formats worker, which loads only when first needed', async () => {
  const app = await AnnotatorPage.open(harness);
  const workers = () => app.page.workers().map((w) => w.url().split('/').pop());
  assert.ok(!workers().some((w) => w.startsWith('formats_worker')), `started before it was needed: ${workers()}`);
  await importDataset(app, [{ name: 'rows.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(rows) }]);
  assert.ok(workers().includes('formats_worker_loader.js'), `workers: ${workers()}`);
  await app.testid('import-confirm').click();
  await app.waitForHeadline('Ferry cut');
  // The native file of "Import JSON" is read there too, in a page that
  // has not started it yet.
  await app.page.locator('[data-testid="suggestions"][data-ready="true"]').waitFor();
  await app.testid('accept-all-suggestions').click();
  const exported = await app.exportJson();
  const fresh = await AnnotatorPage.open(harness);
  await fresh.importJson(exported.path);
  await fresh.waitForHeadline('Ferry cut');
  assert.match(await fresh.notice().textContent(), /^Imported “.*”: \d+ quotes, \d+ speakers\./);
  assert.deepEqual(await fresh.highlights('q'), await app.highlights('q'));
  assert.ok(fresh.page.workers().some((w) => w.url().endsWith('formats_worker_loader.js')));
  await fresh.close();
  await app.close();
});

test('a formats worker that cannot load: the import and the export say so, nothing changes, and the next try works', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  // The worker's script never arrives (a broken deployment, a blocked
  // file); routed before the page opens, as the service worker would
  // otherwise serve it from its cache.
  const blocked = (route) => route.abort();
  await context.route('**/formats_worker_loader.js', blocked);
  const app = new AnnotatorPage(harness, context, await context.newPage());
  await app.goto();
  const before = await app.testid('document-open').allTextContents();
  await app.chooseFile('open-import', [{ name: 'rows.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(rows) }]);
  await app.notice().filter({ hasText: 'The import could not be read: the formats worker failed' }).waitFor();
  assert.match(await app.notice().textContent(), /Nothing was changed\.$/);
  assert.equal(await app.testid('progress').count(), 0, 'no progress left behind');
  assert.deepEqual(await app.testid('document-open').allTextContents(), before);
  await app.testid('open-export').click();
  await app.testid('export-download').click();
  await app.notice().filter({ hasText: 'The export could not be written: the formats worker failed' }).waitFor();
  await app.chooseFile('import-json', [{ name: 'a.json', mimeType: 'application/json', buffer: Buffer.from('{}') }]);
  await app.notice().filter({ hasText: 'Could not import “a.json”: the formats worker failed' }).waitFor();
  // Back: the next question starts a new worker.
  await app.context.unroute('**/formats_worker_loader.js', blocked);
  await importDataset(app, [{ name: 'rows.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(rows) }]);
  assert.match(await app.testid('import-summary').textContent(), /^2 documents with 0 quotes/);
  // The aborted requests are the only console errors, and they are expected.
  app.problems = app.problems.filter((p) => !/formats_worker|Failed to load resource/.test(p));
  await app.close();
});

test('a large import is saved over several frames, and every document is back after a reload', async () => {
  const app = await AnnotatorPage.open(harness);
  // 400 documents of about 2.5 KB: more than one save encodes at once.
  const words = 'harbour tide ferry council ledger meadow lantern orchard'.split(' ');
  const lines = [];
  for (let i = 1; i <= 400; i++) {
    const body = Array.from({ length: 320 }, (_, k) => words[(i + k * 7) % words.length]).join(' ');
    lines.push(JSON.stringify({ id: `big-${i}`, title: `Big ${i}`, text: `Big ${i}\n\n“Line ${i},” said Mo Reyes. ${body}` }));
  }
  await importDataset(app, [{ name: 'big.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(lines.join('\n')) }]);
  await app.testid('import-confirm').click();
  await app.waitForHeadline('Big 1');
  // The figure is said once storage holds everything.
  const kb = () => app.page.evaluate(() => {
    const m = /([\d.]+) (KB|MB)/.exec(document.querySelector('[data-testid="storage-used"]')?.textContent ?? '');
    return m ? Number(m[1]) * (m[2] === 'MB' ? 1024 : 1) : 0;
  });
  const stored = (min) => {
    const m = /([\d.]+) (KB|MB)/.exec(document.querySelector('[data-testid="storage-used"]')?.textContent ?? '');
    return m && Number(m[1]) * (m[2] === 'MB' ? 1024 : 1) >= min;
  };
  await app.page.waitForFunction(stored, 800, { timeout: 60_000 });
  assert.ok(await kb() >= 800, `stored ${await kb()} KB`);
  await app.reload();
  assert.match(await app.page.locator('[data-testid="document-list"] h2').textContent(), /^Documents \(401, /);
  // In their order: none was missing from storage's list.
  const notice = await app.notice().textContent().catch(() => '');
  assert.doesNotMatch(notice, /missing from the list/);
  const titles = await app.testid('document-open').allTextContents();
  assert.deepEqual(titles.slice(1, 4), ['Big 1', 'Big 2', 'Big 3']);
  await app.testid('document-filter').fill('Big 400');
  await app.testid('document-open').filter({ hasText: /^Big 400$/ }).click();
  await app.waitForHeadline('Big 400');
  assert.match(await app.paragraphs().first().textContent(), /^“Line 400,” said Mo Reyes\. /);
  await app.close();
});
