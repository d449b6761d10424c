// Several annotators (issue 10), as people do it: two annotators, each in
// their own browser, name themselves, annotate the same article with the
// mouse and keys and export it; a curator imports both exports, reads the
// agreement table (figures computed by hand here, and the same as
// `annotator agree --json` on the same files), curates the disagreements
// into gold from the keyboard, and exports gold, checked by Python's
// slicing. After a reload every layer is still there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { AnnotatorPage, startHarness, ARTIFACTS, ROOT } from './support/app.mjs';
import { assertValidExport } from './support/checks.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

const ARTICLE = 'Harbour 🚢 reopens\n\n“We are open again,” said harbour master Inês Duarte. “It took nine days,” she added. 東京 traders welcomed it. “Good news,” said Tom Park.';
const Q1 = '“We are open again,”';
const Q2 = '“It took nine days,”';
const Q2_LONG = '“It took nine days,” she added';
const Q3 = '“Good news,”';

/** Marks a quote with the mouse and `q`, then attributes it with `a`. */
async function quote(app, text, speaker, { kind } = {}) {
  await app.selectText(text);
  await app.press('q');
  if (kind) await app.press(kind);
  await app.press('a');
  await app.testid('speaker-picker').waitFor();
  await app.page.keyboard.type(speaker);
  await app.press('Enter');
  await app.testid('speaker-picker').waitFor({ state: 'detached' });
}

/** One annotator's session: their name, the article, their quotes, a JSONL export of it. */
async function annotate(name, quotes) {
  const app = await AnnotatorPage.open(harness);
  await app.testid('annotator-name').fill(name);
  await app.testid('annotator-name').press('Tab');
  await app.notice().filter({ hasText: `carry your name, “${name}”` }).waitFor();
  await app.paste(ARTICLE);
  await app.waitForHeadline('Harbour 🚢 reopens');
  for (const [text, speaker, options] of quotes) await quote(app, text, speaker, options);
  await app.testid('open-export').click();
  await app.testid('export-format').selectOption('jsonl');
  await app.testid('export-scope').selectOption('current');
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.testid('export-download').click()]);
  const path = join(ARTIFACTS, `team-${name}.jsonl`);
  await download.saveAs(path);
  const line = JSON.parse(readFileSync(path, 'utf8').trim());
  assert.equal(line.annotator, name, 'the export carries the annotator name');
  assert.equal(line.version, 2);
  assertValidExport(line);
  assert.deepEqual(app.problems, []);
  await app.close();
  return path;
}

/** The text of a cell of the agreement table. */
async function cell(app, row, testid) {
  return (await row.getByTestId(testid).textContent()).trim();
}

