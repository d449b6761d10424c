// Quotes and speakers (issue 3), as a person does them: mouse selections,
// the keyboard contract, the side panel, undo/redo, autosave, export and
// import of the native JSON.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnnotatorPage, startHarness, ARTIFACTS } from './support/app.mjs';
import { assertValidExport, pythonSliceCheck } from './support/checks.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const QUOTE = 'We will not let anyone destabilize the situation in our country or let the so-called color revolution scenario play out';

/** Marks the quote and "Putin" after it, and attributes one to the other. */
async function markPutinQuote(app) {
  await app.selectText(QUOTE);
  await app.press('q');
  assert.deepEqual(await app.highlights('q'), [QUOTE]);
  await app.selectText('Putin', { after: 'play out,”' });
  await app.press('s');
  assert.deepEqual(await app.highlights('m'), ['Putin']);
  assert.deepEqual((await app.panel()).speakers, ['Putin']);
  // Attribute: click the quote, `a`, Enter (two actions after the click).
  const [quoteLabel] = await app.page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="article"] .hl-quote')].map((e) => e.dataset.spans.split(' ')[0]));
  await app.clickSpan(quoteLabel);
  await app.press('a');
  await app.testid('speaker-picker').waitFor();
  await app.page.keyboard.type('Put');
  await app.press('Enter');
  await app.testid('speaker-picker').waitFor({ state: 'detached' });
  assert.deepEqual(await app.testid('quote-speaker').allTextContents(), ['Putin']);
}

test('mark the sample quote and Putin, attribute, export: schema-valid and Python slices right', async () => {
  const app = await AnnotatorPage.open(harness);
  await markPutinQuote(app);
  const { json, path } = await app.exportJson();
  assertValidExport(json);
  assert.equal(pythonSliceCheck(path), 2);
  assert.equal(json.quotes.length, 1);
  assert.equal(json.quotes[0].text, QUOTE);
  assert.equal(json.quotes[0].speaker, json.speakers[0].id);
  assert.equal(json.mentions[0].speaker, json.speakers[0].id);
  assert.equal(json.speakers[0].name, 'Putin');
  // The sample has curly quotes and apostrophes before the span: code
  // points and UTF-16 agree there, and both slice right.
  assert.equal([...json.document.text].slice(json.quotes[0].start, json.quotes[0].end).join(''), QUOTE);
  await app.close();
});

test('undo and redo restore the exact states; keys and buttons both work', async () => {
  const app = await AnnotatorPage.open(harness);
  const states = [await app.panel()];
  await app.selectText(QUOTE);
  await app.press('q');
  states.push(await app.panel());
  await app.selectText('Putin', { after: 'play out,”' });
  await app.press('s');
  states.push(await app.panel());
  const label = await app.page.locator('[data-testid="article"] .hl-quote').first().getAttribute('data-spans');
  await app.clickSpan(label.split(' ')[0]);
  await app.press('1');
  states.push(await app.panel());
  assert.deepEqual(await app.testid('quote-speaker').allTextContents(), ['Putin']);

  const strip = (s) => ({ ...s, active: null });
  for (let i = states.length - 2; i >= 0; i--) {
    await app.press('Control+z');
    assert.deepEqual(strip(await app.panel()), strip(states[i]), `after undo back to state ${i}`);
  }
  await app.press('Control+Shift+Z');
  assert.deepEqual(strip(await app.panel()), strip(states[1]));
  await app.press('Control+y');
  assert.deepEqual(strip(await app.panel()), strip(states[2]));
  await app.testid('redo').click();
  assert.deepEqual(strip(await app.panel()), strip(states[3]));
  await app.testid('undo').click();
  assert.deepEqual(strip(await app.panel()), strip(states[2]));
  await app.close();
});

test('a reload keeps every annotation; importing the export reproduces it', async () => {
  const app = await AnnotatorPage.open(harness);
  await markPutinQuote(app);
  const first = await app.exportJson();
  await app.reload();
  assert.deepEqual(await app.highlights('q'), [QUOTE]);
  assert.deepEqual(await app.testid('quote-speaker').allTextContents(), ['Putin']);
  const afterReload = await app.exportJson();
  assert.deepEqual(afterReload.json, first.json);

  await app.close();
  // In a fresh browser profile (a clean sample), import the export.
  const fresh = await AnnotatorPage.open(harness);
  assert.equal(await fresh.page.locator('[data-testid="article"] .hl-quote').count(), 0);
  await fresh.importJson(first.path);
  await fresh.page.locator('[data-testid="article"] .hl-quote').first().waitFor();
  const reimported = await fresh.exportJson();
  assert.deepEqual(reimported.json, first.json);
  await fresh.close();
});

