// Suggested quotes and speakers (issue 5): shown on load, dashed; reviewed
// with j/k, y/Enter, n; accepted per speaker or all at once; rejections and
// the on/off switch survive a reload; nothing the user marked is duplicated.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { AnnotatorPage, startHarness } from './support/app.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const suggestedTexts = (app) => app.page.evaluate(() => {
  const byLabel = new Map();
  for (const el of document.querySelectorAll('[data-testid="article"] [data-spans]')) {
    for (const l of el.dataset.spans.split(' ')) if (l.startsWith('g')) byLabel.set(l, (byLabel.get(l) ?? '') + el.textContent);
  }
  return [...byLabel.values()];
});

test('the sample is pre-annotated; j, y and n review suggestions one by one', async () => {
  const app = await AnnotatorPage.open(harness);
  const before = await suggestedTexts(app);
  assert.ok(before.includes('“We will not let anyone destabilize the situation in our country or let the so-called color revolution scenario play out,”'), before.join('\n'));
  assert.equal(await app.testid('quote-item').count(), 0, 'suggestions are not annotations');
  // Go to the Putin quote's suggestion by clicking it, accept with y.
  await app.page.locator('[data-testid="article"] .sg-quote', { hasText: 'We will not let anyone' }).first().click();
  assert.match(await app.testid('suggestion-current').textContent(), /We will not let anyone/);
  assert.equal(await app.testid('suggestion-speaker').textContent(), 'Vladimir Putin');
  await app.press('y');
  assert.deepEqual(await app.highlights('q'), ['“We will not let anyone destabilize the situation in our country or let the so-called color revolution scenario play out,”']);
  assert.deepEqual(await app.testid('quote-speaker').allTextContents(), ['Vladimir Putin']);
  assert.ok(!(await suggestedTexts(app)).some((t) => t.includes('We will not let anyone')), 'accepted suggestion is no longer pending');
  // The next suggestion is now under review: reject it with n.
  const rejected = await app.testid('suggestion-current').getAttribute('data-suggestion');
  const shown = (label) => app.page.locator(`[data-testid="article"] [data-spans~="${label}"]`).count();
  assert.ok((await shown(rejected)) > 0);
  await app.press('n');
  assert.equal(await shown(rejected), 0, `rejected ${rejected} still shown`);
  // j and k move between suggestions.
  await app.press('Escape');
  await app.press('j');
  const first = await app.testid('suggestion-current').locator('blockquote').textContent();
  await app.press('j');
  const second = await app.testid('suggestion-current').locator('blockquote').textContent();
  assert.notEqual(first, second);
  await app.press('k');
  assert.equal(await app.testid('suggestion-current').locator('blockquote').textContent(), first);
  await app.reload();
  assert.equal(await shown(rejected), 0, 'the rejection survived the reload');
  assert.ok((await suggestedTexts(app)).length > 0);
  assert.deepEqual(await app.testid('quote-speaker').allTextContents(), ['Vladimir Putin']);
  await app.close();
});

test('accept a speaker\'s suggestions at once, then all; undo takes them back', async () => {
  const app = await AnnotatorPage.open(harness);
  const row = app.testid('suggestion-speaker-row').filter({ hasText: 'Tokayev' });
  const n = Number((await row.locator('span').textContent()).match(/(\d+)$/)[1]);
  await row.getByTestId('accept-speaker-suggestions').click();
  const speakers = await app.testid('quote-speaker').allTextContents();
  assert.ok(speakers.length >= 1 && speakers.every((s) => s === 'Kassym-Jomart Tokayev'), speakers.join());
  assert.ok((await app.panel()).speakers.includes('Kassym-Jomart Tokayev'));
  assert.ok(n >= speakers.length);
  await app.testid('accept-all-suggestions').click();
  assert.equal(await app.page.locator('[data-testid="article"] .sg-quote, [data-testid="article"] .sg-mention').count(), 0);
  assert.ok((await app.testid('quote-item').count()) > speakers.length);
  await app.press('Control+z');
  assert.deepEqual(await app.testid('quote-speaker').allTextContents(), speakers);
  await app.close();
});

test('suggestions never duplicate a user\'s span, and can be turned off for good', async () => {
  const app = await AnnotatorPage.open(harness);
  await app.selectText('destabilize the situation');
  await app.press('q');
  assert.ok(!(await suggestedTexts(app)).some((t) => t.includes('destabilize')), 'overlapping suggestion hidden');
  await app.testid('toggle-suggestions').uncheck();
  assert.equal(await app.page.locator('[data-testid="article"] .sg-quote').count(), 0);
  await app.reload();
  assert.equal(await app.testid('toggle-suggestions').isChecked(), false);
  assert.equal(await app.page.locator('[data-testid="article"] .sg-quote').count(), 0);
  await app.testid('toggle-suggestions').check();
  assert.ok((await app.page.locator('[data-testid="article"] .sg-quote').count()) > 0);
  await app.close();
});

