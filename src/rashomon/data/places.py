"""Countries (with other names and demonyms), capitals and large cities, with common alternate spellings.

Used to correct the small NER model where it mistakes a place for a person or a
nationality, and to know which country a demonym or a possessive points at.
Each country line: ``Canonical | other names | demonyms`` (``;``-separated).
"""

from __future__ import annotations

import functools

from ..names.translit import close_spelling, skeleton, to_latin
from . import exonyms

# Words that make a name a region's ("Belgorod region", "Kherson Oblast"): English and transliterated
REGION_WORDS = frozenset(
    {
        "region",
        "oblast",
        "province",
        "district",
        "krai",
        "kray",
        "county",
        "governorate",
        "raion",
        "rayon",
        "prefecture",
        "territory",
        "canton",
        "voivodeship",
    }
)
# The same in Russian and Ukrainian forms and their transliterations, for names merged across scripts
REGION_WORDS_CYRILLIC = frozenset({"область", "край", "район", "oblasti", "oblast'"})

# Region words written before the region's name in German, French, Spanish and Italian ("Region Krasnodar", "région
# de Koursk", "provincia de Zaporiyia"): the same region as "Krasnodar region".
REGION_WORDS_BEFORE = frozenset(
    "region regionen gebiet oblast provinz région province provincia región regione".split()
)

# Words for what kind of land a known area or country is, which leave it the same place: "the Crimean Peninsula",
# "Halbinsel Krim", "the Republic of Lerovia", "the Azerbaijan Republic". Written after the name (or its adjective)
# in English, before it elsewhere ("Halbinsel Krim", "полуостров Крым", "péninsule de Crimée"). A peninsula is only an
# area's ("the Korean Peninsula" is neither Korea); a republic a country's or an area's, never a city's ("the Lerovo
# People's Republic" is no Lerovo).
LAND_KINDS_AFTER = {"peninsula": "peninsula", "republic": "republic"}
LAND_KINDS_BEFORE = {
    "halbinsel": "peninsula",
    "péninsule": "peninsula",
    "península": "peninsula",
    "penisola": "peninsula",
    "полуостров": "peninsula",
    "полуострова": "peninsula",
    "полуострове": "peninsula",
    "republik": "republic",
    "republic": "republic",
    "république": "republic",
    "república": "republic",
    "республика": "republic",
    "республики": "republic",
    "республике": "republic",
}

# Points of the compass that make a region of a place's name ("East Azerbaijan", "Ost-Aserbaidschan", "Восточный
# Азербайджан", "Azerbaïdjan oriental", "North Ossetia", "Северную Осетию"): each language's word -> the point.
# Written before the name, in any case form for Russian and Ukrainian (the stems); French, Spanish and Italian
# write theirs after it.
# German also writes the noun and the place in the genitive ("Norden Gazas", the north of Gaza). Not the Romance
# words, which stand after a name or open other names ("Sur Baher", "Este"): only "nord", as "Nord-Kivu" writes it.
COMPASS_BEFORE = {
    **dict.fromkeys(["east", "eastern", "ost", "osten"], "east"),
    **dict.fromkeys(["west", "western", "westen"], "west"),
    **dict.fromkeys(["north", "northern", "nord", "norden"], "north"),
    **dict.fromkeys(["south", "southern", "süd", "süden"], "south"),
}
COMPASS_STEMS_CYRILLIC = {
    "восточн": "east",
    "східн": "east",
    "западн": "west",
    "західн": "west",
    "северн": "north",
    "північн": "north",
    "южн": "south",
    "південн": "south",
}
COMPASS_AFTER = {
    **dict.fromkeys(["oriental", "orientale"], "east"),
    **dict.fromkeys(["occidental", "occidentale"], "west"),
    **dict.fromkeys(["septentrional", "septentrionale"], "north"),
    **dict.fromkeys(["méridional", "méridionale", "meridional", "meridionale"], "south"),
}

# Words that make a name a building's or a site's ("Crocus City Hall", "Vellmar Stadium", "Shahid Rajaee Port"):
# the name without them, where no table knows it as a town, is the same site.
FACILITY_WORDS = frozenset(
    {
        "hall",
        "city",
        "stadium",
        "arena",
        "port",
        "harbour",
        "harbor",
        "airport",
        "station",
        "terminal",
        "center",
        "centre",
        "complex",
        "mall",
        "plant",
        "refinery",
        "base",
        "airbase",
        "dam",
        "bridge",
        "palace",
        "theatre",
        "theater",
        "hospital",
        "clinic",
    }
)

