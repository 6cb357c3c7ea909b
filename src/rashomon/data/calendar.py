"""Month and weekday names: English (full and abbreviated), Russian, Ukrainian, Spanish, Portuguese, Italian, German.

Every rule that reads or skips a month name takes it from here: date expressions
(``dates``), the dateline and day-of-month guards of entity extraction, the
"since last June" test of cumulative tolls and the words a surname must not be.
"""

from __future__ import annotations

ENGLISH_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# English nouns for a stretch or point of time: with the month and weekday names, what a time phrase is headed by
# ("on Friday", "last week", "that morning"). A time never speaks: "a statement from X on Friday, which called
# on ..." is the statement's clause, not Friday's.
TIME_NOUNS = frozenset(
    {
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
        "morning",
        "afternoon",
        "evening",
        "night",
        "day",
        "days",
        "week",
        "weeks",
        "weekend",
        "month",
        "months",
        "year",
        "years",
        "hour",
        "hours",
        "decade",
    }
)
# The start of every English month name, as written before a day ("Jan 24", "Sept. 9", "March 3"): with any letters
# after it, it matches the full names too.
MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
# Stems that are abbreviations, which may take a full stop ("Jan."); "may" is a whole word.
MONTH_ABBREVIATIONS = frozenset(s for s in MONTH_STEMS if s not in ENGLISH_MONTHS)
# A capitalised English month name or its abbreviation, e.g. inside ``rf"{MONTH_WORD}\.?\s+\d{{1,2}}"``.
MONTH_WORD = "(?:" + "|".join(s.capitalize() for s in MONTH_STEMS) + ")[a-z]*"
# Every spelling of a month (lower case) -> its number.
MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    # Russian and Ukrainian, nominative and genitive ("24 января", "24 січня")
    "январь": 1,
    "января": 1,
    "февраль": 2,
    "февраля": 2,
    "март": 3,
    "марта": 3,
    "апрель": 4,
    "апреля": 4,
    "мая": 5,
    "май": 5,
    "июнь": 6,
    "июня": 6,
    "июль": 7,
    "июля": 7,
    "август": 8,
    "августа": 8,
    "сентябрь": 9,
    "сентября": 9,
    "октябрь": 10,
    "октября": 10,
    "ноябрь": 11,
    "ноября": 11,
    "декабрь": 12,
    "декабря": 12,
    "січня": 1,
    "січень": 1,
    "лютого": 2,
    "лютий": 2,
    "березня": 3,
    "березень": 3,
    "квітня": 4,
    "квітень": 4,
    "травня": 5,
    "травень": 5,
    "червня": 6,
    "червень": 6,
    "липня": 7,
    "липень": 7,
    "серпня": 8,
    "серпень": 8,
    "вересня": 9,
    "вересень": 9,
    "жовтня": 10,
    "жовтень": 10,
    "листопада": 11,
    "листопад": 11,
    "грудня": 12,
    "грудень": 12,
}
# Spanish, Portuguese, Italian and German months (German capitalised in text, the others in lower case).
_OTHER_MONTHS = (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
)
MONTHS.update({w: n for row in _OTHER_MONTHS for n, w in enumerate(row.split(), 1) if w not in MONTHS})
MONTHS["setiembre"] = 9
MONTHS["jänner"] = 1
# Polish months, the genitive a date takes ("10 września") and the nominative, always in lower case
_POLISH_MONTHS = (
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
)
MONTHS.update({w: n for row in _POLISH_MONTHS for n, w in enumerate(row.split(), 1) if w not in MONTHS})
# The spellings an English text capitalises: written in lower case ("may", "march") they are words, not months.
ENGLISH_MONTH_SPELLINGS = frozenset(ENGLISH_MONTHS) | frozenset(MONTH_STEMS)
# Month and weekday names that Spanish, Portuguese and Italian write in lower case: capitalised they are mostly
# names ("Domingo", "Julio", "Domenica"), so only the lower-case spelling is read as a time.
# French writes both in lower case too ("mars", "Mars" the planet; "le 16 mars", "jeudi").
LOWER_CASE_ONLY = (
    frozenset(w for row in (*_OTHER_MONTHS[:3], _OTHER_MONTHS[4]) for w in row.split() if w not in ENGLISH_MONTHS)
    | frozenset(
        "lunes martes miércoles jueves viernes sábado domingo segunda-feira terça-feira quarta-feira quinta-feira "
        "sexta-feira lunedì martedì mercoledì giovedì venerdì sabato domenica lundi mardi mercredi jeudi vendredi "
        "samedi dimanche".split()
    )
    | frozenset(w for row in _POLISH_MONTHS for w in row.split())
)
_OTHER_WEEKDAYS = (
    "lunes segunda-feira lunedì montag lundi",
    "martes terça-feira martedì dienstag mardi",
    "miércoles quarta-feira mercoledì mittwoch mercredi",
    "jueves quinta-feira giovedì donnerstag jeudi",
    "viernes sexta-feira venerdì freitag vendredi",
    "sábado sabato samstag sonnabend samedi",
    "domingo domenica sonntag dimanche",
)
_POLISH_WEEKDAYS = (
    "poniedziałek poniedziałku",
    "wtorek wtorku",
    "środa środę środy",
    "czwartek czwartku",
    "piątek piątku",
    "sobota sobotę soboty",
    "niedziela niedzielę niedzieli",
)
# Every spelling of a weekday (lower case) -> its number, Monday 0.
WEEKDAY_NUMBERS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "понедельник": 0,
    "вторник": 1,
    "среду": 2,
    "среда": 2,
    "четверг": 3,
    "пятницу": 4,
    "пятница": 4,
    "субботу": 5,
    "суббота": 5,
    "воскресенье": 6,
    "понеділок": 0,
    "вівторок": 1,
    "середу": 2,
    "четвер": 3,
    "пʼятницю": 4,
    "п'ятницю": 4,
    "суботу": 5,
    "неділю": 6,
    # Spanish, Portuguese, Italian, German
    **{w: n for n, row in enumerate(_OTHER_WEEKDAYS) for w in row.split()},
    # Polish, in the cases "w poniedziałek", "we wtorek", "w środę", "od piątku" take
    **{w: n for n, row in enumerate(_POLISH_WEEKDAYS) for w in row.split()},
}
# Words that say which of the weekdays a weekday name means, before it ("el pasado domingo", "am vergangenen
# Sonntag", "este lunes") or after it ("el domingo pasado", "domenica scorsa"), mapped to the English word.
WEEKDAY_WHICH_BEFORE = {
    "este": "this",
    "esta": "this",
    "el pasado": "last",
    "el último": "last",
    "el próximo": "next",
    "neste": "this",
    "nesta": "this",
    "no último": "last",
    "na última": "last",
    "no próximo": "next",
    "na próxima": "next",
    "questo": "this",
    "lo scorso": "last",
    "la scorsa": "last",
    "il prossimo": "next",
    "la prossima": "next",
    "vergangenen": "last",
    "letzten": "last",
    "kommenden": "next",
    "nächsten": "next",
    "diesen": "this",
    "ce": "this",
}
WEEKDAY_WHICH_AFTER = {
    "pasado": "last",
    "próximo": "next",
    "passado": "last",
    "passada": "last",
    "scorso": "last",
    "scorsa": "last",
    "prossimo": "next",
    "prossima": "next",
    "dernier": "last",
    "prochain": "next",
}
# Parts of a day a German weekday name takes in one word: "Sonntagabend", "Montagmorgen".
WEEKDAY_PARTS = ("abend", "morgen", "nachmittag", "vormittag", "mittag", "nacht")

