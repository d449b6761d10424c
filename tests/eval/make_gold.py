#!/usr/bin/env python3
"""Builds tests/eval/gold.jsonl (and unseen.jsonl, unseen2.jsonl, dev2.jsonl, dev3.jsonl, unseen3.jsonl … unseen10.jsonl, dev4.jsonl … dev8.jsonl) from hand-written fictional news passages with inline markup.

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

def write_set(here, name, passages, first_id):
    """Writes one set's passages as native JSONL, ids counting from first_id."""
    with open(os.path.join(here, name), 'w', encoding='utf-8') as f:
        for i, (speakers, marked) in enumerate(passages, first_id):
            f.write(json.dumps(build(i, speakers, marked.strip('\n')), ensure_ascii=False) + '\n')
    print(f"wrote {len(passages)} documents to {name}")

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    from passages6 import UNSEEN
    from passages7 import UNSEEN2
    from passages8 import DEV2
    from passages9 import UNSEEN3
    from passages10 import DEV3
    from passages11 import UNSEEN4
    from passages12 import UNSEEN5
    from passages13 import UNSEEN6
    from passages14 import DEV4
    from passages15 import UNSEEN7
    from passages16 import DEV5
    from passages17 import UNSEEN8
    from passages18 import UNSEEN9
    from passages19 import DEV6
    from passages20 import DEV7
    from passages21 import UNSEEN10
    from passages22 import DEV8
    for name, passages, first_id in [
        ('gold.jsonl', PASSAGES, 1),
        ('unseen.jsonl', UNSEEN, 901),
        ('unseen2.jsonl', UNSEEN2, 951),
        ('dev2.jsonl', DEV2, 1001),
        ('unseen3.jsonl', UNSEEN3, 2001),
        ('dev3.jsonl', DEV3, 3001),
        ('unseen4.jsonl', UNSEEN4, 4001),
        ('unseen5.jsonl', UNSEEN5, 5001),
        ('unseen6.jsonl', UNSEEN6, 6001),
        ('dev4.jsonl', DEV4, 7001),
        ('unseen7.jsonl', UNSEEN7, 8001),
        ('dev5.jsonl', DEV5, 9001),
        ('unseen8.jsonl', UNSEEN8, 10001),
        ('unseen9.jsonl', UNSEEN9, 11001),
        ('dev6.jsonl', DEV6, 12001),
        ('dev7.jsonl', DEV7, 13001),
        ('unseen10.jsonl', UNSEEN10, 14001),
        ('dev8.jsonl', DEV8, 15001),
    ]:
        write_set(here, name, passages, first_id)

if __name__ == '__main__':
    main()
