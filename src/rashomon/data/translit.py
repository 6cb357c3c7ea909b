"""How one name is spelled in the Latin letters of several languages: the tables the spelling keys read.

A Russian, Ukrainian or Polish name reaches a news article through one of several
transcription conventions: English (Zelensky, Khodorkovsky, Prigozhin), the
Ukrainian national one (Zelenskyy, Honcharenko), German (Selenskyj, Chodorkowski,
Klitschko), Polish (Przewodów for the Russian Пшеводов), French (Zelensky,
Prigojine, Choïgou). The rewrites below write each convention's spelling of a
sound the way the English convention does, so that the consonant skeleton of
``rashomon.names.translit`` meets across conventions. They are facts about the
conventions, not about any corpus.
"""

from __future__ import annotations

# Latin letters that do not decompose into a letter and an accent (Przemysł, Đurić, Søren, Strauß).
LATIN_LETTERS = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "Ae"}

# Rewrites (regular expression, replacement), applied in order to a lower-case, accent-free Latin word.
SPELLING = (
    # Polish digraphs: rz after a voiceless consonant sounds sh (Przemyśl, Пшемысль), elsewhere zh (Grzegorz, Гжегож)
    (r"szcz", "shch"),
    (r"(?<=[ptkf])rz", "sh"),
    (r"rz", "zh"),
    (r"sz", "sh"),
    (r"cz", "ch"),
    # German: tsch is ch (Klitschko, Klychko), sch is sh (Schewtschenko, Shevchenko)
    (r"tsch", "ch"),
    (r"sch(?!ch)", "sh"),
    # English and the Library of Congress convention
    (r"shch", "sch"),
    (r"x", "ks"),
    (r"ph", "f"),
    (r"ck", "k"),
    (r"w", "v"),
    (r"dzh", "j"),  # before j is y: Cyrillic дж is the English j ("Раджаи" and "Rajaee", "Азербайджан")
    (r"j", "y"),  # German and Polish j is y (Selenskyj, Jasina)
    (r"q", "k"),
    (r"tch", "ch"),  # French (Tchernychev)
    (r"kh", "h"),
    (r"zh", "j"),
    # Arabic and Persian gh (ghayn) is g in Russian and often in English (Benghazi, Бенгази; Ghassan, Gassan)
    (r"gh", "g"),
)

# Letters one convention writes where another writes another, and that no single rewrite can settle: German,
# Polish and Czech ch is the English kh (Chodorkowski, Khodorkovsky), though English ch is ch. A name written so
# has a second key; the people merge takes it only when nothing else fits (see ``sound_keys``).
ALTERNATES = ((r"(?<![stc])ch", "kh"),)
# Languages whose articles write the kh of a Slavic or Caucasian name as ch (German "Kobachidse", Polish
# "Chodorkowski", Czech "Chruščov"): a lone surname in one of them is also read by ``ALTERNATES``.
CH_AS_KH_LANGUAGES = frozenset({"de", "pl", "cs"})

# French writes Slavic and other names by its own sounds: "Kamychine" is "Kamyshin", "Choïgou" "Shoigu",
# "Oleksandre" "Oleksandr", "Sergueï" "Sergei", "Prigojine" "Prigozhin" (French j is zh).
FRENCH_SPELLING = (
    (r"tch", "ch"),
    (r"(?<!t)ch", "sh"),
    (r"ou", "u"),
    (r"gue", "ge"),
    (r"(?<=[bcdfgklmnprstvz])e\b", ""),
    (r"(?<![dz])j", "zh"),
)

# Romanian writes Slavic names by its own letters: ș is sh, ț is ts, j is zh ("Evgheni Prigojin", "Rosaviația",
# "Șeremetievo"); its gh before e and i is g, as ``SPELLING`` reads it.
ROMANIAN_SPELLING = (
    (r"[șş]", "sh"),
    (r"[țţ]", "ts"),
    (r"(?<![dz])j", "zh"),
)

