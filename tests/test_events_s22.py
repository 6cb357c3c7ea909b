"""Twenty-second session, events: a day every article recalls from months back is not the day of the event they
report, and a clause of a sentence that recalls another event tells of that event. Sentences written for these
tests."""

from __future__ import annotations

from pathlib import Path

from .dated_articles import answers, corpus

_RECALLED = (
    "The Valdorian army has waged a campaign in Lerovo since a March 3, 2024 militia attack on Varno, which the "
    "government says killed nearly 900 people."
)


def test_a_day_recalled_months_back_in_every_article_is_not_the_event(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        (
            "2024-09-12",
            f"Valdorian soldiers fired on a crowd at a food convoy in Lerovo on September 12, 2024. {_RECALLED}",
        ),
        ("2024-09-13", f"Valdorian troops opened fire on the crowd on September 12, 2024, witnesses said. {_RECALLED}"),
        ("2024-09-13", f"The army shelled the convoy on March 3, 2024, a militia said. {_RECALLED}"),
    )
    main = next(e for e in led.events if e.main)
    assert main.day == "2024-09-12"  # two articles tell it as news; the recalled attack is in all three
    tolls = [a.value for q in led.questions if q.kind == "toll_killed" and q.event == main.id for a in q.answers]
    assert "nearly 900 people" not in tolls  # the recalled attack's toll, in a clause of its sentence
    assert "nearly 900 people" in [a.value for a in answers(led, "toll_killed")]  # the recalled event's own


def test_a_day_some_article_tells_as_news_stays_the_event(tmp_path: Path) -> None:
    led = corpus(
        tmp_path,
        ("2024-09-20", "The fire destroyed the town of Lerovo on September 8, 2024, officials said."),
        ("2024-09-25", "The fire that swept Lerovo on September 8, 2024 killed 97 people."),
        ("2024-09-21", "Crews reopened the road to Lerovo on September 19, 2024."),
    )
    main = next(e for e in led.events if e.main)
    assert main.day == "2024-09-08"  # named weeks later, but not months: still the event