# Facility words no person's surname is: a name "typed a person" that ends in one is a site's.
SITE_WORDS = frozenset({"port", "airport", "stadium", "station", "terminal", "refinery", "airbase", "arena", "harbour"})

# Capitalised words before "station" or "airport" that name no place: "The station", "Police station".
NOT_A_SITE_PLACE = frozenset(
    "The A An This That These Its Their His Her Our Every Each Police Fire Petrol Gas Power Space Radio Pumping "
    "Railway Train Bus Metro International Main Central Military Regional".split()
)
# Words before "station" that make it another kind of site: "the police station in Kramatorsk".
SITE_QUALIFIERS = frozenset(
    "police fire petrol gas power space radio pumping military polling filling service weather research "
    "compressor tv television relay".split()
)
# Kinds of a named place of care ("the Nadir hospital", "the Lerovo Children's Clinic"): a name before one of them,
# in capitals or not, is the site's.
CARE_SITE_WORDS = ("hospital", "clinic", "infirmary")
# Words a care site's name may carry or leave out without naming another site: its founders' faith or people ("the
# Nadir Arab Hospital" is "the Nadir Baptist hospital"), and what kind of care it gives or to whom ("the Nadir
# National Children's Hospital" is "the Nadir hospital"). Words that tell two sites of one town apart ("Central",
# "Regional", "City") are not among them.
CARE_SITE_AFFILIATIONS = frozenset(
    "arab baptist anglican catholic christian evangelical methodist lutheran presbyterian protestant orthodox "
    "adventist islamic muslim jewish episcopal".split()
)
CARE_SITE_DESCRIPTORS = frozenset(
    "national children's children’s childrens children specialised specialized specialist paediatric pediatric "
    "maternity general teaching university memorial medical".split()
)
# Bodies that run hospitals in many places: "the Red Crescent hospital" is one of theirs, not a site's own name.
CARE_SITE_RUNNERS = ("red cross", "red crescent", "msf", "unrwa", "who", "un", "u.n.")
# Sites named after the town they serve ("Kramatorsk station"): their names without the word name the town.
TOWN_SITE_WORDS = frozenset({"station", "airport", "terminal"})
# French words for a site of a place, and the English word its name takes: "gare de Kramatorsk" is its station.
FRENCH_SITES = {"gare": "station", "aéroport": "airport", "stade": "stadium", "port": "port", "barrage": "dam"}

# Slavic words for "new", "great", "old", "upper" and "lower" that open a place's name ("Nova Lerovka", "Novaya
# Lerovka", "Nowa Lerowka", "Velyka Vell", "Staraya Brenna"): a name of two or three words opening with one is a
# place's, whatever a model took it for.
SLAVIC_PLACE_PREFIXES = frozenset(
    "nova novaya novyi novyy novy novyj nowa nowy nowe nove novo velyka velykyi velykyy velikaya velikiy veliky "
    "velyki stara staraya staryi staryy stary nyzhnia nyzhni nizhnyaya nizhniy verkhnia verkhnyaya verkhniy".split()
)

# German nouns (capitalised, as German writes every noun) that say the name right after them is a place's: "die
# Großstadt Lerovo", "im Dorf Vell", "am Fluss Brenna". In a run of capitals, the words after one are the name.
GERMAN_PLACE_NOUNS = frozenset(
    "stadt großstadt grossstadt kleinstadt hafenstadt hauptstadt millionenstadt dorf dörfer dorfer ort orte "
    "ortschaft ortschaften gemeinde gemeinden viertel stadtteil stadtviertel vorort bezirk landkreis gebiet provinz "
    "städte stadte".split()
)
# The same for waters and islands: the name after them is a feature's, not a settlement's ("am Fluss Brenna").
GERMAN_WATER_NOUNS = frozenset("fluss flusses strom stroms insel see stausee kanal".split())

