"""Names other languages give to places, bodies and peoples that English news names otherwise.

A corpus about one event mixes English, French and Russian articles: ``Russie`` is
Russia, ``Bakou`` is Baku, ``mer Noire`` the Black Sea, ``OTAN`` NATO, ``ministère
russe de la défense`` the Russian Defence Ministry. Each place line:
``English name|other name;other name`` (French, with the Spanish and German forms
news reprints use most); the English name is the one ``places.py`` lists.
Accents are folded when the tables are read (``Israël`` is looked up as ``israel``).
"""

from __future__ import annotations

# Countries: the English name is the canonical one of places._COUNTRIES.
COUNTRIES = """
Afghanistan|Afghanistán
Algeria|Algérie;Argelia;Algerien
Armenia|Arménie
Australia|Australie;Australien
Austria|Autriche;Österreich
Azerbaijan|Azerbaïdjan;Azerbaiyán;Aserbaidschan
Belarus|Biélorussie;Bélarus;Bielorrusia;Weißrussland;Białoruś;Białorusi;Białorusią
Belgium|Belgique;Bélgica;Belgien
Brazil|Brésil;Brasil;Brasilien
Bulgaria|Bulgarie;Bulgarien
Cambodia|Cambodge
Cameroon|Cameroun
Chad|Tchad
China|Chine;Chiny;Chin;Chinach
Colombia|Colombie;Kolumbien
Croatia|Croatie;Kroatien
Cyprus|Chypre;Chipre;Zypern
Czech Republic|République tchèque;Tchéquie;Tschechien
Denmark|Danemark;Dinamarca;Dänemark
Egypt|Égypte;Egipto;Ägypten;Egitto
Ecuador|Équateur
Estonia|Estonie;Estland
Ethiopia|Éthiopie;Etiopía;Äthiopien
Finland|Finlande;Finlandia;Finnland
France|Francia;Frankreich;Francja;Francji;Francję
Georgia|Géorgie
Germany|Allemagne;Alemania;Deutschland;Germania;Niemcy;Niemiec;Niemczech
Greece|Grèce;Grecia;Griechenland
Hungary|Hongrie;Hungría;Ungarn;Węgry;Węgier;Węgrzech
India|Inde;Indien
Indonesia|Indonésie;Indonesien
Iraq|Irak
Ireland|Irlande;Irlanda;Irland
Israel|Israël;Izrael;Izraela;Izraelu
Italy|Italie;Italia;Italien
Japan|Japon;Japón
Jordan|Jordanie;Jordania;Jordanien
Kazakhstan|Kazakhstán;Kasachstan
Kenya|Kenia
Kyrgyzstan|Kirghizistan
Latvia|Lettonie;Letonia;Lettland;Łotwa;Łotwy;Łotwie
Lebanon|Liban;Líbano;Libanon
Libya|Libye;Libia;Libyen
Lithuania|Lituanie;Lituania;Litauen;Litwa;Litwy;Litwie;Litwę
Malaysia|Malaisie
Mauritania|Mauritanie
Mexico|Mexique;México;Mexiko
Moldova|Moldavie;Mołdawia;Mołdawii
Mongolia|Mongolie
Morocco|Maroc;Marruecos;Marokko
Netherlands|Pays-Bas;Países Bajos;Niederlande
New Zealand|Nouvelle-Zélande
Nigeria|Nigéria
North Korea|Corée du Nord;Corea del Norte;Nordkorea
Norway|Norvège;Noruega;Norwegen
Pakistan|Pakistán
Palestine|Palestina;Palästina
Peru|Pérou;Perú
Philippines|Filipinas;Philippinen
Poland|Pologne;Polonia;Polen;Polska;Polsce;Polskę
Romania|Roumanie;Rumania;Rumänien;Rumunia;Rumunii
Russia|Russie;Rusia;Russland;Fédération de Russie;Rosja;Rosji;Rosję;Rosją;Federacja Rosyjska;Federacji Rosyjskiej
Saudi Arabia|Arabie saoudite;Arabia Saudita;Saudi-Arabien
Senegal|Sénégal
Serbia|Serbie;Serbien
Slovakia|Slovaquie;Eslovaquia;Slowakei;Słowacja;Słowacji
Slovenia|Slovénie;Eslovenia;Slowenien
Somalia|Somalie
South Africa|Afrique du Sud;Sudáfrica;Südafrika
South Korea|Corée du Sud;Corea del Sur;Südkorea
Spain|Espagne;España;Spanien;Spagna
Sudan|Soudan
Sweden|Suède;Suecia;Schweden
Switzerland|Suisse;Suiza;Schweiz
Syria|Syrie;Siria;Syrien
Tajikistan|Tadjikistan
Tanzania|Tanzanie
Thailand|Thaïlande;Tailandia
Tunisia|Tunisie;Túnez;Tunesien
Turkey|Turquie;Turquía;Türkei;Turchia;Turcja;Turcji
Turkmenistan|Turkménistan
Ukraine|Ucrania;Ukraina;Ukrainy;Ukrainie;Ukrainę;Ukrainą
United Arab Emirates|Émirats arabes unis;Emiratos Árabes Unidos
United Kingdom|Royaume-Uni;Reino Unido;Grande-Bretagne;Großbritannien;Regno Unito;Wielka Brytania;Wielkiej Brytanii
United States|États-Unis;Etats-Unis;Estados Unidos;Vereinigte Staaten;Stati Uniti
United States|Stany Zjednoczone;Stanów Zjednoczonych;Stanach Zjednoczonych;Stanom Zjednoczonym
Uzbekistan|Ouzbékistan
Venezuela|Vénézuela
Vietnam|Viêt Nam
Yemen|Yémen;Jemen
Gambia|Gambie
"""

