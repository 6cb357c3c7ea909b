"""News outlets and agencies, and the words that say a name is one.

Outlet names in ``OUTLETS`` are typed MEDIA wherever they stand; any other name
becomes MEDIA when the text calls it a newspaper, channel, agency or the like
(``the Shot Telegram channel``, ``radio station France Info``).
"""

from __future__ import annotations

import functools

_OUTLETS = """
TASS|ITAR-TASS|Tass;RIA Novosti|RIA|Ria Novosti;Interfax;Interfax-Ukraine;Sputnik;RT|Russia Today;Izvestia
Kommersant;Vedomosti;Rossiyskaya Gazeta;Komsomolskaya Pravda;Novaya Gazeta;Meduza;Mediazona;Lenta.ru;Gazeta.ru
RBC;REN TV;NTV;Channel One
Rossiya 24;Zvezda;Mash;Baza;Shot;Rybar;Ukrinform;UNIAN;Ukrainska Pravda;Kyiv Independent;Kyiv Post;Hromadske
Suspilne;Babel;Reuters;Associated Press|AP;Agence France-Presse|AFP;Bloomberg;Xinhua;Anadolu|Anadolu Agency;EFE;ANSA;dpa
Kyodo;Yonhap;PAP;CNN;BBC;NBC;NBC News;CBS;CBS News;ABC;ABC News;Fox News;MSNBC;NPR;PBS;Sky News;ITV;Channel 4
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
IRNA;Tasnim;Fars;Mehr;Press TV;WAFA;i24NEWS;Ynet News;Asharq Al-Awsat;Al-Ahram;Al Mayadeen;Al Manar;Arab News
The National;Gulf News;TOLOnews;Geo News;NDTV;PTI|Press Trust of India;ANI;Hindustan Times;Indian Express;Bernama
Antara;Straits Times;Asahi Shimbun|Asahi;Yomiuri Shimbun|Yomiuri;Mainichi;Nikkei;Jiji;Korea Herald;KCNA;CCTV
People's Daily;Caixin;Taipei Times;Focus Taiwan;CNA;Clarin;Folha de S.Paulo|Folha;O Globo;El Universal;CBC;CTV
Globe and Mail;Toronto Star;Sydney Morning Herald;The Australian;New Zealand Herald;News24;Daily Maverick
Premium Times;Punch;Daily Nation;The EastAfrican;Radio Okapi;Radio Free Asia|RFA;Novaya Gazeta Europe
TV Rain|Dozhd;Ekho Moskvy;Fontanka;Argumenty i Fakty;Moskovsky Komsomolets;Readovka;Life.ru;Lenta;Espreso;ZN.UA
BelTA|Belta;Trend;Azertac|AZERTAC;APA;Ukrainian News Agency;UNN;ISNA;WAM;KUNA;QNA;MENA;Prensa Latina;teleSUR|TeleSUR
RBC-Ukraine;LIGA.net;Censor.net;Strana.ua;Politico Europe;EUobserver;Euractiv;Semafor;The Intercept;ProPublica
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
    return table
