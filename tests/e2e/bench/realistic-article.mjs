// A deterministic, news-shaped article for the UI benchmark: about 1 MB of
// text written from some fifty sentence templates over topic word lists
// (realistic-words.mjs), ~1,400 named people, and a native annotator file
// with ~2,000 quotes and ~3,000 speaker mentions spread over the text. Many
// other quote-like sentences are left unannotated, so the suggestion engine
// has thousands of suggestions to offer. Same seed, same bytes: the only
// randomness is a seeded PRNG.
//
//   import { realisticArticle } from './realistic-article.mjs';
//   const { file, stats } = realisticArticle();   // file: native JSON object
import { createHash } from 'node:crypto';
import * as W from './realistic-words.mjs';

const HEADLINE = 'A Year in Riverside: Rent Caps, Flood Barriers and the Fight for the North Stand';

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRng(seed) {
  const next = mulberry32(seed);
  const rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    weighted(items) {
      const total = items.reduce((s, it) => s + it.w, 0);
      let r = next() * total;
      for (const it of items) if ((r -= it.w) < 0) return it;
      return items[items.length - 1];
    },
    shuffle(xs) {
      for (let i = xs.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [xs[i], xs[j]] = [xs[j], xs[i]];
      }
      return xs;
    },
  };
  return rng;
}

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'as', 'over']);
const titleCase = (s) => s.split(' ').map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : cap(w))).join(' ');
const grouped = (n) => n.toLocaleString('en-US');

// ---------------------------------------------------------------- people

/** ~`size` distinct people: first × last names, plus a few whole names. */
function makeRoster(rng, size) {
  const combos = [];
  for (const f of W.FIRST_NAMES) for (const last of W.LAST_NAMES) combos.push({ full: `${f.name} ${last}`, short: last, pron: f.pron });
  rng.shuffle(combos);
  const people = combos.slice(0, size - W.SPECIAL_NAMES.length);
  // The whole names go in early, so they are in the text whatever its length.
  W.SPECIAL_NAMES.forEach((s, i) => people.splice(5 + i * 37, 0, { ...s }));
  return people.map((p) => ({ ...p, introduced: false, role: null }));
}

// ---------------------------------------------------------------- slots

const TEAMS = ['Riverside Rovers', 'Eastbrook Athletic', 'the Harbour Hawks', 'Millbrook Town', 'Cedar Flats United'];
const UNIS = ['the University of Port Ellery', 'Ashgrove College', 'the Kessler Institute of Technology'];
const SHORT_ANSWERS = ['Not yet', 'Absolutely', 'We will see', 'Ask me in a month', 'No comment', 'Of course not'];

/** Fills {slot}s from the topic's vocabulary and the shared lists. */
function filler(rng, topic) {
  const percent = () => `${rng.int(1, 40)}.${rng.int(0, 9)} percent`;
  const slots = {
    np: () => rng.pick(topic.np),
    np2: () => rng.pick(topic.np),
    group: () => rng.pick(topic.group),
    org: () => rng.pick(topic.org),
    Org: () => cap(rng.pick(topic.org)),
    vp: () => rng.pick(topic.vp),
    place: () => rng.pick(W.PLACES),
    place2: () => rng.pick(W.PLACES),
    street: () => rng.pick(W.STREETS),
    day: () => rng.pick(W.DAYS),
    month: () => rng.pick(W.MONTHS),
    year: () => String(rng.int(1998, 2023)),
    num: () => grouped(rng.int(12, 480) * 100),
    small: () => String(rng.int(2, 9)),
    pct: percent,
    pct2: percent,
    money: () => `${rng.pick(['$', '€', '£'])}${rng.int(2, 90)}.${rng.int(1, 9)} million`,
    votes: () => `${rng.int(20, 40)} votes to ${rng.int(5, 19)}`,
    team: () => rng.pick(TEAMS),
    Team: () => cap(rng.pick(TEAMS)),
    team2: () => rng.pick(TEAMS),
    score: () => `${rng.int(1, 5)}-${rng.int(0, 3)}`,
    uni: () => rng.pick(UNIS),
  };
  const fill = (frame) => frame.replace(/\{(\w+)\}/g, (_, slot) => {
    if (!slots[slot]) throw new Error(`unknown slot {${slot}} in ${frame}`);
    return slots[slot]();
  });
  return fill;
}

// ---------------------------------------------------------------- markup

