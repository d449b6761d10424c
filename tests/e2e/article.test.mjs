// The article view on a long document (issues 8 and 12): it is written in
// chunks of paragraphs, the first at once and the rest in tasks after the
// first paint. In the end every paragraph is there in order; a quote added
// deep in the text lands where the mouse put it; text with a NUL (only
// nodes built one by one can carry it) keeps it; another document replaces
// the whole article, with nothing of the first left behind.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnnotatorPage, startHarness, ARTIFACTS } from './support/app.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const PARAGRAPHS = 600;
const SUBJECTS = ['The council', 'A farmer from Tarn', 'Her neighbour', 'The ferry company', 'Ms Okafor', 'Mr Lindqvist', 'The union'];
const VERBS = ['argued', 'wrote', 'told the meeting', 'said on Tuesday', 'added'];

/** Paragraph i: varied words, a number that names it, and for some a quote. */
function paragraph(i) {
  const who = SUBJECTS[i % SUBJECTS.length];
  const verb = VERBS[(i * 3) % VERBS.length];
  const extra = i % 4 === 0 ? ` “We will look at item ${i} again,” ${who.toLowerCase()} ${verb}.` : '';
  return `Item ${i}: ${who} ${verb} that the ${i % 2 ? 'harbour' : 'rail'} plan costs ${i * 7} crowns.${extra}`;
}

function longArticle({ title, nulAt }) {
  const paragraphs = Array.from({ length: PARAGRAPHS }, (_, i) => (i === nulAt ? `Item ${i}: a control character \u0000 sits here.` : paragraph(i)));
  const text = [title, ...paragraphs].join('\n\n');
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  return { format: 'article-annotator', version: 1, document: { id: title.toLowerCase().replace(/\W+/g, '-'), title, text, sha256 }, speakers: [], mentions: [], quotes: [] };
}

/** The article's paragraphs' texts, in order, as the DOM holds them. */
const paragraphTexts = (app) => app.page.evaluate(() => [...document.querySelectorAll('[data-testid="article"] [data-testid="paragraph"]')].map((p) => p.textContent));

test('a long article is drawn in chunks: every paragraph in order, a quote deep in it, a NUL kept, another document replacing it', async () => {
  const app = await AnnotatorPage.open(harness);
  const first = longArticle({ title: 'Harbour and rail', nulAt: 450 });
  const path = join(ARTIFACTS, 'long-article.json');
  writeFileSync(path, JSON.stringify(first));
  await app.importJson(path);
  await app.waitForHeadline('Harbour and rail');
  await app.page.waitForFunction((n) => document.querySelectorAll('[data-testid="article"] [data-testid="paragraph"]').length === n, PARAGRAPHS);
  const expected = first.document.text.split('\n\n').slice(1);
  assert.deepEqual(await paragraphTexts(app), expected, 'every paragraph, in order, with the NUL kept');

  // A quote added with the mouse and `q` in paragraph 500, far past the chunks drawn at once.
  await app.selectText('plan costs 3500 crowns');
  await app.press('q');
  assert.deepEqual(await app.highlights('q'), ['plan costs 3500 crowns']);
  // And one in the paragraph with the NUL, after it.
  await app.selectText('sits here');
  await app.press('q');
  assert.deepEqual(await app.highlights('q'), ['sits here', 'plan costs 3500 crowns']);
  const { json: exported } = await app.exportJson();
  const texts = exported.quotes.map((q) => [...exported.document.text].slice(q.start, q.end).join(''));
  assert.deepEqual(texts.sort(), ['plan costs 3500 crowns', 'sits here']);

  // A reload draws the same, with both quotes.
  await app.reload();
  await app.page.waitForFunction((n) => document.querySelectorAll('[data-testid="article"] [data-testid="paragraph"]').length === n, PARAGRAPHS);
  assert.deepEqual(await paragraphTexts(app), expected);
  assert.deepEqual((await app.highlights('q')).sort(), ['plan costs 3500 crowns', 'sits here']);

  // Another, shorter document: nothing of the first stays in the article.
  const second = longArticle({ title: 'Ferries only', nulAt: -1 });
  second.document.text = second.document.text.split('\n\n').slice(0, 200).join('\n\n').replaceAll('Item', 'Ferry');
  second.document.sha256 = createHash('sha256').update(second.document.text, 'utf8').digest('hex');
  const path2 = join(ARTIFACTS, 'long-article-2.json');
  writeFileSync(path2, JSON.stringify(second));
  await app.importJson(path2);
  await app.waitForHeadline('Ferries only');
  await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="article"] [data-testid="paragraph"]').length === 199);
  assert.deepEqual(await paragraphTexts(app), second.document.text.split('\n\n').slice(1));
  assert.deepEqual(await app.highlights('q'), []);
  await app.close();
});