test('two annotators’ exports: agreement table, keyboard curation into gold, gold export', async () => {
  const ana = await annotate('Ana', [[Q1, 'Inês Duarte'], [Q2, 'Inês Duarte'], [Q3, 'Tom Park']]);
  // Ben: other bounds and kind for the second quote, another speaker for the third.
  const ben = await annotate('Ben', [[Q1, 'Inês Duarte'], [Q2_LONG, 'Inês Duarte', { kind: 'i' }], [Q3, 'Inês Duarte']]);

  const app = await AnnotatorPage.open(harness);
  await app.chooseFile('open-import', [ana, ben]);
  await app.testid('import-preview').waitFor();
  await app.testid('import-confirm').click();
  await app.notice().filter({ hasText: '2 annotation sets came in as other annotators' }).waitFor();
  await app.waitForHeadline('Harbour 🚢 reopens');
  assert.match(await app.testid('layers-read-only').textContent(), /Ana, Ben/);
  assert.deepEqual(await app.highlights('q'), [], 'the curator’s own layer is empty; the others are read only');
  // Ben's layer, shown read only: his spans are drawn, an edit is refused.
  await app.testid('view-layer-2').click();
  assert.deepEqual(await app.highlights('q'), [Q1, Q2_LONG, Q3]);
  assert.match(await app.testid('layers-read-only').textContent(), /Showing Ben's annotations, read only/);
  await app.selectText('traders welcomed it');
  await app.press('q');
  await app.notice().filter({ hasText: 'read only' }).waitFor();
  assert.deepEqual(await app.highlights('q'), [Q1, Q2_LONG, Q3], 'nothing was added to Ben’s layer');
  await app.testid('layer-own').click();
  assert.deepEqual(await app.highlights('q'), []);

  // The agreement table. By hand: exact matches Q1 and Q3 (2 of 3 each
  // side); at ≥ 0.8 Ben's longer Q2 covers all of Ana's: 3 of 3. Same
  // speaker: Q1 and Q2 of the 3 matched. Kinds D D D against D I D:
  // p_o = 2/3, p_e = 1·2/3, κ = 0.
  await app.testid('open-agreement').click();
  await app.testid('agreement-dialog').waitFor();
  const quotes = app.page.locator('[data-testid="agreement-row"][data-label="quotes"]');
  assert.equal(await quotes.getAttribute('data-pair'), 'Ana / Ben');
  assert.equal(await cell(app, quotes, 'quotes-exact'), '0.667 / 0.667 / 0.667');
  assert.equal(await cell(app, quotes, 'quotes-overlap>=0.8'), '1.000 / 1.000 / 1.000');
  const who = app.page.locator('[data-testid="agreement-who"]');
  assert.equal(await cell(app, who, 'attribution'), '0.667 (2 of 3)');
  assert.equal(await cell(app, who, 'kind-kappa'), '0.000 (3 quotes)');
  await app.page.screenshot({ path: join(ARTIFACTS, 'agreement.png') });

  // The same figures as the command line on the same two files.
  const cli = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--bin', 'annotator', '--', 'agree', '--json', ana, ben], { cwd: ROOT, encoding: 'utf8' }));
  const pair = cli.overall.pairs[0];
  assert.deepEqual([cli.annotators[0].name, cli.annotators[1].name], ['Ana', 'Ben']);
  const alpha = pair.spans.quotes.alpha_u.alpha;
  assert.equal(await cell(app, quotes, 'quotes-alpha'), alpha.toFixed(3));
  assert.equal(pair.attribution.share.toFixed(3), '0.667');

  // A figure opens the document's disagreements; the first is under review.
  await app.page.locator('[data-testid="agreement-document"]').getByTestId('doc-disagreements').click();
  await app.testid('agreement-dialog').waitFor({ state: 'detached' });
  await app.testid('curation').waitFor();
  assert.equal(await app.testid('layer-gold').getAttribute('aria-pressed'), 'true');
  const progress = app.testid('curation-progress');
  assert.equal(await progress.textContent(), '0 of 2 disagreements resolved');
  const statuses = await app.testid('curation-item').evaluateAll((items) => items.map((i) => i.dataset.status));
  assert.deepEqual(statuses, ['agreed', 'disagreed', 'disagreed']);
  const current = app.page.locator('[data-testid="curation-item"][aria-current="true"]');
  assert.match(await current.textContent(), /It took nine days/);
  assert.match(await current.textContent(), /bounds, kind/);
  // The item under review is selected in the article.
  assert.equal(await app.page.evaluate(() => String(window.getSelection())), Q2_LONG);
  await app.page.screenshot({ path: join(ARTIFACTS, 'curation.png') });

  // Keyboard: 1 takes Ana's version here and moves on; 2 takes Ben's next.
  await app.press('1');
  await progress.filter({ hasText: '1 of 2' }).waitFor();
  assert.match(await current.textContent(), /Good news/);
  await app.press('2');
  await progress.filter({ hasText: '2 of 2' }).waitFor();
  // What all agreed on, by keyboard on the button; undone and redone.
  await app.testid('accept-agreed').focus();
  await app.press('Enter');
  await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="article"] .hl-quote').length >= 3);
  assert.deepEqual(await app.highlights('q'), [Q1, Q2, Q3]);
  await app.press('Control+z');
  assert.deepEqual(await app.highlights('q'), [Q2, Q3]);
  await app.press('Control+y');
  assert.deepEqual(await app.highlights('q'), [Q1, Q2, Q3]);
  assert.equal(await app.testid('accept-agreed').isDisabled(), true);

  // Gold exports like any layer; Python slices every quote right.
  await app.testid('open-export').click();
  await app.testid('export-format').selectOption('jsonl');
  await app.testid('export-scope').selectOption('current');
  await app.testid('export-layers').selectOption('gold');
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.testid('export-download').click()]);
  const goldPath = join(ARTIFACTS, 'team-gold.jsonl');
  await download.saveAs(goldPath);
  const sliced = execFileSync('python3', ['-c', `
import json, sys
doc = json.loads(open(sys.argv[1], encoding="utf-8").read().strip())
assert doc["annotator"] == "gold", doc["annotator"]
names = {s["id"]: s["name"] for s in doc["speakers"]}
for q in doc["quotes"]:
    assert doc["document"]["text"][q["start"]:q["end"]] == q["text"]
    print(q["text"], "|", names[q["speaker"]], "|", q["kind"])
`, goldPath], { encoding: 'utf8' }).trim().split('\n');
  assert.deepEqual(sliced, [
    `${Q1} | Inês Duarte | direct`,
    `${Q2} | Inês Duarte | direct`,
    `${Q3} | Inês Duarte | direct`,
  ]);

  // The native file holds every layer; all of it survives a reload.
  const { json } = await app.exportJson();
  assertValidExport(json);
  assert.equal(json.annotator, 'gold');
  assert.deepEqual(json.layers.map((l) => l.annotator), ['Ana', 'Ben']);
  await app.reload();
  await app.testid('curation').waitFor();
  assert.equal(await app.testid('curation-progress').textContent(), '2 of 2 disagreements resolved');
  assert.deepEqual(await app.highlights('q'), [Q1, Q2, Q3]);
  await app.testid('layer-own').click();
  assert.deepEqual(await app.highlights('q'), []);
  await app.testid('curation').waitFor({ state: 'detached' });
  await app.close();
});

