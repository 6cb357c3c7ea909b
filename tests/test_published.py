"""The publication date: from a header, HTML metadata, the URL, a wire dateline, or inferred from the days named."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.ingest import ingest
from rashomon.model import Article


def corpus(tmp_path: Path, files: dict[str, str]) -> dict[str, Article]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return {a.name: a for a in ingest([str(tmp_path)]).articles}


@pytest.mark.parametrize(
    "text, day",
    [
        (
            "KYIV, March 3 (Reuters) - Ukraine said on Monday it had downed 73 drones, after strikes on March 2, 2025.",
            "2025-03-03",
        ),
        ("MOSCOW, November 15. /TASS/. The ministry said on November 14, 2023 that talks would resume.", "2023-11-15"),
        ("MOSCOW, 15 November. /TASS/. The ministry said on November 14, 2023 that talks would resume.", "2023-11-15"),
        ("BEIJING, Aug. 2 (Xinhua) -- The fund, set up on July 30, 2022, will provide loans.", "2022-08-02"),
        ("NAIROBI, June 14, 2024 (AFP) - Police fired tear gas at protesters.", "2024-06-14"),
        ("KYIV, Ukraine, Sept. 9 (AP) \u2014 Drones hit the port on Sept. 8, 2023, officials said.", "2023-09-09"),
        ("RIO DE JANEIRO, Oct 5 (Reuters) - Floods hit the city on Oct. 4, 2024.", "2024-10-05"),
        (
            "Floods cut off the capital\n\nDHAKA, July 3 (Reuters) - Rivers rose after rains on July 1, 2024.",
            "2024-07-03",
        ),
        ("КРАСНОДАР, 12 апреля. /ТАСС/. Дожди шли с 10 апреля 2024 года, сообщили в МЧС.", "2024-04-12"),
        ("ОДЕСА, 5 травня 2023. /Укрінформ/. Порт відновив роботу.", "2023-05-05"),
    ],
)
def test_wire_datelines(tmp_path: Path, text: str, day: str) -> None:
    a = corpus(tmp_path, {"a.txt": text})["a.txt"]
    assert (a.published, a.published_from) == (day, "dateline")


def test_year_less_dateline_takes_the_corpus_year_across_new_year(tmp_path: Path) -> None:
    arts = corpus(
        tmp_path,
        {
            "a.txt": "date 2025-01-02 Ceasefire talks\nThe talks went on.",
            "b.txt": "DAMASCUS, Dec. 31 (Reuters) - Talks resumed on the last day of the year.",
        },
    )
    assert (arts["b.txt"].published, arts["b.txt"].published_from) == ("2024-12-31", "dateline")


def test_a_line_of_prose_below_the_title_is_not_a_dateline(tmp_path: Path) -> None:
    a = corpus(
        tmp_path,
        {"a.txt": "Quiet streets\n\nParis, May 3 was a quiet day in 2024, and the strike ended on May 4, 2024."},
    )["a.txt"]
    assert (a.published, a.published_from) == ("2024-05-04", "inferred")


def test_header_metadata_and_url(tmp_path: Path) -> None:
    arts = corpus(
        tmp_path,
        {
            "h.txt": "date: 2023-05-19\ntitle: Budget\n---\nThe budget passed on Thursday.",
            "u.txt": "url: https://news.example.org/world/2022/11/16/talks-resume\n---\nThe talks resumed.",
            "m.html": '<html><head><meta property="article:published_time" content="2023-05-19T10:00:00Z">'
            "<title>Budget vote</title></head><body><article><h1>Budget vote</h1><p>The parliament passed the "
            "budget on Thursday after a long debate that lasted into the night and drew protests.</p><p>"
            "Opposition deputies walked out of the chamber before the final vote was taken.</p></article>"
            "</body></html>",
        },
    )
    assert (arts["h.txt"].published, arts["h.txt"].published_from) == ("2023-05-19", "header")
    assert (arts["u.txt"].published, arts["u.txt"].published_from) == ("2022-11-16", "url")
    assert (arts["m.html"].published, arts["m.html"].published_from) == ("2023-05-19", "metadata")


def test_inferred_from_the_latest_reported_day_not_a_planned_one(tmp_path: Path) -> None:
    arts = corpus(
        tmp_path,
        {
            "ap.txt": "WASHINGTON (AP) \u2014 Congress approved the package on March 8, 2024, after a first vote on "
            "March 7. The president will sign it on March 12.",
            "none.txt": "Nobody said when anything happened.",
        },
    )
    assert (arts["ap.txt"].published, arts["ap.txt"].published_from) == ("2024-03-08", "inferred")
    assert (arts["none.txt"].published, arts["none.txt"].published_from) == (None, None)


def test_a_memo_gives_the_same_days_without_reading_the_texts_again(monkeypatch: pytest.MonkeyPatch) -> None:
    import hashlib

    import rashomon.ingest.published as published

    texts = [
        "OSLO, May 3 (Wire) - The ferry docked late on May 2, 2023, the harbour master said.",
        "The council met on June 27, 2023 and voted to close the bridge.",
        "No day is named here at all.",
    ]
    articles = [
        Article(id=f"A{n}", source=f"{n}.txt", name=f"{n}.txt", text=t, sha256=hashlib.sha256(t.encode()).hexdigest())
        for n, t in enumerate(texts, 1)
    ]
    memo: published.Memo = {}
    first = published.infer_published(articles, memo)
    assert first == published.infer_published(articles)  # the memo changes nothing
    assert any(a.published for a in first) and memo

    def unread(text: str) -> list[int]:
        raise AssertionError("a text was read again")

    monkeypatch.setattr(published, "find_expressions", unread)
    assert published.infer_published(articles, memo) == first
