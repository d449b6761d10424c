// Writes the UI benchmark's realistic article (about 1 MB of varied news
// paragraphs) as plain text, for the native benchmark of the engine:
//   node tests/e2e/bench/write-realistic.mjs target/realistic-article.txt
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { realisticArticle } from './realistic-article.mjs';

const out = process.argv[2] ?? 'target/realistic-article.txt';
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, realisticArticle().file.document.text);
console.log(`wrote ${out}`);
