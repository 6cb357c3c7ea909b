"""Bodies known across borders by names that other languages translate: the names French, Spanish, German, Italian
and Portuguese copy gives them, each with the English name the corpus's English articles use.

A corpus about one event mixes languages: ``l'État islamique``, ``el Estado Islámico``, ``der Islamische Staat`` and
``lo Stato islamico`` are the Islamic State; ``les Gardiens de la révolution`` and ``die Revolutionsgarden`` the
Revolutionary Guards. Their lower-case words and case endings keep the capitalised-run finder (extract/entities_fr.py)
from finding them whole. Each entry is one body: its English name, its other names (as the press writes them, with
the German case forms), then the English names and acronyms it also goes by.
"""

from __future__ import annotations

BODIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Islamic State": (
        (
            "État islamique",
            "Etat islamique",
            "Estado Islámico",
            "Estado Islâmico",
            "Islamische Staat",
            "Islamischen Staat",
            "Islamischer Staat",
            "Islamischen Staates",
            "Stato islamico",
            "Stato Islamico",
        ),
        (
            "ISIS",
            "ISIL",
            "IS",
        ),
    ),
    "Islamic Revolutionary Guard Corps": (
        (
            "Gardiens de la révolution",
            "Corps des gardiens de la révolution islamique",
            "Guardianes de la Revolución",
            "Guardia Revolucionaria",
            "Cuerpo de la Guardia Revolucionaria Islámica",
            "Revolutionsgarde",
            "Revolutionsgarden",
            "Iranischen Revolutionsgarden",
            "Guardiani della rivoluzione",
            "Guardie della rivoluzione",
            "Guarda Revolucionária",
        ),
        (
            "IRGC",
            "Revolutionary Guards",
        ),
    ),
    "Médecins Sans Frontières": (
        (
            "Médecins sans frontières",
            "Ärzte ohne Grenzen",
            "Médicos Sin Fronteras",
            "Médicos sem Fronteiras",
            "Medici senza frontiere",
        ),
        (
            "Doctors Without Borders",
            "MSF",
        ),
    ),
    "International Committee of the Red Cross": (
        (
            "Comité international de la Croix-Rouge",
            "Comité Internacional de la Cruz Roja",
            "Internationale Komitee vom Roten Kreuz",
            "Internationalen Komitee vom Roten Kreuz",
            "Comitato internazionale della Croce Rossa",
        ),
        ("ICRC",),
    ),
    "World Health Organization": (
        (
            "Organisation mondiale de la santé",
            "Organización Mundial de la Salud",
            "Weltgesundheitsorganisation",
            "Organizzazione mondiale della sanità",
            "Organização Mundial da Saúde",
        ),
        ("WHO",),
    ),
    "International Atomic Energy Agency": (
        (
            "Agence internationale de l'énergie atomique",
            "Agence internationale de l’énergie atomique",
            "Organismo Internacional de Energía Atómica",
            "Internationale Atomenergiebehörde",
            "Internationalen Atomenergiebehörde",
            "Agenzia internazionale per l'energia atomica",
            "Agência Internacional de Energia Atómica",
        ),
        ("IAEA",),
    ),
    "European Union": (
        (
            "Union européenne",
            "Unión Europea",
            "Europäische Union",
            "Europäischen Union",
            "Unione europea",
            "União Europeia",
        ),
        ("EU",),
    ),
    "United Nations": (
        (
            "Nations unies",
            "Organisation des Nations unies",
            "Naciones Unidas",
            "Vereinte Nationen",
            "Vereinten Nationen",
            "Nazioni Unite",
            "Nações Unidas",
        ),
        (
            "UN",
            "U.N.",
        ),
    ),
    "International Criminal Court": (
        (
            "Cour pénale internationale",
            "Corte Penal Internacional",
            "Internationale Strafgerichtshof",
            "Internationalen Strafgerichtshof",
            "Corte penale internazionale",
        ),
        ("ICC",),
    ),
    "Wagner Group": (
        (
            "groupe Wagner",
            "Grupo Wagner",
            "Wagner-Gruppe",
            "gruppo Wagner",
        ),
        ("Wagner",),
    ),
}
