"""Ledgers for the report tests, built by hand: the report reads only the ledger, so it is tested on ledgers.

- ``event_ledger()``: a fictional contested event (a blast at a grain terminal) told by seven outlets in two
  languages, with every section of the ledger filled: consensus and contested clusters, contradictions, an
  account that changes, near-copies, quotes relayed by outlets, conflicting numbers, dates, framing, naming,
  and inputs that were skipped.
- ``hostile_ledger()``: the same kinds of items, but every string a reader could see is an injection payload.
- ``large_ledger(n)``: ``n`` generated articles, for the size and speed tests.
- ``bare_ledger()``: articles and nothing else, as a ledger looks before linking has anything to say.

Items are placed by finding their surface in the article text, so every span is exact by construction.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass, field

from rashomon.model import (
    Article,
    Claim,
    Cluster,
    Entity,
    Framing,
    Generator,
    InputResult,
    Ledger,
    MentionRef,
    Naming,
    NamingForm,
    Origin,
    Quantity,
    Quote,
    Relation,
    Span,
    TimelineEntry,
    TimeRef,
)


@dataclass
class Builder:
    """Collects articles and items; ``build()`` gives a Ledger with ids, entity mentions and inputs."""

    articles: list[Article] = field(default_factory=list)
    entities: list[tuple[str, str, tuple[str, ...], str | None]] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeRef] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    framing: list[Framing] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    naming: list[Naming] = field(default_factory=list)
    extra_inputs: list[InputResult] = field(default_factory=list)

    def article(
        self,
        text: str,
        *,
        outlet: str | None,
        title: str | None,
        published: str | None,
        language: str = "en",
        name: str | None = None,
        url: str | None = None,
        source: str | None = None,
    ) -> str:
        aid = f"A{len(self.articles) + 1}"
        name = name or f"{aid.lower()}.txt"
        self.articles.append(
            Article(
                id=aid,
                source=source or f"corpus/{name}",
                name=name,
                text=text,
                sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
                outlet=outlet,
                title=title,
                published=published,
                published_from="header" if published else None,
                language=language,
                url=url,
            )
        )
        return aid

    def text(self, aid: str) -> str:
        return self.articles[int(aid[1:]) - 1].text

    def find(self, aid: str, surface: str, nth: int = 0) -> Span:
        text, start = self.text(aid), -1
        for _ in range(nth + 1):
            start = text.find(surface, start + 1)
            if start < 0:
                raise ValueError(f"{surface!r} is not in {aid} (occurrence {nth})")
        return Span(start, start + len(surface))

    def entity(self, name: str, type: str, aliases: tuple[str, ...] = (), role: str | None = None) -> str:
        self.entities.append((name, type, aliases, role))
        return f"E{len(self.entities)}"

    def eid(self, name: str | None) -> str | None:
        if name is None:
            return None
        for i, (n, *_rest) in enumerate(self.entities, 1):
            if n == name:
                return f"E{i}"
        raise KeyError(name)

    def quote(
        self,
        aid: str,
        surface: str,
        *,
        speaker: str | None,
        speaker_text: str | None = None,
        cue: str | None = None,
        via: tuple[str, ...] = (),
        kind: str = "direct",
        nth: int = 0,
    ) -> str:
        span = self.find(aid, surface, nth)
        sp = self.find(aid, speaker_text) if speaker_text and speaker_text in self.text(aid) else None
        qid = f"Q{len(self.quotes) + 1}"
        self.quotes.append(
            Quote(
                id=qid,
                article=aid,
                span=span,
                text=surface,
                kind=kind,
                speaker=self.eid(speaker),
                speaker_text=speaker_text,
                speaker_span=sp,
                cue=cue,
                via=tuple(self.eid(v) or "" for v in via),
            )
        )
        return qid

    def number(
        self,
        aid: str,
        surface: str,
        value: float | None,
        *,
        counts: str | None = None,
        unit: str | None = None,
        qualifier: str | None = None,
        value_max: float | None = None,
        nth: int = 0,
    ) -> str:
        nid = f"N{len(self.quantities) + 1}"
        self.quantities.append(
            Quantity(
                id=nid,
                article=aid,
                span=self.find(aid, surface, nth),
                text=surface,
                value=value,
                unit=unit,
                counts=counts,
                qualifier=qualifier,
                value_max=value_max,
            )
        )
        return nid

    def time(self, aid: str, surface: str, value: str | None, grain: str | None = "day", nth: int = 0) -> str:
        tid = f"T{len(self.times) + 1}"
        pub = self.articles[int(aid[1:]) - 1].published
        self.times.append(
            TimeRef(
                id=tid,
                article=aid,
                span=self.find(aid, surface, nth),
                text=surface,
                value=value,
                grain=grain,
                anchor=f"published {pub}" if pub else None,
            )
        )
        return tid

    def claim(
        self,
        aid: str,
        surface: str,
        stance: str,
        *,
        speaker: str | None = None,
        speaker_text: str | None = None,
        cluster: str | None = None,
        time: str | None = None,
        cue: str | None = None,
        nth: int = 0,
    ) -> str:
        cid = f"C{len(self.claims) + 1}"
        self.claims.append(
            Claim(
                id=cid,
                article=aid,
                span=self.find(aid, surface, nth),
                text=surface,
                stance=stance,
                speaker=self.eid(speaker),
                speaker_text=speaker_text or speaker,
                cue=cue,
                cluster=cluster,
                time=time,
            )
        )
        return cid

    def frame(self, aid: str, surface: str, technique: str, rule: str, target: str | None = None) -> str:
        fid = f"F{len(self.framing) + 1}"
        self.framing.append(
            Framing(
                id=fid,
                article=aid,
                span=self.find(aid, surface),
                text=surface,
                technique=technique,
                rule=rule,
                target=self.eid(target),
            )
        )
        return fid

    def cluster(
        self,
        kid: str,
        label: str,
        status: str,
        claims: list[str],
        independent: int,
        origins: list[tuple[list[str], str | None]] = (),
    ) -> None:  # type: ignore[assignment]
        by_id = {c.id: c for c in self.claims}
        articles = tuple(dict.fromkeys(by_id[c].article for c in claims))
        self.clusters.append(
            Cluster(
                id=kid,
                label=label,
                claims=tuple(claims),
                articles=articles,
                status=status,
                independent=independent,
                origins=tuple(Origin(articles=tuple(a), upstream=self.eid(u)) for a, u in origins),
            )
        )

    def name_forms(self, referent: str, label: str, forms: list[tuple[str, str]]) -> None:
        out = []
        for aid, surface in forms:
            span = self.find(aid, surface)
            out.append(NamingForm(article=aid, start=span.start, end=span.end, text=surface))
        self.naming.append(Naming(referent=referent, label=label, forms=tuple(out)))

    def build(self) -> Ledger:
        claims = tuple(c if c.cluster is None else c for c in self.claims)
        cluster_of = {c: k.id for k in self.clusters for c in k.claims}
        claims = tuple(Claim(**{**_fields(c), "cluster": cluster_of.get(c.id, c.cluster)}) for c in claims)
        entities = []
        for i, (name, type_, aliases, role) in enumerate(self.entities, 1):
            mentions = []
            for a in self.articles:
                taken: list[tuple[int, int]] = []
                for alias in sorted({name, *aliases}, key=len, reverse=True):
                    for m in re.finditer(rf"(?<!\w){re.escape(alias)}(?!\w)", a.text):
                        if not any(s < m.end() and m.start() < e for s, e in taken):
                            taken.append((m.start(), m.end()))
                mentions += [MentionRef(article=a.id, start=s, end=e) for s, e in sorted(taken)]
            entities.append(
                Entity(id=f"E{i}", name=name, type=type_, aliases=aliases, role=role, mentions=tuple(mentions))
            )
        inputs = tuple(InputResult(source=a.source, status="ok", article=a.id) for a in self.articles)
        return Ledger(
            generator=Generator(name="rashomon", version="test", created="2025-03-21T09:00:00Z"),
            articles=tuple(self.articles),
            entities=tuple(entities),
            quotes=tuple(self.quotes),
            quantities=tuple(self.quantities),
            times=tuple(self.times),
            claims=claims,
            clusters=tuple(self.clusters),
            relations=tuple(self.relations),
            timeline=tuple(self.timeline),
            framing=tuple(self.framing),
            naming=tuple(self.naming),
            inputs=inputs + tuple(self.extra_inputs),
        )


def _fields(obj: object) -> dict:
    return {f: getattr(obj, f) for f in obj.__slots__}  # type: ignore[attr-defined]


# ---------------------------------------------------------------- a contested event, told seven ways

WIRE = """PORT ARLO, March 14 (Meridian Wire) - A powerful explosion destroyed much of the Vesna grain terminal in Port Arlo early on Friday, killing 12 people, regional officials said.

