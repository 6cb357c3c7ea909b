"""The report's decisions and outputs, without a browser: views, numbers, the page's data, HTML, Markdown, CSV."""

from __future__ import annotations

import base64
import csv
import hashlib
import json
import re
import time
from pathlib import Path

import pytest

from rashomon.ledger import validate
from rashomon.model import Entity, Ledger, MentionRef, Quantity, Relation, Span
from rashomon.report import view, write_outputs
from rashomon.report.csv import cell, tables, write_csv
from rashomon.report.html import VIEWS, content_security_policy, render_html
from rashomon.report.markdown import md, render_markdown
from rashomon.report.numbers import conflict, counted_key, describe, group_numbers, interval
from rashomon.report.payload import _utf16, build, embed, safe_url, unpack

from .report_ledgers import PAYLOADS, Builder, bare_ledger, event_ledger, hostile_ledger, large_ledger


@pytest.fixture(scope="module")
def event() -> Ledger:
    return event_ledger()


@pytest.fixture(scope="module")
def hostile() -> Ledger:
    return hostile_ledger()


@pytest.mark.parametrize("make", [event_ledger, hostile_ledger, bare_ledger, lambda: large_ledger(40)])
def test_test_ledgers_are_valid_ledgers(make) -> None:  # type: ignore[no-untyped-def]
    assert validate(make().to_dict()) == []


def test_the_event_ledger_file_is_the_builders_ledger() -> None:
    """tests/data/report-event.ledger.json (the README picture's source) is rewritten by
    python -m tests.report_ledgers."""
    from rashomon.ledger import load_ledger

    from .report_ledgers import EVENT_JSON

    assert load_ledger(Path(__file__).parent.parent / EVENT_JSON) == event_ledger()


# ---------------------------------------------------------------- view decisions


def _ledger(*articles: tuple[str | None, str | None, str | None], relations: tuple[Relation, ...] = ()) -> Ledger:
    """Articles from (outlet, published, url) triples."""
    b = Builder()
    for i, (outlet, published, url) in enumerate(articles, 1):
        b.article(f"Text {i}.", outlet=outlet, title=None, published=published, url=url, name=f"f{i}.txt")
    b.relations += list(relations)
    return b.build()


def test_articles_of_one_outlet_share_a_column_whatever_the_spacing_or_case() -> None:
    ledger = _ledger(
        ("Daily  Courier", "2024-05-02", None),
        ("daily courier", "2024-05-03", None),
        ("Evening Post", "2024-05-01", None),
    )
    columns = view.outlets(ledger)
    assert [o.label for o in columns] == ["Evening Post", "Daily Courier"]  # by first publication day
    assert columns[1].articles == ("A1", "A2")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.nieuwsblad.example/x/1", "nieuwsblad.example"),
        ("http://radio.example:8080/a", "radio.example"),
        ("javascript:alert(1)", None),
        ("data:text/html,hi", None),
        ("ftp://files.example/a", None),
    ],
)
def test_an_unnamed_outlet_is_known_by_its_web_host_or_else_its_file(url: str, expected: str | None) -> None:
    ledger = _ledger((None, None, url))
    key, label, known = view.outlet_of(ledger.articles[0])
    assert not known
    assert label == (expected or "f1.txt")
    assert key == (f"host:{expected}" if expected else "article:A1")


def test_two_unnamed_files_are_not_one_outlet() -> None:
    assert len(view.outlets(_ledger((None, None, None), (None, None, None)))) == 2


def test_undated_articles_put_their_outlet_last() -> None:
    ledger = _ledger(("Undated Weekly", None, None), ("Morning Star", "2023-11-30", None))
    assert [o.label for o in view.outlets(ledger)] == ["Morning Star", "Undated Weekly"]


def test_near_copy_families_follow_chains_of_copies_but_not_citations() -> None:
    rel = [
        Relation(type="near-duplicate", a="A3", b="A4", score=0.9, why=""),
        Relation(type="paraphrase", a="A4", b="A2", score=0.7, why=""),
        Relation(type="cites", a="A1", b="A5", score=1.0, why=""),
        Relation(type="near-duplicate", a="A5", b="A9", score=0.9, why=""),
    ]  # unknown article: ignored
    ledger = _ledger(*[("Outlet", "2024-01-01", None)] * 6, relations=tuple(rel))
    assert view.families(ledger) == {"A2": 1, "A3": 1, "A4": 1}


