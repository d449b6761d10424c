// The UI benchmark's first article, "template article": ~1 MB of text
// generated from ONE template paragraph with 40 speakers, one quote and one
// mention per paragraph until 5,000 spans. Deterministic. (This is the
// generator ui-bench.mjs always used, moved here; same output, offsets
// now counted per paragraph rather than from the start of the text.)
import { createHash } from 'node:crypto';

const WORDS = 'the council said its budget would rise while critics argued that “nothing in the plan” helps families 👩‍👩‍👧 of 東京 or שלום today'.split(' ');
const TITLE = 'A generated long article for the benchmark';

/** The article's paragraphs: `SpeakerN said “…” and ….`, until `targetBytes`. */
function paragraphs(targetBytes) {
  const out = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const words = Array.from({ length: 28 }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]);
    const p = `Speaker${i % 40} said “${words.slice(0, 12).join(' ')}” and ${words.slice(12).join(' ')}.`;
    out.push(p);
    bytes += Buffer.byteLength(p) + 2;
  }
  return out;
}

/** The native file and its stats: one mention and one quote per paragraph, `spans` in all. */
export function templateArticle({ targetBytes = 1_000_000, spans = 5000 } = {}) {
  const paras = paragraphs(targetBytes);
  const text = [TITLE, ...paras].join('\n\n');
  const cps = (s) => [...s].length;
  const speakers = Array.from({ length: 40 }, (_, k) => ({ id: `s${k + 1}`, name: `Speaker${k}`, aliases: [] }));
  const quotes = [];
  const mentions = [];
  // The paragraph's offset in UTF-16 units and in code points.
  let offset = TITLE.length + 2;
  let cpOffset = cps(TITLE) + 2;
  let id = 100;
  for (let p = 0; p < paras.length && quotes.length + mentions.length < spans; p++) {
    const para = paras[p];
    const name = `Speaker${p % 40}`;
    const qs = para.indexOf('“');
    const qe = para.indexOf('”') + 1;
    const span = (s, e) => {
      const inner = para.slice(s, e);
      const start = cpOffset + cps(para.slice(0, s));
      return { start, end: start + cps(inner), text: inner, utf16: { start: offset + s, end: offset + e } };
    };
    mentions.push({ id: `m${id++}`, speaker: `s${(p % 40) + 1}`, ...span(0, name.length) });
    quotes.push({ id: `q${id++}`, kind: 'direct', speaker: `s${(p % 40) + 1}`, cue: null, ...span(qs, qe) });
    offset += para.length + 2;
    cpOffset += cps(para) + 2;
  }
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  const file = { format: 'article-annotator', version: 1, document: { id: 'bench', title: TITLE, text, sha256 }, speakers, mentions, quotes };
  return {
    file,
    stats: { bytes: Buffer.byteLength(text), paragraphs: paras.length, quotes: quotes.length, mentions: mentions.length, speakers: speakers.length },
  };
}
