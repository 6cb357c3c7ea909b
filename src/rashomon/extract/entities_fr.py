"""Named mentions in French (and other Latin-script) articles, read from the surface: no model ships for them here.

A corpus about one event mixes English articles with French ones; without their
names, ``Russie``, ``Vladimir Poutine`` or ``le ministère russe de la Défense``
join no entity and French quotes get no speaker. Three finders, all tables and
capitalisation:

- runs of capitalised words (``Reza Talaï-Nik``, ``Bandar Abbas``, ``OTAN``),
  with the small words names hold (``Corps des Marines``); a run that is only
  the first word of a sentence counts when a table knows it;
- institutions, whose French names start in lower case: an institution head
  (``ministère``, ``comité``, ``commandement``) and the words after it that
  tables know (``russe``, ``de la Défense``, ``d'enquête``);
- seas and gulfs the tables name (``mer Noire``, ``golfe Persique``).

Types come from the tables (places, outlets, given names, acronyms) and from the
word before (``M.``, ``président``, ``à``); a run nothing types is left out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from spacy.lang.de.stop_words import STOP_WORDS as GERMAN_STOP_WORDS

from ..data import exonyms, media
from ..data.bodies import BODIES
from ..data.calendar import WEEKDAY_NUMBERS
from ..data.equipment import AIRCRAFT_MAKERS
from ..data.facilities import FACILITY_KINDS, FACILITY_KINDS_FIRST
from ..data.institutions import ACRONYMS, COMPANY_WORDS, HEADS, KNOWN, LEGAL_FORMS, NAMED_AFTER_HEADS
from ..data.names import (
    ARABIC_ARTICLES,
    GERMAN_ADJECTIVE_ENDINGS,
    GERMAN_CAPITAL_PRONOUNS,
    GERMAN_COMMON_MIN_LETTERS,
    GERMAN_COMMON_WORDS,
    GERMAN_NOUN_ENDINGS,
    GERMAN_TITLE_HEADS,
    PATRONYMIC_PARTICLES,
    SURNAME_TITLES,
    is_given_name,
)
from ..data.places import (
    FACILITY_WORDS,
    FRENCH_SITES,
    GERMAN_PLACE_NOUNS,
    GERMAN_WATER_NOUNS,
    TOWN_SITE_WORDS,
    areas,
    cities,
    country_names,
    fold,
    foreign_demonyms,
)
from ..data.speech import GERMAN_OUTLET_TAILS, OUTLET_KIND_LINKS, OUTLET_KIND_TAILS, ROMANCE_OUTLET_WORDS
from ..model import Mention, Span

# A word: letters with inner hyphens or apostrophes ("Talaï-Nik", "d'enquête", "aujourd'hui").
_WORD = re.compile(r"[^\W\d_]+(?:[-\u2010'\u2019][^\W\d_]+)*")
# Small words inside a name: "Corps des gardiens de la révolution", "Conseil de sécurité", "Abou al-Walid".
_LINKS = frozenset({"de", "du", "des", "la", "le", "les", "d", "l", "en", "del", "al", "el", "van", "von"}) | (
    PATRONYMIC_PARTICLES  # "Mohammed ben Salmane", "Mohammed bin Salman"
)
_ELISION = re.compile(r"^[dlDL]['\u2019]")
# Words that may start a sentence capitalised without being a name.
_FUNCTION_WORDS = frozenset(
    """le la les l un une des du de d au aux à a et ou mais donc or ni car ce cet cette ces ça cela celui celle ceux
    il elle ils elles on nous vous je tu son sa ses leur leurs notre nos votre vos mon ma mes qui que quoi dont où
    selon pour par sur sous dans avec sans après avant lors depuis pendant quand si comme plus moins très tout tous
    toute toutes aucun aucune chaque plusieurs certains certaines autre autres même ainsi alors aussi encore déjà
    enfin puis ensuite cependant pourtant toutefois néanmoins face vers entre contre malgré parmi outre hier
    aujourd demain ici là oui non mardi lundi mercredi jeudi vendredi samedi dimanche ce cet en y c est était sont
    le la el los las un una unos unas en con por para según tras sin sobre entre hasta desde es fue son
    der die das ein eine und oder mit nach laut bei von zu im am
    il lo gli e o ma con per secondo dopo prima durante nel nella nei nelle dei delle degli
    alla ai alle dal dalla sul sulla tra fra questo questa questi queste altre altri anche già ieri oggi domani
    stamattina stasera stanotte ayer hoy mañana anoche heute gestern morgen
    și si în la cu pe al ale lui care din pentru după potrivit conform despre este sunt fost iar dar sau nu cel cea
    cei cele acest această acesta aceasta aceste acești printre până spre către luni marți miercuri joi vineri
    sâmbătă duminică ieri astăzi
    według wedle zdaniem odnośnie jak po na w we z ze do od dla przez podczas przed mimo wobec także również jednak
    natomiast ponadto dodatkowo tymczasem wcześniej później obecnie teraz dziś wczoraj jutro ten ta to te ci tego
    tej tym tych gdy kiedy jeśli choć chociaż ale oraz lub czy nie tak już więc bo albo jego jej ich nasz
    poniedziałek wtorek środa czwartek piątek sobota niedziela
    für auf aus über unter durch gegen ohne um wie als auch doch noch nun erst kaum dass daß wenn
    ob seit während wegen trotz dem den des einem einen einer vom zum zur ins beim hat hatte haben ist war sind
    waren wird wurde dieser diese dieses jeder jede in vor an sein seine seinen seinem seiner ihr ihre ihren ihrem
    ihrer unser unsere unseren unserem unserer
    """.split()
)
# Words before a name that say it is a person's: "M. Dupont", "le président Macron", "la porte-parole Marie Roe".
_PERSON_BEFORE = (
    frozenset(
        """m mme mlle dr président présidente ministre premier secrétaire porte-parole général générale colonel
    gouverneur gouverneure maire député députée sénateur sénatrice ambassadeur ambassadrice chef patron patronne
    directeur directrice procureur procureure juge ayatollah cheikh roi reine prince pape chancelier chancelière
    commandant capitaine lieutenant sergent docteur professeur journaliste correspondant correspondante expert
    experte analyste avocat avocate opposant opposante candidat candidate dirigeant dirigeante leader homologue
    señor señora presidente ministro ministra portavoz herr frau präsident präsidentin minister ministerin
    sprecher sprecherin präsidenten präsidentinnen kanzler kanzlerin experte experten expertin chef chefin
    jefe jefa líder experto experta chefe porta-voz especialista perito
    președintele președinte președintelui ministrul ministrului purtătorul liderul liderului șeful șefului expertul
    generalul domnul doamna
    prezydent prezydenta premier premiera minister ministra wicepremier wiceminister rzecznik rzecznika rzeczniczka
    szef szefa szefowa generał generała gen poseł posłanka senator marszałek wojewoda burmistrz prokurator
    prokuratora sędzia ambasador dyrektor dyrektorka profesor prof pan pani ksiądz kapitan pułkownik major
    porucznik komendant starosta wójt prezes prezesa przewodniczący przewodnicząca kanclerz papież""".split()
    )
    | SURNAME_TITLES
)
_PERSON_BEFORE_FOLDED = frozenset(fold(w) for w in _PERSON_BEFORE)
# Words before a name that say it is a place: "à Bakou", "près de Grozny", "la province de Hormozgan".
_PLACE_BEFORE = frozenset(
    """à au aux vers près province région ville village commune capitale district oblast port gare stade aéroport
    quartier banlieue localité département""".split()
)
# Words that open a sea's or a strait's name written in lower case: "mer Noire", "golfe Persique", "bande de Gaza".
_NUMBER_WORDS = frozenset(fold(w) for w in exonyms.NUMBER_WORDS)
_WATER_HEADS = frozenset({"mer", "golfe", "bande", "détroit", "océan", "mar", "golfo", "franja"})
_MAX_INSTITUTION_WORDS = 9
# Languages whose articles these finders read (the tables are French first, with Spanish and German forms).
LANGUAGES = frozenset({"fr", "es", "de", "it", "pt"})
# Languages whose names these finders read: also Romanian and Polish, whose names are capitalised as French ones
# (their quotes are no French patterns' to read).
ENTITY_LANGUAGES = LANGUAGES | {"ro", "pl"}


# (first word, word after the last, type, name when not the surface, other names given right there)
_Found = tuple[int, int, str, str | None, tuple[str, ...]]


def designations(text: str) -> list[Mention]:
    """Model designations in any script (``Su-27``, ``Су-27``, ``MQ-9``, ``Embraer 190``, ``J2-8243``): equipment."""
    out = []
    for d in _DESIGNATION.finditer(text):
        if _NOT_DESIGNATION.fullmatch(d.group()):
            continue
        start, end = d.start(), d.end()
        name_after = _NAME_AFTER.match(text, end)
        if name_after is not None and fold(name_after.group(1)) not in _FUNCTION_WORDS:
            end = name_after.end()  # "MQ-9 Reaper", "Su-27 Flanker": the model's name with its designation
        maker = _MAKER_BEFORE.search(text, max(0, start - 20), start)
        if maker is not None and (maker.group(1) in AIRCRAFT_MAKERS or end == d.end() and _model_name(maker.group(1))):
            start = maker.start(1)  # "Embraer 190", "Boeing 737"; "le drone Reaper MQ9": the model's name before
        out.append(Mention(span=Span(start, end), text=text[start:end], type="EQUIPMENT", name=text[start:end]))
    for d in _MAKER_MODEL.finditer(text):
        if d.group(1) in AIRCRAFT_MAKERS and not any(m.span.start <= d.start() < m.span.end for m in out):
            out.append(Mention(span=Span(d.start(), d.end()), text=d.group(), type="EQUIPMENT", name=d.group()))
    return sorted(out, key=lambda m: m.span.start)


def _model_name(word: str) -> bool:
    """Whether a capitalised word before a designation may be the model's name (``Reaper MQ9``), not a place, an
    outlet, a small word or a count (``Moscou F-16``, ``Reuters A320``, ``Le F-16``, ``Deux Su-27``)."""
    key = fold(word)
    return (
        len(word) > 3
        and key not in _FUNCTION_WORDS
        and key not in _NUMBER_WORDS
        and key not in country_names()
        and key not in cities()
        and key not in areas()
        and word not in media.outlets()
        and key not in foreign_demonyms()
    )


# a letter prefix, a hyphen and a number ("Su-27", "MQ-9", "Il-76", "Су-27", "J2-8243"), or capitals glued to a number
_DESIGNATION = re.compile(
    r"(?<![\w-])(?:[A-Z\u0410-\u042f\u0401][A-Za-z\u0430-\u044f\u0410-\u042f\d]{0,3}-\d{1,5}[A-Z\u0410-\u042f]?"
    r"|[A-Z]{2,3}\d{1,4}[A-Z]?|[A-Z]\d{2,4}[A-Z]?)(?![\w-])"
)
_NOT_DESIGNATION = re.compile(r"G\d{1,2}|U-\d{2}|COVID-\d+|Covid-\d+")  # G20, U-20 (an age group), COVID-19
_NAME_AFTER = re.compile(r" ([A-Z][a-z]{3,})(?![\w-])")
_MAKER_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")
_MAKER_MODEL = re.compile(r"\b([A-Z][a-z]+)\s+\d{3}\b")  # "Embraer 190", "Boeing 737"


def mentions(text: str, language: str | None = None) -> Iterator[Mention]:
    """Mentions of a French (or other Latin-script) article, in text order, none overlapping."""
    yield from _mentions(text, german=language == "de")


def _without_german_common_words(text: str, m: Mention) -> Mention | None:
    """A German run cut of the common words German writes with a capital before a name (``Nachrichtenagentur AFP``
    keeps ``AFP``; ``Dramatische Berichte``, ``Hunderte Menschen``, ``Mittwoch Vormittag`` are no names at all).
    A run that names a table's place, body or outlet is left whole."""
    if m.type not in ("PERSON", "ORG", "GPE", "LOC") or m.name != m.text or _known_words([m.text]):
        return m
    words = list(_WORD.finditer(m.text))
    k = common = 0
    for w in words:  # the common words and the links between them that open the run
        if w.group().casefold() in _LINKS:
            k += 1
        elif _german_common(w.group()):
            k, common = k + 1, common + 1
        else:
            break
    if not common:  # "Bleiben Sie": a verb and the polite "you", no name
        return None if any(w.group() in GERMAN_CAPITAL_PRONOUNS for w in words[1:]) else m
    rest = [w.group() for w in words[k:]]
    if len(rest) < 2 and not (rest and _known_words(rest)) or any(_german_common(w) for w in rest):
        return None  # nothing of a name is left, or one word no table knows (a noun, like the words before it)
    start = m.span.start + words[k].start()
    surface = text[start : m.span.end]
    outlet = media.outlets().get(surface)  # "die Nachrichtenagentur AFP": the outlet
    kind, name = ("MEDIA", outlet) if outlet else (m.type, surface)
    return Mention(span=Span(start, m.span.end), text=surface, type=kind, name=name, aliases=m.aliases)


