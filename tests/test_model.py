"""The model: spans keep their promises, and every ledger record survives a trip through JSON unchanged."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.model import (
    Article,
    Claim,
    Cluster,
    Entity,
    Framing,
    InputResult,
    Ledger,
    MentionRef,
    Naming,
    NamingForm,
    Origin,
    Quantity,
    Quote,
    Relation,
    Span,
    TimelineEntry,
    TimeRef,
)


def test_span_rejects_backwards_and_negative() -> None:
    with pytest.raises(ValueError):
        Span(5, 3)
    with pytest.raises(ValueError):
        Span(-1, 3)


def test_span_relations() -> None:
    assert Span(0, 5).overlaps(Span(4, 9)) and not Span(0, 5).overlaps(Span(5, 9))
    assert Span(0, 10).contains(Span(2, 3)) and not Span(2, 3).contains(Span(0, 10))
    assert Span(3, 8).length == 5
    assert Span(0, 0) is not None and Span(0, 0).length == 0


def test_records_are_frozen() -> None:
    span = Span(1, 2)
    with pytest.raises(AttributeError):
        span.start = 0  # type: ignore[misc]


ids = st.integers(min_value=1, max_value=999)
words = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)
maybe = lambda s: st.none() | s  # noqa: E731


@st.composite
def spans(draw: st.DrawFn) -> Span:
    a = draw(st.integers(0, 500))
    return Span(a, a + draw(st.integers(0, 50)))


@st.composite
def ledgers(draw: st.DrawFn) -> Ledger:
    n = draw(st.integers(1, 3))
    arts = tuple(
        Article(
            id=f"A{i}",
            source=f"s{i}",
            name=f"n{i}",
            text=draw(words),
            sha256="0" * 64,
            outlet=draw(maybe(words)),
            title=draw(maybe(words)),
            published=draw(maybe(st.just("2024-01-24"))),
            language=draw(maybe(st.sampled_from(["en", "ru"]))),
        )
        for i in range(1, n + 1)
    )
    art = st.sampled_from([a.id for a in arts])
    eid = ids.map(lambda i: f"E{i}")
    quotes = draw(
        st.lists(
            st.builds(
                Quote,
                article=art,
                span=spans(),
                text=words,
                kind=st.sampled_from(["direct", "indirect", "scare"]),
                speaker_text=maybe(words),
                speaker_span=maybe(spans()),
                speaker_ref=maybe(spans()),
                cue=maybe(words),
                cue_span=maybe(spans()),
                via_refs=st.lists(spans(), max_size=2).map(tuple),
                id=ids.map(lambda i: f"Q{i}"),
                speaker=maybe(eid),
                via=st.lists(eid, max_size=2).map(tuple),
            ),
            max_size=3,
        )
    )
    quantities = draw(
        st.lists(
            st.builds(
                Quantity,
                article=art,
                span=spans(),
                text=words,
                value=maybe(st.integers(-(10**6), 10**6).map(float) | st.floats(0, 1e6, allow_nan=False)),
                unit=maybe(words),
                counts=maybe(words),
                counts_span=maybe(spans()),
                qualifier=maybe(words),
                value_max=maybe(st.integers(0, 100).map(float)),
                id=ids.map(lambda i: f"N{i}"),
            ),
            max_size=3,
        )
    )
    times = draw(
        st.lists(
            st.builds(
                TimeRef,
                article=art,
                span=spans(),
                text=words,
                value=maybe(st.sampled_from(["2024-01-24", "2024-02", "2023"])),
                grain=maybe(st.sampled_from(["day", "month", "year"])),
                anchor=maybe(words),
                clock=maybe(words),
                id=ids.map(lambda i: f"T{i}"),
            ),
            max_size=3,
        )
    )
    claims = draw(
        st.lists(
            st.builds(
                Claim,
                article=art,
                span=spans(),
                text=words,
                stance=st.sampled_from(["asserted", "attributed", "hedged", "denied"]),
                speaker_text=maybe(words),
                speaker_ref=maybe(spans()),
                cue=maybe(words),
                time_ref=maybe(spans()),
                quote=maybe(ids.map(lambda i: f"Q{i}")),
                id=ids.map(lambda i: f"C{i}"),
                speaker=maybe(eid),
                cluster=maybe(ids.map(lambda i: f"K{i}")),
                time=maybe(ids.map(lambda i: f"T{i}")),
            ),
            max_size=3,
        )
    )
    framing = draw(
        st.lists(
            st.builds(
                Framing,
                article=art,
                span=spans(),
                text=words,
                technique=words,
                rule=words,
                target_ref=maybe(spans()),
                id=ids.map(lambda i: f"F{i}"),
                target=maybe(eid),
            ),
            max_size=2,
        )
    )
    entities = draw(
        st.lists(
            st.builds(
                Entity,
                id=eid,
                name=words,
                type=st.sampled_from(["PERSON", "ORG", "MEDIA"]),
                aliases=st.lists(words, max_size=3).map(tuple),
                role=maybe(words),
                mentions=st.lists(
                    st.builds(MentionRef, article=art, start=st.integers(0, 9), end=st.integers(10, 20)), max_size=3
                ).map(tuple),
            ),
            max_size=3,
        )
    )
    clusters = draw(
        st.lists(
            st.builds(
                Cluster,
                id=ids.map(lambda i: f"K{i}"),
                label=words,
                claims=st.lists(ids.map(lambda i: f"C{i}"), max_size=3).map(tuple),
                articles=st.lists(art, max_size=3).map(tuple),
                status=st.sampled_from(["consensus", "contested", "single-source"]),
                independent=st.integers(0, 5),
                origins=st.lists(
                    st.builds(Origin, articles=st.lists(art, max_size=2).map(tuple), upstream=maybe(eid)), max_size=2
                ).map(tuple),
            ),
            max_size=2,
        )
    )
    relations = draw(
        st.lists(
            st.builds(
                Relation,
                type=st.sampled_from(["agrees", "contradicts", "near-duplicate"]),
                a=words,
                b=words,
                score=st.floats(0, 1).map(lambda x: round(x, 4)),
                why=words,
                details=st.lists(st.tuples(st.sampled_from(["dropped", "added", "changed"]), words), max_size=2).map(
                    tuple
                ),
            ),
            max_size=2,
        )
    )
    timeline = draw(
        st.lists(
            st.builds(
                TimelineEntry,
                date=st.just("2024-01-24"),
                label=words,
                claims=st.lists(st.just("C1"), max_size=2).map(tuple),
                articles=st.lists(art, max_size=2).map(tuple),
            ),
            max_size=2,
        )
    )
    naming = draw(
        st.lists(
            st.builds(
                Naming,
                referent=eid,
                label=words,
                forms=st.lists(
                    st.builds(NamingForm, article=art, start=st.integers(0, 9), end=st.integers(10, 20), text=words),
                    max_size=2,
                ).map(tuple),
            ),
            max_size=2,
        )
    )
    inputs = tuple(InputResult(source=a.source, status="ok", article=a.id) for a in arts) + (
        InputResult(source="bad.bin", status="failed", problem="binary file"),
    )
    return Ledger(
        articles=arts,
        entities=tuple(entities),
        quotes=tuple(quotes),
        quantities=tuple(quantities),
        times=tuple(times),
        claims=tuple(claims),
        clusters=tuple(clusters),
        relations=tuple(relations),
        timeline=tuple(timeline),
        framing=tuple(framing),
        naming=tuple(naming),
        inputs=inputs,
    )


@settings(max_examples=60, deadline=None)
@given(ledgers())
def test_ledger_roundtrips_through_json(ledger: Ledger) -> None:
    data = json.loads(json.dumps(ledger.to_dict(), ensure_ascii=False))
    back = Ledger.from_dict(data)
    assert back == ledger
    assert back.to_dict() == data


def test_whole_numbers_are_json_integers() -> None:
    q = Quantity(article="A1", span=Span(0, 2), text="65", value=65.0)
    assert json.dumps(q.to_dict()["value"]) == "65"
    assert Quantity(article="A1", span=Span(0, 3), text="2.5", value=2.5).to_dict()["value"] == 2.5


def test_evolve_is_replace_without_the_checks_and_refuses_an_unknown_field() -> None:
    import dataclasses

    from rashomon.model import Quote, evolve

    q = Quote(article="A1", span=Span(3, 20), text="we will rebuild", kind="direct", speaker_ref=Span(25, 30), id="Q1")
    assert evolve(q, speaker="E2", via=("E3",)) == dataclasses.replace(q, speaker="E2", via=("E3",))
    assert evolve(q) == q and evolve(q) is not q
    with pytest.raises(TypeError, match="no field 'speakr'"):
        evolve(q, speakr="E2")