# Lower-case words after which a name the model calls a person is a place: "the port in Bandar Abbas".
# Words for a place that say only roughly where ("taken to the coast", "moved to the region"): such a destination is
# no rival of a named one, which may lie there (link/relations.py)
VAGUE_PLACE_NOUNS = frozenset(
    "coast shore coastline region area territory mainland country abroad home interior north south east west".split()
)
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside"})
# Lower-case nouns that, with "of", say the name after them is a settlement's: "the eastern town of Bayda", "the
# city of Lerovo" (a model unsure of an unknown town often calls it an organisation or a person).
SETTLEMENT_WORDS = frozenset({"city", "town", "village", "settlement", "hamlet", "township", "municipality"})
# Offices of a place, whose "of" names the place they govern: "the mayor of Boutcha" (never a person).
PLACE_OFFICES = frozenset({"mayor", "governor", "prefect", "mayors", "governors"})
# Plural nouns for places that open a list of them ("the cities of Derna, Lerovo and Vell", "towns such as X"):
# every name in such a list is a place, whatever a model takes one for.
PLACE_LIST_NOUNS = frozenset(
    "cities towns villages regions provinces districts areas localities settlements municipalities ports".split()
)

# Capitals stand for their countries in news ("Moscow said", "Kyiv denied"): used to tell sides apart.
CAPITALS = {
    "moscow": "Russia",
    "kyiv": "Ukraine",
    "kiev": "Ukraine",
    "washington": "United States",
    "paris": "France",
    "london": "United Kingdom",
    "berlin": "Germany",
    "beijing": "China",
    "tehran": "Iran",
    "jerusalem": "Israel",
    "ankara": "Turkey",
    "warsaw": "Poland",
    "minsk": "Belarus",
    "brussels": "European Union",
    "tokyo": "Japan",
    "pyongyang": "North Korea",
    "seoul": "South Korea",
    "damascus": "Syria",
    "baghdad": "Iraq",
    "kabul": "Afghanistan",
    "riyadh": "Saudi Arabia",
    "cairo": "Egypt",
    "tbilisi": "Georgia",
    "yerevan": "Armenia",
    "baku": "Azerbaijan",
    "budapest": "Hungary",
    "vilnius": "Lithuania",
    "riga": "Latvia",
    "tallinn": "Estonia",
    "chisinau": "Moldova",
    "kremlin": "Russia",
    "pentagon": "United States",
    "white house": "United States",
    # the same seats in other languages, as their press names them ("пресс-секретарь Кремля", "Kremlsprecher",
    # "la Casa Blanca negó")
    "kreml": "Russia",
    "kremlsprecher": "Russia",
    "kremlsprecherin": "Russia",
    "kremlchef": "Russia",
    "кремль": "Russia",
    "кремля": "Russia",
    "кремле": "Russia",
    "кремлем": "Russia",
    "кремлём": "Russia",
    "кремлю": "Russia",
    "кремлі": "Russia",
    "casa blanca": "United States",
    "maison blanche": "United States",
    "casa bianca": "United States",
    "weiße haus": "United States",
    "weißen haus": "United States",
    "weißes haus": "United States",
    "белый дом": "United States",
    "белого дома": "United States",
    "білий дім": "United States",
    "білого дому": "United States",
    # a state's secret services stand for it as its seats do ("alleging Mossad involvement", "the FSB blamed")
    "mossad": "Israel",
    "shin bet": "Israel",
    "cia": "United States",
    "fsb": "Russia",
    "sbu": "Ukraine",
    "mi6": "United Kingdom",
}

