"""Small multi-article corpora about events that are not the example corpus's, with what their entities must be.

Each corpus lists its articles and the expectations the real pipeline must meet:
``types`` (a surface is found, as an entity of that type), ``same`` (surfaces that
are one entity), ``apart`` (surfaces that are different entities) and ``roles``
(a surface's entity has a role containing these words). Written by hand for the
tests; the events are real, the wording is ours.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import rashomon
from rashomon.model import Entity, Ledger


@dataclass(frozen=True)
class Corpus:
    name: str
    articles: tuple[str, ...]
    types: dict[str, str] = field(default_factory=dict)
    same: tuple[tuple[str, ...], ...] = ()
    apart: tuple[tuple[str, str], ...] = ()
    roles: dict[str, str] = field(default_factory=dict)
    absent: tuple[str, ...] = ()  # surfaces that must not be entities
    alone: tuple[tuple[str, int], ...] = ()  # (surface, article index): an ambiguous mention joining no other article


TUAPSE = Corpus(
    "tuapse",
    (
        "Drones hit oil depot in Tuapse, Russian officials say\n\n"
        "TUAPSE, Russia, March 3 (Reuters) - Ukrainian drones struck an oil depot in the Black Sea port of Tuapse "
        "overnight, the governor of the Krasnodar region, Veniamin Kondratyev, said on Sunday. Kondratyev said a fire "
        "broke out at the depot and was put out by morning. Russia's Defence Ministry said air defences destroyed 38 "
        "drones over the Krasnodar region and Crimea. A source in the Security Service of Ukraine (SBU) told Reuters "
        "the operation was carried out by the agency. The SBU has claimed several similar strikes on refineries this "
        "year.\n",
        "Fire at Tuapse terminal put out\n\n"
        "Krasnodar, March 3. /Interfax/ - A fire at an oil terminal in Tuapse was extinguished, Governor Veniamin "
        "Kondratyev said. The Russian Ministry of Defense reported that Su-34 bombers were scrambled over the sea. "
        "Kondratyev said no one was hurt. Ukraine's SBU did not comment. Officials in Krasnodar said the airport "
        "was working normally.\n",
        "SBU drones hit refinery\n\n"
        "The Kyiv Independent reported that drones launched by the SBU hit the Tuapse refinery. Vasyl Maliuk, head of "
        "the Security Service of Ukraine, said strikes on Russian oil infrastructure would continue. Maliuk said "
        "Russia "
        "buys Shahed-136 drones from Iran with the revenue. Officials in Krasnodar Krai said the port resumed work.\n",
    ),
    types={
        "Reuters": "MEDIA",
        "Interfax": "MEDIA",
        "Kyiv Independent": "MEDIA",
        "Su-34": "EQUIPMENT",
        "Shahed-136": "EQUIPMENT",
        "Tuapse": "GPE",
        "Veniamin Kondratyev": "PERSON",
        "Vasyl Maliuk": "PERSON",
        "SBU": "ORG",
        "Krasnodar region": "GPE",
        "Iran": "GPE",
        "Crimea": "GPE",
        "TUAPSE": "GPE",
    },
    same=(
        ("Veniamin Kondratyev", "Kondratyev"),
        ("Security Service of Ukraine", "SBU"),
        ("Krasnodar region", "Krasnodar Krai"),
        ("Vasyl Maliuk", "Maliuk"),
        ("Defence Ministry", "Russian Ministry of Defense"),
        ("Tuapse", "TUAPSE"),
    ),
    apart=(
        ("Krasnodar", "Krasnodar region"),
        ("Russia", "Russian"),
        ("Ukraine", "Ukrainian"),
        ("Tuapse", "Russia"),
        ("Security Service of Ukraine", "Ukraine"),
        ("Reuters", "Interfax"),
    ),
    roles={"Vasyl Maliuk": "head", "Veniamin Kondratyev": "governor"},
)

ZAPORIZHZHIA = Corpus(
    "zaporizhzhia",
    (
        "IAEA chief visits nuclear plant\n\n"
        "IAEA chief Rafael Grossi visited the Zaporizhzhia nuclear power plant on Tuesday. The International Atomic "
        "Energy Agency said a drone hit the plant's training centre. Grossi told AFP the attack was reckless. "
        "Ukrainian "
        "President Volodymyr Zelenskyy accused Russia of staging the strike. Zelenskyy spoke in Kyiv after meeting "
        "Gen. Oleksandr Syrskyi, the commander-in-chief of the armed forces.\n",
        "Attack near Zaporozhye repelled\n\n"
        "Moscow, April 9. /TASS/. Russian troops repelled an attack near Zaporozhye, the Russian Defense Ministry "
        "said. "
        "Kiev regime forces used HIMARS launchers and a Bayraktar TB2 drone, the ministry said. Vladimir Zelensky's "
        "office did not comment. Aleksandr Syrsky ordered new attacks near the city of Nikolaev, a source told TASS.\n",
        "Syrskyi: S-400 battery hit in Crimea\n\n"
        "Speaking to the BBC, Alexander Syrskyi said Ukrainian forces had hit an S-400 battery in Crimea with ATACMS "
        "missiles. Syrskyi said a Tu-22M3 bomber was also damaged. Russian forces fired Kh-22 and Iskander-M missiles "
        "at Dnipro and Mykolaiv overnight, the military said. A man was killed in Dnepr, regional officials said.\n",
    ),
    types={
        "AFP": "MEDIA",
        "TASS": "MEDIA",
        "BBC": "MEDIA",
        "HIMARS": "EQUIPMENT",
        "Bayraktar TB2": "EQUIPMENT",
        "S-400": "EQUIPMENT",
        "ATACMS": "EQUIPMENT",
        "Tu-22M3": "EQUIPMENT",
        "Kh-22": "EQUIPMENT",
        "Iskander-M": "EQUIPMENT",
        "Rafael Grossi": "PERSON",
        "Volodymyr Zelenskyy": "PERSON",
        "Oleksandr Syrskyi": "PERSON",
        "IAEA": "ORG",
        "Mykolaiv": "GPE",
        "Zaporozhye": "GPE",
    },
    same=(
        ("Volodymyr Zelenskyy", "Vladimir Zelensky", "Zelenskyy"),
        ("Oleksandr Syrskyi", "Aleksandr Syrsky", "Alexander Syrskyi", "Syrskyi"),
        ("Mykolaiv", "Nikolaev"),
        ("Dnipro", "Dnepr"),
        ("Kyiv", "Kiev"),
        ("Rafael Grossi", "Grossi"),
        ("IAEA", "International Atomic Energy Agency"),
    ),
    apart=(
        ("Russia", "Moscow"),
        ("Russia", "Russian"),
        ("Kyiv", "Ukrainian"),
        ("Volodymyr Zelenskyy", "Rafael Grossi"),
        ("Kh-22", "Tu-22M3"),
        ("IAEA", "AFP"),
    ),
    roles={"Oleksandr Syrskyi": "commander-in-chief", "Volodymyr Zelenskyy": "President"},
)

GAZA = Corpus(
    "gaza",
    (
        "Blast at Gaza hospital\n\n"
        "An explosion at the al-Ahli Arab Hospital in Gaza City killed hundreds of people, the health ministry in Gaza "
        "said. Hamas blamed an Israeli air strike. The Israel Defense Forces (IDF) said a rocket misfired by "
        "Palestinian "
        "Islamic Jihad caused the blast. Al Jazeera's correspondent said the courtyard was full of displaced "
        "families.\n",
        "Israel denies role\n\n"
        "JERUSALEM (AP) - Israeli Defence Minister Yoav Gallant said on Wednesday that the IDF had no aircraft over "
        "the "
        "area. Gallant said the military had intercepted calls between militants. Prime Minister Benjamin Netanyahu "
        "told President Joe Biden that Israel was not responsible. Netanyahu spoke in Tel Aviv.\n",
        "Audio published\n\n"
        "The Israeli military published audio it said proved the rocket was fired from Gaza. Mr Gallant said Israel "
        "would share the evidence. The BBC said it could not verify the recording. Israelis held vigils in Jerusalem. "
        "Palestinian Islamic Jihad denied the claim. President Biden said the data he had seen supported Israel.\n",
    ),
    types={
        "Al Jazeera": "MEDIA",
        "AP": "MEDIA",
        "BBC": "MEDIA",
        "IDF": "ORG",
        "Hamas": "ORG",
        "Yoav Gallant": "PERSON",
        "Benjamin Netanyahu": "PERSON",
        "Joe Biden": "PERSON",
        "Israel": "GPE",
        "Jerusalem": "GPE",
        "Gaza City": "GPE",
        "Palestinian Islamic Jihad": "ORG",
    },
    same=(
        ("Israel Defense Forces", "IDF"),
        ("Yoav Gallant", "Gallant"),
        ("Benjamin Netanyahu", "Netanyahu"),
        ("Israeli", "Israelis"),
        ("Joe Biden", "Biden"),
    ),
    apart=(
        ("Israel", "Israeli"),
        ("Israel", "Jerusalem"),
        ("Gaza", "Gaza City"),
        ("Israel", "Israel Defense Forces"),
        ("Palestinian Islamic Jihad", "Hamas"),
        ("Yoav Gallant", "Benjamin Netanyahu"),
    ),
    roles={"Yoav Gallant": "Defence Minister", "Benjamin Netanyahu": "Prime Minister"},
)

KLITSCHKO = Corpus(
    "klitschko",
    (
        "Missile hits Kyiv building\n\n"
        "Kyiv Mayor Vitali Klitschko said a missile hit a residential building in the Darnytskyi district. Klitschko "
        "said 12 people were injured. Ukrinform reported that air defences shot down Kh-101 missiles over the "
        "capital.\n",
        "Former champion visits the front\n\n"
        "Wladimir Klitschko, the former boxing champion, visited soldiers near Bakhmut. Wladimir Klitschko said the "
        "troops needed F-16 fighter jets. The visit was reported by Ukrainska Pravda.\n",
        "Calls for air defence\n\n"
        "Klitschko called for more air defence. Andriy Yermak, head of the presidential office, met Western envoys in "
        "Kyiv. Yermak said Storm Shadow missiles had been used against Russian ships.\n",
    ),
    types={
        "Ukrinform": "MEDIA",
        "Ukrainska Pravda": "MEDIA",
        "Kh-101": "EQUIPMENT",
        "F-16": "EQUIPMENT",
        "Storm Shadow": "EQUIPMENT",
        "Vitali Klitschko": "PERSON",
        "Wladimir Klitschko": "PERSON",
        "Andriy Yermak": "PERSON",
        "Bakhmut": "GPE",
        "Kyiv": "GPE",
    },
    same=(("Andriy Yermak", "Yermak"), ("Vitali Klitschko", "Klitschko")),
    apart=(("Vitali Klitschko", "Wladimir Klitschko"), ("Kyiv", "Vitali Klitschko")),
    alone=(("Klitschko", 2),),
    roles={"Andriy Yermak": "head of the presidential office", "Vitali Klitschko": "Mayor"},
)

BALTIC = Corpus(
    "baltic",
    (
        "Finland suspects ship damaged pipeline\n\n"
        "HELSINKI (Reuters) - Finnish police said on Friday they suspected a Chinese-owned vessel damaged the gas "
        "pipeline under the Gulf of Finland. The National Bureau of Investigation said the ship's anchor dragged "
        "along the seabed. Finland's President Sauli Niinisto called the damage serious. NATO Secretary General Jens "
        "Stoltenberg said the alliance would step up patrols.\n",
        "Estonia says cable also cut\n\n"
        "Estonian Prime Minister Kaja Kallas said a telecoms cable between Estonia and Sweden was also cut. Kallas "
        "told the Estonian broadcaster ERR that Tallinn would cooperate with Helsinki. Niinisto and Stoltenberg spoke "
        "by phone. The North Atlantic Treaty Organization sent minehunters to the area.\n",
        "Beijing offers information\n\n"
        "China's Foreign Ministry said Beijing was willing to provide information. Finnish investigators said the "
        "vessel later sailed to the Russian port of Arkhangelsk, AFP reported.\n",
    ),
    types={
        "Reuters": "MEDIA",
        "ERR": "MEDIA",
        "AFP": "MEDIA",
        "Sauli Niinisto": "PERSON",
        "Jens Stoltenberg": "PERSON",
        "Kaja Kallas": "PERSON",
        "NATO": "ORG",
        "Tallinn": "GPE",
        "Helsinki": "GPE",
        "Estonia": "GPE",
        "National Bureau of Investigation": "ORG",
    },
    same=(
        ("Sauli Niinisto", "Niinisto"),
        ("Jens Stoltenberg", "Stoltenberg"),
        ("Kaja Kallas", "Kallas"),
        ("NATO", "North Atlantic Treaty Organization"),
    ),
    apart=(
        ("Finland", "Helsinki"),
        ("Finland", "Finnish"),
        ("China", "Beijing"),
        ("China", "Chinese"),
        ("Estonia", "Estonian"),
        ("Estonia", "Tallinn"),
        ("Kaja Kallas", "Sauli Niinisto"),
    ),
    roles={"Kaja Kallas": "Prime Minister", "Jens Stoltenberg": "Secretary General"},
)

KHERSON = Corpus(
    "kherson",
    (
        "Russia orders withdrawal from Kherson\n\n"
        "Russian Defence Minister Sergei Shoigu said troops would withdraw from Kherson. Ukrainian President Volodymyr "
        "Zelensky said Ukraine would liberate the whole Kherson region. Shoigu gave the order after a report by Gen. "
        "Sergei Surovikin. Meduza reported that the withdrawal began on Thursday. Russia's Federal Security Service "
        "said it had detained "
        "two saboteurs in Crimea.\n",
        "Шойгу приказал отвести войска\n\n"
        "Министр обороны России Сергей Шойгу приказал начать отвод войск из Херсона. Президент Украины Владимир "
        "Зеленский заявил, что украинские военные вошли в Херсонскую область. Генерал Сергей Суровикин доложил "
        "министру о ходе операции. Зеленский выступил с обращением в Киеве.\n",
        "Ukrainian troops enter Kherson\n\n"
        "Ukrainian troops entered Kherson on Friday, Zelensky said in Kyiv. Surovikin said the river was the new "
        "line of defence. Residents of the Kherson oblast celebrated in the streets, Ukrinform reported. The FSB "
        "said the saboteurs had been trained abroad.\n",
    ),
    types={
        "Meduza": "MEDIA",
        "Ukrinform": "MEDIA",
        "Sergei Shoigu": "PERSON",
        "Sergei Surovikin": "PERSON",
        "Kherson": "GPE",
        "Kherson region": "GPE",
        "Сергей Шойгу": "PERSON",
        "Херсон": "GPE",
        "FSB": "ORG",
    },
    same=(
        ("Sergei Shoigu", "Сергей Шойгу", "Shoigu"),
        ("Volodymyr Zelensky", "Владимир Зеленский", "Zelensky"),
        ("Kherson", "Херсон"),
        ("Sergei Surovikin", "Сергей Суровикин", "Surovikin"),
        ("Kherson region", "Kherson oblast"),
        ("Kyiv", "Киев"),
        ("Federal Security Service", "FSB"),
    ),
    apart=(
        ("Kherson", "Kherson region"),
        ("Russia", "Russian"),
        ("Ukraine", "Kyiv"),
        ("Sergei Shoigu", "Sergei Surovikin"),
        ("FSB", "Russia"),
    ),
    roles={"Sergei Shoigu": "Defence Minister", "Volodymyr Zelensky": "President"},
    absent=("Defence",),
)

TAIWAN = Corpus(
    "taiwan",
    (
        "Chinese jets cross median line\n\n"
        "TAIPEI (Reuters) - Taiwan's defence ministry said 24 Chinese J-16 fighter jets crossed the median line of the "
        "Taiwan Strait on Monday. President Lai Ching-te said Taipei would not be intimidated. The People's Liberation "
        "Army (PLA) said it was conducting drills. Beijing's Taiwan Affairs Office accused Lai of provoking "
        "tensions.\n",
        "PLA drills test readiness\n\n"
        "The Eastern Theater Command of the PLA said the exercises tested joint combat readiness, Xinhua reported. "
        "Chinese Foreign Ministry spokesperson Mao Ning said Taiwan was part of China. Mao said the United States "
        "should stop arming the island. Washington said a US Navy destroyer sailed through the strait.\n",
        "Taiwan monitors bombers\n\n"
        "Lai said the island's armed forces were monitoring the situation. The People's Liberation Army sent H-6 "
        "bombers near the island, according to Taiwan's Ministry of National Defense. The Global Times said the "
        "drills were a warning.\n",
    ),
    types={
        "Reuters": "MEDIA",
        "Xinhua": "MEDIA",
        "Global Times": "MEDIA",
        "J-16": "EQUIPMENT",
        "H-6": "EQUIPMENT",
        "Lai Ching-te": "PERSON",
        "Mao Ning": "PERSON",
        "PLA": "ORG",
        "Taipei": "GPE",
        "Taiwan": "GPE",
        "Taiwan Strait": "LOC",
    },
    same=(("Lai Ching-te", "Lai"), ("Mao Ning", "Mao"), ("People's Liberation Army", "PLA")),
    apart=(
        ("Taiwan", "Taipei"),
        ("China", "Beijing"),
        ("United States", "Washington"),
        ("Taiwan", "Taiwan Strait"),
        ("PLA", "China"),
        ("Lai Ching-te", "Mao Ning"),
        ("Chinese", "China"),
    ),
    roles={"Mao Ning": "spokesperson", "Lai Ching-te": "President"},
)

SUDAN = Corpus(
    "sudan",
    (
        "Sudan's warring sides agree truce\n\n"
        "KHARTOUM (Reuters) - Sudan's army chief Abdel Fattah al-Burhan agreed to a 72-hour ceasefire with the Rapid "
        "Support Forces (RSF), the U.S. State Department said. Burhan said the army would respect the truce. RSF "
        "commander Mohamed Hamdan Dagalo said his forces were ready for talks in Jeddah. Fighting continued in "
        "Omdurman, residents told Reuters.\n",
        "Truce violated, army says\n\n"
        "The Sudanese Armed Forces (SAF) accused the RSF of violating the truce in Khartoum. General al-Burhan met "
        "Saudi Foreign Minister Faisal bin Farhan in Jeddah. Dagalo said his fighters had shot down a MiG-29 over "
        "the capital. Al Arabiya reported heavy shelling.\n",
        "Talks in Jeddah\n\n"
        "Saudi Arabia and the United States brokered the talks. The Rapid Support Forces said the army used Su-24 jets "
        "against civilians. The SAF denied the claim. Sudanese civilians fled to Egypt and Chad.\n",
    ),
    types={
        "Reuters": "MEDIA",
        "Al Arabiya": "MEDIA",
        "MiG-29": "EQUIPMENT",
        "Su-24": "EQUIPMENT",
        "Abdel Fattah al-Burhan": "PERSON",
        "Mohamed Hamdan Dagalo": "PERSON",
        "Faisal bin Farhan": "PERSON",
        "RSF": "ORG",
        "SAF": "ORG",
        "Jeddah": "GPE",
        "Omdurman": "GPE",
        "Khartoum": "GPE",
    },
    same=(
        ("Abdel Fattah al-Burhan", "Burhan", "al-Burhan"),
        ("Mohamed Hamdan Dagalo", "Dagalo"),
        ("Rapid Support Forces", "RSF"),
        ("Sudanese Armed Forces", "SAF"),
        ("Khartoum", "KHARTOUM"),
    ),
    apart=(
        ("Sudan", "Sudanese"),
        ("Sudan", "Khartoum"),
        ("SAF", "RSF"),
        ("Saudi Arabia", "Saudi"),
        ("RSF", "Sudan"),
        ("Faisal bin Farhan", "Abdel Fattah al-Burhan"),
        ("Mohamed Hamdan Dagalo", "Abdel Fattah al-Burhan"),
    ),
    roles={
        "Mohamed Hamdan Dagalo": "commander",
        "Abdel Fattah al-Burhan": "army chief",
        "Faisal bin Farhan": "Foreign Minister",
    },
)


def build(corpus: Corpus) -> Ledger:
    """The corpus's ledger through the public API, from files as a user would give them."""
    with tempfile.TemporaryDirectory() as folder:
        for n, text in enumerate(corpus.articles):
            Path(folder, f"{corpus.name}-{n}.txt").write_text(text, encoding="utf-8")
        return rashomon.analyze([folder])