Governor Ilse Marand said the terminal had been hit by a cruise missile fired from the sea. "We heard two blasts, then the whole silo was burning," Marand told reporters at the scene.

Rivland's foreign ministry denied any involvement. Spokeswoman Maja Sorel called the accusation "a fabrication designed to sabotage the talks".

The terminal stored about 40,000 tonnes of wheat bound for humanitarian shipments, according to the port authority.

Emergency crews were still searching the rubble on Friday evening."""  # noqa: E501 (an article's paragraphs are one line each)

REWRITE = """A missile strike destroyed much of the Vesna grain terminal in Port Arlo on Friday, killing 12 people, officials said.

Governor Ilse Marand said the terminal was hit by a cruise missile fired from the sea. "We heard two blasts, then the whole silo was burning," she said.

Rivland denied involvement.

The terminal held about 40,000 tonnes of wheat meant for humanitarian shipments."""  # noqa: E501 (an article's paragraphs are one line each)

STATE = """The Rivland regime carried out a barbaric attack on the civilian port of Port Arlo on March 14, killing at least nine workers, the Defence Ministry said on Saturday.

Ministry spokesman Colonel Dario Venn said Rivland forces launched a drone from a boat off the coast. "This was a deliberate strike on food meant for the hungry," Venn said.

So-called independent observers have questioned the ministry's account, but the ministry said the evidence was clear.

Officials warned that the saboteurs could strike again at any moment."""  # noqa: E501 (an article's paragraphs are one line each)

RADIO = """Fourteen people were killed in the blast at the Vesna grain terminal, hospital staff told Free Arlo Radio, more than the 12 reported by the governor.