_COUNTRIES = """
Afghanistan||Afghan;Afghans
Albania||Albanian;Albanians
Algeria||Algerian;Algerians
Andorra||Andorran
Angola||Angolan;Angolans
Argentina||Argentine;Argentinian;Argentines;Argentinians
Armenia||Armenian;Armenians
Australia||Australian;Australians
Austria||Austrian;Austrians
Azerbaijan||Azerbaijani;Azerbaijanis;Azeri;Azeris
Bahrain||Bahraini;Bahrainis
Bangladesh||Bangladeshi;Bangladeshis
Belarus|Byelorussia;Belorussia|Belarusian;Belarusians;Belarussian
Belgium||Belgian;Belgians
Bolivia||Bolivian;Bolivians
Bosnia and Herzegovina|Bosnia|Bosnian;Bosnians
Antigua and Barbuda||Antiguan;Antiguans
Trinidad and Tobago||Trinidadian;Trinidadians
Sao Tome and Principe|São Tomé and Príncipe|
Saint Kitts and Nevis|St Kitts and Nevis|
Saint Vincent and the Grenadines|St Vincent and the Grenadines|
Botswana||Motswana;Batswana
Brazil||Brazilian;Brazilians
Bulgaria||Bulgarian;Bulgarians
Burkina Faso||Burkinabe
Burundi||Burundian;Burundians
Cambodia||Cambodian;Cambodians
Cameroon||Cameroonian;Cameroonians
Canada||Canadian;Canadians
Central African Republic||Central African
Chad||Chadian;Chadians
Chile||Chilean;Chileans
China|People's Republic of China;PRC|Chinese
Colombia||Colombian;Colombians
Congo|Democratic Republic of the Congo;DRC;DR Congo;Republic of the Congo|Congolese
Costa Rica||Costa Rican;Costa Ricans
Croatia||Croatian;Croatians;Croat;Croats
Cuba||Cuban;Cubans
Cyprus||Cypriot;Cypriots
Czech Republic|Czechia|Czech;Czechs
Denmark||Danish;Dane;Danes
Djibouti||Djiboutian
Dominican Republic||Dominican;Dominicans
Ecuador||Ecuadorian;Ecuadorians
Egypt||Egyptian;Egyptians
El Salvador||Salvadoran;Salvadorans
Eritrea||Eritrean;Eritreans
Estonia||Estonian;Estonians
Ethiopia||Ethiopian;Ethiopians
Finland||Finnish;Finn;Finns
France|French Republic|French;Frenchman;Frenchmen
Gabon||Gabonese
Gambia|The Gambia|Gambian;Gambians
Georgia||Georgian;Georgians
Germany|Federal Republic of Germany|German;Germans
Ghana||Ghanaian;Ghanaians
Greece|Hellenic Republic;Hellas|Greek;Greeks;Hellenic
Guatemala||Guatemalan;Guatemalans
Guinea||Guinean;Guineans
Haiti||Haitian;Haitians
Honduras||Honduran;Hondurans
Hungary||Hungarian;Hungarians
Iceland||Icelandic;Icelander;Icelanders
India||Indian;Indians
Indonesia||Indonesian;Indonesians
Iran|Islamic Republic of Iran|Iranian;Iranians
Iraq||Iraqi;Iraqis
Ireland|Republic of Ireland|Irish
Israel||Israeli;Israelis
Italy||Italian;Italians
Ivory Coast|Cote d'Ivoire;Côte d'Ivoire|Ivorian;Ivorians
Jamaica||Jamaican;Jamaicans
Japan||Japanese
Jordan||Jordanian;Jordanians
Kazakhstan||Kazakh;Kazakhs;Kazakhstani
Kenya||Kenyan;Kenyans
Kosovo||Kosovar;Kosovars;Kosovan
Kuwait||Kuwaiti;Kuwaitis
Kyrgyzstan|Kirghizia|Kyrgyz
Laos||Lao;Laotian;Laotians
Latvia||Latvian;Latvians
Lebanon||Lebanese
Libya||Libyan;Libyans
Liechtenstein||Liechtensteiner
Lithuania||Lithuanian;Lithuanians
Luxembourg||Luxembourgish;Luxembourger
Madagascar||Malagasy
Malawi||Malawian;Malawians
Malaysia||Malaysian;Malaysians
Mali||Malian;Malians
Malta||Maltese
Mauritania||Mauritanian;Mauritanians
Mexico||Mexican;Mexicans
Moldova|Moldavia|Moldovan;Moldovans
Monaco||Monegasque
Mongolia||Mongolian;Mongolians
Montenegro||Montenegrin;Montenegrins
Morocco||Moroccan;Moroccans
Mozambique||Mozambican;Mozambicans
Myanmar|Burma|Burmese
Namibia||Namibian;Namibians
Nepal||Nepali;Nepalese
Netherlands|Holland;The Netherlands|Dutch;Dutchman
New Zealand||New Zealander;New Zealanders
Nicaragua||Nicaraguan;Nicaraguans
Niger||Nigerien;Nigeriens
Nigeria||Nigerian;Nigerians
North Korea|Democratic People's Republic of Korea;DPRK|North Korean;North Koreans
North Macedonia||Macedonian;Macedonians
Norway||Norwegian;Norwegians
Oman||Omani;Omanis
Pakistan||Pakistani;Pakistanis
Palestine|Palestinian Territories;State of Palestine|Palestinian;Palestinians
Panama||Panamanian;Panamanians
Paraguay||Paraguayan;Paraguayans
Peru||Peruvian;Peruvians
Philippines|The Philippines|Filipino;Filipinos;Philippine
Poland||Polish;Pole;Poles
Portugal||Portuguese
Qatar||Qatari;Qataris
Romania||Romanian;Romanians
Russia|Russian Federation;RF|Russian;Russians
Rwanda||Rwandan;Rwandans
Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudis;Saudi Arabian
Senegal||Senegalese
Serbia||Serbian;Serbians;Serb;Serbs
Singapore||Singaporean;Singaporeans
Slovakia||Slovak;Slovaks;Slovakian
Slovenia||Slovenian;Slovenians;Slovene;Slovenes
Somalia||Somali;Somalis
South Africa||South African;South Africans
South Korea|Republic of Korea;ROK|South Korean;South Koreans
South Sudan||South Sudanese
Spain||Spanish;Spaniard;Spaniards
Sri Lanka||Sri Lankan;Sri Lankans
Sudan||Sudanese
Sweden||Swedish;Swede;Swedes
Switzerland||Swiss
Syria|Syrian Arab Republic|Syrian;Syrians
Taiwan|Republic of China|Taiwanese
Tajikistan||Tajik;Tajiks
Tanzania||Tanzanian;Tanzanians
Thailand||Thai;Thais
Tunisia||Tunisian;Tunisians
Turkey|Turkiye;Türkiye|Turkish;Turk;Turks
Turkmenistan||Turkmen
Uganda||Ugandan;Ugandans
Ukraine|the Ukraine|Ukrainian;Ukrainians
United Arab Emirates|UAE;Emirates|Emirati;Emiratis
United Kingdom|UK;U.K.;Britain;Great Britain|British;Briton;Britons
United States|US;U.S.;USA;U.S.A.;United States of America;America|American;Americans;US;U.S.
Uruguay||Uruguayan;Uruguayans
Uzbekistan||Uzbek;Uzbeks
Venezuela||Venezuelan;Venezuelans
Vietnam|Viet Nam|Vietnamese
Yemen||Yemeni;Yemenis
Zambia||Zambian;Zambians
Zimbabwe||Zimbabwean;Zimbabweans
"""