test('a corrupt import is refused naming the problem and changes nothing', async () => {
  const app = await AnnotatorPage.open(harness);
  await markPutinQuote(app);
  const { json } = await app.exportJson();
  const before = await app.panel();
  const cases = [
    ['not-json.json', '{"format": "article-annotator", ', /not JSON/],
    ['newer.json', JSON.stringify({ ...json, version: 3 }), /version 3, newer/],
    ['moved.json', JSON.stringify({ ...json, quotes: [{ ...json.quotes[0], start: json.quotes[0].start + 1 }] }), /Quote q\d+: "text" is/],
    ['hash.json', JSON.stringify({ ...json, document: { ...json.document, text: json.document.text + ' ' } }), /sha256/],
    ['range.json', JSON.stringify({ ...json, mentions: [{ ...json.mentions[0], end: 999999 }] }), /out of range/],
    ['other.json', JSON.stringify({ tasks: [] }), /not an article-annotator file/],
  ];
  for (const [name, content, message] of cases) {
    const path = join(ARTIFACTS, name);
    writeFileSync(path, content);
    await app.importJson(path);
    await app.page.waitForFunction((n) => document.querySelector('[data-testid="notice-text"]')?.textContent.includes(n), name);
    const notice = await app.notice().textContent();
    assert.match(notice, message, name);
    assert.match(notice, /Nothing was changed/);
    assert.deepEqual(await app.panel(), before, `${name} changed the state`);
  }
  await app.close();
});

test('a quote after an emoji in a pasted text gets correct offsets', async () => {
  const app = await AnnotatorPage.open(harness);
  const text = 'Family day 👩‍👩‍👧 in 東京\n\nThe mayor 👩🏽‍💼 of شهر said “we love 🇺🇦 and e\u0301clairs” today.';
  await app.paste(text);
  await app.waitForHeadline('Family day');
  await app.selectText('“we love 🇺🇦 and e\u0301clairs”');
  await app.press('q');
  await app.selectText('mayor');
  await app.press('s');
  const { json, path } = await app.exportJson();
  assertValidExport(json);
  assert.equal(pythonSliceCheck(path), 2);
  const q = json.quotes[0];
  const cps = [...json.document.text];
  const start = cps.indexOf('“');
  assert.equal(q.start, start);
  assert.equal(q.end, start + [...'“we love 🇺🇦 and e\u0301clairs”'].length);
  assert.equal(q.utf16.start, json.document.text.indexOf('“'));
  assert.ok(q.utf16.start > q.start, 'UTF-16 offsets count the emoji surrogates');
  await app.close();
});

test('nested and overlapping spans stay clickable; Delete, Escape and kinds work', async () => {
  const app = await AnnotatorPage.open(harness);
  await app.paste('Nested\n\nShe said “Ann told me “Bo lied” yesterday” and left.');
  await app.waitForHeadline('Nested');
  await app.selectText('“Ann told me “Bo lied” yesterday”');
  await app.press('q');
  await app.selectText('“Bo lied”');
  await app.press('q');
  await app.selectText('Ann');
  await app.press('s');
  assert.deepEqual(await app.highlights('q'), ['“Ann told me “Bo lied” yesterday”', '“Bo lied”']);
  // Clicking the mention inside the quote activates the mention...
  await app.page.locator('[data-testid="article"] .hl-mention').click();
  assert.equal((await app.panel()).active, 'Ann');
  // ...the inner quote's words the inner quote, the outer words the outer.
  await app.page.locator('[data-testid="article"] .q-nested').first().click();
  assert.equal((await app.panel()).active, '“Bo lied”');
  await app.page.locator('[data-testid="article"] [data-spans]', { hasText: 'yesterday' }).click();
  assert.equal((await app.panel()).active, '“Ann told me “Bo lied” yesterday”');
  await app.press('i');
  assert.equal(await app.testid('active-kind').inputValue(), 'indirect');
  await app.press('Escape');
  assert.equal((await app.panel()).active, null);
  await app.page.locator('[data-testid="article"] .q-nested').first().click();
  await app.press('Delete');
  assert.deepEqual(await app.highlights('q'), ['“Ann told me “Bo lied” yesterday”']);
  await app.page.locator('[data-testid="article"] .hl-mention').click();
  await app.press('Backspace');
  assert.deepEqual(await app.highlights('m'), []);
  await app.close();
});