def _described_outlets(text: str, words: list[re.Match[str]]) -> Iterator[_Found]:
    """The name after a word that says an outlet follows (``el canal de televisión Almasirah``, ``la chaîne
    Al-Mayadeen``, ``l'emittente Al Manar``, ``der Sender Chabar``): an outlet, named as a table names it if one
    does, else as written. A platform (``el canal de Telegram``) is no outlet."""
    for k, w in enumerate(words[:-1]):
        low = _bare(w.group()).casefold()
        if low not in ROMANCE_OUTLET_WORDS or not (w.group().islower() or low.endswith(GERMAN_OUTLET_TAILS)):
            continue
        j = k + 1
        if words[j].group().casefold() in OUTLET_KIND_LINKS and j + 1 < len(words):
            if words[j + 1].group().casefold() not in OUTLET_KIND_TAILS:
                continue
            j += 2  # "el canal de televisión X", "l'agenzia di stampa X"
        end = j
        while end < len(words) and end - j < 4 and _adjacent(text, words, end) and _capitalised(words[end].group()):
            end += 1
        if end == j:
            continue
        name = text[words[j].start() : words[end - 1].end()]
        if name in media.PLATFORMS or fold(name) in country_names() or fold(name) in cities():
            continue
        yield j, end, "MEDIA", media.outlets().get(name), ()


