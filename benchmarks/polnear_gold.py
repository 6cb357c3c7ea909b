#!/usr/bin/env python3
"""PolNeAR dev split -> eval-kit gold (direct quotes with speaker mentions).

A gold direct quote is an outermost quoted stretch lying over (at least half inside) the Content
of an attribution that has a Source; speaker_mention is the Source's text. One annotation file per
text (the first by name when several annotators did the same text). Use the dev split only
(data/dev of github.com/networkdynamics/PolNeAR, kept outside the repository); never the test split.

usage: python3 benchmarks/polnear_gold.py DEV/text DEV/attributions OUT.json
then:  rashomon analyze DEV/text -o OUT && python3 ../shared/eval/score.py OUT/ledger.json OUT.json
and:   python3 benchmarks/speaker_misses.py OUT/ledger.json OUT.json   (the wrong speakers, grouped)
"""

from __future__ import annotations

import json
import os
import re
import sys

OPEN = {"\u201c": "\u201d"}


def segments(text: str) -> list[tuple[int, int]]:
    """Outermost quoted stretches (inner spans) per paragraph; a quote left open at a paragraph end runs to it."""
    out = []
    for para in re.finditer(r"[^\n]+", text):
        a, b = para.span()
        depth, start = 0, None
        opener = None
        for i in range(a, b):
            ch = text[i]
            prev = text[i - 1] if i > a else " "
            nxt = text[i + 1] if i + 1 < b else " "
            is_open = ch == "\u201c" or (ch == '"' and (prev.isspace() or prev in "([—-") and not nxt.isspace())
            is_close = ch == "\u201d" or (ch == '"' and not prev.isspace() and not is_open)
            if depth == 0 and is_open:
                depth, start, opener = 1, i + 1, ch
            elif depth > 0 and is_open and ch != opener:
                depth += 1
            elif depth > 0 and is_close:
                depth -= 1
                if depth == 0:
                    out.append((start, i))
        if depth > 0 and start is not None:
            out.append((start, b))
    return out


def parse_ann(path: str) -> list[dict]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    rels = []
    for line in open(path, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if parts[0].startswith("T") and len(parts) >= 2:
            kind, _, offs = parts[1].partition(" ")
            ranges = [tuple(int(x) for x in r.split()) for r in offs.split(";")]
            spans[parts[0]] = (kind, ranges)  # type: ignore[assignment]
        elif parts[0].startswith("E") and len(parts) >= 2:
            rels.append(dict(p.split(":") for p in parts[1].split()))
    out = []
    for r in rels:
        if "Source" not in r or "Content" not in r:
            continue
        out.append({"source": spans[r["Source"]][1], "content": spans[r["Content"]][1]})
    return out


def main() -> None:
    text_dir, ann_dir, out_path = sys.argv[1:4]
    anns: dict[str, str] = {}
    for name in sorted(os.listdir(ann_dir)):
        base = re.sub(r"_[0-9a-f]{4}\.ann$", "", name)
        anns.setdefault(base, os.path.join(ann_dir, name))
    quotes = []
    for base, ann in sorted(anns.items()):
        doc = base + ".txt"
        text = open(os.path.join(text_dir, doc), encoding="utf-8").read()
        rels = parse_ann(ann)
        for s, e in segments(text):
            inner = text[s:e].strip()
            lead = len(text[s:e]) - len(text[s:e].lstrip())
            s += lead
            e = s + len(inner)
            best = None
            for r in rels:
                cover = sum(max(0, min(e, b) - max(s, a)) for a, b in r["content"])
                if cover >= 0.5 * (e - s) and (best is None or cover > best[0]):
                    best = (cover, r)
            if best is None:
                continue
            src = " ".join(text[a:b] for a, b in best[1]["source"])
            quotes.append({"doc": doc, "text": inner, "start": s, "speaker": None, "speaker_mention": src})
    json.dump({"quotes": quotes}, open(out_path, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"{len(quotes)} quotes in {len(anns)} docs -> {out_path}")


if __name__ == "__main__":
    main()