# Cities and areas: the English name is the first spelling places._CITIES or places._AREAS lists, or a sea.
CITIES = """
Moscow|Moscou;Moscú;Moskau;Mosca;Moscovo;Moscova;Moskwa;Moskwy;Moskwie;Moskwę
Saint Petersburg|Saint-Pétersbourg;St. Petersburg;St Petersburg;Sankt Petersburg;San Petersburgo;São Petersburgo
Kyiv|Kiev;Kiew;Kijów;Kijowa;Kijowie
Kharkiv|Kharkov;Charkiw;Járkov;Carcóvia;Charków;Charkowa;Charkowie
Odesa|Odessa
Baku|Bakou
Tehran|Téhéran;Teherán;Teerão;Teerã
Beijing|Pékin;Pekín;Peking;Pechino;Pequim
London|Londres;Londra
Brussels|Bruxelles;Bruselas;Brüssel;Bruxelas;Bruksela;Brukseli
Paris|Parigi
Warsaw|Varsovie;Varsovia;Warschau;Varsavia;Varsóvia;Varșovia;Warszawa;Warszawy;Warszawie;Warszawę
Vienna|Vienne;Viena;Wien
Athens|Athènes;Atenas;Athen;Atene;Atena
Lisbon|Lisbonne;Lisbona;Lisboa;Lissabon;Lisabona
Copenhagen|Copenhague;Kopenhagen
Geneva|Genève;Ginebra;Genf;Ginevra;Genebra
Cairo|Le Caire;El Cairo;Il Cairo
Algiers|Alger
Damascus|Damas;Damaskus;Damasco
Beirut|Beyrouth
Jerusalem|Jérusalem;Jerusalén;Jerusalém;Ierusalim
Baghdad|Bagdad;Bagdade
Kabul|Kaboul
New Delhi|Nouvelle-Delhi;Nueva Delhi;Nuova Delhi;Neu-Delhi;Nova Délhi
Riyadh|Riad;Ryad;Riyad;Riade
Istanbul|Estambul;Stamboul;Istambul
Seoul|Séoul;Seúl
Dhaka|Dacca
Mumbai|Bombay
Mecca|La Mecque
"""

