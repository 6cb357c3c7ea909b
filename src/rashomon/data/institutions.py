"""Words that build organisation names, and the few institutions known by a name that hides what they are.

Alias merging compares organisations by a normalised bag of words (country,
function, kind): ``Russian Ministry of Defense`` = ``Russian Defence Ministry``.
Some institutions are called by a name that says neither (``the Pentagon``,
``the State Department``): ``KNOWN`` spells out what they are.
"""

from __future__ import annotations

# Final words of organisation names: "X Ministry", "X Council", "X Service".
HEADS = frozenset(
    """
Ministry Department Service Services Council Committee Commission Office Agency Bureau Directorate Administration
Forces Force Army Navy Guard Guards Parliament Duma Rada Assembly Senate Congress Court Tribunal Party Union
Organization Organisation Association Institute Center Centre Foundation Fund Bank Corporation Company Group Battalion
Brigade Regiment Division Corps Command Police Cabinet Government Chamber Society League Movement Front University
Academy Authority Inspectorate Prosecutor's Headquarters Staff Secretariat Mission Delegation Embassy Consulate Network
Alliance Coalition Commissariat Board Panel Initiative Program Programme Team Unit Squad Legion Militia
""".split()
)

# Titles that follow an organisation in "X Strategic Communications Coordinator John Kirby": where a name ends.
TITLES = frozenset(
    """
spokesman spokeswoman spokesperson coordinator director chairman chairwoman chair head chief minister secretary
president vice-president premier prime ambassador envoy representative commander general admiral colonel major
captain lieutenant sergeant officer official adviser advisor aide deputy governor mayor senator congressman
congresswoman lawmaker deputy judge prosecutor investigator researcher analyst expert professor member founder
leader press-secretary press secretary correspondent editor reporter journalist prince commissioner
""".split()
)

# Words naming a minister's or secretary's portfolio ("Defence Minister", "Foreign and Home Secretary").
PORTFOLIOS = frozenset(
    """
defence defense foreign interior home justice finance financial health economy economic economics trade industry energy
education culture agriculture transport transportation environment labour labor emergency emergencies digital
infrastructure security homeland national affairs and internal development social veterans science state staff
""".split()
)

# Spelling and synonym normalisation for comparing organisation names.
SYNONYMS = {
    "defence": "defense",
    "organisation": "organization",
    "centre": "center",
    "theater": "theatre",
    "programme": "program",
    "department": "ministry",
    "affairs": "",
    "of": "",
    "the": "",
    "for": "",
    "and": "",
    "on": "",
    "in": "",
    "&": "",
    "ministries": "ministry",
    # a country's armed forces, whatever the sentence calls them ("Russian troops", "the Russian army", "l'armée
    # russe", "the Russian occupiers")
    "forces": "military",
    "force": "military",
    "troops": "military",
    "troop": "military",
    "army": "military",
    "armed": "",
    "invader": "military",
    "occupier": "military",
    "occupation": "",
    "occupying": "",
    "invading": "",
    "defences": "defense",
    "internal": "interior",
    "home": "interior",
    "unitary": "unity",  # "Plataforma Unitaria": the Unitary Platform, the Unity Platform
    "election": "electoral",  # "the election body", "Central Election Commission"
    "elections": "electoral",
    "soccer": "football",
    "aviation": "air",  # "aviation agency", "Air Transport Agency"
    "pharma": "pharmaceutical",  # "Acme Pharma" is "Acme Pharmaceuticals"
    # "the Ministry of Emergency Situations" is "the Emergencies Ministry"
    "situation": "",
    "situations": "",
    # a field's noun and its adjective name one body: "Medicines Control Agency" is the "Medical Control Agency",
    # the "Ministry of Agriculture" the "Agricultural Ministry", the "Economy Ministry" the "Economic Ministry"
    "medicine": "medical",
    "agriculture": "agricultural",
    "economy": "economic",
    "environment": "environmental",
    # one network, however the sentence calls its trains ("the national rail network", "Ukrainian Railways")
    "rail": "railway",
    "railroad": "railway",
}

