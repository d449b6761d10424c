// Loading texts (issue 2): the sample on first start, paste, file chooser,
// drop, refusals that keep the current text, and reload persistence.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { AnnotatorPage, startHarness, ARTIFACTS, FIXTURES } from './support/app.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const SAMPLE_HEADLINE = 'Putin vows to stop ‘color revolutions’ after sending troops to Kazakhstan';

test('first start shows the sample article: headline and paragraphs', async () => {
  const app = await AnnotatorPage.open(harness);
  await assert.doesNotReject(app.headline().waitFor({ state: 'visible' }));
  assert.equal(await app.headline().textContent(), SAMPLE_HEADLINE);
  const first = app.paragraphs().first();
  assert.ok(await first.isVisible());
  assert.match(await first.textContent(), /^Last week, Russian President Vladimir Putin vowed/);
  assert.ok((await app.paragraphs().count()) >= 15);
  await app.page.screenshot({ path: join(ARTIFACTS, 'sample.png'), fullPage: false });
  await app.close();
});

test('pasting an article shows it', async () => {
  const app = await AnnotatorPage.open(harness);
  await app.paste('Pasted headline 👩‍👩‍👧\r\n\r\nFirst pasted paragraph.\r\n\r\nSecond one, with 日本語 and שלום.');
  await assert.doesNotReject(app.waitForHeadline('Pasted headline 👩‍👩‍👧'));
  assert.equal(await app.headline().textContent(), 'Pasted headline 👩‍👩‍👧');
  assert.deepEqual(await app.paragraphs().allTextContents(), ['First pasted paragraph.', 'Second one, with 日本語 and שלום.']);
  await app.close();
});

test('pasting nothing is refused and the text stays', async () => {
  const app = await AnnotatorPage.open(harness);
  await app.paste('   \n  ');
  assert.match(await app.notice().textContent(), /empty/);
  assert.equal(await app.headline().textContent(), SAMPLE_HEADLINE);
  await app.close();
});

test('a file chosen through the chooser shows it', async () => {
  const app = await AnnotatorPage.open(harness);
  await app.chooseFile('open-file', join(FIXTURES, 'crlf-article.txt'));
  await app.waitForHeadline('A harbour town counts its boats');
  assert.equal(await app.headline().textContent(), 'A harbour town counts its boats');
  assert.equal(await app.paragraphs().count(), 3);
  // CRLF became LF: no stray carriage returns in the rendered text.
  assert.ok(!(await app.paragraphs().first().textContent()).includes('\r'));
  await app.close();
});

test('a dropped file shows it', async () => {
  const app = await AnnotatorPage.open(harness);
  await app.dropFiles([{ name: 'dropped.md', mimeType: 'text/markdown', buffer: Buffer.from('Dropped headline\n\nDropped body “quoted”.') }]);
  await app.waitForHeadline('Dropped headline');
  assert.equal(await app.paragraphs().first().textContent(), 'Dropped body “quoted”.');
  await app.close();
});

test('dropping several files adds them all to the workspace and shows the first', async () => {
  const app = await AnnotatorPage.open(harness);
  await app.dropFiles([
    { name: 'one.txt', mimeType: 'text/plain', buffer: Buffer.from('First of two\n\nBody one.') },
    { name: 'two.txt', mimeType: 'text/plain', buffer: Buffer.from('Second of two\n\nBody two.') },
  ]);
  await app.waitForHeadline('First of two');
  assert.equal(await app.notice().textContent(), 'Added 2 documents to the workspace.');
  const titles = await app.testid('document-open').allTextContents();
  assert.deepEqual(titles.slice(-2), ['First of two', 'Second of two']);
  await app.close();
});

test('a binary file is refused with a visible message and the text stays', async () => {
  const app = await AnnotatorPage.open(harness);
  await app.chooseFile('open-file', join(FIXTURES, 'not-text.png'));
  await app.notice().waitFor();
  assert.match(await app.notice().textContent(), /binary file/);
  assert.equal(await app.headline().textContent(), SAMPLE_HEADLINE);
  await app.close();
});

test('a non-UTF-8 file and an empty file are refused, the text stays', async () => {
  const app = await AnnotatorPage.open(harness);
  await app.dropFiles([{ name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from([0x63, 0x61, 0x66, 0xe9]) }]);
  await app.notice().waitFor();
  assert.match(await app.notice().textContent(), /not UTF-8/);
  await app.dropFiles([{ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) }]);
  await app.notice().getByText('“empty.txt” is empty').waitFor();
  assert.equal(await app.headline().textContent(), SAMPLE_HEADLINE);
  await app.close();
});

test('a reload keeps the loaded document; Sample goes back', async () => {
  const app = await AnnotatorPage.open(harness);
  await app.paste('Kept across reloads\n\nThis paragraph must survive.');
  await app.waitForHeadline('Kept across reloads');
  await app.reload();
  assert.equal(await app.headline().textContent(), 'Kept across reloads');
  assert.equal(await app.paragraphs().first().textContent(), 'This paragraph must survive.');
  await app.testid('load-sample').click();
  await app.waitForHeadline(SAMPLE_HEADLINE);
  await app.close();
});

test('a 20 MB file loads', async () => {
  const app = await AnnotatorPage.open(harness);
  const para = 'A long paragraph of a very long article, with “a quote” and 👩‍👩‍👧 in it. '.repeat(14) + '\n\n';
  const text = 'Twenty megabytes\n\n' + para.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(para)));
  await app.chooseFile('open-file', { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await app.waitForHeadline('Twenty megabytes', { timeout: 120_000 });
  // Paragraphs past the first screens are drawn in slices after the first paint.
  await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="paragraph"]').length > 15_000, null, { timeout: 60_000 });
  assert.ok((await app.paragraphs().count()) > 15_000);
  // IndexedDB holds it: the page says how much it stores, and a reload
  // brings the 20 MB document back.
  await app.page.waitForFunction(() => /Stored in this browser: (2\d|3\d)\.\d MB/.test(document.querySelector('[data-testid="storage-used"]')?.textContent ?? ''), null, { timeout: 60_000 });
  await app.page.reload();
  await app.waitForHeadline('Twenty megabytes', { timeout: 120_000 });
  // Paragraphs past the first screens are drawn in slices after the first paint.
  await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="paragraph"]').length > 15_000, null, { timeout: 60_000 });
  assert.ok((await app.paragraphs().count()) > 15_000);
  await app.close();
});