AREAS = """
Chechnya|Tchétchénie;Chechenia;Tschetschenien
Dagestan|Daghestan
Crimea|Crimée;Krim;Krym;Krymu
Donbas|Donbass
Black Sea|mer Noire;Mar Negro;Schwarzes Meer
Caspian Sea|mer Caspienne;Mar Caspio;Kaspisches Meer
Baltic Sea|mer Baltique;Mar Báltico;Ostsee
Mediterranean Sea|Méditerranée;mer Méditerranée;Mar Mediterráneo;Mar Mediterraneo;Mittelmeer
Ionian Sea|mer Ionienne;Mar Jónico;Mar Ionio;Ionisches Meer
Aegean Sea|mer Égée;Mar Egeo;Ägäis
Adriatic Sea|mer Adriatique;Mar Adriático;Mar Adriatico
Tyrrhenian Sea|mer Tyrrhénienne;Mar Tirreno
Peloponnese|Péloponnèse;Peloponeso;Peloponneso;Peloponnes
Sicily|Sicile;Sicilia;Sizilien
Crete|Crète;Creta;Kreta
Red Sea|mer Rouge;Mar Rojo;Rotes Meer
Sea of Azov|mer d'Azov;mer d’Azov;Mar de Azov
Persian Gulf|golfe Persique;Golfo Pérsico
Gaza Strip|bande de Gaza;Franja de Gaza
West Bank|Cisjordanie;Cisjordania
Siberia|Sibérie
Kashmir|Cachemire
"""