# Spanish writes х as j and ге, ги as gue, gui ("Jarkov", "Yevgueni"); Portuguese writes ж as j ("Jukov") and
# ге, ги as gue, gui too.
SPANISH_SPELLING = (
    (r"gu(?=[ei])", "g"),
    (r"(?<![dz])j", "kh"),
)
PORTUGUESE_SPELLING = (
    (r"gu(?=[ei])", "g"),
    (r"(?<![dz])j", "zh"),
)

# German transliteration of Slavic names, rewritten as English writes them (pattern, replacement, in order, on lower
# case): "Kachowka" is "Kakhovka", "Cherson" "Kherson", "Dniprjany" "Dnipryany", "Schewtschenko" "Shevchenko".
GERMAN_SPELLING = (
    (r"tsch", "ch"),
    (r"sch", "sh"),
    (r"(?<![sch])ch", "kh"),  # after sh too: "Schtschekin" is "Shchekin"
    (r"w", "v"),
    (r"(?<=[bcdfgklmnprstvz])j|^j|(?<=[aeiou])j", "y"),
)

# German writes both ш and ж as sch ("Schoigu" is Shoigu, "Schukow" Zhukov): a German name has a second English
# spelling with sch read as zh.
GERMAN_SPELLING_ZH = ((r"(?<!t)sch", "zh"), *GERMAN_SPELLING)

# A language's spellings of a Slavic person's name, each a way to write it as English does (the people merge tries
# every one): the article's language -> its tables of rewrites, read on lower case with accents kept.
PERSON_SPELLINGS: dict[str, tuple[tuple[tuple[str, str], ...], ...]] = {
    "fr": (FRENCH_SPELLING,),
    "de": (GERMAN_SPELLING, GERMAN_SPELLING_ZH),
    "ro": (ROMANIAN_SPELLING,),
    "es": (SPANISH_SPELLING,),
    "pt": (PORTUGUESE_SPELLING,),
}

# A man's and a woman's form of one Slavic or Baltic surname (Ivanov / Ivanova, Zelensky / Zelenska, Kowalski /
# Kowalska): two people of one family, never one person. Masculine ending, feminine ending, in Latin letters; an
# inflected Cyrillic form ("слова Иванова", Ivanov's words) is no woman's name, so only Latin names are compared.
GENDERED_SURNAME_ENDINGS = (
    ("ov", "ova"),
    ("ev", "eva"),
    ("yov", "yova"),
    ("in", "ina"),
    ("yn", "yna"),
    ("sky", "skaya"),
    ("skiy", "skaya"),
    ("skii", "skaya"),
    ("skyi", "ska"),
    ("skyy", "ska"),
    ("sky", "ska"),
    ("ski", "ska"),
    ("cki", "cka"),
    ("tsky", "tskaya"),
    ("tskiy", "tskaya"),
    ("tsky", "tska"),
    ("ny", "naya"),
    ("oy", "aya"),
    ("as", "iene"),  # Lithuanian: Landsbergis / Landsbergiene aside, -as / -iene
    ("is", "iene"),
)

# One Cyrillic place name in its Ukrainian and its Russian transliteration (Оленівка / Еленовка: Olenivka and
# Yelenovka; Горлівка / Горловка: Horlivka and Gorlovka): on the consonant skeleton the two differ only where
# Ukrainian writes Г as h and Russian as g, and in the opening vowel (Ukrainian О, І, Є against Russian Е, written
# o, i, ye, e). (pattern, replacement) rewrites of a skeleton that give both one key; read only for skeletons of at
# least EAST_SLAVIC_MIN_SKELETON letters, shorter ones (Yalta, Alta) saying too little to merge by.
EAST_SLAVIC_SKELETON = (
    (r"^[aeiouy]", "a"),
    (r"(?<![kszc])h", "g"),
)
EAST_SLAVIC_MIN_SKELETON = 5

# Words after a surname that tell a father from his son of the same name: "John Smith Jr." is not "John Smith".
GENERATION_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "junior", "senior", "fils", "père"})
