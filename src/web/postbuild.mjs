// After `trunk build`: starts the app from a file instead of Trunk's inline
// script (so the page's Content-Security-Policy has no 'unsafe-inline' in
// script-src), appends the service worker's registration to that file, and
// writes the service worker with the build's file list and version.
// Usage: node src/web/postbuild.mjs dist
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const here = new URL('.', import.meta.url);
const read = (name) => readFileSync(new URL(name, here), 'utf8');
const hash = (data) => createHash('sha256').update(data).digest('hex').slice(0, 16);

let html = readFileSync(join(dist, 'index.html'), 'utf8');
const inline = html.match(/<script type="module">([\s\S]*?)<\/script>/);
if (!inline) throw new Error('postbuild: no inline boot script in index.html (already processed?)');
const boot = `${inline[1].trim()}\n\n${read('register-sw.js')}`;
const bootName = `boot-${hash(boot)}.js`;
writeFileSync(join(dist, bootName), boot);
html = html.replace(inline[0], `<script type="module" src="/${bootName}"></script>`);
html = html.replace(/(script-src[^;"]*?) 'unsafe-inline'/, '$1');
if (/script-src[^;"]*'unsafe-inline'/.test(html)) throw new Error("postbuild: 'unsafe-inline' left in script-src");
writeFileSync(join(dist, 'index.html'), html);

const files = readdirSync(dist).filter((f) => f !== 'sw.js' && statSync(join(dist, f)).isFile()).sort();
const version = hash(files.map((f) => `${f}:${hash(readFileSync(join(dist, f)))}`).join('\n'));
const precache = { version, files: ['/index.html', ...files.filter((f) => f !== 'index.html').map((f) => `/${f}`)] };
writeFileSync(join(dist, 'sw.js'), `self.__PRECACHE__ = ${JSON.stringify(precache)};\n${read('service-worker.js')}`);
console.log(`postbuild: ${bootName}, service worker version ${version} precaching ${precache.files.length} files`);