# National adjectives of other languages (any gender and number): ``ministère russe`` is Russia's ministry; and the
# nouns for the people where they differ (German "Russen", "Palästinenser"; Spanish plurals).
DEMONYMS = """
Russia|rosyjski;rosyjska;rosyjskie;rosyjskiego;rosyjskiej;rosyjskich;rosyjskim;rosyjską;Rosjanie;russe;russes;ruso;rusa;russo;russa;russi;russisch;russische;russischen;rusos;rusas;russischem;russischer;Russen
United States|américain;américaine;américains;américaines;étasunien;estadounidense;amerikanisch;amerikanische
Ukraine|ukraiński;ukraińska;ukraińskie;ukraińskiego;ukraińskiej;ukraińskich;ukraińskim;ukraińską;Ukraińcy;ukrainien;ukrainienne;ukrainiens;ukrainiennes;ucraniano;ucraniana;ukrainisch;ukrainische;ucranianos;ucranianas;ukrainischen;ukrainischem;ukrainischer;Ukrainer;Ukrainern
France|français;française;françaises;francés;francesa;französisch;französische
United Kingdom|britannique;britanniques;británico;británica;britisch;britische
Germany|allemand;allemande;allemands;allemandes;alemán;alemana;deutsch;deutsche
Iran|iranien;iranienne;iraniens;iraniennes;iraní;iraníes;iranisch;iranische;iranischen;iranischem;iranischer;Iraner;Iranern
Israel|israélien;israélienne;israéliens;israéliennes;israelí;israelíes;israelisch;israelische;israelischen;israelischem;israelischer;Israelis
Palestine|palestinien;palestinienne;palestiniens;palestiniennes;palestino;palestinos;palestinas;palästinensisch;palästinensische;palästinensischen;palästinensischem;palästinensischer;Palästinenser;Palästinensern
China|chinois;chinoise;chino;chinesisch
Turkey|turc;turque;turcs;turques;turco;turca;turchi;turche
India|indien;indienne;indiens;indiennes;indio;indios;indias;indisch;indische;indischen;indischem;indischer;indiano;indiani
Indonesia|indonésien;indonésienne;indonésiens;indonesio
Kazakhstan|kazakh;kazakhe;kazakhs;kazajo;kazaja
Azerbaijan|azerbaïdjanais;azerbaïdjanaise;azéri;azérie;azerbaiyano
Belarus|białoruski;białoruska;białoruskie;białoruskiego;białoruskiej;białoruskich;białoruskim;białoruską;biélorusse;biélorusses;bielorruso
Venezuela|vénézuélien;vénézuélienne;venezolano;venezolana
Poland|polski;polskie;polskiego;polskiej;polskich;polskim;Polacy;polonais;polonaise;polaco;polaca
Syria|syrien;syrienne;sirio;siria
Gambia|gambien;gambienne
Spain|espagnol;espagnole;español;española
Italy|italien;italienne;italiens;italiennes;italiano;italiana;italiani;italiane;italienisch;italienische
Greece|grec;grecque;grecs;grecques;griego;griega;greco;greca;greci;greche;griechisch;griechische
Libya|libyen;libyenne;libyens;libyennes;libio;libia;libico;libica;libici;libiche
Egypt|égyptien;égyptienne;égyptiens;égyptiennes;egipcio;egipcia;egiziano;egiziana;egiziani
Tunisia|tunisien;tunisienne;tunisiens;tunecino;tunisino;tunisina
Malta|maltais;maltaise;maltés;maltese;maltesi
Japan|japonais;japonaise;japonés;japonesa
Nigeria|nigérian;nigériane;nigérians;nigérianes;nigeriano;nigeriana;nigerianos;nigerianas;nigerianisch;nigerianische;nigerianischen
Niger|nigérien;nigérienne;nigériens;nigerino;nigerina
Mexico|mexicain;mexicaine;mexicains;mexicano;mexicana;mexicanos;mexikanisch;mexikanische;mexikanischen
Colombia|colombien;colombienne;colombiens;colombiano;colombiana;colombianos;kolumbianisch;kolumbianische
Brazil|brésilien;brésilienne;brésiliens;brasileño;brasileña;brasileiro;brasileira;brasilianisch;brasilianische
Argentina|argentin;argentine;argentins;argentino;argentinos;argentinisch;argentinische;argentinischen
Chile|chilien;chilienne;chiliens;chileno;chilena;chilenos;chilenisch;chilenische;chilenischen
Peru|péruvien;péruvienne;peruano;peruana;peruanos;peruanisch;peruanische
Pakistan|pakistanais;pakistanaise;pakistanaises;paquistaní;paquistaníes;pakistaní;pakistaníes;pakistanisch;pakistanische;pakistanischen;pakistanischem;pakistanischer;pakistano;pakistana;pakistani
Afghanistan|afghan;afghane;afghans;afgano;afgana;afganos;afghanisch;afghanische;afghanischen
Iraq|irakien;irakienne;irakiens;iraquí;iraquíes;irakisch;irakische;irakischen
Sudan|soudanais;soudanaise;sudanés;sudanesa;sudaneses;sudanesisch;sudanesische;sudanesischen
Ethiopia|éthiopien;éthiopienne;éthiopiens;etíope;etíopes;äthiopisch;äthiopische;äthiopischen
Cameroon|camerounais;camerounaise;camerunés;camerunesa;kamerunisch;kamerunische;kamerunischen
Mali|malien;malienne;maliens;maliense;malienses;malisch;malische;malischen
Chad|tchadien;tchadienne;tchadiens;chadiano;chadiana;tschadisch;tschadische;tschadischen
"""