// Spans are written inline while a paragraph is built, as
// OPEN index MID text CLOSE, and stripped out afterwards with their offsets.
const OPEN = '\u{E000}';
const MID = '\u{E001}';
const CLOSE = '\u{E002}';

/** Strips the span marks: the plain paragraph and its spans (UTF-16 offsets). */
function strip(marked, tags) {
  let text = '';
  const spans = [];
  const open = [];
  let at = 0;
  for (;;) {
    const next = marked.slice(at).search(/[\u{E000}\u{E002}]/u);
    if (next < 0) { text += marked.slice(at); break; }
    text += marked.slice(at, at + next);
    at += next;
    if (marked[at] === OPEN) {
      const mid = marked.indexOf(MID, at);
      open.push({ ...tags[Number(marked.slice(at + 1, mid))], start: text.length });
      at = mid + 1;
    } else {
      spans.push({ ...open.pop(), end: text.length });
      at += 1;
    }
  }
  return { text, spans };
}

// ---------------------------------------------------------------- sentences

/**
 * What a template writes with: the speakers of the sentence (`p`, `p2`),
 * filled vocabulary, and span marks (quote, cue, mention). A sentence's
 * cue belongs to its first quote.
 */
function sentenceKit(ctx, group) {
  const { rng, fill, tags, para } = ctx;
  const tag = (desc, text) => `${OPEN}${tags.push({ ...desc, group }) - 1}${MID}${text}${CLOSE}`;
  const mention = (p, text) => { para.refs.add(p); return tag({ type: 'mention', speaker: p }, text); };
  let second = null;
  /** A phrase not yet written in this paragraph (a few tries). */
  const fresh = (make) => {
    let text = make();
    for (let i = 0; i < 5 && para.phrases.has(text); i++) text = make();
    para.phrases.add(text);
    return text;
  };
  return {
    rng,
    p: ctx.main,
    get p2() { return (second ??= ctx.other()); },
    pick: rng.pick,
    f: fill,
    q: (kind, speaker, text) => tag({ type: 'quote', kind, speaker }, text),
    cue: (text) => tag({ type: 'cue' }, text),
    full: (p) => { p.introduced = true; return mention(p, p.full); },
    /** The name as a reporter writes it: in full the first time, mostly the surname after. */
    ref(p) {
      const full = !p.introduced || rng.chance(para.refs.has(p) ? 0.15 : 0.35);
      p.introduced = true;
      return mention(p, full ? p.full : p.short);
    },
    referenced: (p) => para.refs.has(p),
    pron: (p) => p.pron,
    role: (p) => (p.role ??= fill(rng.pick(ctx.topic.roles))),
    line: () => fresh(() => cap(fill(rng.pick(W.LINES)))),
    question: () => cap(fill(rng.pick(W.QUESTIONS))),
    clause: () => fresh(() => fill(rng.pick(W.CLAUSES))),
    frag: () => fresh(() => rng.pick(W.FRAGMENTS)),
    bio: () => fill(rng.pick(W.BIOS)),
    short: () => rng.pick(SHORT_ANSWERS),
    when: () => rng.pick(W.WHEN),
  };
}

/**
 * The sentence templates, weighted. `ref` marks those that need the
 * speaker named earlier in the paragraph (they use a pronoun).
 */