def holders(ledger: Ledger, surface: str) -> list[Entity]:
    """Entities that have ``surface`` (exact case) as name or alias."""
    return [e for e in ledger.entities if surface == e.name or surface in e.aliases]


def one_entity(ledger: Ledger, *surfaces: str) -> bool:
    first = holders(ledger, surfaces[0])
    return any(all(e in holders(ledger, s) for s in surfaces[1:]) for e in first)


def entity_at(ledger: Ledger, index: int, surface: str) -> Entity | None:
    """The entity of the first mention that is exactly ``surface`` in the corpus's article ``index``."""
    article = sorted(ledger.articles, key=lambda a: a.name)[index]
    at = {(r.start, r.end): e for e in ledger.entities for r in e.mentions if r.article == article.id}
    for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", article.text):
        if (m.start(), m.end()) in at:
            return at[(m.start(), m.end())]
    return None


MH17 = Corpus(
    "mh17",
    (
        "Court convicts three over MH17\n\n"
        "THE HAGUE (Reuters) - A Dutch court on Thursday convicted Igor Girkin, Sergey Dubinskiy and Leonid Kharchenko "
        "of murder for the downing of Malaysia Airlines flight MH17 over eastern Ukraine in 2014. Presiding judge "
        "Hendrik Steenhuis said the Boeing 777 was shot down by a Buk missile. The Joint Investigation Team (JIT) "
        "had traced the launcher to a Russian army brigade. Girkin, a former FSB officer, was tried in absentia.\n",
        "Moscow rejects verdict\n\n"
        "Moscow, November 17. /RIA Novosti/. The Russian Foreign Ministry called the verdict politically motivated. "
        "Sergei Dubinsky said the court had ignored evidence. The ministry said the Netherlands had refused to share "
        "radar data, RIA Novosti reported.\n",
        "Relatives welcome ruling\n\n"
        "Relatives of the 298 victims gathered at the court in The Hague. Judge Steenhuis said Russia had "
        "overall control of the separatist forces. Dutch Prime Minister Mark Rutte said the JIT would continue its "
        "work. The Dutch broadcaster NOS said Kharchenko had commanded a separatist unit. Malaysia welcomed the "
        "ruling.\n",
    ),
    types={
        "Reuters": "MEDIA",
        "RIA Novosti": "MEDIA",
        "NOS": "MEDIA",
        "Boeing 777": "EQUIPMENT",
        "Buk": "EQUIPMENT",
        "Igor Girkin": "PERSON",
        "Leonid Kharchenko": "PERSON",
        "Hendrik Steenhuis": "PERSON",
        "Mark Rutte": "PERSON",
        "JIT": "ORG",
        "Netherlands": "GPE",
        "Moscow": "GPE",
    },
    same=(
        ("Sergey Dubinskiy", "Sergei Dubinsky"),
        ("Hendrik Steenhuis", "Steenhuis"),
        ("Igor Girkin", "Girkin"),
        ("Leonid Kharchenko", "Kharchenko"),
        ("Joint Investigation Team", "JIT"),
        ("THE HAGUE", "The Hague"),
    ),
    apart=(
        ("Netherlands", "Dutch"),
        ("Russia", "Moscow"),
        ("Igor Girkin", "Leonid Kharchenko"),
        ("Russian Foreign Ministry", "Russia"),
        ("Malaysia Airlines", "Malaysia"),
    ),
    roles={"Hendrik Steenhuis": "judge", "Mark Rutte": "Prime Minister"},
)

