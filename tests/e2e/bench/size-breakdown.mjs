// What the first download costs, and what each part of the code costs in
// it: the gzipped size of every file the page loads before it paints (from
// dist/), and the wasm's code grouped by crate (and by module of this
// crate) with twiggy, over the names in Cargo's build before wasm-bindgen
// and wasm-opt (which strip them; the shares carry over).
//   node tests/e2e/bench/size-breakdown.mjs
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { ROOT } from '../support/app.mjs';

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const dist = join(ROOT, 'dist');
const shipped = readdirSync(dist).filter((f) => /\.(wasm|js)$/.test(f));
let total = 0;
let after = 0;
let onDemand = 0;
console.log('first download (gzip -9; what the page loads before it paints, and after):');
for (const f of shipped) {
  const bytes = readFileSync(join(dist, f));
  const gz = gzipSync(bytes, { level: 9 }).length;
  // The service worker, the engine's worker (started once the saved
  // workspace is painted) and the formats' worker (started by the first
  // import or export) are fetched after the page has painted.
  const formats = f.startsWith('formats_worker');
  const before = f !== 'sw.js' && !f.startsWith('engine_worker') && !formats;
  if (before) total += gz;
  else after += gz;
  if (formats) onDemand += gz;
  // The service worker's precache fetches the formats' worker after the
  // paint too; it runs at the first import or export.
  const when = before ? '' : formats ? ' (after paint; runs at the first import or export)' : ' (after paint)';
  console.log(`  ${f.padEnd(48)} ${kb(bytes.length).padStart(10)} ${kb(gz).padStart(10)} gzipped${when}`);
}
console.log(`  before first paint: ${kb(total)} gzipped`);
console.log(`  after it: ${kb(after)} gzipped, of which the formats' worker ${kb(onDemand)}`);

const wasm = join(ROOT, 'target/wasm32-unknown-unknown/wasm-release/article-annotator.wasm');
if (!existsSync(wasm)) {
  console.log(`size by crate: ${wasm} not built (run .ci/build.sh)`);
  process.exit(0);
}
const items = JSON.parse(execFileSync('twiggy', ['top', '--format', 'json', '-n', '10000000', wasm], { maxBuffer: 1 << 30 }).toString());

// Crate names: every package of Cargo.lock, and the standard library's.
const crates = new Set(['core', 'alloc', 'std', 'article_annotator', '__wbindgen_placeholder__']);
for (const m of readFileSync(join(ROOT, 'Cargo.lock'), 'utf8').matchAll(/^name = "([^"]+)"/gm)) crates.add(m[1].replaceAll('-', '_'));

/** The crate (or this crate's module) a symbol belongs to: the first crate path in its name. */
function owner(name) {
  // Stripped from the shipped file by wasm-bindgen and wasm-opt.
  if (name.startsWith('"function names"') || name.startsWith('custom section') || name.startsWith('__wbindgen_describe')) return null;
  if (name.startsWith('data segment')) return 'data (strings, tables)';
  for (const m of name.matchAll(/([A-Za-z_][A-Za-z0-9_]*)::([A-Za-z_][A-Za-z0-9_]*)(?:::([A-Za-z_][A-Za-z0-9_]*))?/g)) {
    if (!crates.has(m[1])) continue;
    if (m[1] === 'article_annotator') {
      if (m[2] === 'domain' && m[3]) return `article_annotator::domain::${m[3]}`;
      return `article_annotator::${m[2]}`;
    }
    return m[1];
  }
  return 'unnamed (tables, glue)';
}

const sizes = new Map();
let code = 0;
for (const it of items) {
  const who = owner(it.name);
  if (!who) continue;
  sizes.set(who, (sizes.get(who) ?? 0) + it.shallow_size);
  code += it.shallow_size;
}
console.log(`\nsize by crate (twiggy, wasm before wasm-opt, names stripped: ${kb(code)}):`);
for (const [who, size] of [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`  ${who.padEnd(48)} ${kb(size).padStart(10)} ${((100 * size) / code).toFixed(1).padStart(5)} %`);
}