# words telling an act as one more occurrence of a recurring one ("deployed again", "for a third night", "chaque
# nuit"): two such acts on two days are two acts, not one event told with two days
RECURRING = (
    r"\bagain\b",
    r"\bonce more\b",
    r"\banother (?:night|day|evening|round|wave)\b",
    r"\b(?:every|each) (?:night|day|evening|morning|week)\b",
    r"\bnightly\b",
    r"\b(?:second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th)) (?:straight |consecutive |successive )?"
    r"(?:night|day|evening)\b",
    r"\bin a row\b",
    r"\b(?:de|à) nouveau\b",
    r"\bencore une fois\b",
    r"\bchaque (?:nuit|soir|jour)\b",
    r"\b(?:deuxième|troisième|quatrième|cinquième|sixième) (?:nuit|soirée|journée)\b",
    r"\bd'affilée\b",
    r"\bdi nuovo\b",
    r"\bancora una volta\b",
    r"\bde nuevo\b",
    r"\botra vez\b",
    r"(?<!\w)(?:снова|опять|вновь)(?!\w)",
    r"(?<!\w)кажд(?:ую|ый) (?:ночь|день)(?!\w)",
)

# Religious and national holidays and festivals, each with the spellings news in English, French, German and Spanish
# gives it (casefolded, without accents; "|" between forms): a holiday is an occasion, never a person or a place the
# model may take it for, and its spellings are one thing ("Mawlid", "Maulud", "Mouloud").
HOLIDAYS = {
    "mawlid": "mawlid|maulud|mawlud|maulid|mouloud|mawlid an-nabi|mevlid|mevlit",
    "ramadan": "ramadan|ramazan|ramzan|ramadhan",
    "eid al-fitr": "eid al-fitr|eid ul-fitr|eid-ul-fitr|eid el-fitr|id al-fitr|aid el-fitr|aid al-fitr|korite",
    "eid al-adha": "eid al-adha|eid ul-adha|eid-ul-adha|eid el-adha|aid el-kebir|aid al-adha|tabaski|kurban bayram"
    "|qurban bayram|bakrid",
    "ashura": "ashura|achoura|ashoura",
    "christmas": "christmas|weihnachten|navidad",
    "easter": "easter|paques|ostern|pascua",
    "passover": "passover|pesach|pessah",
    "hanukkah": "hanukkah|chanukah|hanukka|hanoucca",
    "yom kippur": "yom kippur|jom kippur",
    "rosh hashanah": "rosh hashanah|rosh hashana|roch hachana",
    "diwali": "diwali|deepavali",
    "nowruz": "nowruz|norouz|newroz|nauryz|navruz",
    "thanksgiving": "thanksgiving",
}
# Words after a holiday's name that only say which holiday it is or call it one ("Mawlid al-Nabi", "Maulud Nabiy",
# "Eid festival", "Christmas Day"): the name and these words are the holiday.
HOLIDAY_EPITHETS = frozenset(
    """nabi nabiy nabbiy nabiyy nabiyyi nabawi al-nabi an-nabi el-nabi un-nabi en-nabi ul-nabi al-nabawi sharif
    al-sharif festival festivals celebration celebrations holiday holidays feast day fest festtag fete fiesta""".split()
)

# Month names that a recalled event is dated by ("in June", "en juin", "în luna iunie", "в июне", "im Juni"): the
# spellings above plus French, Romanian and the Russian and Ukrainian locative, lower case -> the month's number
_RECALLED_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре",
    "січні лютому березні квітні травні червні липні серпні вересні жовтні листопаді грудні",
)
MONTHS_RECALLED = {**MONTHS, **{w: n for row in _RECALLED_MONTHS for n, w in enumerate(row.split(), 1)}}
