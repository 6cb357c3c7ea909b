"""Which pronoun a given name usually takes, for telling "she said" from "he said" between two people.

Only a hint: a name missing here, or one used by both, leaves the pronoun to the
focus rules. Names ending in ``-a`` are feminine in most European languages
(Olga, Anna, Maria, Katarzyna), with the masculine exceptions listed.
"""

from __future__ import annotations

from .names import given_names

FEMININE = frozenset(
    """
Alice Ann Anne Amy Carol Caroline Catherine Charlotte Christine Claire Edith Elizabeth Emily Emmanuelle Heather Helen
Hillary Jane Janet Jen Jennifer Joan Judith Julie Karen Kate Katherine Kathleen Lauren Liz Lyubov Margaret Mary Michelle
Nancy Natalie Nikki Rachel Ruth Sabine Sarah Sophie Susan Zoe Ingrid Karin Kristin Astrid Agnes Elif Ayse Priya
Leila Layla Yasmin Fatma Amal Noor Grace Rose Esther Miriam Hannah Isabel Isabelle Marie Sylvie Chantal Brigitte Mette
Kirsten Birgit Margit Gudrun Ilse Heidi Sigrid Renate Ewelina Dagmar Eileen Ellen Gwen Jill Nadine Yvonne Dominique
Ursule Irene Hélène Noémie Zeynep Meryem Ayşe Nur Sinead Siobhan Aoife Niamh Lucy Jessica Megan Emilie Juliette Carmen
Pilar Mercedes Dolores Raquel Beatriz Ines Ingeborg Solveig Liv Maj Britt Tove
""".split()
)
MASCULINE_IN_A = frozenset(
    """
Nikita Ilya Illia Luca Andrea Joshua Mustafa Danila Kostya Sasha Misha Vanya Dima Yasha Jona Jonah Elijah Isaiah
Zakaria Zakariya Musa Yahya Hamza Osama Usama Oussama Attila Akira Sandeep Krishna Shiva Rama Mirza Aliyu Idrissa
Moussa Issa Reza Alireza Gholamreza Hamidreza Mohammadreza Mojtaba Mostafa Moustafa Taha Nima Kasra Nikola Luka
""".split()
)


def pronoun_gender(given: str) -> str | None:
    """``"f"``, ``"m"`` or None for a given name (its first word, as written)."""
    name = given.strip(".")
    if len(name) < 3 or not name[:1].isupper():
        return None
    if name in FEMININE:
        return "f"
    if name in MASCULINE_IN_A:
        return "m"
    if name.endswith("a") and name.isalpha():
        return "f"
    if name in given_names():
        return "m"  # the shared list's other names are men's names
    return None


# Russian and Ukrainian names mark gender in their endings: Захарова, Белоусов; Мария, Игорь.
_CYR_FEMININE_SURNAME = ("ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ая", "яя")
_CYR_MASCULINE_SURNAME = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ськ", "ський", "цький", "ой", "ий", "ый")
_CYR_MASCULINE_IN_A = frozenset("никита илья ілля лука кузьма фома савва саша миша дима микола".split())


def cyrillic_gender(name: str) -> str | None:
    """``"f"``, ``"m"`` or None for a Cyrillic name: the given name's ending if there is one, else the surname's."""
    words = [w.casefold() for w in name.split() if w[:1].isalpha()]
    if not words:
        return None
    if len(words) > 1:
        given = words[0]
        if given in _CYR_MASCULINE_IN_A:
            return "m"
        if given.endswith(("а", "я")):
            return "f"
        if given.endswith(("й", "ь", "р", "н", "д", "л", "м", "с", "в", "к", "г", "т", "б", "п", "ф", "х", "з")):
            return "m"
    surname = words[-1]
    if surname.endswith(_CYR_FEMININE_SURNAME):
        return "f"
    if surname.endswith(_CYR_MASCULINE_SURNAME):
        return "m"
    return None


# What a Cyrillic name says of its bearer's sex in any case it stands in: a given name ending in a consonant or
# й is a man's nominative (a woman's name never ends so, and a man's in another case ends in а, я, у, ю, ом, ем);
# a surname ending in ая or яя is a woman's nominative. Other endings are left unknown: "Алексея Навального" is a
# man's genitive that ``cyrillic_gender`` reads as a woman.
_CYR_MAN_GIVEN_END = "йбвгджзклмнпрстфхцчшщ"
_CYR_WOMAN_SURNAME_END = ("ая", "яя")


def cyrillic_sex(name: str) -> str | None:
    """``"m"``, ``"f"`` or None for a Cyrillic full name, from what its endings say in every case."""
    words = [w.casefold() for w in name.split() if w[:1].isalpha()]
    if len(words) < 2:
        return None
    if words[0][-1] in _CYR_MAN_GIVEN_END:
        return "m"
    if words[-1].endswith(_CYR_WOMAN_SURNAME_END):
        return "f"
    return None


def opposite_sexes(latin: str, cyrillic: str) -> bool:
    """A full name in Latin letters and one in Cyrillic that name a man and a woman ("Yulia Navalnaya" and
    "Алексей Навальный", wife and husband): never one person, however close their surnames' sound."""
    given = latin.split()[0] if latin.split() else ""
    a, b = pronoun_gender(given), cyrillic_sex(cyrillic)
    return a is not None and b is not None and a != b


# Courtesy titles that say which pronoun their bearer takes: "Mr. Obama" is not Michelle Obama.
TITLE_GENDER: dict[str, str] = {
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "madam": "f",
    "madame": "f",
    "mme": "f",
    "lady": "f",
    "dame": "f",
}

# Relatives and close associates: "X's mother", "the wife of X", "his grandmother" name someone other than X.
KIN_NOUNS = frozenset(
    """
mother father parent parents mom mum dad son sons daughter daughters child children kid kids wife husband spouse
widow widower brother brothers sister sisters sibling siblings grandmother grandfather grandparents grandson
granddaughter grandchildren grandchild uncle aunt nephew niece cousin cousins relative relatives family families
fiancé fiancée fiance fiancee girlfriend boyfriend stepfather stepmother stepson stepdaughter in-laws mother-in-law
father-in-law son-in-law daughter-in-law brother-in-law sister-in-law friend friends neighbor neighbors neighbour
neighbours lawyer lawyers attorney attorneys
""".split()
)