KAKHOVKA = Corpus(
    "kakhovka",
    (
        "Dam destroyed in southern Ukraine\n\n"
        "KYIV, June 6 (Reuters) - The Kakhovka dam on the Dnipro river was destroyed overnight, flooding villages "
        "downstream. Oleksandr Prokudin, the governor of the Kherson region, said 16,000 people lived in the danger "
        "zone. Prokudin urged residents to leave. Andriy Yusov, a spokesman for Ukraine's military intelligence, said "
        "Russian forces had mined the dam in 2022.\n",
        "Saldo blames Kyiv\n\n"
        "Vladimir Saldo, the Russian-installed head of the occupied part of the Kherson region, said Ukrainian "
        "artillery had hit the dam. Saldo told the Interfax news agency that Nova Kakhovka was partly flooded. The "
        "Kremlin called the destruction sabotage.\n",
        "UN warns of catastrophe\n\n"
        "UN aid chief Martin Griffiths said the flooding would affect hundreds of thousands of people. Griffiths spoke "
        "in New York. Ukrainian President Volodymyr Zelenskyy visited Kherson on Thursday, Ukrainska Pravda "
        "reported. Zelenskyy said Moscow was responsible.\n",
    ),
    types={
        "Reuters": "MEDIA",
        "Interfax": "MEDIA",
        "Ukrainska Pravda": "MEDIA",
        "Oleksandr Prokudin": "PERSON",
        "Andriy Yusov": "PERSON",
        "Vladimir Saldo": "PERSON",
        "Martin Griffiths": "PERSON",
        "Nova Kakhovka": "GPE",
        "Kherson": "GPE",
        "Kremlin": "ORG",
        "New York": "GPE",
    },
    same=(
        ("Oleksandr Prokudin", "Prokudin"),
        ("Vladimir Saldo", "Saldo"),
        ("Martin Griffiths", "Griffiths"),
        ("Volodymyr Zelenskyy", "Zelenskyy"),
        ("KYIV", "Kyiv"),
    ),
    apart=(
        ("Kherson", "Kherson region"),
        ("Nova Kakhovka", "Kakhovka dam"),
        ("Vladimir Saldo", "Oleksandr Prokudin"),
        ("Kremlin", "Moscow"),
        ("Dnipro", "Kyiv"),
    ),
    roles={
        "Oleksandr Prokudin": "governor",
        "Andriy Yusov": "spokesman",
        "Martin Griffiths": "aid chief",
        "Vladimir Saldo": "head",
    },
)


