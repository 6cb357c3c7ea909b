"""The quote development set (tests/data/quotes_dev.json): short news passages about events and people outside the
example corpus, one per quote style, with every quote a reader would mark, its kind, speaker and relaying outlet.

``python tests/quotes_devset.py`` prints precision, recall and speaker accuracy over the whole set;
tests/test_quotes_devset.py checks each passage.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

DEV = Path(__file__).resolve().parent / "data" / "quotes_dev.json"


def cases() -> list[dict]:
    return json.loads(DEV.read_text(encoding="utf-8"))


def _norm(s: str) -> str:
    return s.strip().strip(" ,.;:").strip()


def _words(s: str) -> set[str]:
    return set(re.findall(r"\w+", s.casefold()))


def same_quote(gold: dict, text: str) -> bool:
    """Direct quotes match exactly (up to edge punctuation); reported speech by word overlap (F1 >= 0.6)."""
    if gold["kind"] == "direct":
        return _norm(gold["text"]) == _norm(text)
    g, p = _words(gold["text"]), _words(text)
    common = len(g & p)
    return common > 0 and 2 * common / (len(g) + len(p)) >= 0.6


@dataclass
class Result:
    gold: int = 0  # gold quotes that count (not optional)
    found: int = 0  # gold quotes found with the right kind
    predicted: int = 0  # speech quotes predicted (direct + indirect)
    spurious: list[str] = field(default_factory=list)  # predicted speech quotes that match no gold quote
    missed: list[str] = field(default_factory=list)
    speaker_right: int = 0
    wrong: list[str] = field(default_factory=list)  # found, with a wrong speaker, speaker text or via

    @property
    def ok(self) -> bool:
        return not self.spurious and not self.missed and not self.wrong


def run_case(case: dict, workdir: Path) -> Result:
    import rashomon

    path = workdir / f"{case['id']}.txt"
    path.write_text(case["text"], encoding="utf-8")
    ledger = rashomon.analyze([path])
    speech = [q for q in ledger.quotes if q.kind != "scare"]
    res = Result(predicted=len(speech))
    used: set[str] = set()
    for gold in case["quotes"]:
        match = next(
            (q for q in speech if q.kind == gold["kind"] and q.id not in used and same_quote(gold, q.text)), None
        )
        if match is not None:
            used.add(match.id)
        if gold.get("optional"):
            continue
        res.gold += 1
        if match is None:
            res.missed.append(f"{gold['kind']}: {gold['text']!r}")
            continue
        res.found += 1
        name = ledger.entity(match.speaker).name if match.speaker else None
        via = sorted(ledger.entity(v).name for v in match.via)
        bad = []
        if gold["speaker_text"] != "*" and match.speaker_text != gold["speaker_text"]:
            bad.append(f"speaker_text {match.speaker_text!r} != {gold['speaker_text']!r}")
        if gold["speaker"] != "?" and name != gold["speaker"]:
            bad.append(f"speaker {name!r} != {gold['speaker']!r}")
        if via != sorted(gold["via"]):
            bad.append(f"via {via} != {sorted(gold['via'])}")
        if bad:
            res.wrong.append(f"{gold['text'][:40]!r}: " + "; ".join(bad))
        else:
            res.speaker_right += 1
    res.spurious = [f"{q.kind}: {q.text!r} ({q.speaker_text})" for q in speech if q.id not in used]
    return res


def main() -> int:
    total = Result()
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases():
            r = run_case(case, Path(tmp))
            total.gold += r.gold
            total.found += r.found
            total.predicted += r.predicted
            total.speaker_right += r.speaker_right
            for label, items in (("missed", r.missed), ("spurious", r.spurious), ("wrong", r.wrong)):
                total.__dict__[label] += [f"{case['id']}: {x}" for x in items]
    correct = total.predicted - len(total.spurious)
    p = correct / total.predicted if total.predicted else 0.0
    rec = total.found / total.gold if total.gold else 0.0
    f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
    for label in ("missed", "spurious", "wrong"):
        for x in total.__dict__[label]:
            print(f"{label:9} {x}")
    print(
        f"quotes P {p:.3f} R {rec:.3f} F1 {f1:.3f} ({total.found}/{total.gold} found, {correct}/{total.predicted} "
        f"predicted right); speaker+via right {total.speaker_right}/{total.found} "
        f"({total.speaker_right / max(1, total.found):.3f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