# Descriptions that name a body by what it does ("the electoral authority", "Russia's aviation watchdog", "the
# Indonesian football association"): head noun -> the kinds of body it may describe (one of the body's names must
# hold one of these words, as the bags of words read them). ``link/aliases.py`` takes a description for the one body
# of the corpus whose names have its other words and such a kind: "the tax authority" is no "Citizens for Tax
# Justice", "the electoral authority" no "Electoral Observers Union".
_PUBLIC_BODIES = frozenset(
    "council commission committee agency authority service ministry organization board office administration "
    "directorate inspectorate bureau tribunal court".split()
)
_COMPANIES = frozenset(
    "company corporation pharmaceutical airline airway holding industry motor energy technology laboratory lab "
    "manufacturer maker producer operator firm".split()
)
# Words of a body's name that say it is a business ("Maiden Pharmaceuticals", "Acme Motors"); not the words that
# public bodies share ("energy": the Department of Energy, "international", "group").
FIRM_KINDS = frozenset(
    "company corporation pharmaceutical pharmaceuticals pharma airline airlines airways holdings industries motors "
    "technologies laboratories labs manufacturer maker producer firm".split()
)
_SPORTS_BODIES = frozenset({"federation", "association", "union", "league"})
_NETWORKS = frozenset({"railway", "metro", "subway", "grid"})
DESCRIPTION_HEADS: dict[str, frozenset[str]] = {
    "authority": _PUBLIC_BODIES,
    "body": _PUBLIC_BODIES,
    "watchdog": _PUBLIC_BODIES,
    "regulator": _PUBLIC_BODIES,
    "agency": _PUBLIC_BODIES,
    "operator": _COMPANIES,
    "company": _COMPANIES,
    "firm": _COMPANIES,
    "federation": _SPORTS_BODIES,
    "association": _SPORTS_BODIES,
    "council": frozenset({"council"}),
    "commission": frozenset({"commission"}),
    "committee": frozenset({"committee"}),
    "ministry": frozenset({"ministry"}),
    # a country's "national railway system", "rail network", "metro system": the one body that runs it
    "system": _NETWORKS,
    "network": _NETWORKS,
}
# Nouns that name any organisation without saying what it does: "“...,” the group added" after "Amnesty International
# published ..." is Amnesty. Read only as "the <noun>", for the body that was last a subject.
GENERIC_BODY_NOUNS = frozenset({"group", "organisation", "organization", "charity", "ngo", "outfit"})
# Words before such a noun that say it is an armed group ("the terror outfit said", "the militant group added"): the
# armed group last a subject, never a public body
ARMED_GROUP_MODIFIERS = frozenset(
    "terror terrorist militant rebel armed separatist extremist jihadist insurgent banned proscribed".split()
)
# Words of a state body's name that no armed group's name holds ("the Varno police", "the interior ministry")
STATE_BODY_WORDS = frozenset("police ministry government office department service agency court prosecutor".split())
# Words of a description that say nothing of what the body does ("the national electoral authority").
DESCRIPTION_NEUTRAL = frozenset(
    "national state federal central official government public main top country's nation's".split()
)

