"""Russian and Ukrainian names of countries, cities and institution words, for matching against English.

Transliteration makes ``Нарышкин`` meet ``Naryshkin`` and ``Киев`` meet
``Kiev``, but not ``Россия`` and ``Russia`` or ``Женева`` and ``Geneva``: those
are different words, listed here. Keys are lower-case normal (nominative) forms
as natasha gives them; stems catch the inflected national adjectives.
"""

from __future__ import annotations

COUNTRIES = {
    "россия": "Russia", "российская федерация": "Russia", "рф": "Russia", "росія": "Russia",
    "украина": "Ukraine", "україна": "Ukraine", "сша": "United States", "соединенные штаты": "United States",
    "соединённые штаты": "United States", "америка": "United States", "сполучені штати": "United States",
    "франция": "France", "франція": "France", "германия": "Germany", "німеччина": "Germany",
    "великобритания": "United Kingdom", "британия": "United Kingdom", "велика британія": "United Kingdom",
    "польша": "Poland", "польща": "Poland", "белоруссия": "Belarus", "беларусь": "Belarus", "білорусь": "Belarus",
    "китай": "China", "израиль": "Israel", "ізраїль": "Israel", "иран": "Iran", "іран": "Iran",
    "турция": "Turkey", "туреччина": "Turkey", "грузия": "Georgia", "грузія": "Georgia", "молдавия": "Moldova",
    "молдова": "Moldova", "казахстан": "Kazakhstan", "сирия": "Syria", "сирія": "Syria", "япония": "Japan",
    "италия": "Italy", "італія": "Italy", "испания": "Spain", "іспанія": "Spain", "финляндия": "Finland",
    "швеция": "Sweden", "норвегия": "Norway", "литва": "Lithuania", "латвия": "Latvia", "эстония": "Estonia",
    "венгрия": "Hungary", "угорщина": "Hungary", "румыния": "Romania", "румунія": "Romania", "индия": "India",
    "северная корея": "North Korea", "кндр": "North Korea", "южная корея": "South Korea", "канада": "Canada",
}

CITIES = {
    "москва": "Moscow", "київ": "Kyiv", "киев": "Kyiv", "харьков": "Kharkiv", "харків": "Kharkiv",
    "одесса": "Odesa", "одеса": "Odesa", "львов": "Lviv", "львів": "Lviv", "днепр": "Dnipro", "дніпро": "Dnipro",
    "женева": "Geneva", "париж": "Paris", "вашингтон": "Washington", "лондон": "London", "берлин": "Berlin",
    "берлін": "Berlin", "брюссель": "Brussels", "варшава": "Warsaw", "минск": "Minsk", "мінськ": "Minsk",
    "стамбул": "Istanbul", "анкара": "Ankara", "пекин": "Beijing", "нью-йорк": "New York", "нью йорк": "New York",
    "санкт-петербург": "Saint Petersburg", "петербург": "Saint Petersburg", "белгород": "Belgorod",
    "бєлгород": "Belgorod", "курск": "Kursk", "донецк": "Donetsk", "донецьк": "Donetsk", "луганск": "Luhansk",
    "луганськ": "Luhansk", "запорожье": "Zaporizhzhia", "запоріжжя": "Zaporizhzhia", "херсон": "Kherson",
    "николаев": "Mykolaiv", "миколаїв": "Mykolaiv", "мариуполь": "Mariupol", "маріуполь": "Mariupol",
    "севастополь": "Sevastopol", "симферополь": "Simferopol", "сімферополь": "Simferopol",
}

# Stems of national adjectives, any case ending: "российского", "украинских", "американская".
ADJECTIVE_STEMS = {
    "российск": "Russia", "русск": "Russia", "російськ": "Russia", "украинск": "Ukraine", "українськ": "Ukraine",
    "американск": "United States", "французск": "France", "французьк": "France", "германск": "Germany",
    "немецк": "Germany", "німецьк": "Germany", "британск": "United Kingdom", "британськ": "United Kingdom",
    "польск": "Poland", "польськ": "Poland", "белорусск": "Belarus", "білоруськ": "Belarus", "китайск": "China",
    "израильск": "Israel", "иранск": "Iran", "турецк": "Turkey", "грузинск": "Georgia",
}

