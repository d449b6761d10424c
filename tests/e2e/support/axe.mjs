// axe-core inside the page: every end-to-end view it is run on must have
// no violation. axe is evaluated through the DevTools protocol, so the
// page's Content-Security-Policy (no inline script) does not block it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Fails with axe's findings unless the page as shown has no violation. */
export async function assertNoAxeViolations(page, view) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} — ${n.failureSummary}`),
    }));
  });
  assert.deepEqual(violations, [], `axe found violations on ${view}:\n${JSON.stringify(violations, null, 1)}`);
}