# Services every country has one of, which news names by their kind and the country's adjective or possessive
# ("the Greek coastguard", "Greece's coast guard", "Lerovian border guards") or by the kind alone once the article
# has named one ("the coastguard said"): the kind as written -> the service. Spaces and hyphens inside a kind count
# for nothing ("coastguard", "coast guard", "coast-guard") and a plural "s" is the same service. Other languages'
# names are in ``exonyms.NATIONAL_SERVICES``.
NATIONAL_SERVICES = {
    "coast guard": "coast guard",
    "border guard": "border guard",
    "border police": "border guard",
    "authorities": "authorities",
}
# Services only a country named with them makes one body: "the Greek authorities" are Greece's, "the authorities"
# may be anyone's.
NAMED_ONLY_SERVICES = frozenset({"authorities"})
# A country's own name for one of its services, which says neither the kind nor the country ("the Greek port police"
# is the Hellenic Coast Guard, officially "Coast Guard - Port Police"): (country, name) -> the service. Only read
# with the country named ("the Greek port authorities"), never bare.
NATIONAL_SERVICE_NAMES = {
    ("Greece", "port police"): "coast guard",
    ("Greece", "port authorities"): "coast guard",
    ("Greece", "port authority"): "coast guard",
}

# Institutions whose name hides their function or country: name (casefolded) -> (country, words of what they are).
KNOWN: dict[str, tuple[str, str]] = {
    "state department": ("United States", "foreign ministry"),
    "department of state": ("United States", "foreign ministry"),
    "pentagon": ("United States", "defense ministry"),
    "white house": ("United States", "white house"),
    "foreign office": ("United Kingdom", "foreign ministry"),
    "home office": ("United Kingdom", "interior ministry"),
    "downing street": ("United Kingdom", "downing street"),
    "quai d'orsay": ("France", "foreign ministry"),
    "elysee": ("France", "elysee"),
    "elysee palace": ("France", "elysee"),
    "kremlin": ("Russia", "kremlin"),
    "state duma": ("Russia", "state duma"),
    "duma": ("Russia", "state duma"),
    "verkhovna rada": ("Ukraine", "verkhovna rada"),
    "rada": ("Ukraine", "verkhovna rada"),
    "knesset": ("Israel", "knesset"),
    "tsahal": ("Israel", "military"),  # the Israeli army's Hebrew acronym, as French writes it
    "bundestag": ("Germany", "bundestag"),
    "mfa": ("", "foreign ministry"),
    "mod": ("", "defense ministry"),
}

# International bodies: a name qualified by one of these is "theirs", like a country's ("UN Security Council").
INTERNATIONAL = {
    "un": "United Nations",
    "united nations": "United Nations",
    "eu": "European Union",
    "european union": "European Union",
    "nato": "NATO",
    "osce": "OSCE",
    "au": "African Union",
    "african union": "African Union",
    "g7": "G7",
    "g20": "G20",
    "who": "WHO",
    "iaea": "IAEA",
}

# Acronyms everyone knows, for matching when a corpus never spells them out.
ACRONYMS = {
    "US": "United States",
    "U.S.": "United States",
    "USA": "United States",
    "UK": "United Kingdom",
    "UN": "United Nations",
    "EU": "European Union",
    "NATO": "North Atlantic Treaty Organization",
    "OSCE": "Organization for Security and Cooperation in Europe",
    "UAE": "United Arab Emirates",
    "IAEA": "International Atomic Energy Agency",
    "WHO": "World Health Organization",
    "ICC": "International Criminal Court",
    "ICRC": "International Committee of the Red Cross",
    "IMF": "International Monetary Fund",
    "FBI": "Federal Bureau of Investigation",
    "CIA": "Central Intelligence Agency",
    "MoD": "Ministry of Defence",
    # international agencies and aid bodies news names by an acronym of another name or language
    "MSF": "Doctors Without Borders",
    "UNRWA": "United Nations Relief and Works Agency",
    "UNICEF": "United Nations Children's Fund",
    "UNHCR": "United Nations High Commissioner for Refugees",
    "OCHA": "United Nations Office for the Coordination of Humanitarian Affairs",
    "WFP": "World Food Programme",
    "HRW": "Human Rights Watch",
    "MFA": "Ministry of Foreign Affairs",
    # national bodies whose acronym spells their name in their own language
    "FSB": "Russian Federal Security Service",
    "SVR": "Russian Foreign Intelligence Service",
    "GRU": "Russian Main Intelligence Directorate",
    "MVD": "Russian Interior Ministry",
    "SBU": "Security Service of Ukraine",
    "HUR": "Ukrainian Main Intelligence Directorate",
    "GUR": "Ukrainian Main Intelligence Directorate",
    "ZSU": "Armed Forces of Ukraine",
    "VSU": "Armed Forces of Ukraine",
    "IRGC": "Iranian Islamic Revolutionary Guard Corps",
    "IDF": "Israel Defense Forces",
    "PLA": "People's Liberation Army",
    "BND": "German Federal Intelligence Service",
}