test('a selection being made with the mouse stays where it was when suggestions arrive and redraw its paragraph', async () => {
  // The engine's worker is held back until the mouse is down, so that its
  // suggestions are drawn in the middle of the drag, as on a slow machine.
  const context = await harness.browser.newContext({ viewport: { width: 1280, height: 900 } });
  let release;
  const held = new Promise((ok) => { release = ok; });
  await context.route('**/engine_worker_loader.js', async (route) => { await held; await route.continue(); });
  const page = await context.newPage();
  const app = new AnnotatorPage(harness, context, page);
  await page.goto(harness.origin + '/');
  await app.headline().waitFor();
  await app.paste('Ferry strike\n\n“The boats stay in port until Friday,” said Lena Marsh, who leads the crews.');
  await app.waitForHeadline('Ferry strike');
  assert.equal(await page.locator('[data-testid="article"] .sg-quote').count(), 0, 'no suggestion drawn before the engine answers');
  const box = await page.evaluate(() => {
    const p = document.querySelector('[data-testid="article"] [data-testid="paragraph"]');
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode();
    const at = node.data.indexOf('boats');
    const r = document.createRange();
    r.setStart(node, at); r.setEnd(node, at + 1);
    const first = r.getClientRects()[0];
    const end = node.data.indexOf('port') + 'port'.length;
    r.setStart(node, end - 1); r.setEnd(node, end);
    const last = r.getClientRects()[0];
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  });
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, box.y1, { steps: 3 });
  release();
  await page.locator('[data-testid="article"] .sg-quote').first().waitFor();
  await page.mouse.move(box.x2, box.y2, { steps: 3 });
  await page.mouse.up();
  assert.equal(await page.evaluate(() => String(window.getSelection())), 'boats stay in port');
  await app.press('q');
  assert.deepEqual(await app.highlights('q'), ['boats stay in port']);
  await app.close();
});

test('a quote deep in a long article, shown from "Who is quoted" as the article opens, is brought into view', async () => {
  const app = await AnnotatorPage.open(harness);
  const file = longArticle({ title: 'Ferry and road' });
  const text = file.document.text;
  const quoted = '“We will look at item 560 again,”';
  const at = text.indexOf(quoted);
  const cp = (i) => [...text.slice(0, i)].length;
  const mention = text.indexOf('ms okafor', at);
  file.speakers = [{ id: 's1', name: 'Ms Okafor', aliases: [] }];
  file.mentions = [{ id: 'm1', speaker: 's1', start: cp(mention), end: cp(mention + 'ms okafor'.length), text: 'ms okafor' }];
  file.quotes = [{ id: 'q1', kind: 'direct', speaker: 's1', cue: null, start: cp(at), end: cp(at + quoted.length), text: quoted }];
  const path = join(ARTIFACTS, 'long-article-quoted.json');
  writeFileSync(path, JSON.stringify(file));
  await app.importJson(path);
  await app.waitForHeadline('Ferry and road');
  // Another document shown, so that the long one opens anew from the chart.
  await app.testid('document-open').first().click();
  await app.page.waitForFunction(() => !/Ferry and road/.test(document.querySelector('[data-testid="headline"]')?.textContent ?? ''));
  await app.testid('open-summary').click();
  await app.testid('speaker-bar').filter({ hasText: 'Ms Okafor' }).click();
  await app.testid('summary-quote').click();
  await app.waitForHeadline('Ferry and road');
  assert.equal((await app.panel()).active, quoted);
  // Its chunk is drawn in the slices after the first paint; the scroll waits for it.
  await app.page.waitForFunction((q) => {
    const el = [...document.querySelectorAll('[data-testid="article"] .hl-quote')].find((e) => e.textContent.includes('item 560'));
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }, quoted, { timeout: 5000 });
  await app.close();
});

test('a quote shown just before another document opens does not scroll that document to a span of the same label', async () => {
  const app = await AnnotatorPage.open(harness);
  // Two long documents, each with one quote labelled q1, deep in each.
  const withQuote = (title, item) => {
    const file = longArticle({ title });
    const text = file.document.text;
    const quoted = `“We will look at item ${item} again,”`;
    const at = text.indexOf(quoted);
    const cp = (i) => [...text.slice(0, i)].length;
    file.quotes = [{ id: 'q1', kind: 'direct', speaker: null, cue: null, start: cp(at), end: cp(at + quoted.length), text: quoted }];
    const path = join(ARTIFACTS, `${file.document.id}.json`);
    writeFileSync(path, JSON.stringify(file));
    return path;
  };
  await app.importJson(withQuote('Second harbour', 300));
  await app.waitForHeadline('Second harbour');
  await app.importJson(withQuote('First ferry', 560));
  await app.waitForHeadline('First ferry');
  await app.testid('quote-item').first().waitFor();
  // The quote is shown and, in the same task, the other document opened:
  // the scroll asked for the first must not land in the second.
  await app.page.evaluate(() => {
    document.querySelector('[data-testid="quote-item"]').click();
    [...document.querySelectorAll('[data-testid="document-open"]')].find((b) => b.textContent.includes('Second harbour')).click();
  });
  await app.waitForHeadline('Second harbour');
  // Every chunk of the second document drawn, and the slices after them run.
  await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="article"] [data-testid="paragraph"]').length >= 600);
  await app.page.waitForTimeout(500);
  const place = await app.page.evaluate(() => {
    const el = document.querySelector('[data-testid="article"] .hl-quote');
    const headline = document.querySelector('[data-testid="headline"]');
    return { quoteTop: el.getBoundingClientRect().top, headlineTop: headline.getBoundingClientRect().top, height: window.innerHeight };
  });
  assert.ok(place.quoteTop > place.height, `the second document's quote was scrolled into view: ${JSON.stringify(place)}`);
  assert.ok(place.headlineTop >= 0 && place.headlineTop < place.height, `the second document opened at its top: ${JSON.stringify(place)}`);
  await app.close();
});