# Words of institution names in other languages -> the English word the bags of words compare (``""``: dropped).
INSTITUTION_WORDS = {
    # the words of international agencies' names ("Agence internationale de l'énergie atomique")
    "internationale": "international",
    "énergie": "energy",
    "atomique": "atomic",
    "nucléaire": "nuclear",
    "ffaa": "armed forces",  # Spanish "FFAA", the Fuerzas Armadas
    "tropas": "troops",  # "las tropas ucranianas"
    # German bodies named after a national adjective ("der israelischen Armee", "die russischen Streitkräfte")
    "armee": "army",
    "streitkräfte": "armed forces",
    "truppen": "troops",
    "militär": "military",
    "polizei": "police",
    "ministère": "ministry",
    "ministre": "minister",
    "ministerio": "ministry",
    "ministerium": "ministry",
    "défense": "defense",
    "defensa": "defense",
    "affaires": "",
    "étrangères": "foreign",
    "exteriores": "foreign",
    "intérieur": "interior",
    "interior": "interior",
    "santé": "health",
    "salud": "health",
    "justice": "justice",
    "comité": "committee",
    "comisión": "commission",
    "commission": "commission",
    "enquête": "investigative",
    "conseil": "council",
    "consejo": "council",
    "national": "national",
    "nationale": "national",
    "nacional": "national",
    "électoral": "electoral",
    "électorale": "electoral",
    "electoral": "electoral",
    "commandement": "command",
    "comando": "command",
    "forces": "forces",
    "fuerzas": "forces",
    "fuerza": "force",
    "aérea": "air",
    "aéreas": "air",
    "aéreo": "air",
    "aéreos": "air",
    "armées": "armed",
    "armadas": "armed",
    "armée": "army",
    "troupes": "troops",
    "occupation": "occupation",
    "ejército": "army",
    "organisation": "organization",
    "organización": "organization",
    "mondiale": "world",
    "mundial": "world",
    "gardiens": "guard",
    "révolution": "revolutionary",
    "islamique": "islamic",
    "police": "police",
    "policía": "police",
    "agence": "agency",
    "agencia": "agency",
    "service": "service",
    "servicio": "service",
    "sécurité": "security",
    "seguridad": "security",
    "fédéral": "federal",
    "fédérale": "federal",
    "federal": "federal",
    "aviation": "aviation",
    "civile": "civil",
    "transport": "transport",
    "transports": "transport",
    "aérien": "air",
    "aérienne": "air",
    "aériennes": "air",
    "antiaérien": "air",
    "antiaérienne": "air",
    "antiaériennes": "air",
    "urgences": "emergency",
    "urgence": "emergency",  # "ministère des Situations d'urgence", the Emergencies Ministry
    "urgencias": "emergency",
    "emergencias": "emergency",
    "emergência": "emergency",
    "emergências": "emergency",
    "urgență": "emergency",
    "situations": "situations",
    "situaciones": "",
    "situações": "",
    "situații": "",
    "ministério": "ministry",
    "ministerul": "ministry",
    "defesa": "defense",
    "comitetul": "committee",
    "investigação": "investigative",  # "Comité de Investigação", the Investigative Committee
    "investigación": "investigative",
    "investigaciones": "investigative",
    "anchetă": "investigative",
    "conselho": "council",
    "comissão": "commission",
    "agência": "agency",
    "serviço": "service",
    "polícia": "police",
    "exército": "army",
    "forças": "forces",
    "parquet": "prosecutor",
    "tribunal": "court",
    "cour": "court",
    "suprême": "supreme",
    "état": "state",
    "plateforme": "platform",
    "unité": "unity",
    "unitaire": "unity",
    "démocratique": "democratic",
    "compagnie": "company",
    "ferroviaire": "railway",
    "garde": "guard",
    "gardes": "guard",
    "gardes-frontières": "border guard",
    "garde-frontières": "border guard",
    "garde-frontière": "border guard",
    "renseignement": "intelligence",
    "inteligencia": "intelligence",
    "islámico": "islamic",
    "estado": "state",
    "nations": "nations",
    "unies": "united",
    "union": "union",
    "européenne": "european",
    "européen": "european",
    "europe": "european",
    # governments, regions and their departments, in Spanish, Catalan, Galician, Portuguese, Italian, French, German
    "gobierno": "government",
    "governo": "government",
    "gouvernement": "government",
    "regierung": "government",
    "generalitat": "government",  # the Catalan and Valencian regional governments
    "xunta": "government",
    "comunidad": "community",
    "comunitat": "community",
    "comunità": "community",
    "comunidade": "community",
    "región": "region",
    "regione": "region",
    "região": "region",
    "région": "region",
    "provincia": "province",
    "província": "province",
    "ayuntamiento": "city council",
    "consejería": "department",
    "conselleria": "department",
    "presidencia": "presidency",
    "presidência": "presidency",
    "congreso": "congress",
    "senado": "senate",
    "parlamento": "parliament",
    "fiscalía": "prosecutor",
    "juzgado": "court",
    "guardia": "guard",
    "sanidad": "health",
    "sanità": "health",
    "saúde": "health",
    "protección": "protection",
    "protezione": "protection",
    "proteção": "protection",
    "coordinación": "coordination",
    "confederación": "confederation",
    "croix-rouge": "red cross",
    "croissant-rouge": "red crescent",
    "société": "society",
    "de": "",
    "du": "",
    "des": "",
    "la": "",
    "le": "",
    "les": "",
    "l": "",
    "d": "",
    "et": "",
    "en": "",
    "pour": "",
    "del": "",
    "y": "",
    "el": "",
    "los": "",
    "las": "",
    "der": "",
    "die": "",
    "für": "",
    "und": "",
    "da": "",
    "do": "",
    "dos": "",
    "das": "",
    "pentru": "",
}

