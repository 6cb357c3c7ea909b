"""Function words of French and Russian, left out of a claim's content words as English's are (``link.views``).

A claim's content words are compared between claims (``link.similarity``): two
French sentences that share only ``de``, ``la`` and ``une`` share nothing, and
counting those words made any two French claims look alike, and every French
claim less like its English paraphrase (the shared names are a smaller part of
its words). The lists are the articles, prepositions, pronouns, conjunctions,
auxiliaries and verbs of saying of each language, lower case, as the word
pattern of ``link.views`` cuts them (``l'explosion`` is one word there, so the
elided forms are listed only where they stand alone).
"""

from __future__ import annotations

FRENCH = frozenset(
    """
le la les l un une des du de d au aux à a en dans sur sous par pour avec sans entre chez vers contre depuis pendant
avant après selon et ou ni mais donc or car que qu qui quoi dont où si ce cet cette ces c ça cela celui celle ceux
celles il elle ils elles on nous vous je j me m te t se s sa son ses leur leurs lui eux y ne n pas plus moins très
aussi encore déjà tout tous toute toutes même est sont était étaient été être ont avait avaient sera seront aurait
auraient ait soit sont avoir dit déclaré affirmé indiqué
""".split()
)

RUSSIAN = frozenset(
    """
в во на и с со по к ко о об обо от до из у за для при после перед над под между без через около а но же ли бы
не ни что чтобы как так также тоже это этот эта эти этого этой этих тот та те того он она оно они его ее её их
ему ей им ими него нее неё них который которая которое которые которого которой которых был была было были быть
есть будет будут уже еще ещё все всё всех сообщил сообщила сообщили заявил заявила заявили сказал сказала сказали
по словам
""".split()
)
