"""The taxonomies a new workspace starts with (PRODUCT.md), in German, Dutch and English.

The canonical name of each default is the German term the project used; the
labels give the name shown in each language. All of it is ordinary workspace data
afterwards: users may rename, add or retire entries.
"""

from __future__ import annotations

DEFAULT_MUNICIPALITIES: tuple[tuple[str, str], ...] = (("Münster", "DE"), ("Almelo", "NL"))

# (German = canonical name, Dutch, English)
Labelled = tuple[str, str, str]

DEFAULT_TERMS: dict[str, tuple[Labelled, ...]] = {
    "activity_type": (
        ("Startveranstaltung", "Startbijeenkomst", "Kick-off event"),
        ("Coaching-Tag", "Coachingdag", "Coaching day"),
        ("Einzelhospitation", "Meeloopdag", "Job-shadowing visit"),
        ("Fachtagung", "Binationaal congres", "Conference"),
        ("Netzwerkbrücke", "Netwerkbrug", "Network-bridge exchange"),
        ("Gremiensitzung", "Overleg", "Board meeting"),
    ),
    "field_of_action": (
        ("Bildung und Sprache", "Onderwijs en taal", "Education and language"),
        ("Arbeit und Wirtschaft", "Werk en economie", "Work and economy"),
        ("Wohnen", "Wonen", "Housing"),
        ("Sicherheit", "Veiligheid", "Safety"),
        ("Kultur", "Cultuur", "Culture"),
        ("Sport", "Sport", "Sport"),
        ("Gesundheit", "Gezondheid", "Health"),
        ("Soziales und Nachbarschaft", "Welzijn en buurt", "Social affairs and neighbourhood"),
        ("Partizipation", "Participatie", "Participation"),
        (
            "Neuzuwanderung, Intake und Inburgering",
            "Nieuwkomers, intake en inburgering",
            "New arrivals, intake and civic integration",
        ),
        ("Steuerung und Verwaltung", "Sturing en bestuur", "Governance and administration"),
    ),
    "target_group": (
        ("Zugewanderte", "Migranten", "Immigrants"),
        (
            "Nachbarn und Menschen, die den Alltag mit Zugewanderten teilen",
            "Buren en mensen die het dagelijks leven met migranten delen",
            "Neighbours and those who share daily life with immigrants",
        ),
        (
            "Akteure der Stadtgesellschaft und der Stadtteile",
            "Actoren in de stedelijke samenleving en de wijken",
            "Actors in city society and neighbourhoods",
        ),
        (
            "Fachkräfte auf allen Ebenen",
            "Professionals op alle niveaus",
            "Professionals at all levels",
        ),
        (
            "Stadtspitze in Politik und Verwaltung",
            "Stadsbestuur in politiek en ambtelijke organisatie",
            "City leadership in politics and administration",
        ),
        (
            "Vertretungen der Stadtgesellschaft",
            "Vertegenwoordigers van de stedelijke samenleving",
            "Representatives of city society",
        ),
        (
            "Vertretungen der Zugewanderten",
            "Vertegenwoordigers van migranten",
            "Representatives of immigrants",
        ),
        (
            "Begleiter des Projekts außerhalb der Stadt",
            "Begeleiders van het project buiten de stad",
            "Companions of the project outside the city",
        ),
    ),
    "principle": (
        (
            "Mediation mit allen gesellschaftlichen Gruppen, auch Zugewanderten",
            "Mediation met alle maatschappelijke groepen, ook migranten",
            "Mediation with all social groups, immigrants included",
        ),
        ("Externe Moderation", "Externe moderatie", "External moderation"),
        ("Konsens", "Consensus", "Consensus"),
        (
            "Integration als Chefsache",
            "Integratie als zaak van de top",
            "Integration as a matter for the top",
        ),
        (
            "Die ganze Stadt: alle Stadtteile, alle Handlungsfelder",
            "De hele stad: alle wijken, alle beleidsvelden",
            "The whole city: all districts, all fields of action",
        ),
        (
            "Potenziale statt Defizite",
            "Kansen in plaats van tekorten",
            "Potentials rather than deficits",
        ),
        ("Gender Mainstreaming", "Gendermainstreaming", "Gender mainstreaming"),
        (
            "Integration als Frage des sozialen Friedens und der Teilhabe",
            "Integratie als kwestie van sociale vrede en participatie",
            "Integration as a matter of social peace and participation",
        ),
    ),
    "district": (),
    "tag": (),
}