test('a pasted article is pre-annotated too', async () => {
  const app = await AnnotatorPage.open(harness);
  await app.paste('Harbour news\n\n“The boats are back,” said harbour master Ines Duarte. “We counted 41 of them.”\n\nDuarte added that the count “took all night”.');
  await app.page.locator('[data-testid="article"] .sg-quote').first().waitFor();
  const texts = await suggestedTexts(app);
  assert.ok(texts.includes('“The boats are back,”'), texts.join('\n'));
  await app.testid('accept-all-suggestions').click();
  const who = await app.testid('quote-speaker').allTextContents();
  assert.ok(who.length >= 2 && who.every((w) => w === 'Ines Duarte'), who.join());
  await app.close();
});

const toReview = async (app) => Number((await app.testid('suggestions').locator('h2').textContent()).match(/\((\d+) to review\)/)?.[1] ?? 0);

test('a confidence threshold offers only the surer suggestions, and is kept as a setting', async () => {
  const app = await AnnotatorPage.open(harness);
  const all = await toReview(app);
  assert.ok(all > 0);
  await app.testid('min-confidence').selectOption('0.9');
  const sure = await toReview(app);
  assert.ok(sure < all, `${sure} of ${all}`);
  assert.equal((await suggestedTexts(app)).length, sure, 'the article shows as many as the panel counts');
  await app.reload();
  assert.equal(await app.testid('min-confidence').inputValue(), '0.9');
  assert.equal(await toReview(app), sure);
  await app.testid('min-confidence').selectOption('0');
  assert.equal(await toReview(app), all);
  await app.close();
});

test('Enter on a focused button presses it; Escape leaves no suggestion under review', async () => {
  const app = await AnnotatorPage.open(harness);
  await app.press('j');
  await app.testid('suggestion-current').waitFor();
  const before = await toReview(app);
  // Focus "Reject (n)" and press Enter: the suggestion is rejected, not accepted.
  await app.testid('suggestion-reject').focus();
  await app.press('Enter');
  assert.equal(await toReview(app), before - 1);
  assert.equal(await app.testid('quote-item').count(), 0, 'Enter accepted a suggestion');
  await app.page.locator('body').focus();
  await app.press('j');
  await app.testid('suggestion-current').waitFor();
  await app.press('Escape');
  assert.equal(await app.testid('suggestion-current').count(), 0);
  assert.equal(await app.page.locator('[data-testid="article"] .active').count(), 0);
  await app.close();
});

test('the engine runs in its worker, not in the page: suggestions for a pasted text come from it', async () => {
  const app = await AnnotatorPage.open(harness);
  const workers = app.page.workers().map((w) => w.url());
  assert.ok(workers.some((u) => u.endsWith('/engine_worker_loader.js')), workers.join());
  // The page's own wasm no longer holds the engine: its lexicon's words
  // are only in the worker's.
  const wasm = await app.page.evaluate(async () => {
    const names = performance.getEntriesByType('resource').map((r) => r.name).filter((n) => n.endsWith('.wasm'));
    names.push(new URL('engine_worker_bg.wasm', location.href).href);
    const sizes = {};
    for (const n of names) {
      const bytes = new Uint8Array(await (await fetch(n)).arrayBuffer());
      sizes[n.split('/').pop()] = new TextDecoder('latin1').decode(bytes).includes('spokeswoman');
    }
    return sizes;
  });
  const page = Object.entries(wasm).find(([n]) => n.startsWith('article-annotator'));
  const worker = Object.entries(wasm).find(([n]) => n.startsWith('engine_worker'));
  assert.equal(page?.[1], false, `the page's wasm holds the lexicon: ${JSON.stringify(wasm)}`);
  assert.equal(worker?.[1], true, `the worker's wasm lacks the lexicon: ${JSON.stringify(wasm)}`);
  await app.paste('Ferry\n\n“We waited two hours,” said commuter Ada Kerr.');
  await app.page.locator('[data-testid="article"] .sg-quote').first().waitFor();
  assert.deepEqual(await suggestedTexts(app), ['“We waited two hours,”', 'Ada Kerr']);
  await app.close();
});

test('a worker that cannot load is said in the page; annotating goes on without suggestions', async () => {
  const context = await harness.browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The worker's script never arrives (a broken deployment, a blocked file).
  await context.route('**/engine_worker_loader.js', (route) => route.abort());
  const page = await context.newPage();
  const app = new AnnotatorPage(harness, context, page);
  await page.goto(harness.origin + '/');
  await app.waitForHeadline('Putin vows to stop ‘color revolutions’ after sending troops to Kazakhstan');
  await app.notice().filter({ hasText: 'Suggestions are off for this page' }).waitFor();
  assert.equal(await page.locator('[data-testid="article"] .sg-quote').count(), 0);
  // Annotating still works.
  await app.selectText('We will not let anyone destabilize the situation');
  await app.press('q');
  assert.deepEqual(await app.highlights('q'), ['We will not let anyone destabilize the situation']);
  // The aborted request is the only console error, and it is expected.
  assert.ok(app.problems.every((p) => /engine_worker|Failed to load resource/.test(p)), app.problems.join('\n'));
  await context.close();
});
