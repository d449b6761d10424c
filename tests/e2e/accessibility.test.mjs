// Accessibility (issue 13): axe-core finds no violation on any view; a
// quote, a mention, an attribution and a cue are made from the keyboard
// alone (no mouse event anywhere in that test); each edit is announced;
// right-to-left text is annotated with right offsets; a quote's speaker is
// shown by more than colour; the layout at 1,280 and 1,024 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { AnnotatorPage, startHarness, ARTIFACTS } from './support/app.mjs';
import { assertValidExport, pythonSliceCheck } from './support/checks.mjs';
import { assertNoAxeViolations } from './support/axe.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

/** The live region's sentence, once it reads `expected`. */
async function announced(app, expected) {
  const region = app.testid('announcer');
  await region.filter({ hasText: expected }).waitFor({ timeout: 5000 }).catch(() => {});
  const text = (await region.textContent()).replace(/\u00a0/g, '').trim();
  assert.equal(text, expected);
}

/** The data-testid of the focused element (or its tag). */
async function focused(app) {
  return app.page.evaluate(() => document.activeElement?.dataset.testid ?? document.activeElement?.tagName);
}

/** Presses `key` `n` times. */
async function repeat(app, key, n) {
  for (let i = 0; i < n; i++) await app.press(key);
}

/** The selection's text. */
async function selected(app) {
  return app.page.evaluate(() => String(window.getSelection()));
}

/** Accepts every suggestion of the sample: a fully annotated article. */
async function annotateSample(app) {
  await app.testid('accept-all-suggestions').click();
  await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="quote-item"]').length > 5);
}

test('axe finds no violation on first start, an annotated article, the picker, every dialog and the import preview', async () => {
  const app = await AnnotatorPage.open(harness);
  await assertNoAxeViolations(app.page, 'first start');
  await annotateSample(app);
  await assertNoAxeViolations(app.page, 'a fully annotated article');
  const [quote] = await app.page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="article"] .hl-quote')].map((e) => e.dataset.spans.split(' ')[0]));
  await app.clickSpan(quote);
  await assertNoAxeViolations(app.page, 'an active quote with its related spans');
  await app.press('a');
  await app.testid('speaker-picker').waitFor();
  await assertNoAxeViolations(app.page, 'the speaker picker');
  await app.press('Escape');
  for (const [button, dialog, view] of [
    ['help', 'help-overlay', 'the keyboard help'],
    ['open-paste', 'paste-dialog', 'the paste dialog'],
    ['open-export', 'export-dialog', 'the export dialog'],
  ]) {
    await app.testid(button).click();
    await app.testid(dialog).waitFor();
    await assertNoAxeViolations(app.page, view);
    await app.press('Escape');
  }
  await app.testid('open-summary').click();
  await app.testid('speaker-bar').first().waitFor();
  await app.testid('speaker-bar').first().click();
  await app.testid('summary-speaker').waitFor();
  await assertNoAxeViolations(app.page, 'Who is quoted');
  await app.press('Escape');
  const rows = [
    JSON.stringify({ id: 'a11y-1', text: 'First\n\n“We are ready,” said Ana Ortiz.' }),
    'not json',
  ].join('\n');
  await app.chooseFile('open-import', { name: 'rows.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(rows) });
  await app.testid('import-preview').waitFor();
  await app.testid('import-problem').first().waitFor();
  await assertNoAxeViolations(app.page, 'the dataset import preview');
  await app.close();
});

test('keyboard only: a quote, its speaker, its cue and a mention, announced, exported with right offsets', async () => {
  const app = await AnnotatorPage.open(harness);
  await app.page.bringToFront();
  // Tab reaches the toolbar's first button; Enter opens the paste dialog,
  // whose text area takes the focus.
  await app.press('Tab');
  assert.equal(await focused(app), 'open-paste');
  await app.press('Enter');
  await app.testid('paste-dialog').waitFor();
  assert.equal(await focused(app), 'paste-text');
  await app.page.keyboard.insertText('Council approves the bridge\n\n“The bridge will open in May,” said Ana Ortiz, the mayor.');
  await app.press('Tab');
  await app.press('Tab');
  assert.equal(await focused(app), 'paste-submit');
  await app.press('Enter');
  await app.waitForHeadline('Council approves the bridge');
  // Focus went back to the button that opened the dialog.
  assert.equal(await focused(app), 'open-paste');

  await app.press('v');
  await app.testid('caret-hint').waitFor();
  assert.equal(await focused(app), 'article');
  assert.equal(await app.testid('caret').isVisible(), true, 'a visible caret');
  // The caret starts at the headline; down one line is the paragraph.
  await app.press('ArrowDown');
  await app.press('Home');
  await app.press('ArrowRight'); // past the opening quotation mark
  await repeat(app, 'Control+Shift+ArrowRight', 6);
  assert.equal(await selected(app), 'The bridge will open in May');
  await app.press('q');
  await announced(app, 'Quote added, not attributed');

  await app.press('a');
  await app.testid('speaker-picker').waitFor();
  await app.page.keyboard.type('Ana Ortiz');
  await app.press('Enter');
  await app.testid('speaker-picker').waitFor({ state: 'detached' });
  await announced(app, 'Quote attributed to Ana Ortiz');
  assert.equal(await focused(app), 'article', 'focus returns to the article');

  // The caret waits at the quote's end: on to "said".
  await repeat(app, 'Control+ArrowRight', 1);
  await app.press('Control+ArrowRight');
  await app.press('Control+ArrowLeft');
  await app.press('Control+Shift+ArrowRight');
  assert.equal(await selected(app), 'said');
  await app.press('c');
  await announced(app, 'Cue added');

  await app.press('ArrowRight');
  await repeat(app, 'Control+Shift+ArrowRight', 2);
  assert.equal(await selected(app), 'Ana Ortiz');
  await app.press('s');
  await announced(app, 'Speaker mention added: Ana Ortiz');

  await app.press('Control+z');
  await announced(app, 'Undone: speaker mention removed');
  await app.press('Control+y');
  await announced(app, 'Redone: speaker mention added: Ana Ortiz');

  // Export from the keyboard: focus the button, Enter.
  await app.testid('export-json').focus();
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.press('Enter')]);
  const path = join(ARTIFACTS, 'keyboard-only.annotations.json');
  await download.saveAs(path);
  // The notice that follows does not take the focus from the button.
  await app.notice().filter({ hasText: 'Exported' }).waitFor();
  assert.equal(await focused(app), 'export-json');
  const json = JSON.parse(await (await import('node:fs/promises')).readFile(path, 'utf8'));
  assertValidExport(json);
  assert.equal(pythonSliceCheck(path), 3);
  assert.equal(json.quotes.length, 1);
  assert.equal(json.quotes[0].text, 'The bridge will open in May');
  assert.equal(json.quotes[0].cue.text, 'said');
  assert.deepEqual(json.speakers.map((s) => s.name), ['Ana Ortiz']);
  assert.equal(json.quotes[0].speaker, json.speakers[0].id);
  assert.deepEqual(json.mentions.map((m) => [m.text, m.speaker]), [['Ana Ortiz', json.speakers[0].id]]);
  await app.close();
});

