#!/usr/bin/env python3
"""Builds tests/eval/gold.jsonl (and unseen.jsonl, unseen2.jsonl, dev2.jsonl, dev3.jsonl, unseen3.jsonl) from hand-written fictional news passages with inline markup.

Markup (nestable):
  ⟦q:s1 …⟧  direct quote by speaker s1 (⟦q …⟧ = unattributed); include the quotation marks
  ⟦x:s1 …⟧  mixed quote (reported clause containing quoted fragments)
  ⟦i:s1 …⟧  indirect quote (reported content clause)
  ⟦m:s1 …⟧  mention of speaker s1 (name or pronoun)
  ⟦c …⟧     cue word(s); attached to the nearest quote in the same paragraph
All people, organisations and places are fictional.
"""
import hashlib, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from passages import PASSAGES

def parse(marked):
    out, spans, stack = [], [], []
    i = 0
    while i < len(marked):
        ch = marked[i]
        if ch == '⟦':
            j = i + 1
            while marked[j] not in ' ':
                j += 1
            tag = marked[i+1:j]
            stack.append((tag, len(out)))
            i = j + 1
        elif ch == '⟧':
            tag, start = stack.pop()
            spans.append((tag, start, len(out)))
            i += 1
        else:
            out.append(ch)
            i += 1
    assert not stack, stack
    return ''.join(out), spans

def u16(text, cp):
    return len(text[:cp].encode('utf-16-le')) // 2

def build(idx, speakers, marked):
    text, spans = parse(marked)
    assert '\r' not in text
    title = text.split('\n', 1)[0]
    doc = {"id": f"eval-{idx:03d}", "title": title, "text": text,
           "sha256": hashlib.sha256(text.encode('utf-8')).hexdigest()}
    sp = [{"id": k, "name": v[0], "aliases": list(v[1:])} for k, v in speakers.items()]
    para_of = lambda pos: text.count('\n\n', 0, pos)
    mentions, quotes, cues = [], [], []
    for tag, s, e in sorted(spans, key=lambda x: x[1]):
        kind, _, who = tag.partition(':')
        who = who or None
        if who is not None:
            assert who in speakers, (idx, who)
        rng = {"start": s, "end": e, "text": text[s:e], "utf16": {"start": u16(text, s), "end": u16(text, e)}}
        if kind == 'm':
            mentions.append({"id": f"m{len(mentions)+1}", "speaker": who, **rng})
        elif kind == 'c':
            cues.append(rng)
        else:
            k = {"q": "direct", "x": "mixed", "i": "indirect"}[kind]
            quotes.append({"id": f"q{len(quotes)+1}", "start": s, "end": e, "text": text[s:e], "kind": k,
                           "speaker": who, "cue": None, "utf16": rng["utf16"]})
    for q in quotes:
        best = None
        for c in cues:
            if para_of(c["start"]) != para_of(q["start"]):
                continue
            d = c["start"] - q["end"] if c["start"] >= q["end"] else q["start"] - c["end"]
            if d >= 0 and (best is None or d < best[0]):
                best = (d, c)
        if best:
            q["cue"] = best[1]
    for m in mentions:
        assert text[m["start"]:m["end"]] == m["text"]
    return {"format": "article-annotator", "version": 1, "document": doc,
            "speakers": sp, "mentions": mentions, "quotes": quotes}

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for i, (speakers, marked) in enumerate(PASSAGES, 1):
            f.write(json.dumps(build(i, speakers, marked.strip('\n')), ensure_ascii=False) + '\n')
    print(f"wrote {len(PASSAGES)} documents")
    from passages6 import UNSEEN
    with open(os.path.join(here, 'unseen.jsonl'), 'w', encoding='utf-8') as f:
        for i, (speakers, marked) in enumerate(UNSEEN, 901):
            f.write(json.dumps(build(i, speakers, marked.strip('\n')), ensure_ascii=False) + '\n')
    print(f"wrote {len(UNSEEN)} unseen documents to unseen.jsonl")
    from passages7 import UNSEEN2
    with open(os.path.join(here, 'unseen2.jsonl'), 'w', encoding='utf-8') as f:
        for i, (speakers, marked) in enumerate(UNSEEN2, 951):
            f.write(json.dumps(build(i, speakers, marked.strip('\n')), ensure_ascii=False) + '\n')
    print(f"wrote {len(UNSEEN2)} unseen documents to unseen2.jsonl")
    from passages8 import DEV2
    with open(os.path.join(here, 'dev2.jsonl'), 'w', encoding='utf-8') as f:
        for i, (speakers, marked) in enumerate(DEV2, 1001):
            f.write(json.dumps(build(i, speakers, marked.strip('\n')), ensure_ascii=False) + '\n')
    print(f"wrote {len(DEV2)} development documents to dev2.jsonl")
    from passages10 import DEV3
    with open(os.path.join(here, 'dev3.jsonl'), 'w', encoding='utf-8') as f:
        for i, (speakers, marked) in enumerate(DEV3, 3001):
            f.write(json.dumps(build(i, speakers, marked.strip('\n')), ensure_ascii=False) + '\n')
    print(f"wrote {len(DEV3)} development documents to dev3.jsonl")
    if os.path.exists(os.path.join(here, 'passages9.py')):
        from passages9 import UNSEEN3
        with open(os.path.join(here, 'unseen3.jsonl'), 'w', encoding='utf-8') as f:
            for i, (speakers, marked) in enumerate(UNSEEN3, 2001):
                f.write(json.dumps(build(i, speakers, marked.strip('\n')), ensure_ascii=False) + '\n')
        print(f"wrote {len(UNSEEN3)} unseen documents to unseen3.jsonl")

if __name__ == '__main__':
    main()
