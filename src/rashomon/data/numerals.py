"""Number words of the languages rashomon reads without a parser, each with its value (read by extract/quantities).

Only words that are numbers in news prose: "un"/"une"/"uno"/"ein" (also the article), French "neuf" (also "new") and
Italian "sei" (also "you are") are left out; Russian and Ukrainian words are in ``cyrillic.NUMBER_WORDS``, with the
collective numerals of counts of people ("пятеро задержанных") here. A scale word after a number multiplies it
("trois mille", "2,2 millions", "3 mil").
"""

from __future__ import annotations


def _table(rows: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for row in rows.strip().splitlines():
        value, words = row.split(":")
        for w in words.split():
            out[w] = float(value)
    return out


NUMBER_WORDS: dict[str, dict[str, float]] = {
    "fr": _table(
        """
        2: deux
        3: trois
        4: quatre
        5: cinq
        6: six
        7: sept
        8: huit
        10: dix
        11: onze
        12: douze
        13: treize
        14: quatorze
        15: quinze
        16: seize
        20: vingt
        30: trente
        40: quarante
        50: cinquante
        60: soixante
        100: cent cents
        1000: mille
        """
    ),
    "es": _table(
        """
        2: dos
        3: tres
        4: cuatro
        5: cinco
        6: seis
        7: siete
        8: ocho
        9: nueve
        10: diez
        11: once
        12: doce
        15: quince
        20: veinte
        30: treinta
        40: cuarenta
        50: cincuenta
        100: cien
        1000: mil
        """
    ),
    "pt": _table(
        """
        2: dois duas
        3: três
        4: quatro
        5: cinco
        6: seis
        7: sete
        8: oito
        9: nove
        10: dez
        12: doze
        20: vinte
        30: trinta
        50: cinquenta
        100: cem
        1000: mil
        """
    ),
    "it": _table(
        """
        2: due
        3: tre
        4: quattro
        5: cinque
        7: sette
        8: otto
        9: nove
        10: dieci
        11: undici
        12: dodici
        15: quindici
        20: venti
        30: trenta
        40: quaranta
        50: cinquanta
        100: cento
        1000: mille
        """
    ),
    "de": _table(
        """
        2: zwei
        3: drei
        4: vier
        5: fünf
        6: sechs
        7: sieben
        8: acht
        9: neun
        10: zehn
        11: elf
        12: zwölf
        15: fünfzehn
        20: zwanzig
        30: dreißig
        40: vierzig
        50: fünfzig
        100: hundert
        1000: tausend
        """
    ),
    "ru": _table(
        """
        2: двое
        3: трое
        4: четверо
        5: пятеро
        6: шестеро
        7: семеро
        """
    ),
    "uk": _table(
        """
        2: двоє
        3: троє
        4: четверо
        5: п'ятеро п’ятеро
        6: шестеро
        7: семеро
        """
    ),
}

# A word for about a thousand, a hundred: "un migliaio di civili", "une centaine de personnes" (an approximate count)
ABOUT: dict[str, dict[str, float]] = {
    "fr": {"centaine": 100.0, "millier": 1000.0},
    "it": {"centinaio": 100.0, "migliaio": 1000.0},
    "es": {"centenar": 100.0, "millar": 1000.0},
    "pt": {"centena": 100.0, "milhar": 1000.0},
}

# Scale words after a number in these languages, each form with its multiplier ("2,2 millions", "tres mil").
SCALES: dict[str, float] = {
    **dict.fromkeys("mille mila mil tausend Tausend".split(), 1e3),
    **dict.fromkeys(
        "million millions millón millones milione milioni Million Millionen milhão milhões".split(),
        1e6,
    ),
    **dict.fromkeys("milliard milliards Milliarde Milliarden miliardo miliardi".split(), 1e9),
}
