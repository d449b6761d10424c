// Many speakers (issue 8): with 1,200 speakers the side panel lists a
// window of them with a filter, and the speaker picker shows at most 50
// options, narrowed by typing; attributing through it still works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnnotatorPage, startHarness, ARTIFACTS } from './support/app.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const SPEAKERS = 1200;

/** An article where each of 1,200 speakers is mentioned once and quoted once. */
function manySpeakers() {
  const name = (i) => `Person ${String(i).padStart(4, '0')}`;
  const paragraphs = Array.from({ length: SPEAKERS }, (_, i) => `${name(i)} said “item ${i} is on the agenda” today.`);
  const text = ['Twelve hundred voices', ...paragraphs].join('\n\n');
  const speakers = [];
  const mentions = [];
  const quotes = [];
  let offset = text.indexOf(paragraphs[0]);
  const span = (s, e) => ({ start: offset + s, end: offset + e, text: text.slice(offset + s, offset + e), utf16: { start: offset + s, end: offset + e } });
  paragraphs.forEach((p, i) => {
    speakers.push({ id: `s${i + 1}`, name: name(i), aliases: [] });
    mentions.push({ id: `m${i + 1}`, speaker: `s${i + 1}`, ...span(0, name(i).length) });
    // The last speaker's quote is left unattributed, for the picker.
    quotes.push({ id: `q${i + 1}`, kind: 'direct', speaker: i === SPEAKERS - 1 ? null : `s${i + 1}`, cue: null, ...span(p.indexOf('“'), p.indexOf('”') + 1) });
    offset += p.length + 2;
  });
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  return { format: 'article-annotator', version: 1, document: { id: 'many-speakers', title: 'Twelve hundred voices', text, sha256 }, speakers, mentions, quotes };
}

test('1,200 speakers: the panel lists a window with a filter; the picker narrows as you type and attributes', async () => {
  const path = join(ARTIFACTS, 'many-speakers.json');
  writeFileSync(path, JSON.stringify(manySpeakers()));
  const app = await AnnotatorPage.open(harness);
  await app.importJson(path);
  await app.waitForHeadline('Twelve hundred voices');
  assert.match(await app.testid('speaker-list').locator('h2').textContent(), /Speakers \(1200\)/);
  assert.equal(await app.testid('speaker-row').count(), 40);
  assert.match(await app.testid('speaker-more').textContent(), /1160 more/);
  await app.testid('speaker-filter').fill('person 0777');
  await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="speaker-row"]').length === 1);
  assert.deepEqual((await app.panel()).speakers, ['Person 0777']);
  await app.testid('speaker-filter').fill('');
  await app.testid('speaker-more').click();
  assert.equal(await app.testid('speaker-row').count(), 240);

  // The unattributed quote (the last one), through the picker.
  const last = await app.page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="article"] .hl-quote')].pop().dataset.spans.split(' ')[0]);
  await app.clickSpan(last);
  assert.equal(await app.testid('active-speaker-name').textContent(), '— unattributed —');
  await app.testid('active-speaker').click();
  await app.testid('speaker-picker').waitFor();
  assert.equal(await app.testid('picker-option').count(), 50);
  assert.match(await app.testid('speaker-picker').textContent(), /1150 more: type to narrow/);
  await app.page.keyboard.type('Person 1199');
  await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="picker-option"]').length === 1);
  await app.press('Enter');
  await app.testid('speaker-picker').waitFor({ state: 'detached' });
  assert.equal(await app.testid('active-speaker-name').textContent(), 'Person 1199');
  const badge = await app.page.locator(`[data-spans~="${last}"][data-badge]`).getAttribute('data-badge');
  assert.equal(badge, String(SPEAKERS));
  await app.close();
});