const TEMPLATES = [
  // Direct quotes, the quote first.
  { w: 6, make: (s) => `${s.q('direct', s.p, `“${s.line()},”`)} ${s.cue('said')} ${s.ref(s.p)}.` },
  { w: 6, make: (s) => `${s.q('direct', s.p, `“${s.line()},”`)} ${s.ref(s.p)} ${s.cue('said')}.` },
  { w: 3, make: (s) => `${s.q('direct', s.p, `“${s.line()},”`)} ${s.cue('said')} ${s.full(s.p)}, ${s.role(s.p)}.` },
  { w: 3, make: (s) => `${s.q('direct', s.p, `“${s.line()},”`)} ${s.full(s.p)}, ${s.role(s.p)}, ${s.cue('said')} ${s.when()}.` },
  { w: 2, make: (s) => `${s.q('direct', s.p, `“${s.question()}?”`)} ${s.cue('asked')} ${s.ref(s.p)}.` },
  { w: 3, make: (s) => `${s.q('direct', s.p, `“${s.line()},”`)} ${s.ref(s.p)} ${s.cue(s.pick(W.CUES_SAID))}.` },
  { w: 2, make: (s) => `${s.q('direct', s.p, `“${s.line()},”`)} ${s.ref(s.p)} ${s.cue('told reporters')} ${s.when()}.` },
  { w: 3, ref: true, make: (s) => `${s.q('direct', s.p, `“${s.line()},”`)} ${s.pron(s.p)} ${s.cue('said')}.` },
  { w: 2, make: (s) => `${s.q('direct', null, `“${s.line()},”`)} ${s.cue('said')} ${s.pick(W.ANONYMOUS)}.` },
  { w: 1, make: (s) => `${s.q('direct', s.p, `"${s.line()},"`)} ${s.cue('said')} ${s.ref(s.p)}.` },
  { w: 2, make: (s) => `${s.q('direct', s.p, `“${s.line()}. ${s.line()},”`)} ${s.cue('said')} ${s.ref(s.p)}.` },
  { w: 2, make: (s) => `${s.q('direct', s.p, `“${s.line()},”`)} ${s.cue('said')} ${s.full(s.p)}, who ${s.bio()}.` },
  {
    w: 1,
    make: (s) => {
      const l = s.pick(W.FOREIGN_LINES);
      return `${s.q('direct', s.p, `“${l.text},”`)} ${s.ref(s.p)} ${s.cue('said')}, switching to ${l.lang} for a moment.`;
    },
  },
  // Direct quotes, the speaker first.
  { w: 4, make: (s) => `${s.ref(s.p)} ${s.cue('said')}: ${s.q('direct', s.p, `“${s.line()}.”`)}` },
  { w: 3, make: (s) => `${s.full(s.p)}, ${s.role(s.p)}, ${s.cue('said')}: ${s.q('direct', s.p, `“${s.line()}.”`)}` },
  { w: 1, make: (s) => `As ${s.ref(s.p)} ${s.cue('put it')}: ${s.q('direct', s.p, `“${s.line()}.”`)}` },
  { w: 1, make: (s) => `In a statement, ${s.f('{org}')} ${s.cue('said')}: ${s.q('direct', null, `“${s.line()}.”`)}` },
  { w: 2, make: (s) => `${s.q('direct', s.p, `“${s.line()},”`)} ${s.ref(s.p)} ${s.cue('said')}. ${s.q('direct', s.p, `“${s.line()}.”`)}` },
  { w: 1, make: (s) => `Asked whether ${s.clause()}, ${s.ref(s.p)} ${s.cue('said')}: ${s.q('direct', s.p, `“${s.short()}.”`)}` },
  { w: 1, make: (s) => `${s.q('direct', s.p, `“${s.line()}”`)} — that was how ${s.ref(s.p)} ${s.cue('summed up')} ${s.f('{np}')}.` },
  { w: 1, make: (s) => `${s.ref(s.p)} ${s.cue('wrote')} on social media: ${s.q('direct', s.p, `“${s.line()}.”`)}` },
  { w: 1, ref: true, make: (s) => `Later ${s.pron(s.p)} ${s.cue('added')}: ${s.q('direct', s.p, `“${s.line()}.”`)}` },
  // Indirect speech.
  { w: 4, make: (s) => `${s.ref(s.p)} ${s.cue('said')} that ${s.q('indirect', s.p, s.clause())}.` },
  { w: 3, make: (s) => `${s.full(s.p)}, ${s.role(s.p)}, ${s.cue('said')} ${s.q('indirect', s.p, s.clause())}.` },
  { w: 3, make: (s) => `${s.ref(s.p)} ${s.cue(s.pick(W.CUES_THAT))} that ${s.q('indirect', s.p, s.clause())}.` },
  { w: 2, make: (s) => `${s.ref(s.p)} ${s.cue('warned')} on ${s.f('{day}')} that ${s.q('indirect', s.p, s.clause())}.` },
  { w: 1, make: (s) => `${s.ref(s.p)} ${s.cue('told reporters')} ${s.q('indirect', s.p, s.clause())}.` },
  { w: 2, ref: true, make: (s) => `${cap(s.pron(s.p))} ${s.cue('added')} that ${s.q('indirect', s.p, s.clause())}.` },
  { w: 2, make: (s) => `${s.cue('According to')} ${s.ref(s.p)}, ${s.q('indirect', s.p, s.clause())}.` },
  { w: 2, make: (s) => `${s.q('indirect', s.p, cap(s.clause()))}, ${s.cue('according to')} ${s.full(s.p)}, ${s.role(s.p)}.` },
  { w: 1, make: (s) => `${s.q('indirect', null, cap(s.clause()))}, ${s.cue('according to')} a report by ${s.f('{org}')}.` },
  { w: 1, make: (s) => `${s.ref(s.p)} ${s.cue('wrote')} on social media that ${s.q('indirect', s.p, s.clause())}.` },
  { w: 2, make: (s) => `${s.full(s.p)}, who ${s.bio()}, ${s.cue('said')} ${s.q('indirect', s.p, s.clause())}.` },
  // Mixed quotes: reported speech around a quoted fragment.
  { w: 2, make: (s) => `${s.ref(s.p)} ${s.cue('said')} ${s.q('mixed', s.p, `${s.f('{np}')} was “${s.frag()}” and would ${s.f('{vp}')}`)}.` },
  { w: 2, make: (s) => `${s.ref(s.p)} ${s.cue('called')} ${s.q('mixed', s.p, `${s.f('{np}')} “${s.frag()}.”`)}` },
  { w: 1, make: (s) => `${s.ref(s.p)} ${s.cue('described')} ${s.q('mixed', s.p, `${s.f('{np}')} as “${s.frag()},”`)} adding that ${s.clause()}.` },
  { w: 1, make: (s) => `${cap(s.f('{np}'))}, ${s.ref(s.p)} ${s.cue('said')}, was ${s.q('direct', s.p, `“${s.frag()}.”`)}` },
  { w: 1, make: (s) => `${s.ref(s.p)} ${s.cue('said')} ${s.q('mixed', s.p, `${s.f('{group}')} were “${s.frag()}” after ${s.f('{np}')} was announced`)}.` },
  // No quote.
  { w: 6, make: (s) => `${s.full(s.p)}, ${s.role(s.p)}, did not respond to a request for comment.` },
  { w: 3, make: (s) => `${s.ref(s.p)} has led ${s.f('{org}')} since ${s.f('{year}')}.` },
  { w: 3, make: (s) => `A spokesperson for ${s.ref(s.p)} declined to comment.` },
  { w: 3, make: (s) => `${s.ref(s.p)} and ${s.ref(s.p2)} met for ${s.f('{small}')} hours on ${s.f('{day}')} without reaching a deal.` },
  { w: 30, make: (s) => s.f(s.pick(s.topic.facts)) },
  { w: 12, make: (s) => s.f(s.pick(W.GENERIC_FACTS)) },
  { w: 2, make: (s) => s.f(s.pick(W.MULTISCRIPT)) },
];