# Other languages' names of the services ``institutions.NATIONAL_SERVICES`` lists, written after the country's
# adjective ("les garde-côtes grecs", "la Guardia costiera greca"): the kind as written -> the service in English.
NATIONAL_SERVICES = {
    "garde-côtes": "coast guard",
    "gardes-côtes": "coast guard",
    "garde-côte": "coast guard",
    "garde côtière": "coast guard",
    "guardia costiera": "coast guard",
    "guardia costera": "coast guard",
    "guarda costeira": "coast guard",
    "küstenwache": "coast guard",
    "garde-frontières": "border guard",
    "gardes-frontières": "border guard",
    "garde-frontière": "border guard",
    "guardia di frontiera": "border guard",
    "guardia fronteriza": "border guard",
    "grenzschutz": "border guard",
    "autorités": "authorities",
    "autorità": "authorities",
    "autoridades": "authorities",
    "behörden": "authorities",
}
# Other languages' forms of ``institutions.NATIONAL_SERVICE_NAMES`` (the same (country, name) -> service).
NATIONAL_SERVICE_NAMES = {
    ("Greece", "autorités portuaires"): "coast guard",
    ("Greece", "police portuaire"): "coast guard",
    ("Greece", "autorità portuali"): "coast guard",
    ("Greece", "autorità portuale"): "coast guard",
}

# Words that start an institution's name in French or Spanish prose, in lower case or capitalised
# ("le ministère russe de la Défense", "le Comité d'enquête"): where a finder may start an organisation.
# German nouns of a country's bodies, written capitalised after its lower-case adjective ("der israelischen Armee",
# "die ukrainischen Streitkräfte", "der iranischen Regierung"): the two words name the body.
GERMAN_BODY_NOUNS = frozenset("armee streitkräfte truppen militär regierung polizei".split())

INSTITUTION_HEADS = frozenset(
    {
        "ministère",
        "ministerio",
        "comité",
        "conseil",
        "consejo",
        "commandement",
        "comando",
        "organisation",
        "organización",
        "agence",
        "agencia",
        "service",
        "servicio",
        "forces",
        "fuerzas",
        "armée",
        "troupes",
        "tropas",
        "ejército",
        "police",
        "policía",
        "parquet",
        "tribunal",
        "cour",
        "commission",
        "comisión",
        "corps",
        "garde",
        "plateforme",
        "compagnie",
        "société",
        "défense",
        "défenses",
    }
)