# Capitals and large or often-reported cities, with other spellings after "|".
_CITIES = """
Bandar Abbas|Bandar Abas|Bandar-Abbas;Bandar Anzali;Bushehr;Chabahar
Kabul;Tirana;Algiers;Luanda;Buenos Aires;Yerevan;Canberra;Sydney;Melbourne;Vienna;Baku;Manama;Dhaka
Minsk|Mensk;Brest;Gomel|Homel;Brussels|Bruxelles;La Paz;Sarajevo;Brasilia|Brasília;Sao Paulo|São Paulo;Rio de Janeiro
Sofia;Phnom Penh;Ottawa;Toronto;Montreal;Vancouver;Santiago;Beijing|Peking;Shanghai;Hong Kong;Wuhan;Guangzhou
Bogota|Bogotá;Kinshasa;Zagreb;Havana;Nicosia;Prague|Praha;Copenhagen;Cairo|Kairo;Alexandria;Quito;San Salvador;Tallinn
Addis Ababa;Helsinki;Paris;Marseille;Lyon;Nice;Tbilisi|Tiflis;Berlin;Munich|München;Hamburg;Frankfurt;Cologne|Köln
Accra;Athens;Guatemala City;Port-au-Prince;Budapest;Reykjavik;New Delhi|Delhi;Mumbai|Bombay;Kolkata|Calcutta
Jakarta;Tehran|Teheran;Isfahan;Baghdad;Basra;Mosul;Erbil|Arbil;Dublin;Jerusalem;Tel Aviv;Haifa;Rome|Roma;Milan|Milano
Tokyo;Osaka;Hiroshima;Amman;Astana|Nur-Sultan;Almaty|Alma-Ata;Nairobi;Pristina|Prishtina;Kuwait City;Bishkek;Beirut
Tripoli;Benghazi;Vilnius;Luxembourg City;Kuala Lumpur;Bamako;Valletta;Mexico City;Chisinau|Kishinev;Ulaanbaatar
Podgorica;Rabat;Casablanca;Maputo;Naypyidaw;Yangon|Rangoon;Kathmandu;Amsterdam;The Hague;Rotterdam;Wellington
Managua;Niamey;Abuja;Lagos;Pyongyang;Skopje;Oslo;Muscat;Islamabad;Karachi;Lahore;Ramallah;Gaza;Gaza City;Rafah
Khan Younis|Khan Yunis;Jenin;Nablus;Hebron;Panama City;Asuncion|Asunción;Lima;Manila;Warsaw|Warszawa;Krakow|Kraków
Gdansk|Gdańsk;Rzeszow|Rzeszów;Lublin;Lisbon|Lisboa;Doha;Bucharest;Moscow|Moskva;Saint Petersburg|St Petersburg
St. Petersburg;Leningrad
Kigali;Riyadh;Jeddah;Dakar;Belgrade|Beograd;Singapore;Bratislava;Ljubljana;Mogadishu;Pretoria;Johannesburg;Cape Town
Seoul;Busan;Juba;Madrid;Barcelona;Colombo;Khartoum;Omdurman;Stockholm;Bern|Berne;Geneva|Genève;Zurich|Zürich;Damascus
Aleppo|Halab;Homs;Idlib;Raqqa;Deir ez-Zor;Taipei;Dushanbe;Dodoma;Dar es Salaam;Bangkok;Tunis;Ankara
Istanbul|Constantinople
Izmir;Ashgabat;Kampala;Kyiv|Kiev;Kharkiv|Kharkov;Odesa|Odessa;Dnipro|Dnipropetrovsk|Dnepropetrovsk;Lviv|Lvov|Lwow
Zaporizhzhia|Zaporizhia|Zaporozhye;Donetsk;Luhansk|Lugansk;Mariupol;Kherson;Mykolaiv|Nikolaev|Nikolayev;Bakhmut|Artemovsk
Avdiivka|Avdeevka|Avdeyevka;Sumy;Poltava;Chernihiv|Chernigov;Vinnytsia|Vinnitsa;Zhytomyr|Zhitomir;Kramatorsk;Sloviansk|Slavyansk
Melitopol;Berdiansk|Berdyansk;Sevastopol;Simferopol;Kerch;Yalta;Bucha;Irpin;Izium|Izyum;Kupiansk|Kupyansk;Pokrovsk
Chernivtsi;Ivano-Frankivsk;Ternopil;Rivne|Rovno;Lutsk;Uzhhorod|Uzhgorod;Kropyvnytskyi|Kirovograd;Kryvyi Rih|Krivoy Rog
Abu Dhabi;Dubai;London;Manchester;Birmingham;Glasgow;Edinburgh;Belfast;Cardiff;Washington;New York;Los Angeles;Chicago
Houston;San Francisco;Boston;Miami;Seattle;Philadelphia;Atlanta;Dallas;Montevideo;Tashkent;Caracas;Hanoi
Ho Chi Minh City|Saigon
Sanaa|Sana'a;Aden;Hodeidah;Lusaka;Harare;Belgorod;Kursk;Bryansk;Voronezh;Rostov-on-Don|Rostov;Krasnodar;Novorossiysk
Kazan;Samara;Volgograd|Stalingrad;Yekaterinburg|Ekaterinburg;Novosibirsk;Omsk;Chelyabinsk;Ufa;Perm;Nizhny Novgorod
Kaliningrad|Koenigsberg;Murmansk;Vladivostok;Grozny;Makhachkala;Sochi;Pskov;Smolensk;Tula;Kaluga;Oryol|Orel;Lipetsk
Tambov;Penza;Saratov;Tver;Yaroslavl;Ryazan;Irkutsk;Krasnoyarsk;Khabarovsk;Taganrog;Yeysk;Anapa
Minneapolis;Denver;Detroit;Phoenix;Baltimore;Honolulu;Anchorage;Kandahar;Herat;Mazar-i-Sharif;Peshawar;Quetta
Mecca;Medina;Sharm el-Sheikh;Luxor;Port Said;Suez;Eilat;Ashkelon;Ashdod;Sderot;Beersheba;Nazareth;Tyre;Sidon
Latakia|Lattakia;Tartus
"""

