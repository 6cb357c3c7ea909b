"""Word lists are defined once, in src/rashomon/data/, and the lists that are parts of others stay parts.

The scan reads every literal in the package outside ``data/``: a collection or a
pattern that spells out month names or verbs of saying again is a second copy
that will drift from the first.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from rashomon.data.calendar import (
    ENGLISH_MONTHS,
    MONTH_ABBREVIATIONS,
    MONTH_STEMS,
    MONTHS,
    WEEKDAY_NUMBERS,
    WEEKDAYS,
)
from rashomon.data.qualifiers import ABOUT, AT_LEAST, AT_MOST, NEARLY, QUALIFIERS
from rashomon.data.speech import (
    CUE_STEMS,
    PERSON_VERBS,
    RELAY_STEMS,
    REPORTING_LEMMAS,
    SAID_FORMS,
    SPEECH_LEMMAS,
    UNTAGGED_SPEECH_STEMS,
)

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "rashomon"
_ALTERNATIVE = re.compile(r"(?<=[(|:])[A-Za-z]+(?=[|)])")  # a word between | or ( and | or )


def literal_words(path: Path) -> list[tuple[int, set[str]]]:
    """(line, lower-cased words) of each collection literal of strings and each alternation (``a|b``) in a string
    literal of a file; docstrings are prose and left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Set | ast.List | ast.Tuple | ast.Dict):
            items = node.keys if isinstance(node, ast.Dict) else node.elts
            words = {i.value.casefold() for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str)}
            found.append((node.lineno, words))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            alternatives = {w.casefold() for w in _ALTERNATIVE.findall(node.value)}
            found.append((node.lineno, alternatives))
    return found


def copies(listed: set[str], at_least: int) -> list[str]:
    """Places outside data/ whose literals name ``at_least`` words of ``listed``."""
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.parent.name == "data":
            continue
        for line, words in literal_words(path):
            if len(words & listed) >= at_least:
                out.append(f"{path.relative_to(PACKAGE)}:{line}")
    return out


def test_month_names_are_listed_only_in_data() -> None:
    assert copies(set(ENGLISH_MONTHS) | set(MONTH_STEMS) | set(WEEKDAYS), 3) == []


def test_verbs_of_saying_are_listed_only_in_data() -> None:
    assert copies(set(SAID_FORMS) | set(PERSON_VERBS), 4) == []
    assert copies(set(SPEECH_LEMMAS), 10) == []  # denials and hedges share a few lemmas; a copy shares many


def test_qualifiers_are_listed_only_in_data() -> None:
    assert copies(set(QUALIFIERS) | AT_LEAST | AT_MOST | NEARLY | ABOUT, 4) == []


def test_a_qualifier_allows_one_kind_of_range() -> None:
    kinds = (AT_LEAST, AT_MOST, NEARLY, ABOUT)
    assert all(not (a & b) for n, a in enumerate(kinds) for b in kinds[n + 1 :])


def test_the_scan_finds_a_copy(tmp_path: Path) -> None:
    planted = tmp_path / "planted.py"
    planted.write_text('_M = {"jan", "feb", "mar"}\n_P = r"(?:said|told|added|noted)"\n_OK = ("may", "said")\n')
    hits = [(line, words) for line, words in literal_words(planted)]
    assert [line for line, words in hits if len(words & set(MONTH_STEMS)) >= 3] == [1]
    assert [line for line, words in hits if len(words & set(SAID_FORMS)) >= 4] == [2]


def test_the_months_agree() -> None:
    assert {MONTHS[m] for m in ENGLISH_MONTHS} == set(range(1, 13))
    assert all(MONTHS[s] == MONTHS[next(m for m in ENGLISH_MONTHS if m.startswith(s[:3]))] for s in MONTH_STEMS)
    assert MONTH_ABBREVIATIONS == set(MONTH_STEMS) - {"may"}
    assert [WEEKDAY_NUMBERS[d] for d in WEEKDAYS] == list(range(7))


def test_the_narrower_speech_lists_are_parts_of_the_wider() -> None:
    assert REPORTING_LEMMAS <= SPEECH_LEMMAS
    assert all(any(s.startswith(c) for c in CUE_STEMS) for s in UNTAGGED_SPEECH_STEMS)
    assert all(any(s.startswith(c) for c in CUE_STEMS) for s in RELAY_STEMS)


_RE_CALLS = {"compile", "search", "match", "fullmatch", "sub", "subn", "findall", "finditer", "split"}


def patterns_in_functions(path: Path) -> list[int]:
    """Lines where a function hands ``re`` a literal pattern: compiled again on every call, and unnamed."""
    found = []
    for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(fn):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr in _RE_CALLS
                    and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "re"
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                ):
                    found.append(node.lineno)
    return sorted(set(found))


def test_patterns_are_compiled_at_module_level() -> None:
    found = {str(p.relative_to(PACKAGE)): patterns_in_functions(p) for p in sorted(PACKAGE.rglob("*.py"))}
    assert {k: v for k, v in found.items() if v} == {}


def test_the_pattern_scan_finds_one_in_a_function(tmp_path: Path) -> None:
    planted = tmp_path / "planted.py"
    planted.write_text('import re\n_OK = re.compile(r"\\d+")\n\n\ndef f(s):\n    return re.search(r"\\d+", s)\n')
    assert patterns_in_functions(planted) == [6]


def test_every_wording_of_a_state_names_one_of_its_words() -> None:
    """A claim is read for a state only when it holds one of the state's words (``STATE_WORDS``): a wording added
    without one of them would never be read."""
    from rashomon.data.disputes import STATE_WORDS, STATES

    assert set(STATE_WORDS) == set(STATES)
    for state, patterns in STATES.items():
        for pattern in patterns:
            assert any(w in pattern.casefold() for w in STATE_WORDS[state]), (state, pattern)
