"""News outlets and agencies, and the words that say a name is one.

Outlet names in ``OUTLETS`` are typed MEDIA wherever they stand; any other name
becomes MEDIA when the text calls it a newspaper, channel, agency or the like
(``the Shot Telegram channel``, ``radio station France Info``).
"""

from __future__ import annotations

import functools

_OUTLETS = """
TASS|ITAR-TASS|Tass;RIA Novosti|RIA|Ria Novosti|RIA Nowosti;Interfax;Interfax-Ukraine;Sputnik;RT|Russia Today;Izvestia
Kommersant;Vedomosti;Rossiyskaya Gazeta;Komsomolskaya Pravda;Novaya Gazeta;Meduza;Mediazona;Lenta.ru;Gazeta.ru
RBC;REN TV;NTV;Channel One
Rossiya 24;Zvezda;Mash;Baza;Shot;Rybar;Ukrinform;UNIAN;Ukrainska Pravda;Kyiv Independent;Kyiv Post;Hromadske
Suspilne;Babel;Reuters;Associated Press|AP;Agence France-Presse|AFP;Bloomberg;Xinhua;Anadolu|Anadolu Agency;EFE;ANSA;dpa
Kyodo;Yonhap;CNN;BBC;NBC;NBC News;CBS;CBS News;ABC;ABC News;Fox News;MSNBC;NPR;PBS;Sky News;ITV;Channel 4
Al Jazeera;Al Arabiya;France 24;France Info|Franceinfo;Euronews;Deutsche Welle|DW;RFE/RL|Radio Free Europe;Radio Liberty
Voice of America|VOA;The New York Times|New York Times|NYT;The Washington Post|Washington Post
The Wall Street Journal|Wall Street Journal|WSJ
The Guardian|Guardian;The Times;The Telegraph|Daily Telegraph;The Independent;The Economist;Financial Times|FT;Politico
Axios;The Atlantic;Newsweek;Time;USA Today;Los Angeles Times;The Hill;Daily Mail;The Sun;Le Monde;Le Figaro;Liberation
Der Spiegel|Spiegel;Die Zeit;Bild;Frankfurter Allgemeine|FAZ;Suddeutsche Zeitung;Corriere della Sera;La Repubblica
El Pais
Haaretz;Times of Israel;Jerusalem Post;Ynet;Gazeta Wyborcza;Hurriyet;Dawn;The Hindu;Times of India
South China Morning Post|SCMP;Global Times;CGTN;China Daily;NHK;The Insider;Bellingcat;Belsat;Nexta;Current Time
ZDF;ARD;Tagesschau;RTL;n-tv;ORF;SRF;RAI;RTVE;El Mundo;La Vanguardia;NOS;VRT;RTBF;SVT;Dagens Nyheter;YLE;NRK;DR
France 2;France 3;France 5;LCI;Europe 1;RFI|Radio France Internationale
TF1;BFMTV;Le Parisien;Ouest-France;TVP;Polsat;TVN;Onet;Rzeczpospolita;Kathimerini;Daily Sabah;TRT;TRT World
PAP|Polska Agencja Prasowa;TVP Info;Polsat News;TVN24;RMF FM;RMF24;Polskie Radio|Polish Radio
Radio Zet;Super Express;Interia;Wirtualna Polska
IRNA;Tasnim;Fars;Mehr;Press TV;WAFA;i24NEWS;Ynet News;Asharq Al-Awsat;Al-Ahram;Al Mayadeen;Al Manar;Arab News
The National;Gulf News;TOLOnews;Geo News;NDTV;PTI|Press Trust of India;ANI;Hindustan Times;Indian Express;Bernama
Antara;Straits Times;Asahi Shimbun|Asahi;Yomiuri Shimbun|Yomiuri;Mainichi;Nikkei;Jiji;Korea Herald;KCNA;CCTV
People's Daily;Caixin;Taipei Times;Focus Taiwan;CNA;Clarin;Folha de S.Paulo|Folha;O Globo;El Universal;CBC;CTV
Globe and Mail;Toronto Star;Sydney Morning Herald;The Australian;New Zealand Herald;News24;Daily Maverick
Premium Times;Punch;Daily Nation;The EastAfrican;Radio Okapi;Radio Free Asia|RFA;Novaya Gazeta Europe
TV Rain|Dozhd;Ekho Moskvy;Fontanka;Argumenty i Fakty;Moskovsky Komsomolets;Readovka;Life.ru;Lenta;Espreso;ZN.UA
BelTA|Belta;Trend;Azertac|AZERTAC;APA;Ukrainian News Agency;UNN;ISNA;WAM;KUNA;QNA;MENA;Prensa Latina;teleSUR|TeleSUR
RBC-Ukraine;LIGA.net;Censor.net;Strana.ua;Politico Europe;EUobserver;Euractiv;Semafor;The Intercept;ProPublica
Europa Press;El País;El Confidencial;eldiario.es;Cadena SER;Antena 3;Telecinco;laSexta;20minutos;Infobae;Página 12
Notimex;Télam;Lusa;Agência Brasil;Estadão;RTP;Correio da Manhã;Diário de Notícias;Jornal de Notícias;El Deber
Saudi Press Agency|SPA;Yeni Safak|Yeni Şafak;Hürriyet;IRIB;Associated Press of Pakistan|APP;Dunya News|Dunya TV
Keystone-ATS|Keystone-SDA|Keystone ATS;Forbes;LBCI;Lebanon 24;Real America's Voice
"""