@pytest.mark.parametrize(("mentioning", "expected"), [(2, "harbour fire"), (3, "harbour fire"), (1, None)])
def test_event_name_needs_half_the_articles(mentioning: int, expected: str | None) -> None:
    b = Builder()
    for i in range(4):
        b.article(
            "The harbour fire spread." if i < mentioning else "Nothing here.",
            outlet=f"O{i}",
            title=None,
            published=None,
        )
    b.entity("harbour fire", "EVENT")
    b.entity("harbour", "GPE")  # mentioned everywhere, but not an event
    assert view.event_name(b.build()) == expected


def test_side_by_side_gives_each_outlet_its_claims_and_leaves_silent_ones_out(event: Ledger) -> None:
    rows = dict((k.id, cells) for k, cells in view.side_by_side(event, event.clusters))
    toll = rows["K5"]
    assert [c.article for c in toll["outlet:state broadcast service"]] == ["A3", "A6"]
    assert "outlet:global monitor" not in toll
    assert [k.id for k in view.ordered_clusters(event, ("contested", "consensus"))][:4] == ["K5", "K3", "K2", "K4"]


def test_contradictions_skip_relations_whose_ends_are_not_claims(event: Ledger) -> None:
    broken = Ledger(
        **{
            **{f: getattr(event, f) for f in event.__slots__},
            "relations": (*event.relations, Relation(type="contradicts", a="C1", b="C999", score=1, why="")),
        }
    )
    assert len(view.contradictions(broken)) == len(view.contradictions(event)) == 5


# ---------------------------------------------------------------- numbers


def _q(
    value: float,
    qualifier: str | None = None,
    value_max: float | None = None,
    *,
    article: str = "A1",
    counts: str | None = "people",
    unit: str | None = None,
    qid: str = "N1",
) -> Quantity:
    return Quantity(
        id=qid,
        article=article,
        span=Span(0, 1),
        text=str(value),
        value=value,
        qualifier=qualifier,
        value_max=value_max,
        counts=counts,
        unit=unit,
    )


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        (_q(12), _q(14), True),
        (_q(12), _q(12), False),
        (_q(9, "at least"), _q(14), False),
        (_q(15, "more than"), _q(14), True),
        (_q(100, "about"), _q(104), False),
        (_q(100, "about"), _q(120), True),
        (_q(10, "up to"), _q(12), True),
        (_q(50, "nearly"), _q(48), False),
        (_q(30, None, 39), _q(35), False),
        (_q(30, None, 39), _q(41), True),
    ],
)
def test_numbers_conflict_only_when_no_value_fits_both(a: Quantity, b: Quantity, clash: bool) -> None:
    assert conflict(a, b) is clash and conflict(b, a) is clash


def test_a_number_without_value_conflicts_with_nothing() -> None:
    assert interval(_q(3).__class__(id="N2", article="A1", span=Span(0, 1), text="dozens", value=None)) is None


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("civilians", "the civilian", True),
        ("Tonnes of Grain", "tonnes of grain.", True),
        ("casualties", "casualty", True),
        ("people", "workers", False),
    ],
)
def test_what_is_counted_is_compared_without_case_articles_or_plurals(left: str, right: str, same: bool) -> None:
    assert (counted_key(left, None) == counted_key(right, None)) is same


@pytest.mark.parametrize("counts", ["others", "the others", "more", "them"])
def test_a_count_that_points_back_is_compared_with_nothing(counts: str) -> None:
    # "wounding 27 others" and "four others were discharged" count whatever each sentence named before
    assert counted_key(counts, None) is None
    b = Builder()
    b.article("The blast killed 9 workers and injured 30 others.", outlet="X", title=None, published=None)
    b.article("Two died in hospital; 4 others were sent home.", outlet="Y", title=None, published=None)
    b.number("A1", "30", 30, counts=counts)
    b.number("A2", "4", 4, counts=counts)
    assert group_numbers(b.build()) == ()


def test_counted_things_in_different_units_stay_apart() -> None:
    assert counted_key("distance", "km") != counted_key("distance", "mi")
    assert counted_key(None, None) is None and counted_key("  ", None) is None