Several witnesses said the explosion appears to have been caused by a Tarvonian air-defence missile that fell on the terminal after an interception. "I saw the rocket go up from the air base, then turn," said Tomas Brell, a dock worker.

The Defence Ministry has not commented on the witness accounts.

The terminal stored about 40,000 tonnes of wheat."""  # noqa: E501 (an article's paragraphs are one line each)

FRENCH = """Le terminal céréalier Vesna de Port Arlo a été détruit le 14 mars par une explosion qui a fait 12 morts, selon les autorités régionales.

Le Rivland a démenti toute implication. « Nous n'avons rien à voir avec cette tragédie », a déclaré Maja Sorel, porte-parole du ministère rivlandais des Affaires étrangères.

Les Nations unies ont demandé une enquête indépendante."""  # noqa: E501 (an article's paragraphs are one line each)

UPDATE = """The death toll from the Rivland attack on the Vesna grain terminal has risen to 14, the Defence Ministry said on Tuesday.

Colonel Dario Venn said investigators had found fragments of a Rivland cruise missile at the site, revising the ministry's earlier statement that a drone was used.

The United Nations called for an independent investigation on March 17."""  # noqa: E501 (an article's paragraphs are one line each)

EXPLAINER = """Six days after the explosion at the Vesna grain terminal, accounts of what hit it still differ.

The Defence Ministry first said a drone launched by Rivland forces hit the terminal, then said it was a cruise missile. Rivland denies involvement. Witnesses quoted by Free Arlo Radio said a Tarvonian air-defence missile may have been responsible.

Reported death tolls range from at least nine to 14. Grain shipments from Port Arlo were halted for the rest of March.