# Words that open a body's French or Spanish name written before its acronym in brackets, capitalised and with the
# other words in lower case ("l'Association nationale de football (PSSI)", "la Fédération internationale de
# football association (FIFA)"): where such a name may start. Only read right before an acronym in brackets.
BRACKETED_BODY_HEADS = INSTITUTION_HEADS | frozenset(
    {
        "association",
        "asociación",
        "fédération",
        "federación",
        "union",
        "unión",
        "institut",
        "instituto",
        "office",
        "autorité",
        "autoridad",
        "haut-commissariat",
        "direction",
        "dirección",
        "syndicat",
        "parti",
        "partido",
        "banque",
        "banco",
        "fonds",
        "programme",
        "centre",
        "centro",
        "front",
        "frente",
    }
)

# French offices of a place (the English word of institutions.OFFICES): "le maire de Moscou" is Moscow's mayor.
OFFICES = {
    "maire": "mayor",
    "mairesse": "mayor",
    "gouverneur": "governor",
    "gouverneure": "governor",
    "président": "president",
    "présidente": "president",
    "procureur": "prosecutor",
    "procureure": "prosecutor",
    "ambassadeur": "ambassador",
    "ambassadrice": "ambassador",
    "chancelier": "chancellor",
    "chancelière": "chancellor",
    "préfet": "prefect",
    "préfète": "prefect",
    "préfet de police": "prefect",
    "préfète de police": "prefect",
    "procureur de la République": "prosecutor",
    "procureure de la République": "prosecutor",
}

# Small counts in French, Spanish and German prose, capitalised when they open a sentence ("Deux Su-27 ont
# survolé..."): a count before a designation, never the model's name.
NUMBER_WORDS = frozenset(
    """deux trois quatre cinq six sept huit neuf dix douze vingt cent plusieurs quelques
    dos tres cuatro cinco seis siete ocho nueve diez varios
    zwei drei vier fünf sechs sieben acht neun zehn mehrere""".split()
)

# Acronyms other languages write for bodies English news abbreviates otherwise.
ACRONYMS = {
    "OTAN": "NATO",
    "ONU": "UN",
    "UE": "EU",
    "OMS": "WHO",
    "AIEA": "IAEA",
    "CPI": "ICC",
    "CICR": "ICRC",
    "FMI": "IMF",
    "CGRI": "IRGC",
    "EI": "ISIS",
    "OSCE": "OSCE",
}

# Seats of power and government buildings that stand for a government, as other languages write them (accents
# folded) -> the name English news gives: "le Kremlin", "la Casa Blanca", "das Weiße Haus", "le Pentagone".
SEATS = {
    "kremlin": "Kremlin",
    "kreml": "Kremlin",
    "cremlino": "Kremlin",
    "maison blanche": "White House",
    "maison-blanche": "White House",
    "casa blanca": "White House",
    "casa bianca": "White House",
    "casa branca": "White House",
    "weisse haus": "White House",
    "weissen haus": "White House",
    "weisses haus": "White House",
    "pentagone": "Pentagon",
    "pentagono": "Pentagon",
    "elysee": "Élysée",
    "downing street": "Downing Street",
}

# Words of French and Spanish prose set before a body's own name that only say what kind of body it is
# ("l'organisation État islamique", "le groupe Wagner", "el grupo Hamda"): no word of the name.
APPOSITIVE_KINDS = frozenset(
    {
        "organisation",
        "organización",
        "groupe",
        "grupo",
        "gruppo",
        "gruppe",
        # a company named after its kind: "die Gesellschaft Ryanair", "la compagnie Ryanair", "la aerolínea Ryanair"
        "gesellschaft",
        "fluggesellschaft",
        "airline",
        "konzern",
        "unternehmen",
        "compagnie",
        "compagnia",
        "aerolínea",
        "mouvement",
        "movimiento",
        "milice",
        "milicia",
        "réseau",
        # a news agency or a company named after its kind: "l'agence Lerpress", "la société Lerav-Air"
        "agence",
        "agencia",
        "agência",
        "société",
        "empresa",
        "compañía",
        "companhia",
    }
)