def test_groups_come_from_naming_or_from_what_is_counted(event: Ledger) -> None:
    groups = {g.label: g for g in group_numbers(event)}
    killed = groups["people killed"]  # tied by the naming list although the words differ ("morts", "workers")
    assert {q.article for q in killed.quantities} == {"A1", "A2", "A3", "A4", "A5", "A6", "A8"}
    assert ("12", "14") in killed.disagreements and ("12", "20") in killed.disagreements
    assert not any("at least 9" in pair for pair in killed.disagreements)
    wheat = groups["tonnes of wheat"]  # tied by the counted words
    assert len(wheat.quantities) == 3 and not wheat.conflicting
    assert list(groups)[0] == "people killed"  # conflicts first


def test_death_tolls_in_different_words_are_one_group() -> None:
    # "killing at least 9 workers", "the death toll rose to 14": one thing counted, whatever the words
    b = Builder()
    b.article(
        "The blast at the Ostrava mine killed at least 9 workers and injured 30 others.",
        outlet="Mine News",
        title=None,
        published="2024-05-02",
    )
    b.article(
        "The death toll from the Ostrava mine blast rose to 14 on Sunday. Rescuers said 5 workers were missing. "
        "At least 60 workers have died in the region's mines since 2019.",
        outlet="Ostrava Daily",
        title=None,
        published="2024-05-05",
    )
    b.number("A1", "9", 9, counts="workers", qualifier="at least")
    b.number("A1", "30", 30, counts="others")
    b.number("A2", "14", 14, counts="death toll")
    b.number("A2", "5", 5, counts="workers")
    b.number("A2", "60", 60, counts="workers", qualifier="at least")
    killed = next(g for g in group_numbers(b.build()) if g.label == "people killed")
    assert sorted(describe(q) for q in killed.quantities) == ["14", "at least 9"]


def test_numbers_every_article_states_together_do_not_conflict() -> None:
    # a copy of "won two of their three finals": both articles give both numbers
    b = Builder()
    for outlet in ("Wire", "Reprint"):
        b.article("The twins have won two of their three finals.", outlet=outlet, title=None, published=None)
    for aid in ("A1", "A2"):
        b.number(aid, "two", 2, counts="finals")
        b.number(aid, "three", 3, counts="finals")
    b.article("The twins have won one of their three finals.", outlet="Rival", title=None, published=None)
    b.number("A3", "one", 1, counts="finals")
    b.number("A3", "three", 3, counts="finals")
    finals = next(g for g in group_numbers(b.build()) if g.label == "finals")
    assert [sorted(pair) for pair in finals.disagreements] == [["1", "2"]]


def test_one_article_alone_is_not_a_group() -> None:
    b = Builder()
    b.article("12 dead and 14 dead", outlet="X", title=None, published=None)
    b.number("A1", "12", 12, counts="dead")
    b.number("A1", "14", 14, counts="dead")
    assert group_numbers(b.build()) == ()


def test_grouping_many_numbers_is_fast() -> None:
    many = tuple(_q(v, article=f"A{i % 500 + 1}", qid=f"N{i + 1}") for i, v in enumerate([12, 14, 9, 20] * 5000))
    ledger = Ledger(quantities=many)
    started = time.perf_counter()
    (group,) = group_numbers(ledger)
    assert time.perf_counter() - started < 1.0
    assert len(group.quantities) == 20000 and len(group.disagreements) == 6


@pytest.mark.parametrize(
    ("q", "said"),
    [
        (_q(40000, "about", unit="t"), "about 40,000 t"),
        (_q(9, "at least"), "at least 9"),
        (_q(30, None, 39, unit="km"), "30–39 km"),
        (_q(2.5, unit="%"), "2.5 %"),
    ],
)
def test_numbers_are_described_as_a_reader_would_say_them(q: Quantity, said: str) -> None:
    assert describe(q) == said


# ---------------------------------------------------------------- the page's data


@pytest.mark.parametrize("text", ["plain ascii", "Ünïcödé БМП", "😀 before 🚀 and after", ""])
def test_offsets_are_converted_to_utf16_units(text: str) -> None:
    to16 = _utf16(text)
    for i in range(len(text) + 1):
        assert to16(i) == len(text[:i].encode("utf-16-le")) // 2


