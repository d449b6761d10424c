// The workspace (issue 4): many documents added at once, switched, filtered,
// marked done, removed and restored, kept across reloads; and the "Who is
// quoted" summary across documents.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AnnotatorPage, startHarness } from './support/app.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const file = (name, text) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
const FILES = [
  file('harbour.txt', 'Harbour reopens\n\n“We are open again,” said harbour master Ines Duarte.'),
  file('library.txt', 'Library reopens\n\n“The shelves are full,” said librarian Kwame Mensah.'),
  file('council.md', 'Council budget agreed\n\n“It balances,” Ines Duarte said of the budget.'),
];

test('add several files at once, switch, filter, mark done, remove and undo; a reload keeps it all', async () => {
  const app = await AnnotatorPage.open(harness);
  await app.chooseFile('open-file', FILES);
  await app.waitForHeadline('Harbour reopens');
  assert.equal(await app.notice().textContent(), 'Added 3 documents to the workspace.');
  const titles = () => app.testid('document-open').allTextContents();
  assert.equal((await titles()).length, 4);

  await app.testid('document-open').filter({ hasText: 'Library reopens' }).click();
  await app.waitForHeadline('Library reopens');
  await app.testid('document-filter').fill('reopens');
  assert.deepEqual(await titles(), ['Harbour reopens', 'Library reopens']);
  await app.testid('document-filter').fill('');

  const row = (title) => app.testid('document-row').filter({ hasText: title });
  await row('Council budget agreed').getByTestId('document-done').check();
  assert.match(await app.testid('document-list').locator('h2').textContent(), /4, 1 done/);

  await row('Harbour reopens').getByTestId('document-remove').click();
  assert.ok(!(await titles()).includes('Harbour reopens'));
  await app.testid('undo-remove').click();
  assert.deepEqual(await titles(), [(await titles())[0], 'Harbour reopens', 'Library reopens', 'Council budget agreed']);

  await app.page.waitForFunction(() => /Stored in this browser: \d+ KB/.test(document.querySelector('[data-testid="storage-used"]').textContent));
  await app.reload();
  await app.waitForHeadline('Library reopens');
  assert.equal((await titles()).length, 4);
  assert.equal(await row('Council budget agreed').getByTestId('document-done').isChecked(), true);
  await app.close();
});

test('who is quoted: speakers merged across documents, a bar lists their quotes and opens one', async () => {
  const app = await AnnotatorPage.open(harness);
  await app.chooseFile('open-file', FILES);
  await app.waitForHeadline('Harbour reopens');
  // Accept every suggestion in each new document (the engine finds the quotes and speakers).
  for (const title of ['Harbour reopens', 'Library reopens', 'Council budget agreed']) {
    await app.testid('document-open').filter({ hasText: title }).click();
    await app.waitForHeadline(title);
    await app.page.locator('[data-testid="suggestions"][data-ready="true"]').waitFor();
    await app.testid('accept-all-suggestions').click();
  }
  await app.testid('open-summary').click();
  await app.testid('summary').waitFor();
  assert.match(await app.testid('summary-totals').textContent(), /4 documents, 3 quotes, 2 speakers; 0 unattributed/);
  const bars = await app.testid('speaker-bar').evaluateAll((gs) => gs.map((g) => g.querySelector('title').textContent));
  assert.deepEqual(bars, ['Ines Duarte: 2 quotes', 'Kwame Mensah: 1 quotes']);
  await app.testid('speaker-bar').first().click();
  assert.equal(await app.testid('summary-speaker').textContent(), 'Ines Duarte — 2 quotes');
  assert.equal(await app.testid('summary-quote').count(), 2);
  await app.testid('summary-quote').filter({ hasText: 'It balances' }).click();
  await app.waitForHeadline('Council budget agreed');
  assert.equal((await app.panel()).active, '“It balances,”');
  await app.close();
});
