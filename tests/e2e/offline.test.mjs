// Offline and updates (issue 12): after one online visit the app opens
// with the network gone and the workspace intact; a new build is offered
// ("a new version is ready"), never forced; the page's CSP has no
// 'unsafe-inline' in script-src; the app is installable (a manifest).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnnotatorPage, startHarness, ROOT } from './support/app.mjs';
import { serve } from './serve.mjs';

let harness;
before(async () => { harness = await startHarness(); });
after(async () => { await harness?.close(); });

/** Waits until a service worker controls the page. */
async function controlled(app) {
  await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
}

/** Waits until the workspace holds `n` quotes in the current document's save. */
async function quotesShown(app) {
  return app.page.evaluate(() => document.querySelectorAll('[data-testid="quote-item"]').length);
}

test('the page starts from a file: no inline script, and the CSP has no unsafe-inline in script-src', async () => {
  const app = await AnnotatorPage.open(harness);
  const page = await app.page.evaluate(() => ({
    csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]').content,
    inline: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    manifest: document.querySelector('link[rel="manifest"]')?.href,
  }));
  const scriptSrc = page.csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  assert.ok(scriptSrc, page.csp);
  assert.ok(!scriptSrc.includes("'unsafe-inline'"), scriptSrc);
  assert.equal(page.inline, 0);
  const manifest = await (await app.page.request.get(page.manifest)).json();
  assert.equal(manifest.start_url, '/');
  assert.equal(manifest.display, 'standalone');
  for (const icon of manifest.icons) {
    const res = await app.page.request.get(new URL(icon.src, harness.origin).href);
    assert.equal(res.status(), 200, icon.src);
  }
  await app.close();
});

test('after one online visit the app opens offline, with the workspace as it was, and imports still work', async () => {
  const app = await AnnotatorPage.open(harness);
  await controlled(app);
  await app.selectText('color revolution', { after: 'from a ' });
  await app.press('q');
  await app.paste('Offline check\n\n“We stay open,” said Rui Sousa.');
  await app.waitForHeadline('Offline check');
  await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="document-row"]').length === 2);
  await app.context.setOffline(true);
  await app.reload();
  await app.waitForHeadline('Offline check');
  assert.equal(await app.testid('document-row').count(), 2);
  await app.testid('document-open').first().click();
  await app.waitForHeadline('Putin vows');
  assert.equal(await quotesShown(app), 1);
  assert.deepEqual(await app.highlights('q'), ['color revolution']);
  // Suggestions still run offline (they arrive after the article is drawn).
  await app.page.locator('[data-testid="suggestions"][data-ready="true"]').waitFor({ timeout: 10_000 });
  assert.equal(await app.page.locator('[data-testid="suggestions"][data-ready="true"]').count(), 1);
  // Imports too: the formats' worker comes from the precache.
  const row = JSON.stringify({ id: 'off-1', title: 'Offline row', text: 'Offline row\n\n“Still here,” said Ana Ruiz.' });
  await app.chooseFile('open-import', [{ name: 'rows.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(row) }]);
  await app.testid('import-preview').waitFor();
  await app.testid('import-confirm').click();
  await app.waitForHeadline('Offline row');
  await app.context.setOffline(false);
  await app.close();
});

test('a new build is offered, not forced: the page reloads only when asked, and the work is kept', async () => {
  // A copy of the build, served on its own, so that it can be "rebuilt".
  const dir = mkdtempSync(join(tmpdir(), 'annotator-update-'));
  cpSync(join(ROOT, 'dist'), dir, { recursive: true });
  const server = await serve(dir);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const app = await AnnotatorPage.open({ ...harness, origin });
  try {
    await controlled(app);
    await app.selectText('color revolution', { after: 'from a ' });
    await app.press('q');
    await app.page.evaluate(() => { window.stillThisPage = true; });
    // A new build: its service worker's version changes.
    const sw = join(dir, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/"version":"([0-9a-f]+)"/, '"version":"$1-next"'));
    // The browser checks for a new worker on navigation and every hour; the
    // test asks now.
    await app.page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await app.testid('update-ready').waitFor({ timeout: 15000 });
    await app.page.waitForTimeout(1500);
    assert.equal(await app.page.evaluate(() => window.stillThisPage), true, 'no reload by itself');
    const [nav] = await Promise.all([app.page.waitForEvent('load'), app.testid('update-reload').click()]);
    assert.ok(nav);
    await app.ready();
    assert.equal(await app.page.evaluate(() => window.stillThisPage), undefined, 'reloaded when asked');
    assert.deepEqual(await app.highlights('q'), ['color revolution']);
    const caches = await app.page.evaluate(() => caches.keys());
    assert.equal(caches.length, 1);
    assert.match(caches[0], /-next$/);
    assert.equal(await app.testid('update-ready').count(), 0);
  } finally {
    await app.close();
    await new Promise((ok) => server.close(ok));
    rmSync(dir, { recursive: true, force: true });
  }
});