@pytest.mark.parametrize("make", [event_ledger, hostile_ledger])
def test_every_item_points_at_its_words_in_utf16(make) -> None:  # type: ignore[no-untyped-def]
    ledger = make()
    data = build(ledger)
    units = [t.encode("utf-16-le") for t in data["texts"]]

    def cut(at: list[int]) -> str:
        return units[at[0]][2 * at[1] : 2 * at[2]].decode("utf-16-le")

    for kind, items in (
        ("claims", ledger.claims),
        ("quotes", ledger.quotes),
        ("numbers", ledger.quantities),
        ("times", ledger.times),
        ("framing", ledger.framing),
    ):
        assert [cut(x["at"]) for x in unpack(data[kind])] == [i.text for i in items], kind
    for naming in data["naming"]:
        assert all(cut(f[:3]) == f[3] for f in naming["forms"])


def test_article_texts_are_embedded_once(event: Ledger) -> None:
    page = render_html(event)
    assert page.count("Emergency crews were still searching the rubble") == 1


def test_embedded_json_cannot_close_its_script_block() -> None:
    data = {"t": "</script><script>alert(1)</script> & <!-- \u2028"}
    text = embed(data)
    assert not set("<>&") & set(text)
    assert json.loads(text) == data


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://news.example/a?b=1#c", True),
        ("HTTP://NEWS.EXAMPLE/", True),
        ("javascript:alert(1)", False),
        ("data:text/html;base64,PHNjcmlwdD4=", False),
        ('https://x.example/"><script>', False),
        (None, False),
        (" https://x.example/", False),
        ("//evil.example/", False),
    ],
)
def test_only_plain_web_addresses_become_links(url: str | None, kept: bool) -> None:
    assert (safe_url(url) == url) is kept if kept else safe_url(url) is None


# ---------------------------------------------------------------- report.html


def _inline(page: str, tag: str) -> list[str]:
    return re.findall(rf"<{tag}>(.*?)</{tag}>", page, flags=re.S)