Satellite images reviewed by Global Monitor show two impact points at the terminal."""  # noqa: E501 (an article's paragraphs are one line each)

CHANNEL = """Unverified posts on a local channel claimed that 20 people died at the terminal in Port Arlo."""


def event_ledger() -> Ledger:
    """A fictional contested event with every section of the ledger filled."""
    b = Builder()
    a1 = b.article(
        WIRE,
        outlet="Meridian Wire",
        title="Blast destroys grain terminal in Port Arlo; governor blames missile",
        published="2025-03-14",
        url="https://meridianwire.example/world/port-arlo-blast",
    )
    a2 = b.article(
        REWRITE,
        outlet="Coastal Herald",
        title="Missile strike kills twelve at Port Arlo grain terminal",
        published="2025-03-14",
        url="https://www.coastalherald.example/news/12345",
    )
    a3 = b.article(
        STATE,
        outlet="State Broadcast Service",
        title="Rivland regime strikes civilian port, at least nine dead",
        published="2025-03-15",
    )
    a4 = b.article(
        RADIO,
        outlet="Free Arlo Radio",
        title="Witnesses: terminal blast may have been an air-defence missile",
        published="2025-03-15",
    )
    a5 = b.article(
        FRENCH,
        outlet="Le Quotidien du Nord",
        title="Port Arlo : le terminal céréalier détruit, Rivland dément",
        published="2025-03-16",
        language="fr",
    )
    a6 = b.article(
        UPDATE,
        outlet="State Broadcast Service",
        title="Death toll in Port Arlo attack rises to 14",
        published="2025-03-18",
    )
    a7 = b.article(
        EXPLAINER,
        outlet="Global Monitor",
        title="What we know about the Port Arlo terminal blast",
        published="2025-03-20",
    )
    a8 = b.article(CHANNEL, outlet=None, title=None, published=None, name="channel_post.txt")

    b.entity("Port Arlo", "GPE")
    b.entity("Vesna grain terminal", "FAC", ("terminal céréalier Vesna",))
    b.entity("Rivland", "GPE", ("Rivland's",))
    b.entity("Rivland forces", "ORG", ("Rivland regime", "saboteurs"))
    b.entity("Ilse Marand", "PERSON", ("Marand", "Governor Ilse Marand"), "Governor of the Arlo region")
    b.entity("Maja Sorel", "PERSON", ("Sorel",), "spokeswoman for Rivland's foreign ministry")
    b.entity("Dario Venn", "PERSON", ("Colonel Dario Venn", "Venn"), "Defence Ministry spokesman")
    b.entity("Tomas Brell", "PERSON", (), "dock worker")
    b.entity("Defence Ministry", "ORG")
    b.entity("Meridian Wire", "MEDIA")
    b.entity("Free Arlo Radio", "MEDIA")
    b.entity("Global Monitor", "MEDIA")
    b.entity("United Nations", "ORG", ("Nations unies",))
    b.entity("Port Arlo terminal blast", "EVENT", ("explosion", "blast", "Port Arlo attack", "Rivland attack"))

    t_wire = b.time(a1, "March 14", "2025-03-14")
    b.time(a1, "Friday", "2025-03-14")
    b.time(a1, "Friday evening", "2025-03-14")
    b.time(a2, "Friday", "2025-03-14")
    t_state = b.time(a3, "March 14", "2025-03-14")
    b.time(a3, "Saturday", "2025-03-15")
    t_fr = b.time(a5, "14 mars", "2025-03-14")
    b.time(a6, "Tuesday", "2025-03-18")
    t_un = b.time(a6, "March 17", "2025-03-17")
    t_march = b.time(a7, "the rest of March", "2025-03", grain="month")

    # K1: the terminal was destroyed (consensus)
    k1 = [
        b.claim(
            a1,
            "A powerful explosion destroyed much of the Vesna grain terminal in Port Arlo early on Friday",
            "asserted",
            time=t_wire,
        ),
        b.claim(a2, "A missile strike destroyed much of the Vesna grain terminal in Port Arlo on Friday", "asserted"),
        b.claim(a5, "Le terminal céréalier Vesna de Port Arlo a été détruit le 14 mars", "asserted", time=t_fr),
        b.claim(a7, "Six days after the explosion at the Vesna grain terminal", "asserted"),
    ]
    # K2: a missile fired from the sea hit it (contested)
    k2 = [
        b.claim(
            a1,
            "the terminal had been hit by a cruise missile fired from the sea",
            "attributed",
            speaker="Ilse Marand",
            cue="said",
        ),
        b.claim(
            a2,
            "the terminal was hit by a cruise missile fired from the sea",
            "attributed",
            speaker="Ilse Marand",
            cue="said",
        ),
        b.claim(
            a6,
            "investigators had found fragments of a Rivland cruise missile at the site",
            "attributed",
            speaker="Dario Venn",
            cue="said",
        ),
        b.claim(a7, "then said it was a cruise missile", "attributed", speaker="Defence Ministry", cue="said"),
    ]
    # K3: Rivland forces attacked (contested)
    drone = b.claim(
        a3,
        "Rivland forces launched a drone from a boat off the coast",
        "attributed",
        speaker="Dario Venn",
        cue="said",
        time=t_state,
    )
    k3 = [
        b.claim(a3, "The Rivland regime carried out a barbaric attack on the civilian port of Port Arlo", "asserted"),
        drone,
        b.claim(a1, "Rivland's foreign ministry denied any involvement", "denied", speaker="Maja Sorel", cue="denied"),
        b.claim(a2, "Rivland denied involvement", "denied", speaker="Rivland", cue="denied"),
        b.claim(a5, "Le Rivland a démenti toute implication", "denied", speaker="Maja Sorel", cue="a démenti"),
        b.claim(a6, "the Rivland attack on the Vesna grain terminal", "asserted"),
        b.claim(a7, "Rivland denies involvement", "denied", speaker="Rivland", cue="denies"),
    ]
    # K4: a Tarvonian air-defence missile (contested)
    k4 = [
        b.claim(
            a4,
            "the explosion appears to have been caused by a Tarvonian air-defence missile",
            "hedged",
            speaker_text="Several witnesses",
            cue="appears",
        ),
        b.claim(
            a7,
            "a Tarvonian air-defence missile may have been responsible",
            "hedged",
            speaker_text="Witnesses",
            cue="may",
        ),
    ]
    # K5: the death toll (contested)
    toll_wire = b.claim(a1, "killing 12 people", "attributed", speaker_text="regional officials", cue="said")
    toll_radio = b.claim(
        a4,
        "Fourteen people were killed in the blast at the Vesna grain terminal",
        "attributed",
        speaker_text="hospital staff",
        cue="told",
    )
    toll_channel = b.claim(
        a8, "20 people died at the terminal in Port Arlo", "hedged", speaker_text="Unverified posts", cue="claimed"
    )
    toll_state = b.claim(a3, "killing at least nine workers", "attributed", speaker="Defence Ministry", cue="said")
    toll_update = b.claim(
        a6,
        "The death toll from the Rivland attack on the Vesna grain terminal has risen to 14",
        "attributed",
        speaker="Defence Ministry",
        cue="said",
    )
    k5 = [
        toll_wire,
        b.claim(a2, "killing 12 people", "attributed", speaker_text="officials", cue="said"),
        toll_state,
        toll_radio,
        b.claim(a5, "une explosion qui a fait 12 morts", "attributed", speaker_text="les autorités régionales"),
        toll_update,
        toll_channel,
    ]
    # K6: what the terminal stored (consensus)
    k6 = [
        b.claim(
            a1,
            "The terminal stored about 40,000 tonnes of wheat bound for humanitarian shipments",
            "attributed",
            speaker_text="the port authority",
            cue="according to",
        ),
        b.claim(a2, "The terminal held about 40,000 tonnes of wheat meant for humanitarian shipments", "asserted"),
        b.claim(a4, "The terminal stored about 40,000 tonnes of wheat", "asserted"),
    ]
    # K7: the UN asks for an investigation (consensus)
    k7 = [
        b.claim(a5, "Les Nations unies ont demandé une enquête indépendante", "asserted"),
        b.claim(a6, "The United Nations called for an independent investigation on March 17", "asserted", time=t_un),
    ]
    # K8: satellite images (single source); K9: shipments halted (single source)
    k8 = [b.claim(a7, "Satellite images reviewed by Global Monitor show two impact points at the terminal", "asserted")]
    k9 = [b.claim(a7, "Grain shipments from Port Arlo were halted for the rest of March", "asserted", time=t_march)]

    b.cluster(
        "K1",
        "The Vesna grain terminal in Port Arlo was destroyed on March 14",
        "consensus",
        k1,
        3,
        [([a1, a2], "Meridian Wire"), ([a5], None), ([a7], None)],
    )
    b.cluster(
        "K2",
        "A cruise missile fired from the sea hit the terminal",
        "contested",
        k2,
        2,
        [([a1, a2], "Meridian Wire"), ([a6, a7], "Defence Ministry")],
    )
    b.cluster(
        "K3",
        "Rivland forces carried out the attack",
        "contested",
        k3,
        3,
        [([a3, a6], "Defence Ministry"), ([a1, a2, a5, a7], "Rivland")],
    )
    b.cluster(
        "K4", "A Tarvonian air-defence missile hit the terminal", "contested", k4, 1, [([a4, a7], "Free Arlo Radio")]
    )
    b.cluster(
        "K5",
        "How many people were killed",
        "contested",
        k5,
        4,
        [([a1, a2, a5], None), ([a3, a6], "Defence Ministry"), ([a4], None), ([a8], None)],
    )
    b.cluster(
        "K6",
        "The terminal stored about 40,000 tonnes of wheat for humanitarian shipments",
        "consensus",
        k6,
        2,
        [([a1, a2], "Meridian Wire"), ([a4], None)],
    )
    b.cluster("K7", "The United Nations called for an independent investigation", "consensus", k7, 2)
    b.cluster("K8", "Satellite images show two impact points", "single-source", k8, 1)
    b.cluster("K9", "Grain shipments from Port Arlo were halted", "single-source", k9, 1)

    b.quote(
        a1,
        "We heard two blasts, then the whole silo was burning,",
        speaker="Ilse Marand",
        speaker_text="Marand",
        cue="told",
        via=("Meridian Wire",),
    )
    b.quote(
        a1,
        "a fabrication designed to sabotage the talks",
        speaker="Maja Sorel",
        speaker_text="Maja Sorel",
        cue="called",
    )
    b.quote(
        a2,
        "We heard two blasts, then the whole silo was burning,",
        speaker="Ilse Marand",
        speaker_text="she",
        cue="said",
    )
    b.quote(
        a3,
        "This was a deliberate strike on food meant for the hungry,",
        speaker="Dario Venn",
        speaker_text="Venn",
        cue="said",
    )
    b.quote(
        a4,
        "I saw the rocket go up from the air base, then turn,",
        speaker="Tomas Brell",
        speaker_text="Tomas Brell",
        cue="said",
    )
    b.quote(
        a4,
        "Fourteen people were killed in the blast at the Vesna grain terminal",
        speaker=None,
        speaker_text="hospital staff",
        cue="told",
        via=("Free Arlo Radio",),
        kind="indirect",
    )
    b.quote(
        a5,
        "Nous n'avons rien à voir avec cette tragédie",
        speaker="Maja Sorel",
        speaker_text="Maja Sorel",
        cue="a déclaré",
    )
    b.quote(
        a6,
        "investigators had found fragments of a Rivland cruise missile at the site",
        speaker="Dario Venn",
        speaker_text="Colonel Dario Venn",
        cue="said",
        kind="indirect",
    )
    b.quote(
        a7,
        "a Tarvonian air-defence missile may have been responsible",
        speaker=None,
        speaker_text="Witnesses",
        cue="said",
        via=("Free Arlo Radio",),
        kind="indirect",
    )

    dead = b.number(a1, "12", 12, counts="people")
    b.number(a1, "40,000", 40000, unit="t", counts="tonnes of wheat", qualifier="about")
    b.number(a2, "12", 12, counts="people")
    b.number(a2, "40,000", 40000, unit="t", counts="tonnes of wheat", qualifier="about")
    b.number(a3, "nine", 9, counts="workers", qualifier="at least")
    b.number(a4, "Fourteen", 14, counts="people")
    b.number(a4, "12", 12, counts="reported by the governor")
    b.number(a4, "40,000", 40000, unit="t", counts="tonnes of wheat", qualifier="about")
    b.number(a5, "12", 12, counts="morts")
    b.number(a6, "14", 14, counts="death toll")
    b.number(a7, "Six", 6, counts="days")
    b.number(a7, "nine", 9, counts="death tolls", qualifier="at least", value_max=14)
    b.number(a7, "two", 2, counts="impact points")
    b.number(a8, "20", 20, counts="people")

    b.frame(a3, "Rivland regime", "name_calling", "'regime' for a government", target="Rivland")
    b.frame(a3, "barbaric attack", "loaded_language", "'barbaric'", target="Rivland forces")
    b.frame(a3, "So-called independent observers", "doubt", "'so-called'")
    b.frame(a3, "the saboteurs could strike again at any moment", "appeal_to_fear", "'could strike again'")

    b.name_forms(
        "E4",
        "who attacked",
        [
            (a3, "The Rivland regime"),
            (a3, "Rivland forces"),
            (a3, "the saboteurs"),
            (a6, "the Rivland attack"),
            (a7, "Rivland forces"),
        ],
    )
    b.name_forms(
        dead,
        "people killed",
        [
            (a1, "12 people"),
            (a2, "12 people"),
            (a3, "at least nine workers"),
            (a4, "Fourteen people"),
            (a5, "12 morts"),
            (a6, "risen to 14"),
            (a8, "20 people"),
        ],
    )
    b.name_forms(
        "E2",
        "the terminal",
        [(a1, "the Vesna grain terminal"), (a3, "the civilian port of Port Arlo"), (a5, "Le terminal céréalier Vesna")],
    )

    b.timeline += [
        TimelineEntry(
            date="2025-03-14",
            label="An explosion destroys the Vesna grain terminal in Port Arlo",
            claims=tuple(k1[:3]),
            articles=(a1, a2, a5),
        ),
        TimelineEntry(
            date="2025-03-15",
            label="The Defence Ministry blames a drone launched by Rivland forces",
            claims=(drone,),
            articles=(a3,),
        ),
        TimelineEntry(
            date="2025-03-17",
            label="The United Nations calls for an independent investigation",
            claims=tuple(k7),
            articles=(a5, a6),
        ),
        TimelineEntry(
            date="2025-03-18",
            label="The ministry revises its account: a cruise missile, 14 dead",
            claims=(k2[2], toll_update),
            articles=(a6,),
        ),
        TimelineEntry(date="2025-03", label="Grain shipments from Port Arlo halted", claims=tuple(k9), articles=(a7,)),
    ]
    b.relations += [
        Relation(
            type="near-duplicate",
            a=a1,
            b=a2,
            score=0.82,
            why="rewrite of the Meridian Wire report",
            details=(
                ("dropped", "Rivland's spokeswoman calling the accusation a fabrication"),
                ("changed", "'A powerful explosion' became 'A missile strike'"),
                ("dropped", "rescuers still searching the rubble"),
            ),
        ),
        Relation(type="cites", a=a7, b=a4, score=1.0, why="quotes the witnesses Free Arlo Radio found"),
        Relation(type="contradicts", a=toll_wire, b=toll_radio, score=0.93, why="12 vs 14 dead"),
        Relation(type="contradicts", a=toll_wire, b=toll_channel, score=0.7, why="12 vs 20 dead"),
        Relation(
            type="contradicts",
            a=drone,
            b=k2[2],
            score=0.88,
            why="a drone (March 15) vs a cruise missile (March 18): the ministry changed its account",
        ),
        Relation(
            type="contradicts",
            a=k3[0],
            b=k3[2],
            score=0.9,
            why="the ministry blames Rivland; Rivland denies any involvement",
        ),
        Relation(
            type="contradicts",
            a=k2[0],
            b=k4[0],
            score=0.86,
            why="a missile fired from the sea vs a Tarvonian air-defence missile",
        ),
        Relation(type="agrees", a=k1[0], b=k1[2], score=0.9, why="same event, same day"),
        Relation(
            type="evolves",
            a=drone,
            b=k2[2],
            score=0.8,
            why="the ministry's weapon changed from a drone to a cruise missile",
            details=(("changed", "drone → cruise missile"), ("changed", "at least nine → 14 dead")),
        ),
    ]
    b.extra_inputs += [
        InputResult(source="corpus/port-arlo-live.html", status="skipped", problem="exact duplicate of corpus/a1.txt"),
        InputResult(source="corpus/scan.pdf", status="failed", problem="binary file (not text, HTML, JSON or a feed)"),
    ]
    return b.build()


# ---------------------------------------------------------------- hostile input

PAYLOADS = (
    "<script>window.__pwned='script'</script>",
    "<img src=x onerror=\"window.__pwned='img'\">",
    "<svg onload=\"window.__pwned='svg'\"></svg>",
    "javascript:window.__pwned='link'",
    "</textarea><script>window.__pwned='textarea'</script>",
    "</script><script>window.__pwned='breakout'</script>",
    "<!-- comment --><iframe src=\"javascript:window.__pwned='iframe'\"></iframe>",
    '"><a href="javascript:window.__pwned=\'attr\'">x</a>',
    '<style>body{display:none}</style><link rel=stylesheet href="https://evil.invalid/x.css">',
    "{{constructor.constructor('window.__pwned=1')()}} ${window.__pwned='tpl'}",
    '<meta http-equiv="refresh" content="0;url=https://evil.invalid/">',
    '<base href="https://evil.invalid/"><form action="https://evil.invalid/"><button>go</button></form>',
    "&lt;script&gt;entity&lt;/script&gt; &amp; \u2028\u2029 \\u003c/script\\u003e",
)
EVIL = " ".join(PAYLOADS)
FORMULAS = (
    '=HYPERLINK("https://evil.invalid","open")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    " =1+1",
)


def hostile_ledger() -> Ledger:
    """Every string a reader sees is an injection payload; emoji before items test UTF-16 offsets."""
    b = Builder()
    body = (
        "😀🚀 Before the payloads. " + EVIL + "\n\nThe minister said \"<b>bold</b> <script>window.__pwned='quote'"
        '</script>" to reporters. 😀 It cost 12 <i>lives</i> on March 3.\n\n' + EVIL
    )
    a1 = b.article(
        body,
        outlet=PAYLOADS[1],
        title=PAYLOADS[0],
        published="2025-03-03",
        url="javascript:window.__pwned='url'",
        name=PAYLOADS[4],
        source=PAYLOADS[5],
    )
    a2 = b.article(
        "😀 Second account: 14 lives <script>window.__pwned='two'</script> on March 3.\n"
        + 'He wrote "'
        + FORMULAS[0]
        + '" and '
        + " and ".join(FORMULAS[1:])
        + ".",
        outlet=PAYLOADS[3],
        title=PAYLOADS[7],
        published="2025-03-04",
        url="https://ok.example/\"><script>window.__pwned='href'</script>",
    )
    a3 = b.article(
        "Third account. " + " ".join(FORMULAS),
        outlet=FORMULAS[0],
        title=FORMULAS[3],
        published=None,
        name=FORMULAS[2],
        language="__proto__",
    )
    b.entity(FORMULAS[3], "PERSON", role=FORMULAS[1])
    b.quote(a2, FORMULAS[0], speaker=FORMULAS[3], speaker_text=FORMULAS[3], cue=FORMULAS[2])
    b.claim(a3, FORMULAS[1], "asserted", speaker=FORMULAS[3])
    b.number(a3, "2", 2, counts=FORMULAS[4])
    b.entity(PAYLOADS[2], "PERSON", (PAYLOADS[6],), role=PAYLOADS[8])
    b.entity("<script>", "ORG")
    q = b.quote(
        a1,
        "<b>bold</b> <script>window.__pwned='quote'</script>",
        speaker=PAYLOADS[2],
        speaker_text="The minister",
        cue=PAYLOADS[9],
        via=("<script>",),
    )
    assert q
    t = b.time(a1, "March 3", "2025-03-03")
    c1 = b.claim(a1, "It cost 12 <i>lives</i>", "asserted", time=t)
    c2 = b.claim(
        a2, "14 lives <script>window.__pwned='two'</script>", "hedged", speaker_text=PAYLOADS[1], cue=PAYLOADS[3]
    )
    c3 = b.claim(a1, PAYLOADS[0], "attributed", speaker=PAYLOADS[2])
    b.cluster("K1", PAYLOADS[5], "contested", [c1, c2], 2)
    b.cluster("K2", PAYLOADS[4], "single-source", [c3], 1)
    b.number(a1, "12", 12, counts=PAYLOADS[1])
    b.number(a2, "14", 14, counts=PAYLOADS[1])
    b.frame(a1, PAYLOADS[2], PAYLOADS[0], PAYLOADS[1], target=PAYLOADS[2])
    b.frame(a2, "<script>", "constructor", "__proto__")  # keys that an ordinary JS object already has
    b.name_forms("E1", PAYLOADS[6], [(a1, PAYLOADS[2]), (a2, "<script>")])
    b.timeline.append(TimelineEntry(date="2025-03-03", label=PAYLOADS[0], claims=(c1,), articles=(a1, a2)))
    b.relations += [
        Relation(type="contradicts", a=c1, b=c2, score=0.9, why=PAYLOADS[1]),
        Relation(type="near-duplicate", a=a1, b=a2, score=0.5, why=PAYLOADS[0], details=((PAYLOADS[2], PAYLOADS[4]),)),
        Relation(type="evolves", a=c1, b=c2, score=0.5, why=PAYLOADS[3]),
    ]
    b.extra_inputs.append(InputResult(source=PAYLOADS[3], status="failed", problem=PAYLOADS[0]))
    return b.build()


def bare_ledger() -> Ledger:
    """Two articles and nothing found in them: every view must say so plainly."""
    b = Builder()
    b.article("A short text with nothing in it.", outlet=None, title=None, published=None, name="first.txt")
    b.article("Another one.", outlet=None, title=None, published=None, name="second.txt")
    return b.build()


# ---------------------------------------------------------------- a large corpus

_SUBJECTS = (
    "The regional governor",
    "A police spokesman",
    "The foreign ministry",
    "Hospital staff",
    "Local residents",
    "A defence official",
    "The port authority",
    "Witnesses",
    "The mayor's office",
    "Rescue workers",
)
_VERBS = ("said", "told reporters", "claimed", "confirmed", "denied", "suggested", "insisted")
_FILLER = (
    "Traffic on the coastal road was diverted for several hours while crews cleared debris from the site.",
    "Officials urged residents to stay away from the damaged buildings until engineers could inspect them.",
    "The incident drew condemnation from several neighbouring governments and international organisations.",
    "Markets in the region reacted nervously, with grain futures rising in early trading on the news.",
    "It was not immediately possible to verify the accounts independently.",
)


class _Writer:
    """Writes a text piece by piece and says where each piece stands."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def add(self, piece: str) -> Span:
        start, self.pos = self.pos, self.pos + len(piece)
        self.parts.append(piece)
        return Span(start, self.pos)