/** A native v2 line as another tool (or person) would write it: quotes by their text. */
function line(annotator, quotes) {
  const chars = [...ARTICLE];
  const cp = (s) => [...s].length;
  const speakers = [...new Set(quotes.map((q) => q.speaker))].map((name, i) => ({ id: `s${i + 1}`, name, aliases: [] }));
  return JSON.stringify({
    format: 'article-annotator', version: 2, annotator,
    document: { id: 'harbour', title: 'Harbour 🚢 reopens', text: ARTICLE, sha256: createHash('sha256').update(ARTICLE).digest('hex') },
    speakers, mentions: [],
    quotes: quotes.map((q, i) => {
      const start = cp(ARTICLE.slice(0, ARTICLE.indexOf(q.text)));
      return {
        id: `q${i + 1}`, start, end: start + cp(q.text), text: chars.slice(start, start + cp(q.text)).join(''),
        kind: q.kind ?? 'direct', speaker: speakers.find((s) => s.name === q.speaker).id, cue: null,
      };
    }),
  }) + '\n';
}

test('three annotators: pairs, means, α_u and Fleiss’ κ of all, as the command line computes them', async () => {
  const files = {
    Ana: [{ text: Q1, speaker: 'Inês Duarte' }, { text: Q2, speaker: 'Inês Duarte' }, { text: Q3, speaker: 'Tom Park' }],
    Ben: [{ text: Q1, speaker: 'Inês Duarte' }, { text: Q2_LONG, speaker: 'Inês Duarte', kind: 'indirect' }, { text: Q3, speaker: 'Inês Duarte' }],
    Cy: [{ text: Q1, speaker: 'I. Duarte' }, { text: Q3, speaker: 'Tom Park', kind: 'mixed' }],
  };
  const paths = Object.entries(files).map(([name, quotes]) => {
    const path = join(ARTIFACTS, `team3-${name}.jsonl`);
    writeFileSync(path, line(name, quotes));
    return path;
  });
  const app = await AnnotatorPage.open(harness);
  await app.chooseFile('open-import', paths);
  await app.testid('import-preview').waitFor();
  await app.testid('import-confirm').click();
  await app.notice().filter({ hasText: '3 annotation sets came in' }).waitFor();
  await app.testid('open-agreement').click();
  await app.testid('agreement-dialog').waitFor();
  const pairs = await app.page.locator('[data-testid="agreement-row"][data-label="quotes"]').evaluateAll((rows) => rows.map((r) => r.dataset.pair));
  assert.deepEqual(pairs, ['Ana / Ben', 'Ana / Cy', 'Ben / Cy']);
  const cli = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--bin', 'annotator', '--', 'agree', '--json', ...paths], { cwd: ROOT, encoding: 'utf8' }));
  const all = cli.overall.all_annotators;
  assert.equal(await app.testid('quotes-alpha-all').textContent(), all.alpha_u.quotes.alpha.toFixed(3));
  assert.equal(all.kind_kappa.measure, "Fleiss' kappa");
  assert.match(await app.testid('fleiss-kappa').textContent(), new RegExp(`all annotators: ${all.kind_kappa.value.toFixed(3)} \\(${all.kind_kappa.items} quotes\\)`));
  // Ana / Cy at ≥ 0.8: Cy's 2 quotes both match Ana's (P 1), 2 of Ana's 3 (R 0.667).
  const anaCy = app.page.locator('[data-testid="agreement-row"][data-label="quotes"][data-pair="Ana / Cy"]');
  assert.equal((await anaCy.getByTestId('quotes-overlap>=0.8').textContent()).trim(), '1.000 / 0.667 / 0.800');
  const mean = app.page.locator('[data-testid="agreement-average"][data-label="quotes"]');
  const f1s = cli.overall.average.spans.quotes['exact'];
  assert.match(await mean.textContent(), new RegExp(`${f1s.precision.toFixed(3)} / ${f1s.recall.toFixed(3)} / ${f1s.f1.toFixed(3)}`));

  // Curation with three: Q2 is missing from Cy's layer; Cy's alias-less
  // "I. Duarte" is another name, so Q1 is a speaker disagreement.
  await app.page.locator('[data-testid="agreement-document"]').getByTestId('doc-f1').click();
  await app.testid('curation').waitFor();
  const items = await app.testid('curation-item').evaluateAll((els) => els.map((e) => `${e.dataset.status}: ${e.querySelector('.hint')?.textContent ?? ''}`));
  assert.deepEqual(items, [
    'disagreed:  — speaker',
    'disagreed:  — not marked by all, bounds, kind',
    'disagreed:  — speaker, kind',
  ]);
  assert.equal(await app.testid('curation-progress').textContent(), '0 of 3 disagreements resolved');
  await app.press('0');
  await app.testid('curation-progress').filter({ hasText: '1 of 3' }).waitFor();
  assert.deepEqual(await app.highlights('q'), [], 'take none adds nothing');
  await app.press('3');
  await app.notice().filter({ hasText: 'Cy marked nothing here' }).waitFor();
  assert.equal(await app.testid('curation-progress').textContent(), '1 of 3 disagreements resolved');
  assert.deepEqual(await app.highlights('q'), [], 'Cy marked nothing there: nothing is taken');
  await app.press('1');
  await app.testid('curation-progress').filter({ hasText: '2 of 3' }).waitFor();
  assert.deepEqual(await app.highlights('q'), [Q2]);
  await app.close();
});