def _german_common(word: str) -> bool:
    """Whether a capitalised German word is a common one: a count, a day or a part of one, a function word, or a
    word with an adjective's or an abstract noun's ending that no given name has."""
    low = word.casefold()
    if low in GERMAN_COMMON_WORDS or low in WEEKDAY_NUMBERS or low in GERMAN_STOP_WORDS:
        return True
    if len(word) < GERMAN_COMMON_MIN_LETTERS or _given_name(word) or _known_words([word]):
        return False  # a given name, or a word a table knows ("Russische", a nationality)
    return low.endswith(GERMAN_ADJECTIVE_ENDINGS) or low.endswith(GERMAN_NOUN_ENDINGS)


def _mentions(text: str, german: bool = False) -> Iterator[Mention]:
    words = list(_WORD.finditer(text))
    found: list[Mention] = designations(text)
    taken: set[int] = {  # word indexes inside a mention
        k for k, w in enumerate(words) if any(m.span.start < w.end() and w.start() < m.span.end for m in found)
    }
    for finder in (
        _known_bodies,
        _country_phrases,
        _waters,
        _sites,
        _compound_sites,
        _kind_first_facilities,
        _state_forms,
        _bracketed_bodies,
        _institutions,
        _adjective_bodies,
        _peoples,
        _described_outlets,
        _runs,
        _national_adjectives,
    ):
        for i, j, kind, name, aliases in finder(text, words):
            if any(k in taken for k in range(i, j)):
                continue
            start, end = words[i].start(), words[j - 1].end()
            if _ELISION.match(words[i].group()):
                start += 2  # "l'OTAN": the article is no part of the name
            surface = text[start:end]
            m = Mention(span=Span(start, end), text=surface, type=kind, name=name or surface, aliases=aliases)
            if german and finder is _runs:
                cut = _without_german_common_words(text, m)
                if cut is None:
                    continue  # its words are left to the finders after it ("Russischen": a nationality)
                m = cut
            found.append(m)
            taken.update(range(i, j))
    yield from sorted(_surnames_again(text, words, found, taken), key=lambda m: m.span.start)


def _surnames_again(text: str, words: list[re.Match[str]], found: list[Mention], taken: set[int]) -> list[Mention]:
    """The mentions with the surname of a person named in full, said again alone (``Prigoschin``, the German genitive
    ``Prigoschins``): a capitalised word no table types is that person once the article has named them so. A run of
    a capitalised noun and that surname (``deren Erschießung Prigoschin``, a German noun before it) is the surname.
    Each stands for the full name, as the article's own reference to the person it named."""
    full = [
        m
        for m in found
        if m.type == "PERSON"
        and len(m.name.split()) >= 2
        and (_given_name(m.name.split()[0]) or _with_arabic_article(m.name.split()[-1]))  # "Turki al-Maliki"
    ]
    surnames = {m.name.split()[-1]: m for m in full if len(m.name.split()[-1]) >= _SURNAME_LETTERS}
    if not surnames:
        return found
    out: list[Mention] = []
    for m in found:
        parts = m.text.split()
        if (
            m.type == "PERSON"
            and len(parts) == 2
            and parts[1] in surnames
            and not _given_name(parts[0])
            and not _title(parts[0])
            and parts[0] != surnames[parts[1]].name.split()[0]
        ):
            start = m.span.end - len(parts[1])
            out.append(
                Mention(span=Span(start, m.span.end), text=parts[1], type="PERSON", name=surnames[parts[1]].name)
            )
            continue
        out.append(m)
    for k, w in enumerate(words):
        if k in taken:
            continue
        word = w.group()
        name = word if word in surnames else word[:-1] if word.endswith("s") and word[:-1] in surnames else None
        if name is not None and surnames[name].span.start < w.start():
            out.append(Mention(span=Span(w.start(), w.end()), text=word, type="PERSON", name=surnames[name].name))
    return out


