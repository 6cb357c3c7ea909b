"""Who did it, at the grain an answer names: a country, or one service of its forces.

An agent answer keeps the body it names: ``Chile (air force)`` for "the Chilean Air Force", ``Chile`` for "Chilean
troops" or "the Chilean military". Two answers are compared at the finest grain both give:

- one country's two services are rival answers (``Chile (air force)`` vs ``Chile (navy)``);
- the country as a whole is compatible with any of its services (``Chile`` and ``Chile (navy)`` agree);
- a denial contradicts only what it denies: the navy's "not us" leaves the air force's admission standing, and
  leaves "Chile did it" standing too (the navy spoke for itself); a denial for the whole country covers every
  service of it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from ..data.cyrillic import CYRILLIC
from ..data.disputes import SERVICES, WHOLE_FORCES
from ..model import Entity
from . import lone_names

_SERVICE = {name: re.compile(rf"(?<![\w])(?:{'|'.join(stems)})(?![\w])", re.I) for name, stems in SERVICES.items()}
_WHOLE = re.compile(rf"(?<![\w])(?:{'|'.join(WHOLE_FORCES)})(?![\w])", re.I)
_GRAIN = re.compile(r"^(?P<party>.+) \((?P<service>[a-z ]+)\)$")
PARTY_TYPES = frozenset({"ORG", "NORP"})  # groups and peoples; a country is a side word of every language already
_ELIDED = re.compile(r"^[ldLD]['’]")  # "l'Hezbollah"
_QUOTES = "«»\"“”„'‘’"


def service_of(text: str, names: Iterable[str] = ()) -> str | None:
    """The one service of a country's forces that ``text`` names (``the Chilean Air Force``: air force), else the one
    that all of ``names`` that name a service agree on (an entity's name and aliases, for "the CAF" or "its
    spokesman"); None when the text names the forces as a whole (``the military``, ``troops``) or two services."""
    found = _services(text)
    if found:
        return found.pop() if len(found) == 1 else None
    if _WHOLE.search(text):
        return None
    told: set[str] = set()
    for name in names:
        told |= _services(name)
    return told.pop() if len(told) == 1 else None


def _services(text: str) -> set[str]:
    out = {name for name, pattern in _SERVICE.items() if pattern.search(text)}
    if "air defence" in out or "air force" in out:
        out.discard("army")  # "the army's air defence units", "l'armée de l'air": one service named by its branch
    return out


def with_service(value: str, service: str | None) -> str:
    """``value`` (a country) at the grain of ``service``: ``Chile (air force)``; unchanged without one."""
    return f"{value} ({service})" if service and not value.endswith(f"({service})") else value


def grain(value: str) -> tuple[str, str | None]:
    """An agent answer as (party, service): ``Chile (air force)`` is ``("Chile", "air force")``."""
    m = _GRAIN.match(value)
    if m is None or m.group("service") not in SERVICES:
        return value, None
    return m.group("party"), m.group("service")


def compatible(a: str, b: str) -> bool:
    """Both answers can be true: one party, and the same service or the whole country on one side."""
    pa, sa = grain(a)
    pb, sb = grain(b)
    return pa == pb and (sa is None or sb is None or sa == sb)


def denial_reaches(denied: str, told: str) -> bool:
    """A denial of ``denied`` contradicts ``told``: the same party, and the denial for the whole country or for the
    very service told (the navy's "not us" says nothing against "Chile did it" nor against its air force)."""
    pd, sd = grain(denied)
    pt, st = grain(told)
    return pd == pt and (sd is None or sd == st)


def services_told(values: Iterable[str]) -> dict[str, set[str]]:
    """Party -> the services told as the doer among ``values`` (the answers that are not denials)."""
    out: dict[str, set[str]] = defaultdict(set)
    for value in values:
        party, service = grain(value)
        if service is not None:
            out[party].add(service)
    return out


def denial_reaches_whole(denied: str, told: str, told_services: dict[str, set[str]]) -> bool:
    """A service's denial against its country told as a whole ("the army does not shell civilians" against "the
    country's troops shelled them") contradicts when the coverage names no other service of that country as the
    doer: the whole country can then only mean the service that denies. Where another service is named (an air
    force denies, the army admits), "the military" may mean that one, and the denial leaves it standing."""
    pd, sd = grain(denied)
    pt, st = grain(told)
    return pd == pt and sd is not None and st is None and not (told_services.get(pd, set()) - {sd})


class NamedParties:
    """The groups the coverage names (an organisation or a people of its entities, by each one-word name), found
    again where an article in a language read without a parse writes one alone: ``Hisbollah``, ``Hezbolá``,
    ``«Хезболлу»`` are the ``Hezbollah`` an English article named. Those articles' own finders leave a lone
    capitalised word untyped (it may be any noun); the word is a party only where an answer's slot expects one
    (the accused after a verb of accusing, the doer before a verb of denial) and a name of the corpus is spelled so,
    by the test ``lone_names`` gives the entities (the same consonants, and a spelling close enough).

    Each word gives the party's answer (``value_of`` an entity: its country where its name says one) and its entity.
    """

    def __init__(self, entities: Iterable[Entity], value_of: Callable[[Entity], str]) -> None:
        self._names: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # key -> (name, answer, entity id)
        for e in entities:
            if e.type in PARTY_TYPES:
                for name in (e.name, *e.aliases):
                    if lone_names.fits(name):
                        self._names[lone_names.key(name)].append((name, value_of(e), e.id))
        self._seen: dict[str, tuple[str, str] | None] = {}

    def __call__(self, word: str) -> tuple[str, str] | None:
        """The party (answer, entity id) a word of a claim names, or None."""
        if word not in self._seen:
            self._seen[word] = self._find(word)
        return self._seen[word]

    def _find(self, word: str) -> tuple[str, str] | None:
        bare = _ELIDED.sub("", word.strip(_QUOTES))
        if not bare[:1].isupper():
            return None
        found = {
            (value, eid)
            for name, value, eid in self._names.get(lone_names.key(bare), ())
            if lone_names.spells(bare, name)
        }
        if len(found) > 1:  # one group named in two scripts ("Хезболла" and "Hezbollah"): the Latin name answers
            found = {f for f in found if not CYRILLIC.search(f[0])} or found
        return found.pop() if len(found) == 1 else None  # two parties spelled alike: neither