# Legal forms after a company's name: "Maiden Pharmaceuticals Limited" and "Maiden Pharmaceuticals Ltd" are one body.
LEGAL_FORMS = frozenset(
    "ltd limited inc incorporated llc plc jsc pjsc ojsc cjsc corp gmbh ag sa s.a pvt pte bv nv llp lp".split()
)

# Words of company and team names, kept in English by articles in other languages ("Maiden Pharmaceuticals Limited").
COMPANY_WORDS = frozenset(
    "pharmaceuticals pharma airlines airways group holdings industries motors energy systems technologies "
    "international foods labs laboratories football club fc united city".split()
)

# Last words of an airline's or a shipper's name that the model takes for a person's ("Jeju Air", "Stena Bulk"): a
# company. Not words of the company bags, where "Jeju Air" would meet the island of Jeju.
COMPANY_ENDINGS = frozenset({"air", "bulk", "shipping", "tankers", "logistics"})

# Offices a description names a person by ("the mayor of Lerovo", "Lerovo's governor"): linking takes such a
# description for the one person of the corpus whose role names the office (and the place, where the role has one).
OFFICES = frozenset(
    """mayor governor prosecutor prefect president premier chancellor ambassador
    spokesman spokeswoman spokesperson""".split()
)
# Plural kinds that end the name of several bodies together ("... Red Crescent Societies", "... Rescue
# Associations"): a federation of national bodies, never one country's.
COLLECTIVE_KINDS = frozenset("societies associations federations unions organisations organizations".split())

# Kinds of body that "the ministry", "the committee" stand for once an article has named one such body. Not "the
# military", "the army", "the police": an article about a war names one side's forces and calls the other's so too.
BODY_HEADS = frozenset("ministry committee commission council agency movement company airline court".split())

# Seats of power that stand for a country's head of state or government ("the Kremlin spokesman", "a White House
# press secretary"): the seat -> (the country, the word a role gives for that office). A description naming the seat
# fits a person introduced by the office and the country ("Russian presidential spokesman X").
SEATS_OF_POWER: dict[str, tuple[str, str]] = {
    "kremlin": ("russia", "presidential"),
    "white house": ("united states", "presidential"),
    "élysée": ("france", "presidential"),
    "elysee": ("france", "presidential"),
    "downing street": ("united kingdom", "prime"),
    "bankova": ("ukraine", "presidential"),
}

# Words that open the name of a body or a place named after a person ("Fondation Jean Jaurès", "Universität Heinrich
# Heine", "Aéroport Charles de Gaulle", "Place Victor Hugo"): the name after them is the person's, the whole the body's
# or the place's. Kind -> entity type.
NAMED_AFTER_HEADS: dict[str, str] = {
    **dict.fromkeys(
        """fondation foundation stiftung fundación fondazione fundação lycée collège école université universität
        universidad università universidade institut instituto istituto hôpital krankenhaus klinik klinikum hospital
        ospedale prix preis premio award centre zentrum centro musée museum museo gymnasium""".split(),
        "ORG",
    ),
    **dict.fromkeys(
        """aéroport flughafen aeropuerto aeroporto airport rue straße strasse place platz plaza piazza avenue
        boulevard stade stadion estadio stadio gare bahnhof estación stazione pont brücke puente ponte""".split(),
        "FAC",
    ),
}