// ---------------------------------------------------------------- paragraphs

const SENTENCES = [{ n: 1, w: 10 }, { n: 2, w: 20 }, { n: 3, w: 25 }, { n: 4, w: 20 }, { n: 5, w: 15 }, { n: 6, w: 10 }];
const DATELINES = W.PLACES.filter((p) => !p.startsWith('the '));

/** One paragraph of a story: plain text and its candidate spans. */
function paragraph(rng, story, first) {
  const tags = [];
  const para = { refs: new Set(), phrases: new Set() };
  const main = story.person();
  const ctx = { rng, fill: story.fill, topic: story.topic, tags, para, main, other: () => story.person(main) };
  const n = rng.weighted(SENTENCES).n;
  const sentences = [];
  const used = new Set();
  for (let i = 0; i < n; i++) {
    // No template twice in a paragraph; a pronoun only after the name.
    const usable = TEMPLATES.filter((t) => !used.has(t) && (!t.ref || para.refs.has(main)));
    const template = rng.weighted(usable);
    used.add(template);
    const kit = sentenceKit(ctx, i);
    kit.topic = story.topic;
    sentences.push(template.make(kit));
  }
  const dateline = first && rng.chance(0.6) ? `${rng.pick(DATELINES).toUpperCase()} — ` : '';
  return strip(dateline + sentences.join(' '), tags);
}