KARABAKH = Corpus(
    "karabakh",
    (
        "Azerbaijan launches operation in Karabakh\n\n"
        "BAKU, Sept 19 (Reuters) - Azerbaijan's Defence Ministry said it had launched anti-terrorist measures in "
        "Nagorno-Karabakh. President Ilham Aliyev said the operation would end when separatist forces disarmed. "
        "Armenian Prime Minister Nikol Pashinyan said Yerevan was not involved in the fighting. Aliyev spoke by phone "
        "with U.S. Secretary of State Antony Blinken.\n",
        "Ceasefire agreed\n\n"
        "Separatist authorities agreed to a ceasefire brokered by Russian peacekeepers, the Armenpress news agency "
        "reported. Pashinyan told parliament that Armenia would take in refugees. The International Committee of the "
        "Red Cross said it was evacuating the wounded. Azerbaijani forces used Bayraktar TB2 drones, Anadolu said.\n",
        "Refugees reach Armenia\n\n"
        "The ICRC said thousands of people had crossed into Armenia through the Lachin corridor. Blinken urged Baku "
        "to protect civilians. Azerbaijan's first vice-president Mehriban Aliyeva visited the region. Azerbaijanis "
        "celebrated in Baku.\n",
    ),
    types={
        "Reuters": "MEDIA",
        "Anadolu": "MEDIA",
        "Armenpress": "MEDIA",
        "Bayraktar TB2": "EQUIPMENT",
        "Ilham Aliyev": "PERSON",
        "Nikol Pashinyan": "PERSON",
        "Antony Blinken": "PERSON",
        "Mehriban Aliyeva": "PERSON",
        "Nagorno-Karabakh": "GPE",
        "Baku": "GPE",
        "Yerevan": "GPE",
    },
    same=(
        ("Ilham Aliyev", "Aliyev"),
        ("Nikol Pashinyan", "Pashinyan"),
        ("Antony Blinken", "Blinken"),
        ("International Committee of the Red Cross", "ICRC"),
        ("BAKU", "Baku"),
    ),
    apart=(
        ("Ilham Aliyev", "Mehriban Aliyeva"),
        ("Azerbaijan", "Baku"),
        ("Azerbaijan", "Azerbaijani"),
        ("Armenia", "Yerevan"),
        ("Armenia", "Armenian"),
        ("Armenia", "Azerbaijan"),
        ("Nagorno-Karabakh", "Azerbaijan"),
    ),
    roles={
        "Nikol Pashinyan": "Prime Minister",
        "Antony Blinken": "Secretary of State",
        "Mehriban Aliyeva": "vice-president",
    },
)

# The first eight were written before the fixes; the last three afterwards, as a check on rules that had not seen them.
FIRST = (TUAPSE, ZAPORIZHZHIA, GAZA, KLITSCHKO, BALTIC, KHERSON, TAIWAN, SUDAN)
HOLDOUT = (MH17, KAKHOVKA, KARABAKH)
ALL = FIRST + HOLDOUT