test('a right-to-left paragraph is shown right to left, annotated from the keyboard and exported with right offsets', async () => {
  const app = await AnnotatorPage.open(harness);
  // Hebrew written for this test: "We will build a new bridge," said Dana
  // Levi on Monday.
  const hebrew = '"אנחנו נבנה גשר חדש", אמרה דנה לוי ביום שני.';
  await app.paste(`Bridge news\n\n${hebrew}`);
  await app.waitForHeadline('Bridge news');
  const direction = await app.paragraphs().first().evaluate((p) => getComputedStyle(p).direction);
  assert.equal(direction, 'rtl');
  await app.press('v');
  await app.press('ArrowDown');
  await app.press('Home');
  // In a right-to-left line the arrows move the way they point: the next
  // character in reading order is to the left.
  await app.press('ArrowLeft');
  await repeat(app, 'Control+Shift+ArrowLeft', 4);
  assert.equal(await selected(app), 'אנחנו נבנה גשר חדש');
  await app.press('q');
  await announced(app, 'Quote added, not attributed');
  const { json, path } = await app.exportJson();
  assertValidExport(json);
  assert.equal(pythonSliceCheck(path), 1);
  const start = [...json.document.text].indexOf('א');
  assert.deepEqual([json.quotes[0].start, json.quotes[0].end], [start, start + 18]);
  await app.close();
});