# Regions, territories and areas reported by name alone (not "X region"), with other spellings after "|".
_AREAS = """
Crimea|Krym;Donbas|Donbass;Kuban;Chechnya;Dagestan;Ingushetia;Siberia;Karelia;Tatarstan
Bashkortostan;Transnistria|Pridnestrovie;Abkhazia;South Ossetia;Nagorno-Karabakh|Karabakh|Artsakh;Gaza Strip
West Bank;Golan Heights|Golan;Sinai;Negev;Galilee;Kashmir;Punjab;Balochistan|Baluchistan;Xinjiang;Tibet;Hong Kong
Macau;Darfur;Kordofan;Tigray;Amhara;Oromia;Somaliland;Puntland;Kurdistan;Rojava;Catalonia;Basque Country;Scotland
Wales;England;Northern Ireland;Bavaria;Flanders;Wallonia;Corsica;Sicily;Sardinia;Lapland;Greenland;Svalbard
Bornholm;Gotland;Aland|Åland;Mindanao;Aceh;Papua;Sahel;Azawad
Cabo Delgado;Ituri;North Kivu;South Kivu;Jammu and Kashmir|Jammu & Kashmir;Turks and Caicos Islands|Turks and Caicos
"""


# Peoples and adjectives of regions that are not countries ("Kashmiri", "Crimean", "Kurdish") -> the region.
_REGION_DEMONYMS = """
Kashmir|Kashmiri;Kashmiris
Crimea|Crimean;Crimeans
Kurdistan|Kurdish;Kurd;Kurds
Tamil Nadu|Tamil;Tamils
Balochistan|Baloch;Balochi;Baluch;Baluchi;Balochs
Chechnya|Chechen;Chechens
Dagestan|Dagestani;Dagestanis
Tatarstan|Tatar;Tatars
Tibet|Tibetan;Tibetans
Xinjiang|Uyghur;Uyghurs;Uighur;Uighurs
Catalonia|Catalan;Catalans
Basque Country|Basque;Basques
Abkhazia|Abkhaz;Abkhazian;Abkhazians
South Ossetia|Ossetian;Ossetians
Tigray|Tigrayan;Tigrayans
Punjab|Punjabi;Punjabis
Sindh|Sindhi;Sindhis
Siberia|Siberian;Siberians
Bavaria|Bavarian;Bavarians
Flanders|Flemish
Wallonia|Walloon;Walloons
Corsica|Corsican;Corsicans
Sicily|Sicilian;Sicilians
Sardinia|Sardinian;Sardinians
Darfur|Darfuri;Darfuris
Mindanao|Moro
Scotland|Scottish;Scots
Wales|Welsh
"""