/** A story: a topic, a cast that grows as it goes, a subhead most of the time. */
function story(rng, roster) {
  const topic = W.TOPICS[rng.pick(Object.keys(W.TOPICS))];
  const cast = [];
  const fresh = () => roster.queue[roster.next++ % roster.queue.length];
  const s = {
    topic,
    fill: filler(rng, topic),
    /** Someone new (often) or someone already in the story, not `not`. */
    person(not) {
      const known = cast.filter((p) => p !== not);
      const p = known.length && rng.chance(0.45) ? rng.pick(known.slice(-4)) : fresh();
      if (!cast.includes(p)) cast.push(p);
      return p;
    },
  };
  const paragraphs = [];
  if (rng.chance(0.8)) paragraphs.push({ text: titleCase(s.fill(rng.pick(W.SUBHEADS))), spans: [] });
  const length = rng.int(4, 14);
  for (let i = 0; i < length; i++) paragraphs.push(paragraph(rng, s, i === 0));
  return paragraphs;
}

// ---------------------------------------------------------------- offsets

const codePoints = (s) => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
};

/** Joins the paragraphs under the headline; spans get code point and UTF-16 offsets into the whole text. */
function assemble(paragraphs) {
  const parts = [HEADLINE];
  let u16 = HEADLINE.length + 2;
  let cp = codePoints(HEADLINE) + 2;
  const spans = [];
  for (const p of paragraphs) {
    for (const s of p.spans) {
      const text = p.text.slice(s.start, s.end);
      const start = cp + codePoints(p.text.slice(0, s.start));
      spans.push({ ...s, text, cp: { start, end: start + codePoints(text) }, utf16: { start: u16 + s.start, end: u16 + s.end } });
    }
    parts.push(p.text);
    u16 += p.text.length + 2;
    cp += codePoints(p.text) + 2;
  }
  return { text: parts.join('\n\n'), spans };
}

// ---------------------------------------------------------------- annotations

/** Picks which candidate spans the file annotates: `quotes` quotes, `mentions` mentions, spread at random. */
function choose(rng, spans, { quotes, mentions }) {
  const quoteCands = spans.filter((s) => s.type === 'quote');
  const mentionCands = spans.filter((s) => s.type === 'mention');
  const cueOf = new Map(spans.filter((s) => s.type === 'cue').map((s) => [s.sentence, s]));
  const keptQuotes = rng.shuffle(quoteCands.slice()).slice(0, quotes).map((q) => {
    const cue = q === firstQuoteOf(quoteCands, q.sentence) && rng.chance(0.4) ? cueOf.get(q.sentence) ?? null : null;
    // A few quotes the annotator has not attributed yet.
    const speaker = rng.chance(0.05) ? null : q.speaker;
    return { ...q, speaker, cue };
  });
  const kept = new Set();
  const quoted = new Set(keptQuotes.filter((q) => q.speaker).map((q) => q.sentence));
  for (const m of mentionCands) if (quoted.has(m.sentence) && rng.chance(0.85)) kept.add(m);
  const covered = new Set([...keptQuotes.map((q) => q.speaker), ...[...kept].map((m) => m.speaker)]);
  const rest = rng.shuffle(mentionCands.filter((m) => !kept.has(m)));
  // First a mention for each person not yet annotated, then any.
  for (const m of rest) if (kept.size < mentions && !covered.has(m.speaker)) { kept.add(m); covered.add(m.speaker); }
  for (const m of rest) if (kept.size < mentions) kept.add(m);
  return { quotes: keptQuotes, mentions: [...kept], candidates: { quotes: quoteCands.length, mentions: mentionCands.length } };
}

const firstQuoteCache = new WeakMap();
function firstQuoteOf(quoteCands, sentence) {
  let map = firstQuoteCache.get(quoteCands);
  if (!map) {
    map = new Map();
    for (const q of quoteCands) if (!map.has(q.sentence)) map.set(q.sentence, q);
    firstQuoteCache.set(quoteCands, map);
  }
  return map.get(sentence);
}

const byStart = (a, b) => a.cp.start - b.cp.start || a.cp.end - b.cp.end;
const offsets = (s) => ({ start: s.cp.start, end: s.cp.end, text: s.text, utf16: s.utf16 });