_SURNAME_LETTERS = 4  # letters a surname needs before its every later occurrence alone is taken for the person


# The long form of a state's name: "la République islamique d'Iran", "la République du Kazakhstan".
_STATE_FORM = re.compile(
    r"(?<![\w-])(?:R[ée]publique|Royaume|F[ée]d[ée]ration)(?:\s+(?:islamique|f[ée]d[ée]rale|d[ée]mocratique|populaire|"
    r"arabe|socialiste|bolivarienne))*\s+(?:de\s+la\s+|du\s+|des\s+|de\s+|d['\u2019])(?=[A-Z\u00c0-\u00de])"
)


def _state_forms(text: str, words: list[re.Match[str]]) -> Iterator[_Found]:
    """``la République islamique d'Iran``: a country named by its long form, which the place tables read as the
    country (``link/aliases.py``); the run of capitalised words alone would stop at "islamique"."""
    starts = {w.start(): k for k, w in enumerate(words)}
    for m in _STATE_FORM.finditer(text):
        i = starts.get(m.start())
        k = next((k for k in range(i + 1, len(words)) if words[k].end() > m.end()), None) if i is not None else None
        if i is not None and k is not None and fold(_bare(words[k].group())) in country_names():
            yield i, k + 1, "GPE", None, ()  # "d'Iran" is one word with its elided article


def _country_phrases(text: str, words: list[re.Match[str]]) -> Iterator[_Found]:
    """A country's name of two to four words, whatever their case (``l'Arabie saoudite``, ``Arabia saudí``, ``les
    Émirats arabes unis``, ``Corea del Sur``): the place tables know it whole, where a run of capitalised words would
    stop at its first lower-case word. The longest name the tables know wins."""
    names = country_names()
    i = 0
    while i < len(words):
        if not _capitalised(words[i].group()):
            i += 1
            continue
        best = None
        for j in range(i + 2, min(i + 5, len(words)) + 1):
            if not _adjacent(text, words, j - 1):
                break
            phrase = " ".join([_bare(words[i].group()), *(w.group() for w in words[i + 1 : j])])
            if fold(phrase) in names:
                best = j
        if best is not None:
            yield i, best, "GPE", None, ()
            i = best
        else:
            i += 1


_NOUN_LETTERS = 6  # letters of a word before a given name that makes it a noun, not a part of the name ("Mir Hossein")


def _words_of(words: list[re.Match[str]], i: int, j: int) -> list[str]:
    """The capitalised words from ``i`` to ``j``, without the small words between them."""
    return [_bare(words[k].group()) for k in range(i, j) if _capitalised(words[k].group())]


def _bare(word: str) -> str:
    """A word without the elided article glued to it: ``l'OTAN`` -> ``OTAN``, ``d'Iran`` -> ``Iran``."""
    return _ELISION.sub("", word)


def _capitalised(word: str) -> bool:
    bare = _bare(word)
    return bare[:1].isupper() or _with_arabic_article(bare)


def _with_arabic_article(word: str) -> bool:
    """``al-Maliki``, ``el-Sisi``: a surname with the Arabic article glued by a hyphen, a name word in lower case."""
    article, hyphen, rest = word.partition("-")
    return bool(hyphen) and article in ARABIC_ARTICLES and rest[:1].isupper()