# Words of institution names, in any common case form, to the English words the name bags use.
INSTITUTION_WORDS = {
    "министерство": "ministry", "міністерство": "ministry", "министерства": "ministry", "міністерства": "ministry",
    "минобороны": "defense ministry", "мид": "foreign ministry", "мзс": "foreign ministry",
    "обороны": "defense", "оборони": "defense", "иностранных": "foreign", "закордонних": "foreign",
    "дел": "", "справ": "", "внутренних": "interior", "внутрішніх": "interior",
    "служба": "service", "служби": "service", "разведки": "intelligence", "розвідки": "intelligence",
    "внешней": "foreign", "зовнішньої": "foreign", "безопасности": "security", "безпеки": "security",
    "совет": "council", "рада": "council", "комитет": "committee", "комітет": "committee",
    "следственный": "investigative", "слідчий": "investigative", "вооруженные": "armed", "вооружённые": "armed",
    "збройні": "armed", "силы": "forces", "сили": "forces", "генеральный": "general", "генеральний": "general",
    "штаб": "staff", "главное": "main", "головне": "main", "управление": "directorate", "управління": "directorate",
    "государственная": "state", "дума": "duma", "госдума": "state duma", "госдепартамент": "foreign ministry",
    "госдеп": "foreign ministry", "пентагон": "defense ministry", "кремль": "kremlin", "белый": "white",
    "дом": "house", "оон": "@united nations", "обсе": "@osce", "нато": "@nato", "ес": "@european union",
    "всу": "armed forces", "зсу": "armed forces", "национальной": "national", "національної": "national",
    "обороны и": "defense", "верховная": "supreme", "верховна": "verkhovna",
}

# Institutions whose country is implied by the word itself.
INSTITUTION_COUNTRY = {"кремль": "Russia", "госдума": "Russia", "госдепартамент": "United States",
                       "госдеп": "United States", "пентагон": "United States", "всу": "Ukraine", "зсу": "Ukraine"}


def country_of_word(word: str) -> str | None:
    """The country a Russian or Ukrainian word names or qualifies, any case form."""
    low = word.casefold()
    if low in COUNTRIES:
        return COUNTRIES[low]
    for stem, country in ADJECTIVE_STEMS.items():
        if low.startswith(stem):
            return country
    # inflected country names: "России", "Украины", "США"
    for name, country in COUNTRIES.items():
        if " " not in name and len(name) > 4 and low.startswith(name[:-1]):
            return country
    return None

# Outlets as Russian and Ukrainian texts write them, to the canonical name in ``media.py`` (so that ``ТАСС`` and
# ``TASS`` are one entity). Keys are the nominative; inflected forms (``Интерфаксу``, ``«Известиям»``) match by stem.
OUTLETS = {
    "тасс": "TASS", "итар-тасс": "TASS", "риа новости": "RIA Novosti", "риа": "RIA Novosti",
    "ріа новини": "RIA Novosti", "интерфакс": "Interfax", "інтерфакс": "Interfax",
    "интерфакс-украина": "Interfax-Ukraine", "інтерфакс-україна": "Interfax-Ukraine", "спутник": "Sputnik",
    "известия": "Izvestia", "коммерсантъ": "Kommersant", "коммерсант": "Kommersant", "ведомости": "Vedomosti",
    "российская газета": "Rossiyskaya Gazeta", "комсомольская правда": "Komsomolskaya Pravda",
    "новая газета": "Novaya Gazeta", "медуза": "Meduza", "медиазона": "Mediazona", "лента.ру": "Lenta.ru",
    "газета.ру": "Gazeta.ru", "рбк": "RBC", "рен тв": "REN TV", "нтв": "NTV", "первый канал": "Channel One",
    "россия 24": "Rossiya 24", "звезда": "Zvezda", "укринформ": "Ukrinform", "укрінформ": "Ukrinform",
    "униан": "UNIAN", "уніан": "UNIAN", "украинская правда": "Ukrainska Pravda",
    "українська правда": "Ukrainska Pravda",
    "громадское": "Hromadske", "громадське": "Hromadske", "суспильное": "Suspilne", "суспільне": "Suspilne",
    "рейтер": "Reuters", "рейтерс": "Reuters", "би-би-си": "BBC", "бі-бі-сі": "BBC", "си-эн-эн": "CNN",
    "франс пресс": "Agence France-Presse", "блумберг": "Bloomberg", "синьхуа": "Xinhua", "рбк-украина": "RBC-Ukraine",
    "рбк-україна": "RBC-Ukraine", "лига.нет": "LIGA.net", "зеркало недели": "ZN.UA", "дзеркало тижня": "ZN.UA",
    "радио свобода": "Radio Liberty", "радіо свобода": "Radio Liberty", "голос америки": "Voice of America",
    "эхо москвы": "Ekho Moskvy", "фонтанка": "Fontanka", "аргументы и факты": "Argumenty i Fakty",
    "московский комсомолец": "Moskovsky Komsomolets", "рыбарь": "Rybar",
}
# Outlets whose Russian name is also a common word: an outlet only next to a descriptor or in quotation marks.
OUTLETS_AMBIGUOUS = {"звезда", "спутник", "известия", "ведомости", "медуза", "фонтанка", "рыбарь"}