/** The native JSON file: ids in reading order, speakers in order of first annotation. */
function nativeFile(text, chosen) {
  const quotes = chosen.quotes.slice().sort(byStart);
  const mentions = chosen.mentions.slice().sort(byStart);
  const ids = new Map();
  const speakers = [];
  const speakerId = (p) => {
    if (!p) return null;
    if (!ids.has(p)) {
      ids.set(p, `s${ids.size + 1}`);
      speakers.push({ id: ids.get(p), name: p.full, aliases: [] });
    }
    return ids.get(p);
  };
  for (const s of [...quotes, ...mentions].sort(byStart)) speakerId(s.speaker);
  for (const m of mentions) {
    const sp = speakers[Number(speakerId(m.speaker).slice(1)) - 1];
    if (m.text !== sp.name && !sp.aliases.includes(m.text)) sp.aliases.push(m.text);
  }
  return {
    format: 'article-annotator',
    version: 1,
    document: { id: 'bench-realistic', title: HEADLINE, text, sha256: createHash('sha256').update(text, 'utf8').digest('hex') },
    speakers,
    mentions: mentions.map((m, i) => ({ id: `m${i + 1}`, speaker: speakerId(m.speaker), ...offsets(m) })),
    quotes: quotes.map((q, i) => ({
      id: `q${i + 1}`,
      kind: q.kind,
      speaker: speakerId(q.speaker),
      cue: q.cue ? offsets(q.cue) : null,
      ...offsets(q),
    })),
  };
}

// ---------------------------------------------------------------- checks

/** Throws unless every span is one the app takes: in one paragraph, not blank-edged, on grapheme boundaries. */
function check(file) {
  const { text } = file.document;
  const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
  const boundaries = new Map();
  const boundariesOf = (at) => {
    const from = text.lastIndexOf('\n\n', at) + 2;
    if (!boundaries.has(from)) {
      const to = text.indexOf('\n\n', at);
      const para = text.slice(from, to < 0 ? text.length : to);
      const set = new Set([...graphemes.segment(para)].map((g) => from + g.index));
      set.add(from + para.length);
      boundaries.set(from, set);
    }
    return boundaries.get(from);
  };
  const spans = [...file.mentions, ...file.quotes, ...file.quotes.map((q) => q.cue).filter(Boolean)];
  spans.sort((a, b) => a.utf16.start - b.utf16.start);
  // Code points before each span, counted in one pass over the text.
  let u16 = 0;
  let cp = 0;
  for (const s of spans) {
    cp += codePoints(text.slice(u16, s.utf16.start));
    u16 = s.utf16.start;
    const t = text.slice(s.utf16.start, s.utf16.end);
    const edges = boundariesOf(s.utf16.start);
    const problem = t !== s.text ? 'text differs'
      : !t || /^\s|\s$/u.test(t) ? 'empty or blank-edged'
        : t.includes('\n') ? 'crosses a paragraph'
          : !edges.has(s.utf16.start) || !edges.has(s.utf16.end) ? 'splits a grapheme'
            : cp !== s.start || s.end - s.start !== codePoints(t) ? 'code point offsets' : null;
    if (problem) throw new Error(`span ${s.id ?? 'cue'} ${JSON.stringify(s.text)}: ${problem}`);
  }
  const all = [...file.speakers, ...file.mentions, ...file.quotes].map((x) => x.id);
  if (new Set(all).size !== all.length) throw new Error('duplicate ids');
}

// ---------------------------------------------------------------- entry

/**
 * The article and its native file. Options: seed, targetBytes (of UTF-8
 * text, at least), people (roster size), quotes, mentions.
 */
export function realisticArticle({ seed = 20240611, targetBytes = 1_000_000, people = 1400, quotes = 2000, mentions = 3000 } = {}) {
  const rng = makeRng(seed);
  const roster = { queue: makeRoster(rng, people), next: 0 };
  const paragraphs = [];
  let bytes = Buffer.byteLength(HEADLINE);
  let sentence = 0;
  while (bytes < targetBytes) {
    for (const p of story(rng, roster)) {
      // Number sentences article-wide, so a cue and a mention find their quote.
      const base = sentence;
      for (const s of p.spans) { s.sentence = base + s.group; sentence = Math.max(sentence, s.sentence + 1); }
      paragraphs.push(p);
      bytes += 2 + Buffer.byteLength(p.text);
    }
  }
  const { text, spans } = assemble(paragraphs);
  const chosen = choose(rng, spans, { quotes, mentions });
  const file = nativeFile(text, chosen);
  check(file);
  const named = new Set(spans.filter((s) => s.type === 'mention').map((s) => s.speaker));
  return {
    file,
    stats: {
      bytes: Buffer.byteLength(text),
      paragraphs: paragraphs.length,
      quotes: file.quotes.length,
      mentions: file.mentions.length,
      speakers: file.speakers.length,
      namesInText: named.size,
      quoteCandidates: chosen.candidates.quotes,
      mentionCandidates: chosen.candidates.mentions,
    },
  };
}