def _sentence_start(text: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether word ``i`` opens a sentence, a line or a quotation."""
    if i == 0:
        return True
    between = text[words[i - 1].end() : words[i].start()]
    if between.strip() == "." and words[i - 1].group().casefold() in _ABBREVIATED_TITLES:
        return False  # "M. Dupont": the dot of a title, not a full stop
    return bool(_SENTENCE_BREAK.search(between))


_ABBREVIATED_TITLES = frozenset({"m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "sr", "sra", "st"})


_SENTENCE_BREAK = re.compile(r"[.!?:\n\u00ab\u201c\"\u2014\u2013]|^\s*-\s*$")


@functools.cache
def _bodies() -> tuple[re.Pattern[str], dict[str, tuple[str, tuple[str, ...]]]]:
    """One pattern for every other-language name of ``data.bodies``, the longest first, and each name's English name
    and English aliases."""
    named: dict[str, tuple[str, tuple[str, ...]]] = {}
    for english, (others, aliases) in BODIES.items():
        for other in others:
            named[other.casefold()] = (english, aliases)
    forms = sorted(named, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])", re.IGNORECASE)
    return pattern, named


def _known_bodies(text: str, words: list[re.Match[str]]) -> Iterator[_Found]:
    """Bodies known by a translated name (``l'État islamique``, ``die Revolutionsgarden``, ``Ärzte ohne Grenzen``),
    each named as the English articles name it, so that every language's mentions are one body."""
    pattern, named = _bodies()
    found = list(pattern.finditer(text))
    if not found:
        return  # most articles name none: no index of their words is built
    starts = {w.start(): k for k, w in enumerate(words)}
    elided = {w.start() + 2: k for k, w in enumerate(words) if _ELISION.match(w.group())}  # "l'État islamique"
    ends = {w.end(): k for k, w in enumerate(words)}
    for m in found:
        i = starts.get(m.start(), elided.get(m.start()))
        j = ends.get(m.end())
        if i is None or j is None:
            continue
        english, aliases = named[m.group().casefold()]
        yield i, j + 1, "ORG", english, aliases


def _runs(text: str, words: list[re.Match[str]]) -> Iterator[_Found]:
    """Runs of capitalised words, with the small words between them, typed by the tables and the word before."""
    i = 0
    while i < len(words):
        if not _capitalised(words[i].group()) or words[i].group().casefold() in _FUNCTION_WORDS:
            i += 1  # "Selon Reuters", "Le président Macron": a capitalised small word opens no name
            continue
        j = i + 1
        while j < len(words) and _adjacent(text, words, j):
            w = words[j].group()
            if _capitalised(w) and not _ELISION.match(w):
                j += 1
            elif w.casefold() in _LINKS and j + 1 < len(words) and _capitalised(words[j + 1].group()):
                if not _adjacent(text, words, j + 1):
                    break
                j += 2
            else:
                break
        nouns = [k for k in range(i, j - 1) if fold(words[k].group()) in _GERMAN_PLACE_NOUNS]
        if nouns and words[nouns[-1] + 1].group()[:1].isupper():
            # "die Großstadt Lerovo", "das Wasser des Flusses Brenna": the German noun says what the name after it is
            noun = fold(words[nouns[-1]].group())
            yield nouns[-1] + 1, j, "LOC" if noun in GERMAN_WATER_NOUNS else "GPE", None, ()
            i = j
            continue
        withheld = _withheld_surname(text, words, i, j)
        if withheld is not None:
            yield i, j, "PERSON", withheld, ()
            i = j
            continue
        while j - 1 > i and len(words[j - 1].group()) == 1:
            j -= 1  # "Coupe du Monde U-20": the letter of a designation is no word of the name
        kind = NAMED_AFTER_HEADS.get(_bare(words[i].group()).casefold()) if j - i >= 2 else None
        if kind is not None:
            yield i, j, kind, None, ()  # "Fondation Jean Jaurès", "Flughafen Willy Brandt": named after a person
            i = j
            continue
        genitive = _genitive_cut(text, words, i, j)
        if genitive is not None:
            # "Alexej Nawalnys Tod", "Jewgeni Prigoschins Söldner": the person's name in the genitive and the noun it
            # governs; the person is named without the genitive's s, the noun is no name
            yield i, genitive[0], "PERSON", genitive[1], ()
            i = j
            continue
        given = next((p for p in range(i + 1, j - 1) if _given_name(words[p].group())), None)
        if (
            given is not None
            and not _given_name(words[i].group())
            and all(len(w) >= _NOUN_LETTERS for w in _words_of(words, i, given))
            and not _known_words(_words_of(words, i, given))
        ):
            # "Leichnam von Alexei Nawalny", "Mutter Ljudmila Nawalnaja", "Pressesprecherin des Oppositionsaktivisten
            # Kira Jarmysch": German nouns before a given name are no part of the person's name
            yield given, j, "PERSON", None, ()
            i = j
            continue
        if j - i >= 3 and _acronym(words[i].group()) and _given_name(words[i + 1].group()) and j - i - 1 <= 3:
            # "UE Kaja Kallas", "MSWiA Jan Wrona": the body a title named, then the person holding it
            yield i + 1, j, "PERSON", None, ()
            i = j
            continue
        titled = i
        if j - i >= 3 and _country_genitive(words[i].group()) and _title(words[i + 1].group()):
            titled = i + 1  # "Bangladeschs Innenminister Muhiuddin Khan": the country's minister, by name
        while titled < j - 1 and _title(words[titled].group()):
            titled += 1  # "Dr Tedros", "Président Ruiz": the title is no part of the name, which is a person's
        if titled > i:
            yield titled, j, "PERSON", None, ()
            i = j
            continue
        named = _named_after_portfolio(words, i, j)
        if named is not None:
            yield named, j, "PERSON", None, ()  # "le ministre de l'Intérieur Gérald Darmanin": the portfolio is no name
            i = j
            continue
        typed = _type_run(text, words, i, j)
        if (
            _word_before(text, words, i) in exonyms.APPOSITIVE_KINDS
            and not _sentence_start(text, words, i)
            and (typed is None or typed[0] in ("PERSON", "ORG"))
        ):
            # "le groupe Wagner", "le groupe État islamique": the kind word says a body's name follows (a place or an
            # outlet keeps its type), which runs on over the lower-case words of a body's name ("islamique")
            while j < len(words) and _adjacent(text, words, j) and words[j].group() in exonyms.INSTITUTION_WORDS:
                j += 1
            yield i, j, "ORG", None, ()
            i = j
            continue
        if typed is not None:
            yield i, j, *typed, ()
        i = j


_GERMAN_PLACE_NOUNS = GERMAN_PLACE_NOUNS | GERMAN_WATER_NOUNS


def _acronym(word: str) -> bool:
    """A body's short name in capitals, with a small letter at most between them: "UE", "ONZ", "MSWiA"."""
    return 2 <= len(word) <= 6 and sum(ch.isupper() for ch in word) >= 2 and word[:2].isupper()


def _withheld_surname(text: str, words: list[re.Match[str]], i: int, j: int) -> str | None:
    """``Karim B.``: a run of one plain first name and one capital letter with its dot is a person whose surname the
    press withholds (a minor, a victim, a suspect); the name with the dot, or None. A word a table knows (``Paris``)
    opens no such name."""
    if j - i != 2 or not _PLAIN_NAME_WORD.fullmatch(words[i].group()) or _known_words([words[i].group()]):
        return None
    letter = words[i + 1]
    if not (len(letter.group()) == 1 and letter.group().isupper() and text[letter.end() : letter.end() + 1] == "."):
        return None
    return f"{words[i].group()} {letter.group()}."


def _named_after_portfolio(words: list[re.Match[str]], i: int, j: int) -> int | None:
    """Where a person's name starts in a run opened by an elided portfolio (``l'Intérieur Gérald Darmanin``,
    ``d'État Anne Roy``): at the first given name after it, if two or three words remain; else None."""
    if not _ELISION.match(words[i].group()) and not _portfolio_after_title(words, i):
        return None
    for k in range(i + 1, j - 1):
        if _given_name(words[k].group()) and 2 <= j - k <= 3:
            return k
    rest = [words[k].group() for k in range(i + 1, j)]
    if (
        (fold(_bare(words[i].group())) in _institution_words() or _portfolio_after_title(words, i))
        and 2 <= len(rest) <= 3
        and all(_PLAIN_NAME_WORD.fullmatch(p) for p in rest)
        and not _known_words(rest)
    ):
        return i + 1  # a portfolio ("l'Intérieur") before two or three plain names no table knows
    return None


def _portfolio_after_title(words: list[re.Match[str]], i: int) -> bool:
    """Whether the run at ``i`` opens on a portfolio after "de" and a minister's title a word or two before it (``la
    ministre éthiopienne des Transports Dagmawit Moges``, ``il ministro dei Trasporti``)."""
    if i < 2 or words[i - 1].group().casefold() not in _PORTFOLIO_LINKS:
        return False
    return any(_title(words[k].group()) for k in range(max(0, i - 4), i - 1))


_PORTFOLIO_LINKS = frozenset({"de", "des", "du", "del", "dei", "degli", "della", "dello"})


def _adjacent(text: str, words: list[re.Match[str]], j: int) -> bool:
    """Whether word ``j`` follows word ``j - 1`` with only spaces between (no comma, no line break)."""
    between = text[words[j - 1].end() : words[j].start()]
    return between != "" and between.strip(" \u00a0") == ""


def _type_run(text: str, words: list[re.Match[str]], i: int, j: int) -> tuple[str, str | None] | None:
    parts = [words[k].group() for k in range(i, j)]
    parts[0] = _bare(parts[0])
    name = " ".join(parts)
    key = fold(name)
    first = parts[0]
    at_start = _sentence_start(text, words, i)
    if j - i == 1 and first.casefold() in _FUNCTION_WORDS:
        return None
    if j - i == 1 and " " in exonyms.INSTITUTION_WORDS.get(first.casefold(), ""):
        return "ORG", None  # "Croissant-Rouge", "Croix-Rouge": one word of a body's name of two
    if key in country_names() or key in cities() or key in areas():
        return "GPE", None
    if key in exonyms.SEATS:
        return "ORG", exonyms.SEATS[key]  # "le Kremlin", "la Casa Blanca": the seat stands for its government
    if j - i == 1 and key in KNOWN and first[:1].isupper() and not first.isupper():
        return "ORG", None  # "Tsahal", "Knesset": a body known by a name that says neither kind nor country
    if name in media.outlets():
        return "MEDIA", media.outlets()[name]  # "AFP" is Agence France-Presse, as English articles name it
    if first.isupper() and len(first) >= 2 and j - i == 1:
        if first in exonyms.ACRONYMS:
            return "ORG", exonyms.ACRONYMS[first]  # "OTAN" is NATO: the name English articles use
        if first in ACRONYMS or not at_start:
            return "ORG", None
        return None
    if at_start and j - i == 1:
        return None  # a capitalised first word of a sentence that no table knows
    if j - i == 2 and _genitive_of_a_name(text, first):
        return None  # "Kellers Rücktritt": a German genitive name and the noun it governs, no one's name
    before = _word_before(text, words, i)
    if j - i >= 2 and _given_name(first):
        return "PERSON", None
    if before in _PERSON_BEFORE:
        return "PERSON", None
    if before in _PLACE_BEFORE:
        return "GPE", None
    if (
        2 <= len(parts) <= 3
        and all(_PLAIN_NAME_WORD.fullmatch(p) or _with_arabic_article(p) for p in parts)
        and not _known_words(parts)
    ):
        return "PERSON", None  # "Gianni Infantino", "Yunus Yussi": two or three plain names, no word a table knows
    if j - i >= 2:
        return "ORG", None  # a name of several words nothing else types: the commonest kind
    return None


def _country_genitive(word: str) -> bool:
    """``Bangladeschs``, ``Irans``, ``Russlands``: a country's name in the German genitive."""
    return len(word) > 4 and word.endswith("s") and fold(word[:-1]) in country_names()


def _genitive_cut(text: str, words: list[re.Match[str]], i: int, j: int) -> tuple[int, str] | None:
    """Where a German run that opens with a given name ends in a genitive before a noun (``Alexej Nawalnys Tod``):
    the word index after the genitive and the name without its s (``Alexej Nawalny``); None otherwise."""
    if j - i < 3 or not _given_name(words[i].group()):
        return None
    for k in range(i + 1, j - 1):
        word = words[k].group()
        if _genitive_of_a_name(text, word) and not _given_name(words[k + 1].group()):
            return k + 1, " ".join([*(words[p].group() for p in range(i, k)), word[:-1]])
    return None


def _genitive_of_a_name(text: str, word: str) -> bool:
    """Whether ``word`` is a name with the German genitive ``s`` (``Kellers``) whose bare form the text also names
    (``Keller``): the run it opens is the name's genitive before a noun."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return False
    return re.search(rf"(?<![\w-]){re.escape(word[:-1])}(?![\w-])", text) is not None


_PLAIN_NAME_WORD = re.compile(r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+(?:-[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+)?")


def _known_words(parts: list[str]) -> bool:
    """Whether a table knows a word of a name as something other than a person's: an institution, a site, a place."""
    known = _institution_words()
    return any(
        fold(p) in known
        or fold(p) in country_names()
        or fold(p) in cities()
        or fold(p) in areas()
        or fold(p) in foreign_demonyms()
        or p.casefold() in FACILITY_WORDS
        or p.casefold() in LEGAL_FORMS
        or p in HEADS
        or p.casefold() in COMPANY_WORDS
        or p.casefold() in exonyms.APPOSITIVE_KINDS  # "Grupo Wagner": a body named after its kind
        or p in media.outlets()
        for p in parts
    )


def _title(word: str) -> bool:
    low = word.casefold().rstrip(".")
    if "-" in low[1:]:
        low = low.rsplit("-", 1)[1]  # German compounds of a title: "Luftfahrt-Experte", "Regierungs-Sprecher"
    return low in _PERSON_BEFORE or fold(low) in _PERSON_BEFORE_FOLDED or _german_compound_title(low)


_COMPOUND_PREFIX = 3  # letters before a title's head that make a German compound ("Vizekanzler"), not the head alone


def _german_compound_title(low: str) -> bool:
    """``Staatspräsidentin``, ``Regierungschef``: a German office written as one word ending in a title's head."""
    return any(low.endswith(head) and len(low) - len(head) >= _COMPOUND_PREFIX for head in GERMAN_TITLE_HEADS)


def _given_name(word: str) -> bool:
    """A given name, also in French spelling: ``Oleksandre``, ``Sergueï`` (``Oleksandr``, ``Serguei``)."""
    if "-" in word.strip("-"):
        return any(_given_name(part) for part in word.split("-") if len(part) > 2)  # "Mir-Hussein", "Jean-Marc"
    plain = fold(word).capitalize()
    if any(is_given_name(w) for w in (word, plain, plain.removesuffix("e"), plain.replace("gue", "ge"))):
        return True
    # German writes a Slavic given name with w and j ("Jewgenij", "Sergej", "Wladimir"), French and Italian end it
    # in i ("Evguéni", "Valeri"): the English spelling of the table
    low = _GERMAN_J.sub("y", plain.casefold().replace("w", "v").replace("gue", "ge"))
    return any(is_given_name(w.capitalize()) for w in (low, low + "y", low.removesuffix("i") + "y"))


_GERMAN_J = re.compile(r"(?<=[aeiou])j$|^j(?=[aeiou])|(?<=[a-z])j(?=[aeiou])")  # Jewgeni, Sergej, Ljudmila, Tatjana


def _word_before(text: str, words: list[re.Match[str]], i: int) -> str:
    if i == 0:
        return ""  # "province d'Hormozgan": the word before the elided article says what the name is
    between = text[words[i - 1].end() : words[i].start()]
    if between.strip(" \u00a0") not in ("", "."):  # "M. Dupont": the abbreviation's dot
        return ""
    return words[i - 1].group().casefold()


def _institutions(text: str, words: list[re.Match[str]]) -> Iterator[_Found]:
    """``ministère russe de la Défense``, ``Comité d'enquête``, ``commandement américain en Europe``."""
    known = _institution_words()
    for i, w in enumerate(words):
        if _bare(w.group()).casefold() not in exonyms.INSTITUTION_HEADS:
            continue  # "ministère", "l'Organisation"
        j, content, last = i + 1, 1, i + 1
        proper = -1  # where a proper name after the description starts: "compagnie ferroviaire Ukrzaliznytsia"
        while j < len(words) and j - i < _MAX_INSTITUTION_WORDS and _adjacent(text, words, j):
            low = fold(_bare(words[j].group()))
            elided = _ELISION.match(words[j].group()) is not None
            if low in _LINKS and not elided:
                j += 1
                continue
            if words[j].group() in media.outlets():
                break  # "l'agence Reuters": the outlet is a name of its own
            if proper < 0 and low not in known and _capitalised(words[j].group()) and _given_name(words[j].group()):
                break  # "del ejército Juan José Zuñiga", "l'armée Juan José Zúñiga": a person after the body
            if low in known or low in foreign_demonyms() or _capitalised(words[j].group()):
                if proper < 0 and _capitalised(words[j].group()) and low not in known:
                    if fold(words[j - 1].group()) not in _LINKS:
                        proper = j
                content += 1
                j += 1
                last = j
                continue
            break
        if content >= 2:
            # the description, and the name it gives, both name the body
            given = " ".join(words[k].group() for k in range(proper, last)) if 0 <= proper < last else None
            yield i, last, "ORG", None, (given,) if given else ()


# A body's acronym in brackets right after its name: "(PSSI)", "(FIFA)", "(A.N.F.)".
_ACRONYM_IN_BRACKETS = re.compile(r"[ \t\u00a0]*\([ \t]*([A-Z][A-Z.&-]{0,8}[A-Z])\.?[ \t]*\)")


def _bracketed_bodies(text: str, words: list[re.Match[str]]) -> Iterator[_Found]:
    """``l'Association nationale de football (PSSI)``, ``la Fédération internationale de football association
    (FIFA)``: a body's French name writes its words after the first in lower case, which no run of capitals
    holds; the acronym in brackets right after it says where it ends. It starts at the farthest capitalised head
    of a body's name (``exonyms.BRACKETED_BODY_HEADS``) within a few words before the bracket, with nothing but
    spaces between them; the acronym is one of its names."""
    brackets = list(_ACRONYM_IN_BRACKETS.finditer(text))
    ends = {w.end(): k for k, w in enumerate(words)} if brackets else {}
    for acronym in brackets:
        k = ends.get(acronym.start())
        if k is None or fold(acronym.group(1)) in country_names():
            continue
        start = None
        i = k
        while k - i < _MAX_INSTITUTION_WORDS:
            bare = _bare(words[i].group())
            if bare[:1].isupper() and fold(bare) in _bracketed_body_heads():
                start = i
            if i == 0 or not _adjacent(text, words, i):
                break
            i -= 1
        if start is not None and start < k:  # a name of one word is left to the runs of capitals
            yield start, k + 1, "ORG", None, (acronym.group(1),)


@functools.cache
def _bracketed_body_heads() -> frozenset[str]:
    return frozenset(fold(h) for h in exonyms.BRACKETED_BODY_HEADS)


@functools.cache
def _institution_words() -> frozenset[str]:
    return frozenset(fold(k) for k, v in exonyms.INSTITUTION_WORDS.items() if v) | frozenset(
        fold(k) for k in exonyms.INSTITUTION_HEADS
    )


def _sites(text: str, words: list[re.Match[str]]) -> Iterator[_Found]:
    """``la gare de Kramatorsk``, ``le stade Kanjuruhan``, ``le port de Shahid Rajaï``: the site, named as English
    names it (``Kramatorsk station``) so that both meet."""
    for i, w in enumerate(words):
        kind = FRENCH_SITES.get(_bare(w.group()).casefold())
        if kind is None:
            continue
        j = i + 1
        if j < len(words) and fold(words[j].group()) in ("de", "du") and _adjacent(text, words, j):
            j += 1
        if j >= len(words) or not _adjacent(text, words, j) or not _capitalised(words[j].group()):
            continue
        k = j + 1
        while k < len(words) and _adjacent(text, words, k) and _capitalised(words[k].group()):
            k += 1
        place = " ".join([_bare(words[j].group()), *(words[n].group() for n in range(j + 1, k))])
        known = fold(place) in cities() or fold(place) in country_names()
        # "le port de Shahid Rajaï" is also called "Shahid Rajaï"; "la gare de Kramatorsk" is no "Kramatorsk"
        own_name = (place,) if kind not in TOWN_SITE_WORDS and kind not in FACILITY_KINDS and not known else ()
        yield i, k, "FAC", f"{place} {kind}", own_name


def _compound_sites(text: str, words: list[re.Match[str]]) -> Iterator[_Found]:
    """``der Lerowo-Staudamm``, ``das Vell-Kernkraftwerk``: a German compound of a place's name and a facility's kind
    (``data.facilities``) is that facility."""
    for i, w in enumerate(words):
        place, dash, kind = w.group().rpartition("-")
        if dash and place[:1].isupper() and kind.casefold() in FACILITY_KINDS and fold(place) not in country_names():
            yield i, i + 1, "FAC", None, ()


def _adjective_bodies(text: str, words: list[re.Match[str]]) -> Iterator[_Found]:
    """``der israelischen Armee``, ``die russischen Streitkräfte``: a lower-case national adjective and the German
    noun of a country's body after it (``exonyms.GERMAN_BODY_NOUNS``) are that country's body."""
    for i in range(len(words) - 1):
        adjective, noun = words[i].group(), words[i + 1].group()
        if (
            adjective[:1].islower()
            and fold(adjective) in foreign_demonyms()
            and _adjacent(text, words, i + 1)
            and noun.casefold() in exonyms.GERMAN_BODY_NOUNS
        ):
            yield i, i + 2, "ORG", None, ()


def _peoples(text: str, words: list[re.Match[str]]) -> Iterator[_Found]:
    """``les Palestiniens``, ``Hunderte Palästinenser``, ``die Israelis``: a capitalised word the tables know as a
    people or a national adjective, standing alone (the next word is no capitalised word of a name such as
    "Palästinensische Autonomiebehörde"), is that nationality, as English "Palestinians" is."""
    for i, w in enumerate(words):
        word = _bare(w.group())
        key = fold(word)
        if not _capitalised(word) or key not in foreign_demonyms() or key in country_names() or key in cities():
            continue  # German "Indien" is India, though French "indien" is Indian
        if i + 1 < len(words) and _adjacent(text, words, i + 1) and _capitalised(words[i + 1].group()):
            continue
        yield i, i + 1, "NORP", None, ()


def _national_adjectives(text: str, words: list[re.Match[str]]) -> Iterator[_Found]:
    """``la population palestinienne``, ``los palestinos``, ``der iranischen Regierung``: a lower-case national
    adjective or people outside any name is that nationality, as English "Palestinian" and "Iranians" are."""
    for i, w in enumerate(words):
        word = w.group()
        key = fold(word)
        if word[:1].islower() and not _ELISION.match(word) and key in foreign_demonyms() and key not in country_names():
            yield i, i + 1, "NORP", None, ()


_FACILITY_LINKS = frozenset({"de", "du", "di", "del", "von", "des"})
_KINDS_FIRST = tuple(
    sorted(((tuple(k.split()), v) for k, v in FACILITY_KINDS_FIRST.items()), key=lambda kv: -len(kv[0]))
)


def _kind_first_facilities(text: str, words: list[re.Match[str]]) -> Iterator[_Found]:
    """``das Kernkraftwerk Lerowo`` (``des Kernkraftwerks Lerowo``, ``AKW Lerowo``), ``la centrale nucléaire de
    Lerovo``, ``la central nuclear de Lerovo``: a facility's kind (``data.facilities``), then the place's capitalised
    name; the run stops before the words in front of the kind ("Gelände des AKW X" is the plant's site)."""
    for i in range(len(words)):
        for kind, _ in _KINDS_FIRST:
            n = len(kind)
            got = [fold(words[i + k].group()) for k in range(n) if i + k < len(words)]
            if len(got) < n or any(not _adjacent(text, words, i + k) for k in range(1, n)):
                continue
            if got[:-1] != [fold(k) for k in kind[:-1]] or got[-1] not in {
                fold(kind[-1]),
                fold(kind[-1]) + "s",
                fold(kind[-1]) + "es",
            }:
                continue
            j = i + n
            if j < len(words) and _adjacent(text, words, j) and fold(words[j].group()) in _FACILITY_LINKS:
                j += 1
            if j >= len(words) or not _adjacent(text, words, j):
                continue
            first = words[j].group()
            if not _capitalised(_bare(first)) or fold(_bare(first)) in _FUNCTION_WORDS:
                continue
            k = j + 1
            while k < len(words) and k - j < 2 and _adjacent(text, words, k) and _capitalised(words[k].group()):
                k += 1
            if fold(" ".join(words[m].group() for m in range(j, k))) in country_names():
                continue  # "Kernkraftwerk Deutschland": no place's plant
            yield i, k, "FAC", None, ()
            break


def _waters(text: str, words: list[re.Match[str]]) -> Iterator[_Found]:
    """``mer Noire``, ``golfe Persique``, ``bande de Gaza``: the longest phrase a table knows."""
    for i, w in enumerate(words):
        if w.group().casefold() not in _WATER_HEADS:
            continue
        for j in range(min(len(words), i + 4), i + 1, -1):
            phrase = text[w.start() : words[j - 1].end()]
            if fold(phrase) in areas():
                yield i, j, "LOC", None, ()
                break