test('speakers: rename, aliases, merge, delete from the side panel; help on ?', async () => {
  const app = await AnnotatorPage.open(harness);
  await app.selectText('Vladimir Putin');
  await app.press('s');
  await app.selectText('Tokayev', { after: 'Kassym-Jomart ' });
  await app.press('s');
  await app.selectText('“destructive internal and external forces”');
  await app.press('q');
  await app.press('2');
  assert.deepEqual(await app.testid('quote-speaker').allTextContents(), ['Tokayev']);
  assert.deepEqual(await app.testid('speaker-quote-count').allTextContents(), ['0', '1']);
  // Rename the first speaker.
  const name = app.testid('speaker-name').first();
  await name.fill('Vladimir Putin (RU)');
  await name.press('Enter');
  await name.blur();
  assert.deepEqual((await app.panel()).speakers, ['Vladimir Putin (RU)', 'Tokayev']);
  // Merge Tokayev into Putin: the quote moves, Tokayev becomes an alias.
  const row = app.testid('speaker-row').nth(1);
  await row.locator('summary').click();
  await row.getByTestId('speaker-merge').selectOption({ label: 'Vladimir Putin (RU)' });
  assert.deepEqual((await app.panel()).speakers, ['Vladimir Putin (RU)']);
  assert.deepEqual(await app.testid('quote-speaker').allTextContents(), ['Vladimir Putin (RU)']);
  const first = app.testid('speaker-row').first();
  await first.locator('summary').click();
  assert.equal(await first.getByTestId('speaker-aliases').inputValue(), 'Tokayev');
  // Delete the speaker: the quote stays, unattributed; mentions go.
  await first.getByTestId('speaker-delete').click();
  assert.deepEqual(await app.testid('quote-speaker').allTextContents(), ['unattributed']);
  assert.deepEqual(await app.highlights('m'), []);
  assert.deepEqual(await app.highlights('q'), ['“destructive internal and external forces”']);
  await app.press('?');
  await app.testid('help-overlay').waitFor();
  assert.match(await app.testid('help-overlay').textContent(), /Ctrl\+Shift\+Z/);
  await app.press('Escape');
  await app.testid('help-overlay').waitFor({ state: 'detached' });
  await app.close();
});

test('clicking a quote in the side panel activates it and scrolls to it', async () => {
  const app = await AnnotatorPage.open(harness);
  await app.selectText('“terrorist attacks”');
  await app.press('q');
  await app.press('Escape');
  await app.page.locator('[data-testid="article"]').evaluate((el) => el.scrollTo(0, 0));
  await app.testid('quote-item').first().click();
  assert.equal((await app.panel()).active, '“terrorist attacks”');
  const inView = await app.page.locator('[data-testid="article"] .hl-quote').first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
  assert.ok(inView);
  await app.close();
});

test('cue and resize: c marks the cue, r moves the active quote to the selection', async () => {
  const app = await AnnotatorPage.open(harness);
  await app.selectText('will not let anyone destabilize');
  await app.press('q');
  await app.selectText('said', { after: 'play out,” Putin ' });
  await app.press('c');
  assert.match(await app.testid('active-cue').textContent(), /said/);
  await app.selectText(`“${QUOTE},”`);
  await app.press('r');
  assert.deepEqual(await app.highlights('q'), [`“${QUOTE},”`]);
  const { json, path } = await app.exportJson();
  assertValidExport(json);
  assert.equal(pythonSliceCheck(path), 2);
  assert.equal(json.quotes[0].cue.text, 'said');
  assert.equal(json.quotes[0].text, `“${QUOTE},”`);
  await app.close();
});