test('who said it shows without colour: numbers at quote starts, "?" when unattributed, related spans outlined', async () => {
  const app = await AnnotatorPage.open(harness);
  await annotateSample(app);
  const badges = await app.page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="article"] [data-badge]')].map((e) => ({
      badge: e.dataset.badge,
      title: e.title,
      drawn: getComputedStyle(e, '::before').content,
    })));
  assert.ok(badges.length > 5, `badges: ${badges.length}`);
  for (const b of badges) {
    assert.match(b.badge, /^(\d+|\?)$/);
    assert.equal(b.drawn, `"${b.badge}"`);
    if (b.badge === '?') assert.match(b.title, /quote, \w+, not attributed/);
    else assert.match(b.title, new RegExp(`quote, \\w+, said by .+ \\(speaker ${b.badge}\\)`));
  }
  // The article's text is unchanged by the badges.
  const text = await app.page.evaluate(() => document.querySelector('[data-testid="article"]').innerText);
  assert.ok(!/^\d/.test(text.split('\n').find((l) => l.startsWith('He said')) ?? 'He'));
  // Activating an attributed quote outlines its speaker's mentions.
  const quote = await app.page.evaluate(() => {
    const el = [...document.querySelectorAll('[data-testid="article"] .hl-quote[data-badge]')].find((e) => e.dataset.badge !== '?');
    return el.dataset.spans.split(' ')[0];
  });
  await app.clickSpan(quote);
  const related = await app.page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="article"] .related')].map((e) => [e.className, e.title]));
  assert.ok(related.length > 0, 'some related span is outlined');
  const speakerOfQuote = await app.page.evaluate((label) =>
    document.querySelector(`[data-spans~="${label}"][data-badge]`).title.match(/said by (.+) \(speaker/)[1], quote);
  for (const [cls, title] of related) {
    assert.match(cls, /hl-mention/);
    assert.ok(title.includes(`speaker mention: ${speakerOfQuote}`), title);
  }
  await app.close();
});

test('text size, and the layout at 1,280 and 1,024 px (screenshots kept)', async () => {
  for (const width of [1280, 1024]) {
    const app = await AnnotatorPage.open(harness, { viewport: { width, height: 800 } });
    await annotateSample(app);
    const layout = await app.page.evaluate(() => {
      const buttons = [...document.querySelectorAll('[data-testid="toolbar"] button')];
      const rows = new Set(buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
      const article = document.querySelector('[data-testid="article"]').getBoundingClientRect();
      const panel = document.querySelector('[data-testid="side-panel"]').getBoundingClientRect();
      return { rows: rows.size, overflow: document.documentElement.scrollWidth - window.innerWidth, article: article.width, panel: panel.width };
    });
    if (width === 1280) assert.equal(layout.rows, 1, 'the toolbar fits one row at 1,280 px');
    assert.ok(layout.overflow <= 0, `no horizontal scrolling at ${width} px: ${JSON.stringify(layout)}`);
    assert.ok(layout.article >= 480 && layout.panel >= 240, `article and panel both usable at ${width} px: ${JSON.stringify(layout)}`);
    await app.page.screenshot({ path: join(ARTIFACTS, `annotated-${width}.png`) });
    if (width === 1024) {
      const before = await app.page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('[data-testid="paragraph"]')).fontSize));
      await app.testid('text-size').selectOption('130');
      const after = await app.page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('[data-testid="paragraph"]')).fontSize));
      assert.ok(Math.abs(after / before - 1.3) < 0.02, `${before} → ${after}`);
      await app.reload();
      assert.equal(await app.testid('text-size').inputValue(), '130', 'the setting is kept');
    }
    await app.close();
  }
});

test('caret mode: Ctrl+End and Ctrl+Home stay in the article, and extending past its end keeps the selection', async () => {
  const app = await AnnotatorPage.open(harness);
  await app.page.bringToFront();
  await app.press('v');
  await app.testid('caret-hint').waitFor();
  await app.press('Control+End');
  assert.equal(await app.testid('caret').isVisible(), true, 'the caret is still drawn');
  await app.press('Control+Shift+ArrowLeft');
  const last = await app.page.evaluate(() => {
    const text = document.querySelector('[data-testid="article"]').textContent.trimEnd();
    return text.split(/\s+/).pop();
  });
  assert.equal((await selected(app)).trim(), last);
  // Extending further than the end keeps what is selected.
  await app.press('ArrowLeft');
  await repeat(app, 'Control+ArrowLeft', 2);
  await repeat(app, 'Control+Shift+ArrowRight', 6);
  await app.press('Shift+ArrowDown');
  const tail = await app.page.evaluate(() => document.querySelector('[data-testid="article"]').textContent.trimEnd().split(/\s+/).slice(-2).join(' '));
  const kept = (await selected(app)).trim();
  assert.ok(kept.endsWith(tail) && kept.length > tail.length, `kept ${JSON.stringify(kept)}`);
  await app.press('Control+Home');
  assert.equal(await app.testid('caret').isVisible(), true);
  await app.press('Shift+ArrowRight');
  const first = await app.page.evaluate(() => document.querySelector('[data-testid="headline"]').textContent[0]);
  assert.equal(await selected(app), first);
  await app.close();
});