def large_ledger(n: int = 1000, seed: int = 7) -> Ledger:
    """``n`` generated articles (about 3,500 characters each) with claims, quotes, numbers, dates and links."""
    rng = random.Random(seed)
    n_outlets = max(2, n // 8)
    outlets = [
        f"Outlet {i:03d} {rng.choice(('News', 'Times', 'Wire', 'Radio', 'Post', 'Herald'))}" for i in range(n_outlets)
    ]
    n_clusters = max(3, n // 4)
    labels = [
        f"Point {k}: the {rng.choice(('toll', 'weapon', 'origin', 'damage', 'response'))} "
        f"according to source group {k % 17}"
        for k in range(n_clusters)
    ]
    n_entities = max(5, n // 3)
    names = [f"Person{k} Surname{k % 97}" for k in range(n_entities)]
    articles, quotes, quantities, times, claims = [], [], [], [], []
    members: dict[int, list[str]] = {}
    mentions: dict[int, list[MentionRef]] = {}
    relations = []
    for i in range(n):
        aid = f"A{i + 1}"
        day = 1 + min(27, int(rng.expovariate(1 / 5)))
        published = f"2025-04-{day:02d}"
        writer = _Writer()
        add = writer.add
        add(f"{rng.choice(_FILLER)} ")
        while writer.pos < 3300:
            k = int(rng.paretovariate(1.2)) % n_clusters
            who = rng.randrange(n_entities)
            value = rng.choice((12, 12, 12, 14, 9, 20))
            add(f"{_SUBJECTS[who % len(_SUBJECTS)]} {rng.choice(_VERBS)} that ")
            claim_text = f"the blast at site {k} killed {value} people on April {day}"
            span = add(claim_text)
            number_at = span.start + claim_text.index(str(value))
            date_text = f"April {day}"
            date_at = span.start + claim_text.index(date_text)
            stance = rng.choice(("asserted", "attributed", "attributed", "hedged", "denied"))
            cid, nid, tid = f"C{len(claims) + 1}", f"N{len(quantities) + 1}", f"T{len(times) + 1}"
            claims.append(
                Claim(
                    id=cid,
                    article=aid,
                    span=span,
                    text=claim_text,
                    stance=stance,
                    speaker=f"E{who + 1}" if stance != "asserted" else None,
                    cluster=f"K{k + 1}",
                    time=tid,
                )
            )
            members.setdefault(k, []).append(cid)
            quantities.append(
                Quantity(
                    id=nid,
                    article=aid,
                    span=Span(number_at, number_at + len(str(value))),
                    text=str(value),
                    value=value,
                    counts="people",
                )
            )
            times.append(
                TimeRef(
                    id=tid,
                    article=aid,
                    span=Span(date_at, date_at + len(date_text)),
                    text=date_text,
                    value=f"2025-04-{day:02d}",
                    grain="day",
                )
            )
            add(". ")
            name = names[who]
            name_span = add(name)
            mentions.setdefault(who, []).append(MentionRef(article=aid, start=name_span.start, end=name_span.end))
            add(' said: "')
            said = f"We counted {value} victims and we will publish the list of names"
            q_span = add(said)
            quotes.append(
                Quote(
                    id=f"Q{len(quotes) + 1}",
                    article=aid,
                    span=q_span,
                    text=said,
                    kind="direct",
                    speaker=f"E{who + 1}",
                    speaker_text=name,
                    cue="said",
                )
            )
            add(f'." {rng.choice(_FILLER)}\n\n')
        text = "".join(writer.parts)
        articles.append(
            Article(
                id=aid,
                source=f"big/{aid}.txt",
                name=f"{aid}.txt",
                text=text,
                sha256=hashlib.sha256(text.encode()).hexdigest(),
                outlet=rng.choice(outlets),
                title=f"Report {i + 1} on the blasts",
                published=published,
                published_from="header",
                language="en",
            )
        )
        if i and rng.random() < 0.1:
            relations.append(
                Relation(
                    type="near-duplicate", a=f"A{rng.randrange(1, i + 1)}", b=aid, score=0.8, why="shared wire copy"
                )
            )
    claim_article = {c.id: c.article for c in claims}
    clusters = []
    for k, cids in sorted(members.items()):
        arts = tuple(dict.fromkeys(claim_article[c] for c in cids))
        status = "single-source" if len(arts) == 1 else rng.choice(("contested", "consensus"))
        clusters.append(
            Cluster(
                id=f"K{k + 1}",
                label=labels[k],
                claims=tuple(cids),
                articles=arts,
                status=status,
                independent=max(1, len(arts) // 2),
            )
        )
    by_cluster = {k.id: k for k in clusters}
    claims = [c if c.cluster in by_cluster else Claim(**{**_fields(c), "cluster": None}) for c in claims]
    for k in clusters:
        if k.status == "contested" and len(k.claims) > 1:
            relations.append(Relation(type="contradicts", a=k.claims[0], b=k.claims[1], score=0.8, why="12 vs 14 dead"))
    entities = tuple(
        Entity(
            id=f"E{k + 1}",
            name=names[k],
            type="PERSON",
            role="official" if k % 3 else None,
            mentions=tuple(mentions.get(k, ())),
        )
        for k in range(n_entities)
    )
    timeline = tuple(
        TimelineEntry(
            date=f"2025-04-{d:02d}", label=f"Events of April {d}", claims=tuple(c.id for c in claims[d * 7 : d * 7 + 3])
        )
        for d in range(1, 29)
    )
    return Ledger(
        generator=Generator(name="rashomon", version="test", created="2025-05-01T00:00:00Z"),
        articles=tuple(articles),
        entities=entities,
        quotes=tuple(quotes),
        quantities=tuple(quantities),
        times=tuple(times),
        claims=tuple(claims),
        clusters=tuple(clusters),
        relations=tuple(relations),
        timeline=timeline,
        inputs=tuple(InputResult(source=a.source, status="ok", article=a.id) for a in articles),
    )


EVENT_JSON = "tests/data/report-event.ledger.json"

if __name__ == "__main__":  # python -m tests.report_ledgers: rewrite the event ledger's JSON beside the tests
    from pathlib import Path

    from rashomon.ledger import write_ledger

    Path(EVENT_JSON).parent.mkdir(exist_ok=True)
    print(write_ledger(event_ledger(), EVENT_JSON))
