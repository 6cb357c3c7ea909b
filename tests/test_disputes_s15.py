"""Who did it, when an article in Spanish, Italian or German tells the act only as an allegation: a denial of the
reports of it ("niega las informaciones sobre un ataque ruso") or an "alleged" before its noun ("un supuesto ataque
ruso"). Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import rashomon


def _agents(tmp_path: Path, name: str, text: str) -> list[tuple[str, str]]:
    (tmp_path / name).write_text(f"url: https://n1.example/2024/05/01/story\n---\n{text}\n", encoding="utf-8")
    led = rashomon.analyze([tmp_path])
    return [(a.value, a.stance) for q in led.questions if q.kind == "agent" for a in q.answers]


def test_a_denial_of_the_reports_of_an_attack_denies_its_doer(tmp_path: Path) -> None:
    said = _agents(
        tmp_path,
        "01-es.txt",
        "El Ministerio de Defensa de Rusia niega las informaciones vertidas sobre un ataque ruso a los campamentos "
        "de entrenamiento de la milicia en la región.",
    )
    assert said == [("Russia", "denied")]


def test_an_alleged_attack_names_its_doer_as_an_allegation(tmp_path: Path) -> None:
    said = _agents(
        tmp_path,
        "01-es.txt",
        "Un supuesto ataque ruso con misiles destruyó el viernes por la mañana el campamento de la milicia en la "
        "región fronteriza.",
    )
    assert said == [("Russia", "hedged")]


def test_an_attack_told_plainly_keeps_its_doer(tmp_path: Path) -> None:
    said = _agents(
        tmp_path,
        "01-es.txt",
        "Un ataque ruso con misiles destruyó el viernes por la mañana el campamento de la milicia en la región "
        "fronteriza.",
    )
    assert said == [("Russia", "asserted")]


def test_a_share_moved_by_a_later_tally_is_no_dispute_and_her_share_is_not_his(tmp_path: Path) -> None:
    (tmp_path / "01-fr.txt").write_text(
        "url: https://n1.example/a\n---\nLa commission électorale a annoncé lundi que le président Marco Díaz avait "
        "obtenu 80,23% des voix selon les résultats préliminaires.\n",
        encoding="utf-8",
    )
    (tmp_path / "02-fr.txt").write_text(
        "url: https://n2.example/b\n---\nAprès le scrutin dimanche, Ana Ruiz avait enjoint le régime à céder le "
        "pouvoir, contestant les résultats officiels donnant M. Díaz vainqueur avec 80,08% des voix et ne lui en "
        "accordant que 10%.\n",
        encoding="utf-8",
    )
    led = rashomon.analyze([tmp_path])
    assert sorted(a.value for q in led.questions if q.kind == "share" for a in q.answers) == ["80,08%", "80,23%"]
    assert [r for r in led.relations if r.type == "contradicts"] == []


def test_shares_far_apart_or_either_side_of_a_majority_still_contradict(tmp_path: Path) -> None:
    (tmp_path / "01.txt").write_text(
        "url: https://n1.example/a\n---\nThe election commission said on Monday that President Marco Diaz won "
        "50.4% of the vote.\n",
        encoding="utf-8",
    )
    (tmp_path / "02.txt").write_text(
        "url: https://n2.example/b\n---\nIndependent observers said their parallel count gave President Marco Diaz "
        "49.6% of the vote.\n",
        encoding="utf-8",
    )
    led = rashomon.analyze([tmp_path])
    assert [r.why.split(":")[0] for r in led.relations if r.type == "contradicts"] == ["share of the vote (Marco Diaz)"]