def _entries(block: str) -> list[list[str]]:
    rows = []
    for chunk in block.replace("\n", ";").split(";"):
        chunk = chunk.strip()
        if chunk:
            rows.append([p.strip() for p in chunk.split("|") if p.strip()])
    return rows


@functools.cache
def countries() -> dict[str, str]:
    """Every country name, other name and demonym (casefolded) -> the country's canonical name."""
    table: dict[str, str] = {}
    for line in _COUNTRIES.strip().splitlines():
        name, others, demonyms = (line.split("|") + ["", ""])[:3]
        for n in [name, *others.split(";")]:
            if n.strip():
                table.setdefault(n.strip().casefold(), name)
        for d in demonyms.split(";"):
            if d.strip():
                table.setdefault(d.strip().casefold(), name)
    return table


@functools.cache
def country_names() -> dict[str, str]:
    """Country names and other names only (no demonyms), in English and other languages -> canonical name."""
    table: dict[str, str] = {}
    for line in _COUNTRIES.strip().splitlines():
        name, others = (line.split("|") + [""])[:2]
        for n in [name, *others.split(";")]:
            if n.strip():
                table.setdefault(n.strip().casefold(), name)
    return _with_exonyms(_with_cldr(table), exonyms.COUNTRIES)


# Languages whose country names (CLDR, shipped inside the Babel wheel) are read: the Latin-script languages of the
# news rashomon reads. Russian and Ukrainian names live in ``data.cyrillic``, with their case endings.
_CLDR_LANGUAGES = ("de", "es", "fr", "it", "pt", "ro", "nl", "pl")
# CLDR names that are also common words or given names ("chili", the Spanish "gana", the given name "Malte")
_CLDR_NOT_NAMES = frozenset({"chili", "gana", "indie", "malte", "dania", "mexic", "guiné"})


def _with_cldr(table: dict[str, str]) -> dict[str, str]:
    """``table`` with every country's name in the other languages of ``_CLDR_LANGUAGES`` (``Indien``, ``Ucrania``,
    ``Stati Uniti``) where CLDR's English name is one the table knows; a name the table has already keeps its
    country."""
    try:
        from babel import Locale
    except ImportError:  # pragma: no cover - Babel is a locked requirement; without it, the tables alone
        return table
    english = Locale("en").territories
    locales = [Locale(lang).territories for lang in _CLDR_LANGUAGES]
    for code, name in english.items():
        canonical = table.get(name.casefold())
        if len(code) != 2 or not code.isalpha() or canonical is None:
            continue
        for names in locales:
            local = names.get(code)
            if local and len(local) >= 4 and local.casefold() not in _CLDR_NOT_NAMES:
                table.setdefault(local.casefold(), canonical)
    return table