# Nouns that, next to a name, say it is an outlet: "the X newspaper", "news agency X".
DESCRIPTORS = frozenset(
    """
newspaper paper daily weekly tabloid magazine journal outlet publication website portal site channel broadcaster
station radio television tv network agency wire service blog podcast
""".split()
)

# Capitalised final words of outlet names ("Kyiv Post", "Moscow Times").
NAME_ENDINGS = frozenset(
    "Times Post Herald Gazette Gazeta Journal Telegraph Tribune Daily Chronicle Observer Pravda "
    "News Radio TV Today Izvestia Independent Insider Mail Express Standard Courier".split()
)

# Labels an outlet sets before a story's first sentence with a colon ("UPDATE: The toll has risen ..."), in the
# place a dateline's town takes ("Banjul: Police in ..."): no place. Compared case-folded.
LEAD_LABELS = frozenset(
    """
update updated exclusive breaking analysis opinion comment editorial explainer factbox watch live video photo photos
listen read note correction clarification summary background context highlights warning disclaimer interview review
report feature sources source story more also latest related see caption credit credits transcript question answer q
text full takeaways advertisement sponsored statement release
""".split()
)

# Platforms on which outlets and officials post: organisations, not outlets themselves.
PLATFORMS = frozenset(
    "Telegram Facebook Twitter X YouTube Instagram TikTok VKontakte VK WhatsApp Viber Weibo "
    "WeChat Truth Social Threads Bluesky Odnoklassniki".split()
)


@functools.cache
def outlets() -> dict[str, str]:
    """Outlet names and short forms -> canonical name (case kept: ``RT`` is an outlet, ``rt`` is not)."""
    table: dict[str, str] = {}
    for chunk in _OUTLETS.replace("\n", ";").split(";"):
        names = [n.strip() for n in chunk.split("|") if n.strip()]
        for n in names:
            table.setdefault(n, names[0])
            site, dot, domain = n.rpartition(".")
            if dot and site and domain.isalpha() and len(domain) <= 4:  # "Censor.NET", "LIGA.NET": the domain's case
                table.setdefault(f"{site}.{domain.upper()}", names[0])
                table.setdefault(f"{site}.{domain.lower()}", names[0])
    return table


# Outlets that are one side's own press (state and national media of a country): their own words about "the enemy"
# or "the occupiers" name that country's adversary (``disputes.ADVERSARIES``). Exiled and foreign-funded outlets
# (Meduza, Novaya Gazeta Europe, RFE/RL) are left out: they speak for no side. Keys are canonical names (``outlets``)
# or other names found in an article's outlet line, compared case-folded.
_OUTLET_COUNTRIES = {
    "Ukraine": """
Ukrinform;UNIAN;Ukrainska Pravda;Kyiv Independent;The Kyiv Independent;Kyiv Post;Hromadske;Suspilne;Babel;Бабель
Interfax-Ukraine;Espreso;ZN.UA;Ukrainian News Agency;UNN;RBC-Ukraine;LIGA.net;Censor.net;ZAXID.NET;Online.ua;Хрещатик
DSnews.ua;NV;Novoye Vremya;TSN;Obozrevatel;Ukrainska Pravda;Army Inform;ArmyInform
""",
    "Russia": """
TASS;RIA Novosti;РИА Новости;Sputnik;Sputnik International;RT;Izvestia;Rossiyskaya Gazeta;Komsomolskaya Pravda;Zvezda
Channel One;Rossiya 24;REN TV;NTV;Life.ru;Lenta.ru;Gazeta.ru;Argumenty i Fakty;Moskovsky Komsomolets;Readovka;Mash
Baza;Shot;Rybar;Vedomosti;Kommersant;Interfax;RBC;Regnum;News Front
""",
}
# Country-code domains of an outlet's address: a national outlet of that country (``war.ukraine.ua``, ``ria.ru``)
DOMAIN_COUNTRIES = {
    "ua": "Ukraine",
    "ru": "Russia",
    "am": "Armenia",
    "az": "Azerbaijan",
    "in": "India",
    "pk": "Pakistan",
}


@functools.cache
def _outlet_countries() -> dict[str, str]:
    table: dict[str, str] = {}
    for country, names in _OUTLET_COUNTRIES.items():
        for name in names.replace("\n", ";").split(";"):
            if name.strip():
                table[name.strip().casefold()] = country
    return table


def outlet_country(outlet: str | None, url: str | None) -> str | None:
    """The country whose own press an article is: its outlet's (``Ukrinform``, ``РИА Новости``), else its address's
    country-code domain (``https://war.ukraine.ua/...``). A reprint (``Daily Mail (Reuters)``) and an outlet named with
    its host (``Firstpost (republished by thematics.live)``) are read by the name before the bracket; None when
    neither says."""
    table = _outlet_countries()
    if outlet:
        name = outlet.split("(")[0].strip()
        country = table.get(name.casefold()) or table.get(outlets().get(name, "").casefold())
        if country:
            return country
        if "(" in outlet:
            return None  # a reprint of another outlet on some host: the host's domain says nothing of the words
    if url:
        host = url.split("//", 1)[-1].split("/", 1)[0].split(":", 1)[0].casefold()
        return DOMAIN_COUNTRIES.get(host.rsplit(".", 1)[-1])
    return None