def test_the_policy_allows_exactly_the_pages_own_script_and_style(event: Ledger) -> None:
    page = render_html(event)
    (script,) = _inline(page, "script")
    (style,) = _inline(page, "style")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)  # type: ignore[union-attr]

    def digest(s: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"

    assert f"script-src {digest(script)};" in policy and f"style-src {digest(style)};" in policy
    assert "default-src 'none'" in policy and "unsafe" not in policy
    assert "require-trusted-types-for 'script'" in policy
    assert policy == content_security_policy(script, style)


def test_the_page_loads_nothing_from_anywhere(event: Ledger) -> None:
    page = render_html(event)
    shell = page.split('<script type="application/json"')[0]
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", shell)
    assert not re.search(r"@import|url\((?!data:)|<link|<img|<iframe", shell)
    (script,) = _inline(page, "script")
    assert not re.search(r"\.(inner|outer)HTML|insertAdjacentHTML|document\.write|\beval\(|new Function", script)
    assert page.count("<script") == 2


def test_hostile_strings_reach_the_page_only_escaped(hostile: Ledger) -> None:
    page = render_html(hostile)
    shell, data = page.split('<script type="application/json" id="rashomon-data">')
    data = data.split("</script>")[0]
    assert "window.__pwned" not in shell  # the shell holds the title and summary only, escaped
    assert not set("<>&") & set(data)
    assert page.count("<script") == 2 and page.count("</script>") == 2
    loaded = json.loads(data)
    assert loaded["articles"][0]["title"] == PAYLOADS[0]
    assert loaded["articles"][0]["url"] is None and loaded["articles"][1]["url"] is None


def test_the_title_names_the_event_and_is_escaped() -> None:
    b = Builder()
    b.article("The <b>storm</b> hit.", outlet="A", title=None, published=None)
    b.entity("<b>storm</b>", "EVENT")
    page = render_html(b.build())
    assert "<title>&lt;b&gt;storm&lt;/b&gt;: 1 account side by side</title>" in page


def test_every_view_has_its_section(event: Ledger) -> None:
    page = render_html(event)
    for name in VIEWS:
        assert f'id="v-{name}"' in page


def test_a_thousand_articles_make_a_small_page_quickly() -> None:
    ledger = large_ledger(1000)
    started = time.process_time()  # CPU seconds of this process: what the page costs, whatever else the machine runs
    page = render_html(ledger)
    seconds = time.process_time() - started
    size = len(page.encode("utf-8"))
    text = sum(len(a.text.encode("utf-8")) for a in ledger.articles)
    assert size < 25_000_000
    assert size < 2.5 * text  # the texts, once, and compact items
    assert seconds < 5


def test_page_size_grows_linearly() -> None:
    small, big = (len(render_html(large_ledger(n, seed=3)).encode()) for n in (150, 300))
    assert big / small < 2.3


# ---------------------------------------------------------------- report.md


def test_markdown_leads_with_what_differs(event: Ledger) -> None:
    text = render_markdown(event)
    order = [
        text.index(h)
        for h in (
            "## Contested points",
            "## Contradictions",
            "## Numbers that differ",
            "## Consensus",
            "## Timeline",
            "## Articles",
            "## Inputs not analysed",
            "## Quotes",
            "## How outlets name the same thing",
            "## Framing",
        )
    ]
    assert order == sorted(order)
    assert "- **Free Arlo Radio** (2025-03-15): attributed to hospital staff: “Fourteen people were killed" in text
    assert "- silent: Global Monitor" in text
    assert ": 12 vs 14 dead" in text
    assert "**people killed**: Meridian Wire 12; Coastal Herald 12; State Broadcast Service at least 9, 14" in text
    assert "| A1 | Meridian Wire | 2025-03-14 | en | 108 | ≈1 |" in text
    assert "corpus/scan.pdf: failed, binary file" in text


def test_markdown_says_when_reported_words_were_denied() -> None:
    # "The navy denied that its ship had fired on the trawler": the reported words are what the navy denies
    b = Builder()
    b.article(
        "The navy denied that its ship had fired on the trawler. The captain said the crew was safe.",
        outlet="Harbour News",
        title=None,
        published=None,
    )
    b.quote(
        "A1", "its ship had fired on the trawler", speaker=None, speaker_text="The navy", cue="denied", kind="indirect"
    )
    b.quote("A1", "the crew was safe", speaker=None, speaker_text="The captain", cue="said", kind="indirect")
    text = render_markdown(b.build())
    assert "its ship had fired on the trawler (indirect, denied)" in text
    assert "the crew was safe (indirect) |" in text


def test_markdown_shows_hostile_text_as_text(hostile: Ledger) -> None:
    text = render_markdown(hostile)
    assert not re.search(r"(?<!\\)[<>]", text)
    assert not re.search(r"(?<!\\)\[", text)
    assert r"\<script\>window.\_\_pwned='script'\</script\>" in text


def test_markdown_escapes_and_clips() -> None:
    assert md("a  *b*\n[c](javascript:x) <i>") == r"a \*b\* \[c\](javascript:x) \<i\>"
    assert md("x" * 300, 10) == "x" * 9 + "…"
    assert md("file_name.txt _lead trail_ __x") == r"file_name.txt \_lead trail\_ \_\_x"


def test_markdown_says_plainly_when_there_is_nothing() -> None:
    text = render_markdown(bare_ledger())
    assert "No claims were grouped across articles" in text
    assert "Every input (2) was analysed." in text


def test_markdown_of_a_big_corpus_stays_a_summary() -> None:
    text = render_markdown(large_ledger(300, seed=5))
    assert "more quotes in report.html" in text and "more accounts of this point in report.html" in text
    assert len(text) < 200_000


# ---------------------------------------------------------------- CSV


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("  =1", "'  =1"),
        ("\r\n=1", "'\r\n=1"),
        ("plain", "plain"),
        ("a=b", "a=b"),
        (-5, -5),
        (2.5, 2.5),
        (None, ""),
        (True, "yes"),
    ],
)
def test_spreadsheet_formulas_are_defused(value: object, written: object) -> None:
    assert cell(value) == written


def test_csv_files_never_start_a_cell_with_a_formula(hostile: Ledger, tmp_path: Path) -> None:
    write_csv(hostile, tmp_path)
    seen = 0
    for name in ("quotes.csv", "claims.csv", "entities.csv", "quantities.csv"):
        raw = (tmp_path / name).read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        rows = list(csv.reader((tmp_path / name).open(encoding="utf-8-sig", newline="")))
        for row in rows[1:]:
            for value in row:
                seen += value.startswith("'")
                assert not value.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "\r", "\n")), (name, value)
    assert seen >= 5