def _with_exonyms(table: dict[str, str], block: str) -> dict[str, str]:
    """``table`` with the other languages' names of ``block`` added, and every name also without its accents
    (``Israël`` and ``Israel``, ``Téhéran`` and ``Teheran``)."""
    for row in _rows(block):
        canonical = table.get(row[0].casefold(), row[0])
        for n in row:
            table.setdefault(n.casefold(), canonical)
    for key, canonical in list(table.items()):
        table.setdefault(fold(key), canonical)
    return table


def _rows(block: str) -> list[list[str]]:
    """``Name|other;other`` lines as [name, other, other]."""
    rows = []
    for line in block.strip().splitlines():
        name, _, others = line.partition("|")
        rows.append([name.strip(), *(o.strip() for o in others.split(";") if o.strip())])
    return rows


def fold(name: str) -> str:
    """A Latin name casefolded without its accents and with a plain apostrophe: how the tables are looked up."""
    return to_latin(name).casefold().replace("\u2019", "'")


@functools.cache
def foreign_demonyms() -> dict[str, str]:
    """National adjectives of other languages (``russe``, ``américaine``; casefolded, also unaccented) -> country."""
    table: dict[str, str] = {}
    for row in _rows(exonyms.DEMONYMS):
        for n in row[1:]:
            table.setdefault(n.casefold(), row[0])
            table.setdefault(fold(n), row[0])
    return table


@functools.cache
def demonyms() -> dict[str, str]:
    """Demonyms and national adjectives (casefolded) -> canonical country name."""
    table: dict[str, str] = {}
    for line in _COUNTRIES.strip().splitlines():
        name, _, dems = (line.split("|") + ["", ""])[:3]
        for d in dems.split(";"):
            if d.strip():
                table.setdefault(d.strip().casefold(), name)
    return table


@functools.cache
def region_demonyms() -> dict[str, str]:
    """Peoples and adjectives of regions (casefolded) -> the region: a nationality-like group, not a country."""
    table: dict[str, str] = {}
    for line in _REGION_DEMONYMS.strip().splitlines():
        region, _, dems = line.partition("|")
        for d in dems.split(";"):
            if d.strip():
                table.setdefault(d.strip().casefold(), region)
    return table


@functools.cache
def cities() -> dict[str, str]:
    """City names and alternate spellings (casefolded) -> the first spelling listed."""
    table: dict[str, str] = {}
    for row in _entries(_CITIES):
        for n in row:
            table.setdefault(n.casefold(), row[0])
    return _with_exonyms(table, exonyms.CITIES)


@functools.cache
def areas() -> dict[str, str]:
    """Regions and territories known by name (casefolded) -> the first spelling listed."""
    table: dict[str, str] = {}
    for row in _entries(_AREAS):
        for n in row:
            table.setdefault(n.casefold(), row[0])
    return _with_exonyms(table, exonyms.AREAS)


@functools.cache
def _city_skeletons() -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for name, canonical in cities().items():
        if " " not in name:
            index.setdefault(skeleton(name), set()).add(canonical)
    return {k: frozenset(v) for k, v in index.items()}


def city_like(name: str) -> str | None:
    """The one known city a one-word name is another spelling of (``Dnepr`` -> ``Dnipro``), or None.

    Only close spellings with the same consonant skeleton and the same first two
    letters count, and only when a single city has that skeleton: ``Peskov`` is
    not ``Pskov``, ``Sumy`` not ``Sochi``.
    """
    if " " in name.strip() or len(name) < 5 or not name[:1].isupper():
        return None
    found = _city_skeletons().get(skeleton(name), frozenset())
    if len(found) != 1:
        return None
    canonical = next(iter(found))
    spellings = [n for n, c in cities().items() if c == canonical]
    low = name.casefold()
    return canonical if any(n[:2] == low[:2] and close_spelling(name, n) for n in spellings) else None


def country_of(word: str) -> str | None:
    """The country a name, other name or demonym points at (``"Russian"`` -> ``"Russia"``), or None."""
    return countries().get(word.strip().casefold())
