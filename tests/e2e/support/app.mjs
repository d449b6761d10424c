// Page object of the annotator and the browser harness shared by every
// end-to-end test: Debian's Chromium through playwright-core, the built
// dist/ served on loopback, and a check that fails the test on any console
// error, uncaught exception or request outside the app's origin.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const FIXTURES = join(ROOT, 'tests', 'e2e', 'fixtures');
export const ARTIFACTS = join(ROOT, 'target', 'e2e');
mkdirSync(ARTIFACTS, { recursive: true });

function chromiumPath() {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) throw new Error('No Chromium found: run .ci/setup.sh or set CHROMIUM');
  return found;
}

/** Starts the server and the browser once per test file. */
export async function startHarness() {
  const server = await serve(join(ROOT, 'dist'));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'];
  const browser = await chromium.launch({ executablePath: chromiumPath(), args });
  return {
    origin,
    browser,
    // For tests that launch their own browser (a persistent profile).
    chromium: chromiumPath(),
    args,
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/** The annotator in one fresh browser context (fresh storage). */
export class AnnotatorPage {
  static async open(harness, { viewport = { width: 1280, height: 900 } } = {}) {
    const context = await harness.browser.newContext({ viewport, acceptDownloads: true });
    const page = await context.newPage();
    const app = new AnnotatorPage(harness, context, page);
    await app.goto();
    return app;
  }

  constructor(harness, context, page) {
    this.harness = harness;
    this.context = context;
    this.page = page;
    this.problems = [];
    page.on('console', (m) => { if (m.type() === 'error') this.problems.push(`console error: ${m.text()}`); });
    page.on('pageerror', (e) => this.problems.push(`uncaught exception: ${e.message}`));
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(harness.origin) && !url.startsWith('blob:') && !url.startsWith('data:')) {
        this.problems.push(`request outside the app's origin: ${url}`);
      }
    });
  }

  async goto() {
    await this.page.goto(this.harness.origin + '/');
    await this.ready();
  }

  async reload() {
    await this.page.reload();
    await this.ready();
  }

  /** Waits for the article and its suggestions (computed after first paint). */
  async ready() {
    await this.page.getByTestId('headline').waitFor();
    await this.page.locator('[data-testid="suggestions"][data-ready="true"]').waitFor();
  }

  /** Throws if anything went wrong in the page; call at the end of each test. */
  async close() {
    await this.context.close();
    if (this.problems.length) throw new Error(this.problems.join('\n'));
  }

  testid(id) { return this.page.getByTestId(id); }
  /** Waits until the article's headline reads `text`. */
  async waitForHeadline(text, options = {}) {
    await this.headline().getByText(text).waitFor(options);
  }
  headline() { return this.testid('headline'); }
  paragraphs() { return this.testid('paragraph'); }
  notice() { return this.testid('notice-text'); }

  async paste(text) {
    await this.testid('open-paste').click();
    await this.testid('paste-text').fill(text);
    await this.testid('paste-submit').click();
    await this.testid('paste-dialog').waitFor({ state: 'detached' }).catch(() => {});
  }

  /** Opens a file through the chooser, as a person would. */
  async chooseFile(button, files) {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.testid(button).click()]);
    await chooser.setFiles(files);
  }

  /** Drops files (name, mimeType, buffer) on the article. */
  async dropFiles(files) {
    const transfer = await this.page.evaluateHandle((files) => {
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.mimeType }));
      return dt;
    }, files.map((f) => ({ name: f.name, mimeType: f.mimeType, bytes: [...f.buffer] })));
    await this.testid('article').dispatchEvent('dragover', { dataTransfer: transfer });
    await this.testid('article').dispatchEvent('drop', { dataTransfer: transfer });
  }

  /**
   * Selects `exact` text inside the article with the mouse: a press at the
   * first character and a drag to the last; the first occurrence after the
   * text `after`, when given.
   */
  async selectText(exact, { after = '' } = {}) {
    // Scrolled into view first, then measured once the page has settled:
    // paragraphs off screen are laid out only when they come near the
    // viewport (content-visibility), which can move the text a little, as
    // a person sees it move before they press the mouse.
    for (let settle = 0; settle < 2; settle++) {
      await this.page.evaluate(({ exact, after }) => {
        const all = document.querySelector('[data-testid="article"]');
        const walker = document.createTreeWalker(all, NodeFilter.SHOW_TEXT);
        let text = '';
        const nodes = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, text.length]); text += n.data; }
        const from = after ? text.indexOf(after) : 0;
        const at = from < 0 ? -1 : text.indexOf(exact, from + after.length);
        if (at < 0) return;
        for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i][1] <= at) { nodes[i][0].parentElement.scrollIntoView({ block: 'center' }); break; }
      }, { exact, after });
      await this.page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    }
    const box = await this.page.evaluate(({ exact, after }) => {
      const root = document.querySelector('[data-testid="article"]');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, all.length]); all += n.data; }
      const from = after ? all.indexOf(after) : 0;
      if (from < 0) return null;
      const at = all.indexOf(exact, from + after.length);
      if (at < 0) return null;
      const locate = (offset) => {
        for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i][1] <= offset) return [nodes[i][0], offset - nodes[i][1]];
      };
      const rectOf = (offset) => {
        const [node, off] = locate(offset);
        const r = document.createRange();
        r.setStart(node, off);
        r.setEnd(node, off + (node.data.codePointAt(off) > 0xffff ? 2 : 1));
        const rects = r.getClientRects();
        return rects[0];
      };
      const first = rectOf(at);
      const last = rectOf(at + exact.length - 1);
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }, { exact, after });
    if (!box) throw new Error(`text not found in the article: ${exact}`);
    await this.page.mouse.move(box.x1, box.y1);
    await this.page.mouse.down();
    await this.page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
    await this.page.mouse.move(box.x2, box.y2, { steps: 4 });
    await this.page.mouse.up();
    const selected = await this.page.evaluate(() => String(window.getSelection()));
    if (selected !== exact) throw new Error(`mouse selection gave ${JSON.stringify(selected)}, wanted ${JSON.stringify(exact)}`);
  }

  async press(key) { await this.page.keyboard.press(key); }

  /** The texts of highlighted spans whose labels start with `prefix` ('q' quotes, 'm' mentions), in reading order. */
  async highlights(prefix) {
    return this.page.evaluate((prefix) => {
      const byLabel = new Map();
      // A quote's cue carries the quote's label too: count only the
      // segments drawn as the span itself.
      const drawn = { q: 'hl-quote', m: 'hl-mention' }[prefix];
      for (const el of document.querySelectorAll('[data-testid="article"] [data-spans]')) {
        if (!el.classList.contains(drawn)) continue;
        for (const label of el.dataset.spans.split(' ')) {
          if (label.startsWith(prefix)) byLabel.set(label, (byLabel.get(label) ?? '') + el.textContent);
        }
      }
      return [...byLabel.values()];
    }, prefix);
  }

  /** Clicks Export JSON and returns the downloaded file's parsed JSON and path. */
  async exportJson() {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.testid('export-json').click()]);
    const path = join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(path);
    const { readFile } = await import('node:fs/promises');
    return { path, json: JSON.parse(await readFile(path, 'utf8')), name: download.suggestedFilename() };
  }

  /** Imports a file through the Import JSON chooser, accepting the replace question. */
  async importJson(file) {
    const accept = (d) => d.accept();
    this.page.once('dialog', accept);
    await this.chooseFile('import-json', file);
    this.page.off('dialog', accept);
  }

  /** Clicks a highlighted span by its label (q12, m3), as a person clicks its text. */
  async clickSpan(label) {
    await this.page.locator(`[data-testid="article"] [data-spans~="${label}"]`).first().click();
  }

  /** The state shown in the side panel: active span, speakers, quotes. */
  async panel() {
    return this.page.evaluate(() => {
      const texts = (sel) => [...document.querySelectorAll(sel)].map((e) => e.textContent);
      return {
        active: document.querySelector('[data-testid="active-text"]')?.textContent ?? null,
        speakers: [...document.querySelectorAll('[data-testid="speaker-name"]')].map((e) => e.value),
        quotes: [...document.querySelectorAll('[data-testid="quote-item"]')].map((e) => e.textContent),
        highlighted: texts('[data-testid="article"] [data-spans]').join('|'),
      };
    });
  }

  async storageSnapshot() {
    return this.page.evaluate(() => ({ ...localStorage }));
  }
}