def test_csv_tables_carry_outlets_and_conflicts(event: Ledger) -> None:
    t = tables(event)
    quotes = [dict(zip(t["quotes.csv"][0], row, strict=True)) for row in t["quotes.csv"][1]]
    assert quotes[0]["outlet"] == "Meridian Wire" and quotes[0]["speaker_role"] == "Governor of the Arlo region"
    assert quotes[0]["via"] == "Meridian Wire"
    numbers = [dict(zip(t["quantities.csv"][0], row, strict=True)) for row in t["quantities.csv"][1]]
    assert {n["text"]: n["conflicts"] for n in numbers if n["article"] == "A1"} == {"12": True, "40,000": False}
    claims = [dict(zip(t["claims.csv"][0], row, strict=True)) for row in t["claims.csv"][1]]
    by_text = {(c["article"], c["text"]): c for c in claims}
    toll = by_text["A1", "killing 12 people"]
    others = {
        by_text["A4", "Fourteen people were killed in the blast at the Vesna grain terminal"]["id"],
        by_text["A8", "20 people died at the terminal in Port Arlo"]["id"],
    }
    assert toll["cluster_status"] == "contested" and set(toll["contradicts"].split()) == others


# ---------------------------------------------------------------- all together


def test_write_outputs_writes_every_format(event: Ledger, tmp_path: Path) -> None:
    written = write_outputs(event, tmp_path / "out", ("json", "html", "md", "csv"))
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "claims.csv",
        "entities.csv",
        "ledger.json",
        "quantities.csv",
        "quotes.csv",
        "report.html",
        "report.md",
    ]
    assert written["html"].read_text(encoding="utf-8").startswith("<!doctype html>")


def test_a_ledger_file_can_be_turned_into_reports(event: Ledger, tmp_path: Path) -> None:
    from rashomon.ledger import write_ledger
    from rashomon.report.__main__ import main

    path = write_ledger(event, tmp_path / "ledger.json")
    assert main([str(path), "-o", str(tmp_path / "r"), "--format", "html,md"]) == 0
    assert sorted(p.name for p in (tmp_path / "r").iterdir()) == ["report.html", "report.md"]
    assert main([str(tmp_path / "missing.json"), "-o", str(tmp_path / "r")]) == 1


def test_entities_without_mentions_in_any_article_do_not_break_the_page() -> None:
    ledger = Ledger(
        **{
            **{f: getattr(bare_ledger(), f) for f in Ledger.__slots__},
            "entities": (
                Entity(id="E1", name="Ghost", type="PERSON", mentions=(MentionRef(article="A9", start=0, end=3),)),
            ),
        }
    )
    data = build(ledger)
    assert data["entities"][0]["forms"] == [] and data["mentions"] == [[], []]


def test_an_account_that_changed_is_found_in_evolves_and_in_contradictions_that_say_so(event: Ledger) -> None:
    changed = view.changes(event)
    assert [(r.type, r.why) for r in changed] == [
        ("evolves", "the ministry's weapon changed from a drone to a cruise missile")
    ]
    later, earlier = event.claims[0].id, event.claims[-1].id  # A1 (March 14) and A8 (undated) claims
    flipped = Relation(
        type="contradicts", a=earlier, b=later, score=0.5, why="changed", details=(("evolution", "A1 → A8"),)
    )
    plain = Relation(type="contradicts", a=later, b=earlier, score=0.5, why="no change", details=(("cargo", "x"),))
    ledger = Ledger(**{**{f: getattr(event, f) for f in Ledger.__slots__}, "relations": (flipped, plain)})
    (found,) = view.changes(ledger)
    assert (found.a, found.b) == (later, earlier)  # the earlier account first


def test_items_of_an_article_missing_from_the_ledger_are_left_out_consistently(event: Ledger) -> None:
    """A hand-edited or partial ledger: the undated article is gone, its claim, number and relations are not."""
    partial = Ledger(**{**{f: getattr(event, f) for f in Ledger.__slots__}, "articles": event.articles[:7]})
    data = build(partial)
    claims, numbers = unpack(data["claims"]), unpack(data["numbers"])
    assert len(claims) == len(event.claims) - 1 and len(numbers) == len(event.quantities) - 1
    assert all(0 <= i < len(claims) for k in data["clusters"] for i in k["claims"])
    assert all(0 <= i < len(claims) for pair in data["contra"] for i in pair[:2]) and len(data["contra"]) == 4
    assert all(0 <= i < len(numbers) for g in data["numgroups"] for i in g["items"])
    render_html(partial), render_markdown(partial), tables(partial)
