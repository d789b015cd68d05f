"""Content of the demo workspace: the INTERREG IV A project "Migrationsleitbild".

Plain, frozen data describing a realistic sample of the Münster–Almelo exchange
(2008–2011): the activities (kick-off, coaching days, job-shadowing visits, a
core-group meeting and the binational conference), field observations written by
staff in their own language, adaptation notes on how each transferred module,
structure, method or principle had to change for the other country ("a transfer
is never a copy"), contacts with their recorded consent, and photos to be drawn.

Taxonomy values are the canonical (German) names from `defaults.DEFAULT_TERMS`.
`demo.py` turns this data into records; nothing here touches a database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DemoActivity:
    key: str
    title: str
    activity_type: str
    starts_on: date
    ends_on: date | None
    host: str
    place: str
    participants: str
    description: str
    fields_of_action: tuple[str, ...]


@dataclass(frozen=True)
class DemoObservation:
    key: str
    activity_key: str
    observed_on: date
    author: str
    language: str
    text: str
    fields_of_action: tuple[str, ...]
    district: str | None
    target_groups: tuple[str, ...]
    tags: tuple[str, ...]
    gender_remark: str


@dataclass(frozen=True)
class DemoAdaptation:
    key: str
    activity_key: str | None
    element_kind: str
    element: str
    from_municipality: str
    to_municipality: str
    origin_description: str
    adaptation: str
    rationale: str
    framework_factors: tuple[str, ...]
    status: str
    effects: str
    observation_keys: tuple[str, ...]
    fields_of_action: tuple[str, ...]
    principles: tuple[str, ...]
    tags: tuple[str, ...]
    language: str


@dataclass(frozen=True)
class DemoContact:
    key: str
    name: str
    organisation: str
    role: str
    municipality: str
    country: str
    email: str
    phone: str
    languages: tuple[str, ...]
    fields_of_action: tuple[str, ...]
    activity_keys: tuple[str, ...]
    met_at: str
    notes: str
    consent_given: bool
    consent_date: date | None
    consent_scope: str
    consent_note: str


@dataclass(frozen=True)
class DemoPhoto:
    key: str
    owner_key: str
    caption: str
    title: str
    colour: tuple[int, int, int]
    landscape: bool


# Canonical names (defaults.DEFAULT_TERMS), spelled once.
MS = "Münster"
AL = "Almelo"

# Fields of action
F_BILDUNG = "Bildung und Sprache"
F_ARBEIT = "Arbeit und Wirtschaft"
F_WOHNEN = "Wohnen"
F_SICHERHEIT = "Sicherheit"
F_KULTUR = "Kultur"
F_SPORT = "Sport"
F_GESUNDHEIT = "Gesundheit"
F_SOZIALES = "Soziales und Nachbarschaft"
F_PARTIZIPATION = "Partizipation"
F_NEUZU = "Neuzuwanderung, Intake und Inburgering"
F_STEUERUNG = "Steuerung und Verwaltung"

# Target groups
T_ZUGEWANDERTE = "Zugewanderte"
T_NACHBARN = "Nachbarn und Menschen, die den Alltag mit Zugewanderten teilen"
T_AKTEURE = "Akteure der Stadtgesellschaft und der Stadtteile"
T_FACHKRAEFTE = "Fachkräfte auf allen Ebenen"
T_SPITZE = "Stadtspitze in Politik und Verwaltung"
T_STADTGESELLSCHAFT = "Vertretungen der Stadtgesellschaft"
T_VERTRETUNG_ZUG = "Vertretungen der Zugewanderten"
T_BEGLEITER = "Begleiter des Projekts außerhalb der Stadt"

# Principles
P_MEDIATION = "Mediation mit allen gesellschaftlichen Gruppen, auch Zugewanderten"
P_MODERATION = "Externe Moderation"
P_KONSENS = "Konsens"
P_CHEFSACHE = "Integration als Chefsache"
P_GANZE_STADT = "Die ganze Stadt: alle Stadtteile, alle Handlungsfelder"
P_POTENZIALE = "Potenziale statt Defizite"
P_GENDER = "Gender Mainstreaming"
P_FRIEDEN = "Integration als Frage des sozialen Friedens und der Teilhabe"


ACTIVITIES: tuple[DemoActivity, ...] = (
    DemoActivity(
        key="kickoff",
        title="Grenzüberschreitende Startveranstaltung „Migrationsleitbild“",
        activity_type="Startveranstaltung",
        starts_on=date(2008, 11, 13),
        ends_on=None,
        host=MS,
        place="Rathaus Münster, Festsaal, Prinzipalmarkt 10",
        participants=(
            "Kerngruppen aus Münster und Almelo\n"
            "Dezernent für Migration und Integration (Münster), Wethouder Samenleving (Almelo)\n"
            "Rund 90 Akteure aus Verwaltung, Politik, Wohlfahrtsverbänden, "
            "Migrantenselbstorganisationen, Schulen, Polizei und Wohnungswirtschaft\n"
            "Begleitforschung Universität Münster und Universiteit Twente\n"
            "EUREGIO-Programmmanagement"
        ),
        description=(
            "Auftakt des INTERREG-IV-A-Projekts mit Akteuren beider Städte.\n\n"
            "**Programm**\n\n"
            "- Begriffsklärungen und Integrationsverständnis\n"
            "- Grundsätze des Münsteraner Leitbilds und Integrationssteuerung\n"
            "- Nationaler Kontext: Zuwanderungsgesetz und *Wet inburgering*\n"
            "- Kommunale Migrationsprofile und Vernetzungsstrukturen\n"
            "- Workshops nach Handlungsfeldern"
        ),
        fields_of_action=(F_STEUERUNG, F_PARTIZIPATION, F_NEUZU, F_BILDUNG, F_SOZIALES),
    ),
    DemoActivity(
        key="coaching-almelo",
        title="Coachingdag Almelo: integratie in de wijk",
        activity_type="Coaching-Tag",
        starts_on=date(2009, 3, 19),
        ends_on=None,
        host=AL,
        place="Stadhuis Almelo en Wijkcentrum Kerkelanden",
        participants=(
            "Delegatie Münster (8 personen): Koordinierungsstelle für Migration und "
            "Interkulturelle Angelegenheiten, Sozialplanung, Amt für Schule und Weiterbildung\n"
            "Afdeling Samenleving, wijkregisseurs, ROC van Twente, woningcorporatie, Wmo-raad"
        ),
        description=(
            "Kennismaking met de Almelose praktijk van integratie en inburgering.\n\n"
            "- Ochtend: presentatie door de wethouder en de afdeling Samenleving, "
            "*Integratienota* en generaal pardon\n"
            "- Middag: werkbezoeken in **Kerkelanden**, **Nieuwstraatkwartier**, **Schelfhorst** "
            "en **Windmolenbroek**\n"
            "- Afsluiting: feedback van de Duitse delegatie en eerste schets van de mediatie"
        ),
        fields_of_action=(F_NEUZU, F_SOZIALES, F_WOHNEN, F_BILDUNG, F_PARTIZIPATION),
    ),
    DemoActivity(
        key="coaching-muenster",
        title="Coaching-Tag Münster: Leitbildumsetzung in den Stadtteilen",
        activity_type="Coaching-Tag",
        starts_on=date(2009, 6, 18),
        ends_on=None,
        host=MS,
        place=(
            "Stadthaus 1, Klemensstraße 10, und die Stadtteile Coerde, Kinderhaus, Berg Fidel und "
            "Hiltrup"
        ),
        participants=(
            "Delegation Almelo (7 Personen): afdeling Samenleving, Wijkregisseure, "
            "Klantmanagement Inburgering\n"
            "Koordinierungsstelle, Ausländerbeirat, Quartiersmanagement Kinderhaus, Bezirksdienst "
            "der Polizei, AG Wohnen, Gesundheitsamt\n"
            "Externe Mediatorin des Leitbildprozesses"
        ),
        description=(
            "Die Gäste aus Almelo lernen die Umsetzung des Leitbilds kennen.\n\n"
            "- Vormittag: Verwaltungsstruktur, Leitbild und Handlungsfelder, Gespräch mit der "
            "externen Mediatorin\n"
            "- Nachmittag: Stadtteilbesuche (Quartiersmanagement, Rucksack-Kita, Bezirksdienst, "
            "Sportverein, Gesundheitsamt)\n"
            "- Abend: Sitzung des **Ausländerbeirats** mit den Gästen"
        ),
        fields_of_action=(
            F_STEUERUNG,
            F_PARTIZIPATION,
            F_SOZIALES,
            F_WOHNEN,
            F_SICHERHEIT,
            F_GESUNDHEIT,
            F_SPORT,
            F_BILDUNG,
        ),
    ),
    DemoActivity(
        key="hosp-inburgering",
        title="Meeloopdagen inburgering en intake",
        activity_type="Einzelhospitation",
        starts_on=date(2009, 9, 8),
        ends_on=date(2009, 9, 10),
        host=AL,
        place="Stadhuis Almelo (loket Werk en Inkomen), ROC van Twente, VluchtelingenWerk",
        participants=(
            "Sabine Hövelmann en Murat Aksoy (Münster)\n"
            "Nadia Bouzid en de klantmanagers inburgering en Wwb (Almelo)"
        ),
        description=(
            "Drie dagen meelopen in de keten van **intake tot examen**.\n\n"
            "- Dag 1: intakegesprekken, huisbezoek bij een pardongezin\n"
            "- Dag 2: participatiebudget, lessen bij het ROC, klantmanager Wwb\n"
            "- Dag 3: basisschool met schakelklas, VluchtelingenWerk, evaluatie"
        ),
        fields_of_action=(F_NEUZU, F_BILDUNG, F_ARBEIT),
    ),
    DemoActivity(
        key="hosp-lotsen",
        title="Einzelhospitation Lotsenarbeit und AG Wohnen",
        activity_type="Einzelhospitation",
        starts_on=date(2010, 2, 23),
        ends_on=date(2010, 2, 24),
        host=MS,
        place=(
            "Koordinierungsstelle für Migration und Interkulturelle Angelegenheiten, Ludgeriplatz "
            "4; Ausländerbehörde; Berg Fidel und Gievenbeck"
        ),
        participants=(
            "Nadia Bouzid und Henk ter Horst (Almelo)\n"
            "Lotsenkoordination, Lotsinnen und Lotsen, Jugendmigrationsdienst, Amt für "
            "Wohnungswesen, AG Wohnen"
        ),
        description=(
            "Zwei Tage Hospitation in den Bereichen **Neuzuwanderung** und **Wohnen**, wie im "
            "Projektantrag als Netzwerkbrücke vorgesehen.\n\n"
            "- Tag 1: Lotsenprojekt, Begleitung zur Ausländerbehörde, AG Wohnen, Neubaugebiet in "
            "Gievenbeck\n"
            "- Tag 2: Berg Fidel, Jugendmigrationsdienst, Auswertung"
        ),
        fields_of_action=(F_NEUZU, F_WOHNEN, F_SOZIALES),
    ),
    DemoActivity(
        key="hosp-wijkteam",
        title="Meeloopdagen wijkteam Kerkelanden",
        activity_type="Einzelhospitation",
        starts_on=date(2010, 5, 11),
        ends_on=date(2010, 5, 12),
        host=AL,
        place="Wijkcentrum Kerkelanden; Buurtbemiddeling Windmolenbroek",
        participants=(
            "Thomas Kersting (Münster)\n"
            "Wijkteam Kerkelanden, wijkagent, Buurtbemiddeling, woningcorporatie"
        ),
        description=(
            "Twee dagen meelopen met het **wijkteam**: ochtendoverleg, huisbezoeken, "
            "buurtbemiddeling en een wijkavond over de *concept-leidraad*."
        ),
        fields_of_action=(F_SOZIALES, F_SICHERHEIT, F_WOHNEN, F_PARTIZIPATION),
    ),
    DemoActivity(
        key="kerngruppe-2010",
        title="Sitzung der Kerngruppe: Zwischenbilanz der Anpassungen",
        activity_type="Gremiensitzung",
        starts_on=date(2010, 9, 14),
        ends_on=None,
        host=MS,
        place="Stadthaus 1, Sitzungsraum der Koordinierungsstelle",
        participants=(
            "Kerngruppen Münster und Almelo\n"
            "Begleitforschung Universität Münster und Universiteit Twente"
        ),
        description=(
            "Gemeinsame Sitzung beider Kerngruppen zur Halbzeit.\n\n"
            "- Zwischenbilanz der Anpassungsnotizen\n"
            "- Stand der *leidraad* in Almelo\n"
            "- Integrationsrat Münster und Beteiligungsmodell Almelo\n"
            "- Gliederung des Handbuchs"
        ),
        fields_of_action=(F_STEUERUNG, F_PARTIZIPATION),
    ),
    DemoActivity(
        key="congres-2011",
        title="Binationaal congres „Een overdracht is nooit een kopie“",
        activity_type="Fachtagung",
        starts_on=date(2011, 6, 9),
        ends_on=None,
        host=AL,
        place="Theaterhotel Almelo",
        participants=(
            "Ca. 160 deelnemers: gemeenten uit Twente en het Münsterland, VNG, Städtetag NRW, "
            "provincie Overijssel, Bezirksregierung Münster, migrantenorganisaties, begeleidend "
            "onderzoek"
        ),
        description=(
            "Tweede binationale congres: resultaten van de overdracht en opzet van het "
            "**handboek** voor gemeenten.\n\n"
            "- Plenair: opening door de burgemeester, panel met migrantenvertegenwoordigers\n"
            "- Workshops: *Anpassung*, onderwijs, wijkaanpak, inburgering\n"
            "- Afsluiting: opbouw van het handboek"
        ),
        fields_of_action=(F_STEUERUNG, F_PARTIZIPATION, F_BILDUNG, F_NEUZU, F_SOZIALES),
    ),
)

OBSERVATIONS: tuple[DemoObservation, ...] = (
    # --- Startveranstaltung, Münster, 13.11.2008 ---
    DemoObservation(
        key="kick-01",
        activity_key="kickoff",
        observed_on=date(2008, 11, 13),
        author="Ute Brinkmann",
        language="de",
        text=(
            "Schon bei der Begriffsklärung zeigte sich, wie verschieden die Wörter tragen: Die "
            "Almeloer Kolleginnen übersetzen *Integration* mit „integratie“, meinen aber sofort "
            "**inburgering** – ein gesetzlich geregeltes Verfahren mit Prüfung. Unser Leitbild "
            "versteht Integration dagegen als Aufgabe der ganzen Stadtgesellschaft, nicht nur der "
            "Zugewanderten. Wir haben vereinbart, ein zweisprachiges Glossar anzulegen, bevor "
            "weitere Texte übersetzt werden."
        ),
        fields_of_action=(F_STEUERUNG, F_NEUZU),
        district=None,
        target_groups=(T_FACHKRAEFTE,),
        tags=("Begriffe", "inburgering", "Leitbild"),
        gender_remark="",
    ),
    DemoObservation(
        key="kick-02",
        activity_key="kickoff",
        observed_on=date(2008, 11, 13),
        author="Anouk Jansen",
        language="nl",
        text=(
            "Indrukwekkend en tegelijk afschrikwekkend: in Münster hebben ruim zeventig "
            "organisaties bijna twee jaar lang in de mediatie aan tafel gezeten. De wethouder "
            "vroeg meteen hoeveel ambtelijke uren dat heeft gekost; het antwoord („das haben wir "
            "nie gezählt“) zegt veel over het verschil in werkwijze. In Almelo zou zo'n traject "
            "snel als *praatcircuit* worden weggezet. **Conclusie:** de methode spreekt aan, maar "
            "het tijdpad moet fors korter."
        ),
        fields_of_action=(F_PARTIZIPATION, F_STEUERUNG),
        district=None,
        target_groups=(T_SPITZE, T_FACHKRAEFTE),
        tags=("Mediation", "Leitbild"),
        gender_remark="",
    ),
    DemoObservation(
        key="kick-03",
        activity_key="kickoff",
        observed_on=date(2008, 11, 13),
        author="Thomas Kersting",
        language="de",
        text=(
            "Vorstellung der kommunalen Migrationsprofile: Münster zählt nach der "
            "Mikrozensus-Definition *Menschen mit Migrationshintergrund*, Almelo arbeitet mit der "
            "CBS-Kategorie **allochtoon** (mindestens ein Elternteil im Ausland geboren, "
            "unterschieden nach westlich und nicht-westlich). Die Anteile liegen in beiden "
            "Städten bei rund einem Fünftel, sind aber nicht direkt vergleichbar. Spätaussiedler "
            "tauchen in Almelo gar nicht als Gruppe auf, in Münster sind sie eine der größten. "
            "Für das Handbuch brauchen wir eine Fußnote zu jeder Zahl."
        ),
        fields_of_action=(F_STEUERUNG,),
        district=None,
        target_groups=(T_FACHKRAEFTE, T_BEGLEITER),
        tags=("Monitoring", "Begriffe"),
        gender_remark="",
    ),
    DemoObservation(
        key="kick-04",
        activity_key="kickoff",
        observed_on=date(2008, 11, 13),
        author="Nadia Bouzid",
        language="nl",
        text=(
            "Onze presentatie over het **generaal pardon** riep veel vragen op. Almelo moet in "
            "korte tijd bijna 200 pardonners huisvesten, laten inburgeren en vaak ook een "
            "uitkering regelen. Duitse collega's noemden de *Bleiberechtsregelung* van 2007 als "
            "meest vergelijkbaar, maar:\n\n"
            "- daar is niet de gemeente verantwoordelijk voor taal en oriëntatie, maar het BAMF;\n"
            "- er hoort geen woningtoewijzing door de gemeente bij;\n"
            "- de nadruk ligt op eigen inkomen als voorwaarde voor verblijf."
        ),
        fields_of_action=(F_NEUZU, F_WOHNEN),
        district=None,
        target_groups=(T_ZUGEWANDERTE, T_FACHKRAEFTE),
        tags=("inburgering", "pardonregeling"),
        gender_remark="",
    ),
    DemoObservation(
        key="kick-05",
        activity_key="kickoff",
        observed_on=date(2008, 11, 13),
        author="Murat Aksoy",
        language="de",
        text=(
            "Auf dem Podium sprach Ayşe Yılmaz für den Ausländerbeirat: Sie wolle „nicht betreut, "
            "sondern beteiligt“ werden. Die niederländischen Gäste fragten verwundert, warum "
            "Zugewanderte ein eigenes Gremium brauchen – in den Niederlanden dürfen "
            "Nicht-EU-Bürger nach fünf Jahren legalen Aufenthalts den Gemeinderat mitwählen. "
            "Diese Frage werden wir noch öfter hören."
        ),
        fields_of_action=(F_PARTIZIPATION,),
        district=None,
        target_groups=(T_VERTRETUNG_ZUG, T_ZUGEWANDERTE),
        tags=("Integrationsrat", "Beteiligung"),
        gender_remark=(
            "Auf dem Podium saßen sechs Männer und zwei Frauen; die Moderation hat das selbst "
            "angesprochen und für die Coaching-Tage eine ausgewogene Besetzung zugesagt."
        ),
    ),
    DemoObservation(
        key="kick-06",
        activity_key="kickoff",
        observed_on=date(2008, 11, 13),
        author="Jeroen Wolters",
        language="nl",
        text=(
            "Münster is verdeeld in zes *Stadtbezirke*, elk met een rechtstreeks gekozen "
            "**Bezirksvertretung** – iets wat Almelo niet kent. Bij ons lopen de wijken via "
            "wijkraden en bewonersorganisaties, zonder formele bevoegdheden maar met korte lijnen "
            "naar de wijkregisseur. Het principe 'de hele stad' betekent in Münster dus ook: zes "
            "politieke arena's. Voor ons is de vraag eerder hoe we ook de kernen, zoals Aadorp, "
            "bij het proces betrekken."
        ),
        fields_of_action=(F_SOZIALES, F_PARTIZIPATION),
        district=None,
        target_groups=(T_AKTEURE,),
        tags=("wijkaanpak", "Quartiersarbeit"),
        gender_remark="",
    ),
    DemoObservation(
        key="kick-07",
        activity_key="kickoff",
        observed_on=date(2008, 11, 13),
        author="Sabine Hövelmann",
        language="de",
        text=(
            "Workshop Bildung und Sprache: Die Kollegin vom ROC van Twente beschrieb die "
            "niederländische **VVE** (vor- und frühschulische Förderung ab zweieinhalb Jahren), "
            "die über kommunale Mittel gegen Bildungsbenachteiligung finanziert wird. Umgekehrt "
            "staunten die Gäste über die frühe Aufteilung auf Hauptschule, Realschule und "
            "Gymnasium nach Klasse 4. Der *herkunftssprachliche Unterricht* in NRW stieß auf "
            "Interesse – in den Niederlanden ist er seit 2004 abgeschafft."
        ),
        fields_of_action=(F_BILDUNG,),
        district=None,
        target_groups=(T_FACHKRAEFTE, T_ZUGEWANDERTE),
        tags=("Schule", "Elternarbeit"),
        gender_remark="",
    ),
    DemoObservation(
        key="kick-08",
        activity_key="kickoff",
        observed_on=date(2008, 11, 13),
        author="Henk ter Horst",
        language="nl",
        text=(
            "De Münsterse leitbildtekst is lang, principieel en bewust zonder cijfers. Onze "
            "gemeenteraad vraagt juist om **meetbare doelen** en een jaarlijkse verantwoording. "
            "Tijdens de lunch ontstond het idee om in Almelo een korte leidraad te combineren met "
            "een uitvoeringsprogramma met indicatoren. De Duitse collega's vonden dat 'typisch "
            "Nederlands', maar wel interessant."
        ),
        fields_of_action=(F_STEUERUNG,),
        district=None,
        target_groups=(T_SPITZE,),
        tags=("Leitbild", "Verwaltungskultur"),
        gender_remark="",
    ),
    DemoObservation(
        key="kick-09",
        activity_key="kickoff",
        observed_on=date(2008, 11, 13),
        author="Ute Brinkmann",
        language="de",
        text=(
            "Das EUREGIO-Programmmanagement erläuterte die Förderregeln: Personalkosten sind nur "
            "mit **Stundennachweisen** förderfähig, Sachkosten nur gegen Beleg, die nationale "
            "Kofinanzierung kommt aus Düsseldorf und Zwolle. Für Almelo ist neu, dass die Provinz "
            "Overijssel Mittelgeberin ist; für uns, dass die externe Mediation nach "
            "niederländischen Vergaberegeln ausgeschrieben werden müsste, wenn Almelo sie "
            "bezahlt. Das klären wir vor dem ersten Coaching-Tag."
        ),
        fields_of_action=(F_STEUERUNG,),
        district=None,
        target_groups=(T_FACHKRAEFTE, T_BEGLEITER),
        tags=("Förderung", "Moderation"),
        gender_remark="",
    ),
    DemoObservation(
        key="kick-10",
        activity_key="kickoff",
        observed_on=date(2008, 11, 13),
        author="Anouk Jansen",
        language="nl",
        text=(
            "De simultaanvertaling werkte in de plenaire sessie prima, in de workshops veel "
            "minder. Het beste ging het toen iedereen gewoon **zijn eigen taal** sprak, langzaam "
            "en met af en toe een tekening op de flip-over. Afspraak voor de komende "
            "bijeenkomsten: geen tolken in kleine groepen, wel een tweetalige samenvatting "
            "achteraf."
        ),
        fields_of_action=(F_STEUERUNG,),
        district=None,
        target_groups=(T_FACHKRAEFTE,),
        tags=("Zweisprachigkeit",),
        gender_remark=(
            "In de workshops namen vooral vrouwelijke professionals het woord; de bestuurders, "
            "bijna allemaal mannen, bleven in de plenaire zaal."
        ),
    ),
    # --- Coachingdag Almelo, 19.03.2009 ---
    DemoObservation(
        key="coa-01",
        activity_key="coaching-almelo",
        observed_on=date(2009, 3, 19),
        author="Thomas Kersting",
        language="de",
        text=(
            "Im **Wijkcentrum Kerkelanden** sitzen Wijkagent, Opbouwwerker, eine Beraterin der "
            "Woningcorporatie und der Wmo-Schalter unter einem Dach und treffen sich wöchentlich. "
            "Fälle werden gemeinsam besprochen, egal wer zuerst davon erfährt. In Münster "
            "verteilen sich dieselben Aufgaben auf Polizei, Sozialamt, Jugendamt, freie Träger "
            "und Wohnungsunternehmen. Beeindruckt hat mich, wie selbstverständlich alle "
            "voneinander wissen, wer woran arbeitet."
        ),
        fields_of_action=(F_SOZIALES, F_SICHERHEIT, F_WOHNEN),
        district="Kerkelanden",
        target_groups=(T_FACHKRAEFTE, T_AKTEURE),
        tags=("wijkaanpak", "Quartiersarbeit"),
        gender_remark="",
    ),
    DemoObservation(
        key="coa-02",
        activity_key="coaching-almelo",
        observed_on=date(2009, 3, 19),
        author="Ute Brinkmann",
        language="de",
        text=(
            "Der Wethouder für Samenleving war den ganzen Tag dabei und hat selbst präsentiert – "
            "*Chefsache* sichtbar gemacht. Anders als ein Dezernent bei uns ist der Wethouder "
            "persönlich für sein Portfolio verantwortlich und muss im Rat Rede und Antwort "
            "stehen. Die Kehrseite: Er möchte vor der Gemeinderatswahl im März 2010 "
            "**Ergebnisse** zeigen, was den Zeitplan der Mediation unter Druck setzt."
        ),
        fields_of_action=(F_STEUERUNG,),
        district=None,
        target_groups=(T_SPITZE,),
        tags=("Chefsache", "Verwaltungskultur"),
        gender_remark="",
    ),
    DemoObservation(
        key="coa-03",
        activity_key="coaching-almelo",
        observed_on=date(2009, 3, 19),
        author="Sabine Hövelmann",
        language="de",
        text=(
            "Hospitation in einer Inburgeringsklasse des ROC van Twente: zwölf Teilnehmende, "
            "darunter mehrere *Pardonners*, die seit Jahren in Almelo leben und fließend "
            "Niederländisch sprechen. Die Prüfung hat einen **praktischen Teil mit Portfolio** "
            "(Nachweise aus Alltag und Arbeit) – das gibt es im Integrationskurs nicht. Ein "
            "duales Angebot verbindet Sprachunterricht mit einem Praktikum. Bei uns wäre das eine "
            "Kombination aus BAMF-Kurs und Jobcenter-Maßnahme: zwei Träger, zwei Anträge."
        ),
        fields_of_action=(F_NEUZU, F_BILDUNG, F_ARBEIT),
        district=None,
        target_groups=(T_ZUGEWANDERTE,),
        tags=("inburgering", "Integrationskurs", "taalcoaching"),
        gender_remark="",
    ),
    DemoObservation(
        key="coa-04",
        activity_key="coaching-almelo",
        observed_on=date(2009, 3, 19),
        author="Murat Aksoy",
        language="de",
        text=(
            "Besuch bei einer türkischen Moscheegemeinde im Nieuwstraatkwartier. Der Vorstand "
            "berichtete, dass die Gemeente ihn regelmäßig zu Wijkgesprächen einlädt, aber nicht "
            "zu Grundsatzfragen. Die Jugendabteilung organisiert Hausaufgabenhilfe und ein "
            "Fußballturnier mit der benachbarten Kirchengemeinde. Die Moschee als **Akteur im "
            "Stadtteil** statt nur als religiöser Ort – das passt genau zu unserem Leitbild."
        ),
        fields_of_action=(F_KULTUR, F_SOZIALES),
        district="Nieuwstraatkwartier",
        target_groups=(T_VERTRETUNG_ZUG, T_AKTEURE),
        tags=("Migrantenorganisationen", "Quartiersarbeit"),
        gender_remark="",
    ),
    DemoObservation(
        key="coa-05",
        activity_key="coaching-almelo",
        observed_on=date(2009, 3, 19),
        author="Anouk Jansen",
        language="nl",
        text=(
            "Reflectie na de dag: de Duitse gasten vroegen bij bijna elk onderdeel *„Wer ist "
            "zuständig?“*. Bij ons is het antwoord vaak 'dat doen we samen', wat flexibel is maar "
            "ook vaag. Münster heeft een heldere taakverdeling tussen de *Ämter*, maar daardoor "
            "ook veel schotten. Misschien zit de winst voor beide steden in het midden: **één "
            "duidelijke trekker**, gezamenlijke uitvoering."
        ),
        fields_of_action=(F_STEUERUNG,),
        district=None,
        target_groups=(T_FACHKRAEFTE,),
        tags=("Verwaltungskultur",),
        gender_remark="",
    ),
    DemoObservation(
        key="coa-06",
        activity_key="coaching-almelo",
        observed_on=date(2009, 3, 19),
        author="Nadia Bouzid",
        language="nl",
        text=(
            "De collega's uit Münster waren verrast dat bij ons de **gemeente** de inburgering "
            "betaalt, het traject inkoopt én een boete kan opleggen als iemand het examen niet op "
            "tijd haalt. In Duitsland beslist het BAMF over de cursussen en de *Ausländerbehörde* "
            "over de verplichting; de gemeente staat daar grotendeels buiten. De discussie ging "
            "vooral over de vraag of dwang en ondersteuning in één hand horen."
        ),
        fields_of_action=(F_NEUZU, F_STEUERUNG),
        district=None,
        target_groups=(T_ZUGEWANDERTE, T_FACHKRAEFTE),
        tags=("inburgering", "Integrationskurs"),
        gender_remark=(
            "Voor moeders met jonge kinderen regelen wij kinderopvang tijdens de lessen; Münster "
            "kent kursbegleitende Kinderbetreuung ook, maar met te weinig plaatsen."
        ),
    ),
    DemoObservation(
        key="coa-07",
        activity_key="coaching-almelo",
        observed_on=date(2009, 3, 19),
        author="Thomas Kersting",
        language="de",
        text=(
            "Präsentation der Woningcorporatie: Die Corporaties sind private Stiftungen mit "
            "gesetzlichem sozialem Auftrag und besitzen in Almelo einen sehr großen Teil der "
            "Mietwohnungen. Mit der Gemeente schließen sie **Leistungsvereinbarungen** "
            "(*prestatieafspraken*) über Neubau, Sanierung und Lebensqualität im Viertel. In De "
            "Riet wird ein Block abgerissen und gemischt neu gebaut; die Mieter haben ein "
            "Rückkehrrecht. Eine so verbindliche Absprache mit Wohnungsunternehmen haben wir in "
            "Münster nicht."
        ),
        fields_of_action=(F_WOHNEN,),
        district="De Riet",
        target_groups=(T_AKTEURE, T_NACHBARN),
        tags=("woningcorporatie", "Quartiersarbeit"),
        gender_remark="",
    ),
    DemoObservation(
        key="coa-08",
        activity_key="coaching-almelo",
        observed_on=date(2009, 3, 19),
        author="Henk ter Horst",
        language="nl",
        text=(
            "Eerste schets voor de mediatie in Almelo besproken. Twee jaar zoals in Münster is "
            "voor ons niet haalbaar; we denken aan **vier mediatierondes in vijf maanden**, met "
            "per ronde een openbare avond in een wijk. Vraag aan Münster: hoe voorkom je dat de "
            "'usual suspects' het gesprek domineren? Hun antwoord: mensen persoonlijk uitnodigen "
            "via sleutelfiguren, niet via de krant."
        ),
        fields_of_action=(F_PARTIZIPATION,),
        district=None,
        target_groups=(T_STADTGESELLSCHAFT, T_VERTRETUNG_ZUG),
        tags=("Mediation", "Beteiligung"),
        gender_remark="",
    ),
    DemoObservation(
        key="coa-09",
        activity_key="coaching-almelo",
        observed_on=date(2009, 3, 19),
        author="Ute Brinkmann",
        language="de",
        text=(
            "Gespräch mit dem **Wmo-raad**: Das niederländische Gesetz über gesellschaftliche "
            "Unterstützung (Wmo) schreibt vor, dass Bürgerinnen und Bürger an der "
            "Politikgestaltung beteiligt werden. Der Rat besteht aus Ehrenamtlichen, darunter "
            "zwei Vertreter von Migrantenorganisationen, und berät die Gemeente gefragt und "
            "ungefragt. Eine vergleichbare gesetzliche Beteiligungspflicht für das Sozialressort "
            "kennen wir in NRW nicht."
        ),
        fields_of_action=(F_PARTIZIPATION, F_SOZIALES),
        district=None,
        target_groups=(T_STADTGESELLSCHAFT, T_VERTRETUNG_ZUG),
        tags=("Beteiligung", "Wmo"),
        gender_remark="",
    ),
    DemoObservation(
        key="coa-10",
        activity_key="coaching-almelo",
        observed_on=date(2009, 3, 19),
        author="Jeroen Wolters",
        language="nl",
        text=(
            "Wijkwandeling door Schelfhorst met drie bewoners. Opvallend voor de Duitse gasten: "
            "de **bewoners** voerden het woord, de ambtenaren liepen erachter. Ze lieten het "
            "speelveld zien dat met het wijkbudget is aangelegd, waarover de bewonersorganisatie "
            "zelf besliste. Een collega uit Münster noteerde *Verfügungsfonds* – bij hen bestaat "
            "zoiets alleen in de Soziale-Stadt-gebieden."
        ),
        fields_of_action=(F_SOZIALES, F_PARTIZIPATION, F_SPORT),
        district="Schelfhorst",
        target_groups=(T_NACHBARN, T_AKTEURE),
        tags=("wijkaanpak", "Beteiligung"),
        gender_remark=(
            "Het speelveld is op verzoek van moeders zo ingericht dat ook meisjes er spelen; de "
            "bewoners hadden eerst alleen een voetbalkooi gepland."
        ),
    ),
    DemoObservation(
        key="coa-11",
        activity_key="coaching-almelo",
        observed_on=date(2009, 3, 19),
        author="Sabine Hövelmann",
        language="de",
        text=(
            "Besuch einer **brede school** in Windmolenbroek: Grundschule, Kinderbetreuung, "
            "Bibliothek und Sportangebote unter einem Dach, koordiniert von einer "
            "*combinatiefunctionaris*, die halb bei der Schule und halb beim Sportverein "
            "angestellt ist. Das ähnelt der Offenen Ganztagsschule, aber die Kooperation mit "
            "Vereinen ist hier fest finanziert. Lehrkräfte sind bei der Schulstiftung angestellt, "
            "nicht wie bei uns beim Land – das erleichtert gemeinsame Stellen."
        ),
        fields_of_action=(F_BILDUNG, F_SPORT),
        district="Windmolenbroek",
        target_groups=(T_FACHKRAEFTE, T_ZUGEWANDERTE),
        tags=("Schule", "Sport"),
        gender_remark=(
            "Die Sportangebote nach der Schule gibt es bewusst auch als reine Mädchengruppen; die "
            "Teilnahme von Mädchen aus Migrantenfamilien hat sich laut Koordinatorin dadurch "
            "verdoppelt."
        ),
    ),
    DemoObservation(
        key="coa-12",
        activity_key="coaching-almelo",
        observed_on=date(2009, 3, 19),
        author="Anouk Jansen",
        language="nl",
        text=(
            "Afsluitende feedback van de Duitse delegatie: „Ihr macht schon sehr viel, aber es "
            "fehlt der rote Faden.“ Dat raakt precies het probleem van onze *Integratienota*: "
            "veel losse projecten, geen gedeeld verhaal. Tegelijk viel het hen op hoe vaak wij "
            "over **achterstanden** praten. Beide punten nemen we mee naar de kerngroep."
        ),
        fields_of_action=(F_STEUERUNG,),
        district=None,
        target_groups=(T_SPITZE, T_FACHKRAEFTE),
        tags=("Leitbild", "Potenziale"),
        gender_remark="",
    ),
    # --- Coaching-Tag Münster, 18.06.2009 ---
    DemoObservation(
        key="com-01",
        activity_key="coaching-muenster",
        observed_on=date(2009, 6, 18),
        author="Henk ter Horst",
        language="nl",
        text=(
            "In Kinderhaus werkt een **Quartiersmanager** vanuit een projectbureau in een flat, "
            "in dienst van een welzijnsorganisatie en betaald uit het federale programma *Soziale "
            "Stadt*. Hij kent iedereen, maar zijn contract is aan de subsidieperiode gekoppeld. "
            "Bij ons is de wijkregisseur gewoon gemeenteambtenaar met een vaste formatie. "
            "Continuïteit tegenover onafhankelijkheid: beide modellen hebben iets."
        ),
        fields_of_action=(F_SOZIALES, F_WOHNEN),
        district="Kinderhaus",
        target_groups=(T_FACHKRAEFTE, T_AKTEURE),
        tags=("Quartiersarbeit", "Förderung"),
        gender_remark="",
    ),
    DemoObservation(
        key="com-02",
        activity_key="coaching-muenster",
        observed_on=date(2009, 6, 18),
        author="Nadia Bouzid",
        language="nl",
        text=(
            "Bezoek aan een integratiecursus bij de VHS Münster. Het BAMF bepaalt inhoud, uren "
            "(600 uur taal, 45 uur oriëntatie) en tarieven; de *Ausländerbehörde* verplicht de "
            "deelnemers. De stad zelf heeft nauwelijks zeggenschap en geen budget voor de "
            "cursussen. Een medewerker noemde de gemeente **„Regisseur ohne Geld“** – en toch "
            "heeft Münster een dicht netwerk opgebouwd, vooral via de Migrationserstberatung van "
            "Caritas en Diakonie."
        ),
        fields_of_action=(F_NEUZU, F_BILDUNG),
        district=None,
        target_groups=(T_ZUGEWANDERTE, T_FACHKRAEFTE),
        tags=("Integrationskurs", "inburgering"),
        gender_remark="",
    ),
    DemoObservation(
        key="com-03",
        activity_key="coaching-muenster",
        observed_on=date(2009, 6, 18),
        author="Jeroen Wolters",
        language="nl",
        text=(
            "Rondgang door Coerde met de *Bezirksbeamte* van de politie. Hij lijkt op onze "
            "wijkagent, maar de politie valt in Duitsland onder de deelstaat: **de "
            "Oberbürgermeister heeft geen gezag over de politie**. Samenwerking loopt via een "
            "*Ordnungspartnerschaft* op vrijwillige basis. Bij ons is de burgemeester "
            "verantwoordelijk voor de openbare orde en zit hij in de driehoek met politie en "
            "justitie."
        ),
        fields_of_action=(F_SICHERHEIT,),
        district="Coerde",
        target_groups=(T_FACHKRAEFTE,),
        tags=("Polizei", "Verwaltungskultur"),
        gender_remark="",
    ),
    DemoObservation(
        key="com-04",
        activity_key="coaching-muenster",
        observed_on=date(2009, 6, 18),
        author="Anouk Jansen",
        language="nl",
        text=(
            "Lang gesprek met de externe mediator die het Münsterse leitbildproces heeft "
            "begeleid. Zij benadrukte dat zij **geen ambtenaar** is en daardoor ook kritische "
            "groepen – Bürgervereine, een vluchtelingeninitiatief – aan tafel kreeg. Over "
            "consensus: *„Der Konsens ist anstrengend, aber er trägt.“* Iedere zin van het "
            "leitbild wordt door alle deelnemers gedragen; dat verklaart waarom niemand het "
            "achteraf ter discussie stelt."
        ),
        fields_of_action=(F_PARTIZIPATION,),
        district=None,
        target_groups=(T_STADTGESELLSCHAFT, T_VERTRETUNG_ZUG),
        tags=("Mediation", "Moderation", "Konsens"),
        gender_remark=(
            "In de Münsterse mediatie had elke migrantenorganisatie twee plaatsen, bij voorkeur "
            "voor een man en een vrouw; volgens de mediator veranderde dat merkbaar de toon van "
            "het gesprek."
        ),
    ),
    DemoObservation(
        key="com-05",
        activity_key="coaching-muenster",
        observed_on=date(2009, 6, 18),
        author="Ute Brinkmann",
        language="de",
        text=(
            "Die Erklärung unserer Verwaltungsstruktur (Dezernate, Ämter, freie Träger, "
            "Ausländerbeirat, Bezirksvertretungen) dauerte vierzig Minuten. Die Kollegen aus "
            "Almelo haben mitgezeichnet und dann gefragt: *Wer kann hier allein entscheiden?* "
            "Ehrliche Antwort: **niemand** – genau deshalb brauchten wir die Mediation. Für die "
            "nächsten Besuche bereiten wir ein einfaches Organigramm auf Niederländisch vor."
        ),
        fields_of_action=(F_STEUERUNG,),
        district=None,
        target_groups=(T_FACHKRAEFTE,),
        tags=("Verwaltungskultur", "Chefsache"),
        gender_remark="",
    ),
    DemoObservation(
        key="com-06",
        activity_key="coaching-muenster",
        observed_on=date(2009, 6, 18),
        author="Henk ter Horst",
        language="nl",
        text=(
            "Vergadering van de **AG Wohnen**: woningbedrijven, huurdersvereniging, Amt für "
            "Wohnungswesen en migrantenorganisaties aan één tafel. Besproken werd de concentratie "
            "van migrantenhuishoudens in Berg Fidel en de vraag of bindende toewijzingsregels "
            "helpen. De afspraken zijn niet juridisch bindend; het werkt op basis van vertrouwen. "
            "Bij ons liggen zulke afspraken vast in de prestatieafspraken met de corporaties."
        ),
        fields_of_action=(F_WOHNEN,),
        district="Berg Fidel",
        target_groups=(T_AKTEURE, T_VERTRETUNG_ZUG),
        tags=("AG Wohnen", "woningcorporatie"),
        gender_remark="",
    ),
    DemoObservation(
        key="com-07",
        activity_key="coaching-muenster",
        observed_on=date(2009, 6, 18),
        author="Nadia Bouzid",
        language="nl",
        text=(
            "In een kita in Coerde draait het **Rucksack**-programma: moeders worden opgeleid tot "
            "ouderbegeleidster en werken met andere moeders in het Turks en het Duits aan "
            "taalactiviteiten voor thuis. De kita stemt haar thema's af op wat de moeders thuis "
            "doen. Voor Almelo zou dit goed passen bij de ouderbetrokkenheid in de *VVE*."
        ),
        fields_of_action=(F_BILDUNG,),
        district="Coerde",
        target_groups=(T_ZUGEWANDERTE,),
        tags=("Elternarbeit", "taalcoaching"),
        gender_remark=(
            "Het programma bereikt vrijwel alleen moeders; vaders komen hooguit naar het "
            "slotfeest. De leidster wil een vaderavond proberen."
        ),
    ),
    DemoObservation(
        key="com-08",
        activity_key="coaching-muenster",
        observed_on=date(2009, 6, 18),
        author="Murat Aksoy",
        language="de",
        text=(
            "Abendsitzung des Ausländerbeirats mit den Gästen aus Almelo. Thema war die Änderung "
            "der Gemeindeordnung NRW, nach der Kommunen statt des Ausländerbeirats einen "
            "**Integrationsrat** bilden können, in dem gewählte Migrantenvertreter und "
            "Ratsmitglieder gemeinsam sitzen. Die Gäste fragten nach dem Mandat: Der Rat berät, "
            "entscheidet aber nicht. Ihre Reaktion: *„Bij ons stemmen migranten gewoon mee voor "
            "de gemeenteraad.“*"
        ),
        fields_of_action=(F_PARTIZIPATION,),
        district=None,
        target_groups=(T_VERTRETUNG_ZUG, T_SPITZE),
        tags=("Integrationsrat", "Beteiligung"),
        gender_remark="",
    ),
    DemoObservation(
        key="com-09",
        activity_key="coaching-muenster",
        observed_on=date(2009, 6, 18),
        author="Jeroen Wolters",
        language="nl",
        text=(
            "Bezoek aan een sportvereniging in Hiltrup die meedoet aan het programma *Integration "
            "durch Sport* van de Duitse sportbond. Trainers met een migratieachtergrond worden "
            "opgeleid en krijgen een kleine vergoeding. De **vereniging** is de spil; de gemeente "
            "faciliteert alleen de accommodatie. In Almelo loopt sport in de wijk veel meer via "
            "de gemeente en de brede school."
        ),
        fields_of_action=(F_SPORT,),
        district="Hiltrup",
        target_groups=(T_AKTEURE, T_ZUGEWANDERTE),
        tags=("Sport", "vrijwilligers"),
        gender_remark=(
            "Er is een meidenvoetbalteam waarin een hoofddoek gewoon is toegestaan; volgens de "
            "trainster trok dat veel ouders over de streep."
        ),
    ),
    DemoObservation(
        key="com-10",
        activity_key="coaching-muenster",
        observed_on=date(2009, 6, 18),
        author="Thomas Kersting",
        language="de",
        text=(
            "Diskussion über das Prinzip **Potenziale statt Defizite**. Die Kolleginnen aus "
            "Almelo sprechen ganz selbstverständlich von *achterstandswijken* und "
            "*achterstandsleerlingen* – das sind dort auch Förderkategorien. Unser Leitbild "
            "vermeidet diese Sprache bewusst. Zunächst wurde das als ‚politisch korrekt‘ "
            "belächelt; nach dem Besuch im Rucksack-Projekt meinte ein Kollege, es gehe offenbar "
            "um eine andere Haltung, nicht um andere Wörter."
        ),
        fields_of_action=(F_STEUERUNG, F_SOZIALES),
        district=None,
        target_groups=(T_FACHKRAEFTE,),
        tags=("Potenziale", "Begriffe"),
        gender_remark="",
    ),
    DemoObservation(
        key="com-11",
        activity_key="coaching-muenster",
        observed_on=date(2009, 6, 18),
        author="Anouk Jansen",
        language="nl",
        text=(
            "De Nederlandse vertaling van het Münsterse leitbild doorgelopen. De "
            "*Handlungsfelder* dekken bijna alles, maar voor Almelo missen we een apart veld voor "
            "**nieuwkomers, intake en inburgering** – daar ligt door de Wet inburgering en het "
            "pardon bij ons het zwaartepunt. Münster vindt dat logisch: bij hen regelt het BAMF "
            "dat, bij ons de gemeente. We voegen het veld toe aan onze leidraad."
        ),
        fields_of_action=(F_NEUZU, F_STEUERUNG),
        district=None,
        target_groups=(T_FACHKRAEFTE, T_SPITZE),
        tags=("Leitbild", "inburgering"),
        gender_remark="",
    ),
    DemoObservation(
        key="com-12",
        activity_key="coaching-muenster",
        observed_on=date(2009, 6, 18),
        author="Sabine Hövelmann",
        language="de",
        text=(
            "Das Gesundheitsamt stellte die Gesundheitslotsen aus dem Programm *Mit Migranten für "
            "Migranten* (MiMi) vor: geschulte Zugewanderte informieren in ihrer Sprache über "
            "Vorsorge, Impfungen und das deutsche Gesundheitssystem. Die Gäste erkannten sofort "
            "ihre **VETC-voorlichters** der GGD Twente wieder. Unterschied: In Twente sind die "
            "Voorlichterinnen angestellt, bei uns arbeiten die Lotsen auf Honorarbasis."
        ),
        fields_of_action=(F_GESUNDHEIT,),
        district=None,
        target_groups=(T_ZUGEWANDERTE, T_FACHKRAEFTE),
        tags=("Lotsen", "Migrantenorganisationen"),
        gender_remark=(
            "Fast alle Gesundheitslotsen sind Frauen; Männer erreicht das Programm vor allem über "
            "Moscheevereine und Sportvereine."
        ),
    ),
    # --- Meeloopdagen inburgering, Almelo, 08.–10.09.2009 ---
    DemoObservation(
        key="hia-01",
        activity_key="hosp-inburgering",
        observed_on=date(2009, 9, 8),
        author="Murat Aksoy",
        language="de",
        text=(
            "Dabei bei einem **Intakegespräch** am Schalter der Gemeente: 90 Minuten mit einer "
            "Klantmanagerin, Fragen nach Ausbildung, Arbeit, Gesundheit, Kindern und "
            "Sprachkenntnissen. Am Ende steht ein individueller Plan – Sprachkurs, Praktikum, "
            "Schuldnerberatung. In Münster stellt die Ausländerbehörde in zehn Minuten einen "
            "Berechtigungsschein aus, den Rest muss die Person selbst zusammensuchen. Das Intake "
            "ist das, was mir bei uns am meisten fehlt."
        ),
        fields_of_action=(F_NEUZU,),
        district=None,
        target_groups=(T_ZUGEWANDERTE, T_FACHKRAEFTE),
        tags=("Intake", "inburgering"),
        gender_remark=(
            "Mit Ehepaaren führt die Klantmanagerin nach dem ersten Teil getrennte Gespräche, "
            "damit auch die Frauen eigene Ziele für Arbeit und Sprache nennen können."
        ),
    ),
    DemoObservation(
        key="hia-02",
        activity_key="hosp-inburgering",
        observed_on=date(2009, 9, 8),
        author="Murat Aksoy",
        language="de",
        text=(
            "Hausbesuch mit der Klantmanagerin bei einer Pardon-Familie in Hofkamp. Die Eltern "
            "leben seit elf Jahren in den Niederlanden, die Kinder sind hier geboren und sprechen "
            "besser Niederländisch als Arabisch. Für sie ist die Inburgering fast eine Formalität "
            "– viel dringender waren **Wohnung, Krankenversicherung und Arbeitserlaubnis**. Die "
            "Gemeente hatte alles in einer Hand, was die Familie sichtlich entlastet hat."
        ),
        fields_of_action=(F_NEUZU, F_WOHNEN, F_GESUNDHEIT),
        district="Hofkamp",
        target_groups=(T_ZUGEWANDERTE,),
        tags=("pardonregeling", "inburgering"),
        gender_remark="",
    ),
    DemoObservation(
        key="hia-03",
        activity_key="hosp-inburgering",
        observed_on=date(2009, 9, 8),
        author="Nadia Bouzid",
        language="nl",
        text=(
            "Murat vroeg na het intakegesprek waarom we geen **vrijwilligers** inzetten die "
            "nieuwkomers de eerste maanden begeleiden, zoals de *Lotsen* in Münster. Eerlijk "
            "antwoord: daar hebben we nooit aan gedacht, omdat de klantmanager alles coördineert. "
            "Maar een klantmanager heeft tachtig dossiers en gaat niet mee naar de huisarts of de "
            "ouderavond. Idee voor de kerngroep."
        ),
        fields_of_action=(F_NEUZU, F_SOZIALES),
        district=None,
        target_groups=(T_ZUGEWANDERTE, T_NACHBARN),
        tags=("Lotsen", "vrijwilligers"),
        gender_remark="",
    ),
    DemoObservation(
        key="hia-04",
        activity_key="hosp-inburgering",
        observed_on=date(2009, 9, 9),
        author="Sabine Hövelmann",
        language="de",
        text=(
            "Gespräch im Rathaus über das neue **Participatiebudget** (seit 2009): Die Mittel für "
            "Inburgering, Erwachsenenbildung und berufliche Wiedereingliederung sind in einem "
            "Budget gebündelt, das die Gemeente frei kombinieren darf. Die Bildungsangebote muss "
            "sie allerdings vorerst beim ROC einkaufen. Bei uns wären das drei Geldgeber – BAMF, "
            "Land, Jobcenter – mit drei Förderlogiken."
        ),
        fields_of_action=(F_NEUZU, F_ARBEIT, F_BILDUNG),
        district=None,
        target_groups=(T_FACHKRAEFTE,),
        tags=("Förderung", "inburgering"),
        gender_remark="",
    ),
    DemoObservation(
        key="hia-05",
        activity_key="hosp-inburgering",
        observed_on=date(2009, 9, 9),
        author="Sabine Hövelmann",
        language="de",
        text=(
            "Unterricht in einer reinen Frauengruppe am ROC, mit Kinderbetreuung im Nebenraum. "
            "Die Lehrerin arbeitet mit dem Material *Oriëntatie op de Nederlandse samenleving* "
            "und verbindet es mit Alltagsaufgaben:\n\n"
            "- Elternabend in der Schule\n"
            "- Termin beim Hausarzt\n"
            "- Antrag am Schalter der Gemeente\n\n"
            "Mehrere Teilnehmerinnen hatten nie eine Schule besucht; für sie gibt es ein eigenes "
            "Alphabetisierungstraject."
        ),
        fields_of_action=(F_BILDUNG, F_NEUZU),
        district=None,
        target_groups=(T_ZUGEWANDERTE,),
        tags=("taalcoaching", "inburgering"),
        gender_remark=(
            "Die Frauengruppe ist nach Auskunft der Lehrerin der einzige Weg, Frauen aus sehr "
            "traditionellen Familien überhaupt in den Kurs zu bekommen; nach einem Jahr wechseln "
            "viele in gemischte Gruppen."
        ),
    ),
    DemoObservation(
        key="hia-06",
        activity_key="hosp-inburgering",
        observed_on=date(2009, 9, 9),
        author="Murat Aksoy",
        language="de",
        text=(
            "Beim Klantmanager für die Bijstand (Wwb) gilt das Motto *Werk boven inkomen*: Wer "
            "Sozialhilfe bezieht, bekommt Inburgering und Arbeitsvermittlung als ein Traject. In "
            "Deutschland sind dafür Jobcenter (SGB II), BAMF und Ausländerbehörde getrennt "
            "zuständig, mit eigenen Akten. Hier sitzt alles in einer Abteilung – die "
            "**Kombination** ist das Instrument, nicht ein einzelnes Programm."
        ),
        fields_of_action=(F_ARBEIT, F_NEUZU),
        district=None,
        target_groups=(T_ZUGEWANDERTE, T_FACHKRAEFTE),
        tags=("Intake", "Verwaltungskultur"),
        gender_remark=(
            "Nach der Wwb gilt die Arbeitspflicht für beide Partner; die Klantmanagerin verbindet "
            "das mit Kinderbetreuung und Teilzeit-Trajecten für Mütter."
        ),
    ),
    DemoObservation(
        key="hia-07",
        activity_key="hosp-inburgering",
        observed_on=date(2009, 9, 10),
        author="Anouk Jansen",
        language="nl",
        text=(
            "Nagesprek met Sabine en Murat over de *Lotsen*. Wij vertaalden het eerst met "
            "**maatjes**; in Almelo bestaat al een maatjesproject van Humanitas, maar dat staat "
            "los van de inburgering. De kracht van Münster is dat Lotsen vaak zelf migrant zijn "
            "en het systeem van binnenuit kennen. Afspraak: Nadia gaat in februari in Münster "
            "meelopen."
        ),
        fields_of_action=(F_NEUZU, F_SOZIALES),
        district=None,
        target_groups=(T_ZUGEWANDERTE, T_VERTRETUNG_ZUG),
        tags=("Lotsen", "vrijwilligers"),
        gender_remark="",
    ),
    DemoObservation(
        key="hia-08",
        activity_key="hosp-inburgering",
        observed_on=date(2009, 9, 10),
        author="Sabine Hövelmann",
        language="de",
        text=(
            "Basisschool im Nieuwstraatkwartier: Kinder mit großem Sprachrückstand gehen ein Jahr "
            "in eine **Schakelklas** mit intensivem Niederländisch und wechseln dann zurück in "
            "ihre Stammgruppe. Die VVE beginnt schon in der Peuterspeelzaal. "
            "Herkunftssprachlicher Unterricht wird nicht mehr angeboten; laut Schulleiterin "
            "fragen Eltern kaum noch danach, weil Moscheevereine am Wochenende Türkisch anbieten."
        ),
        fields_of_action=(F_BILDUNG,),
        district="Nieuwstraatkwartier",
        target_groups=(T_ZUGEWANDERTE, T_FACHKRAEFTE),
        tags=("Schule", "taalcoaching"),
        gender_remark="",
    ),
    DemoObservation(
        key="hia-09",
        activity_key="hosp-inburgering",
        observed_on=date(2009, 9, 10),
        author="Murat Aksoy",
        language="de",
        text=(
            "Besuch bei VluchtelingenWerk: Ehrenamtliche übernehmen im Auftrag der Gemeente die "
            "**maatschappelijke begeleiding** anerkannter Flüchtlinge im ersten Jahr – "
            "Anmeldungen, Versicherungen, Schule. Finanziert wird das pro Person aus dem Budget "
            "der Gemeente. Das ist unserer Lotsenarbeit näher als alles, was ich bisher gesehen "
            "habe, nur eben mit *fester* Finanzierung."
        ),
        fields_of_action=(F_NEUZU, F_SOZIALES),
        district=None,
        target_groups=(T_ZUGEWANDERTE, T_AKTEURE),
        tags=("Lotsen", "vrijwilligers", "Förderung"),
        gender_remark="",
    ),
    DemoObservation(
        key="hia-10",
        activity_key="hosp-inburgering",
        observed_on=date(2009, 9, 10),
        author="Nadia Bouzid",
        language="nl",
        text=(
            "Evaluatie met de gasten. Ze vonden ons systeem „streng, aber fürsorglich“: veel "
            "begeleiding, maar ook sancties bij verzuim. Zelf merk ik dat de **boete** de relatie "
            "met de klant soms belast – wie we willen helpen, krijgt van ons ook een beschikking. "
            "In Münster bestaat die dubbele rol niet, want de stad sanctioneert niet zelf. Goed "
            "om dit in de leidraad expliciet te benoemen."
        ),
        fields_of_action=(F_NEUZU, F_STEUERUNG),
        district=None,
        target_groups=(T_ZUGEWANDERTE, T_FACHKRAEFTE),
        tags=("inburgering", "Verwaltungskultur"),
        gender_remark="",
    ),
    # --- Einzelhospitation Lotsen und AG Wohnen, Münster, 23.–24.02.2010 ---
    DemoObservation(
        key="hml-01",
        activity_key="hosp-lotsen",
        observed_on=date(2010, 2, 23),
        author="Nadia Bouzid",
        language="nl",
        text=(
            "Introductie in het **Lotsenproject**: vrijwilligers, voor een groot deel zelf met "
            "een migratieachtergrond, begeleiden nieuwkomers naar instanties, scholen en artsen. "
            "Ze volgen een training van zes avonden en krijgen een onkostenvergoeding. De "
            "coördinatie ligt bij de Diakonie, in samenwerking met de Koordinierungsstelle. Samen "
            "spreken de Lotsen zeker vijftien talen."
        ),
        fields_of_action=(F_NEUZU, F_SOZIALES),
        district=None,
        target_groups=(T_ZUGEWANDERTE, T_NACHBARN),
        tags=("Lotsen", "vrijwilligers"),
        gender_remark="",
    ),
    DemoObservation(
        key="hml-02",
        activity_key="hosp-lotsen",
        observed_on=date(2010, 2, 23),
        author="Nadia Bouzid",
        language="nl",
        text=(
            "Meegelopen met een Poolse Lotsin naar de *Ausländerbehörde*: anderhalf uur wachten, "
            "daarna tien minuten aan het loket, waarbij zij vertaalde en uitlegde wat er "
            "ondertekend werd. Bij ons zou dat via de **tolkentelefoon** gaan, die de gemeente "
            "niets kost. Maar de Lotsin deed meer dan tolken: na afloop legde ze in de kantine "
            "uit hoe de *Krankenkasse* werkt."
        ),
        fields_of_action=(F_NEUZU, F_GESUNDHEIT),
        district=None,
        target_groups=(T_ZUGEWANDERTE,),
        tags=("Lotsen", "Zweisprachigkeit"),
        gender_remark="",
    ),
    DemoObservation(
        key="hml-03",
        activity_key="hosp-lotsen",
        observed_on=date(2010, 2, 23),
        author="Henk ter Horst",
        language="nl",
        text=(
            "Vergadering van de AG Wohnen bijgewoond. De woningbedrijven presenteerden een "
            "*Kooperationsvertrag* met de stad over sociale huisvesting en integratie in de "
            "wijken – een vrijwillige afspraak zonder sancties. Bij ons liggen prestatieafspraken "
            "op basis van de Woningwet vast en worden ze jaarlijks gemonitord. Toch was de sfeer "
            "hier opvallend **constructief**: men kent elkaar al jaren."
        ),
        fields_of_action=(F_WOHNEN,),
        district=None,
        target_groups=(T_AKTEURE,),
        tags=("AG Wohnen", "woningcorporatie"),
        gender_remark="",
    ),
    DemoObservation(
        key="hml-04",
        activity_key="hosp-lotsen",
        observed_on=date(2010, 2, 24),
        author="Henk ter Horst",
        language="nl",
        text=(
            "Wijkbezoek Berg Fidel: hoogbouw uit de jaren zeventig; een deel van de flats is in "
            "handen van een beleggingsmaatschappij die nauwelijks onderhoud pleegt, en de stad "
            "heeft daar weinig grip op. De *Quartiersarbeit* richt zich daarom op bewonersgroepen "
            "en het buurtcentrum. Dit laat zien hoe afhankelijk het Nederlandse model is van "
            "**maatschappelijk gebonden** woningbezit."
        ),
        fields_of_action=(F_WOHNEN, F_SOZIALES),
        district="Berg Fidel",
        target_groups=(T_NACHBARN, T_AKTEURE),
        tags=("Quartiersarbeit", "woningcorporatie"),
        gender_remark="",
    ),
    DemoObservation(
        key="hml-05",
        activity_key="hosp-lotsen",
        observed_on=date(2010, 2, 24),
        author="Ute Brinkmann",
        language="de",
        text=(
            "Die Gäste aus Almelo baten um eine schriftliche Aufgabenbeschreibung der Lotsen, um "
            "sie VluchtelingenWerk und dem Wmo-Schalter vorzulegen. Dabei fiel uns auf, dass "
            "unsere Lotsenarbeit fast ausschließlich auf **persönlichen Beziehungen** beruht und "
            "kaum dokumentiert ist. Für die Übertragung – und ehrlich gesagt auch für uns selbst "
            "– brauchen wir ein kurzes Handbuch:\n\n"
            "- Rolle und Grenzen\n"
            "- Schulung\n"
            "- Ansprechpersonen"
        ),
        fields_of_action=(F_NEUZU, F_STEUERUNG),
        district=None,
        target_groups=(T_FACHKRAEFTE,),
        tags=("Lotsen", "Handbuch"),
        gender_remark="",
    ),
    DemoObservation(
        key="hml-06",
        activity_key="hosp-lotsen",
        observed_on=date(2010, 2, 24),
        author="Nadia Bouzid",
        language="nl",
        text=(
            "Bezoek aan de *Jugendmigrationsdienst*: casemanagement voor jongeren van 12 tot 27 "
            "jaar, gefinancierd door het federale jeugdministerie. Het is vergelijkbaar met wat "
            "bij ons het jongerenwerk en het Centrum voor Jeugd en Gezin samen doen, maar hier "
            "ligt het bij een kerkelijke organisatie. Opvallend: alle begeleiding is "
            "**vrijwillig**, er zit geen leerplichtambtenaar aan tafel."
        ),
        fields_of_action=(F_BILDUNG, F_SOZIALES),
        district=None,
        target_groups=(T_ZUGEWANDERTE, T_FACHKRAEFTE),
        tags=("Jugend", "Schule"),
        gender_remark="",
    ),
    DemoObservation(
        key="hml-07",
        activity_key="hosp-lotsen",
        observed_on=date(2010, 2, 24),
        author="Thomas Kersting",
        language="de",
        text=(
            "Die Kollegen aus Almelo wollten unseren Anmeldebogen für die Lotsenvermittlung "
            "übernehmen und fragten, ob das Sozialamt die Daten direkt bekommt. Nach dem "
            "**Sozialdatenschutz** (SGB X) geht das ohne ausdrückliche Einwilligung nicht. In den "
            "Niederlanden gilt mit der Wbp ein ähnliches Recht, aber Wijkteams arbeiten dort mit "
            "*convenanten*, die den Austausch zwischen Partnern regeln. An diesem Punkt würde "
            "eine Übertragung der Wijkteams nach Münster rechtlich hängen."
        ),
        fields_of_action=(F_STEUERUNG, F_SOZIALES),
        district=None,
        target_groups=(T_FACHKRAEFTE,),
        tags=("Datenschutz", "wijkaanpak"),
        gender_remark="",
    ),
    DemoObservation(
        key="hml-08",
        activity_key="hosp-lotsen",
        observed_on=date(2010, 2, 23),
        author="Henk ter Horst",
        language="nl",
        text=(
            "Korte rondleiding door een nieuwbouwgebied in Gievenbeck: de stad stuurt via "
            "grondverkoop op een mix van koop, vrije huur en gesubsidieerde huur. Er wordt bewust "
            "niet per herkomstgroep gepland, maar naar inkomen. In het gesprek kwam naar voren "
            "dat **gesubsidieerde huurwoningen** in Duitsland na enkele decennia uit de binding "
            "vallen – bij onze corporaties blijft het bezit sociaal."
        ),
        fields_of_action=(F_WOHNEN,),
        district="Gievenbeck",
        target_groups=(T_AKTEURE,),
        tags=("woningcorporatie", "AG Wohnen"),
        gender_remark="",
    ),
    DemoObservation(
        key="hml-09",
        activity_key="hosp-lotsen",
        observed_on=date(2010, 2, 24),
        author="Nadia Bouzid",
        language="nl",
        text=(
            "Lotsen leggen ouders ook het Duitse schoolsysteem uit. De *Grundschulempfehlung* na "
            "de vierde klas komt bij veel migrantenouders hard aan: wie op tienjarige leeftijd "
            "naar de Hauptschule gaat, heeft later weinig kansen. Een Lotsin vertelde dat ze "
            "ouders meeneemt naar het gesprek met de leerkracht. Bij ons valt de selectie twee "
            "jaar later, met de **Cito-toets** als extra ankerpunt."
        ),
        fields_of_action=(F_BILDUNG,),
        district=None,
        target_groups=(T_ZUGEWANDERTE, T_NACHBARN),
        tags=("Lotsen", "Schule", "Elternarbeit"),
        gender_remark="",
    ),
    DemoObservation(
        key="hml-10",
        activity_key="hosp-lotsen",
        observed_on=date(2010, 2, 24),
        author="Murat Aksoy",
        language="de",
        text=(
            "Nadia fragte, warum fast alle Lotsen Frauen sind. Wir haben das nie systematisch "
            "angeschaut: Die Schulung findet abends statt, geworben wurde über Elterncafés und "
            "Frauengruppen. Für Männer, die gerade erst angekommen sind, fehlen uns damit "
            "**männliche Ansprechpartner**, etwa bei Terminen im Jobcenter."
        ),
        fields_of_action=(F_NEUZU, F_SOZIALES),
        district=None,
        target_groups=(T_ZUGEWANDERTE, T_FACHKRAEFTE),
        tags=("Lotsen", "vrijwilligers"),
        gender_remark=(
            "Von 34 aktiven Lotsen sind 29 Frauen; wir werden Männer gezielt über Sportvereine "
            "und Moscheegemeinden ansprechen."
        ),
    ),
    # --- Meeloopdagen wijkteam Kerkelanden, Almelo, 11.–12.05.2010 ---
    DemoObservation(
        key="hwt-01",
        activity_key="hosp-wijkteam",
        observed_on=date(2010, 5, 11),
        author="Thomas Kersting",
        language="de",
        text=(
            "Morgenbesprechung des Wijkteams Kerkelanden mit neun Fachleuten; auf der Liste "
            "stehen zwölf *zorgwekkende huishoudens*. Beispiel: eine Familie mit Schulden, "
            "schwachen Niederländischkenntnissen und einem Sohn, der im Viertel auffällt. Eine "
            "Person übernimmt die Regie nach dem Grundsatz **één gezin, één plan**. In Münster "
            "wären ASD, Schuldnerberatung, Jugendgerichtshilfe und ein Migrationsdienst einzeln "
            "beteiligt – jeder mit eigenem Plan."
        ),
        fields_of_action=(F_SOZIALES, F_SICHERHEIT),
        district="Kerkelanden",
        target_groups=(T_FACHKRAEFTE, T_ZUGEWANDERTE),
        tags=("wijkaanpak", "Quartiersarbeit"),
        gender_remark="",
    ),
    DemoObservation(
        key="hwt-02",
        activity_key="hosp-wijkteam",
        observed_on=date(2010, 5, 11),
        author="Thomas Kersting",
        language="de",
        text=(
            "Gespräch mit dem **Wijkagent**: Seine Prioritäten werden in der *driehoek* aus "
            "Burgemeester, Staatsanwaltschaft und Polizeichef festgelegt, die Gemeente steuert "
            "also mit. Er kennt die Familien aus der Morgenbesprechung persönlich und geht "
            "gemeinsam mit dem Jongerenwerker auf die Jugendlichen zu. Bei uns müsste das über "
            "eine Ordnungspartnerschaft mit dem Polizeipräsidium laufen – möglich, aber ohne "
            "Weisungsrecht."
        ),
        fields_of_action=(F_SICHERHEIT,),
        district="Kerkelanden",
        target_groups=(T_FACHKRAEFTE,),
        tags=("Polizei", "wijkaanpak"),
        gender_remark="",
    ),
    DemoObservation(
        key="hwt-03",
        activity_key="hosp-wijkteam",
        observed_on=date(2010, 5, 11),
        author="Jeroen Wolters",
        language="nl",
        text=(
            "Thomas vroeg wie in het wijkteam eindverantwoordelijk is als een plan vastloopt. "
            "Eerlijk antwoord: de wijkregisseur coördineert, maar heeft **geen "
            "doorzettingsmacht** over de partners. Dat werkt zolang de verhoudingen goed zijn. "
            "Zijn vraag was terecht; we nemen hem mee in de evaluatie van de wijkaanpak."
        ),
        fields_of_action=(F_SOZIALES, F_STEUERUNG),
        district="Kerkelanden",
        target_groups=(T_FACHKRAEFTE,),
        tags=("wijkaanpak", "Verwaltungskultur"),
        gender_remark="",
    ),
    DemoObservation(
        key="hwt-04",
        activity_key="hosp-wijkteam",
        observed_on=date(2010, 5, 12),
        author="Thomas Kersting",
        language="de",
        text=(
            "Besuch bei **Buurtbemiddeling**: geschulte ehrenamtliche Nachbarschaftsvermittler, "
            "immer zu zweit, schlichten Streit über Lärm, Müll oder Parken, bevor Polizei oder "
            "Corporatie eingreifen. Nach Angaben der Koordinatorin wird in etwa zwei Dritteln der "
            "Fälle eine Einigung erzielt. Gemeente und Woningcorporatie finanzieren das "
            "gemeinsam. Das ist das Mediationsprinzip unseres Leitbilds im Kleinen – *auf der "
            "Ebene des Treppenhauses*."
        ),
        fields_of_action=(F_SOZIALES, F_SICHERHEIT),
        district="Windmolenbroek",
        target_groups=(T_NACHBARN, T_ZUGEWANDERTE),
        tags=("Mediation", "vrijwilligers"),
        gender_remark=(
            "Die Vermittler arbeiten bewusst in gemischten Paaren – Frau und Mann, möglichst eine "
            "Person mit Migrationsgeschichte –, damit sich beide Konfliktparteien angesprochen "
            "fühlen."
        ),
    ),
    DemoObservation(
        key="hwt-05",
        activity_key="hosp-wijkteam",
        observed_on=date(2010, 5, 12),
        author="Henk ter Horst",
        language="nl",
        text=(
            "Met een consulent van de woningcorporatie mee op **achter-de-voordeur**-bezoek bij "
            "nieuwe huurders. Thomas vond het indrukwekkend, maar vroeg kritisch naar privacy: "
            "mag een verhuurder vragen naar schulden of opvoeding? De consulent legde uit dat het "
            "bezoek vrijwillig is en dat signalen alleen met toestemming naar het wijkteam gaan. "
            "In Duitsland zou een woningbedrijf dit volgens hem niet durven."
        ),
        fields_of_action=(F_WOHNEN, F_SOZIALES),
        district="Kerkelanden",
        target_groups=(T_NACHBARN, T_AKTEURE),
        tags=("woningcorporatie", "Datenschutz"),
        gender_remark="",
    ),
    DemoObservation(
        key="hwt-06",
        activity_key="hosp-wijkteam",
        observed_on=date(2010, 5, 12),
        author="Thomas Kersting",
        language="de",
        text=(
            "Am Wmo-Schalter im Wijkcentrum beantragen Bürgerinnen und Bürger Haushaltshilfe, "
            "Hilfsmittel und Wohnungsanpassungen – alles Aufgaben der Gemeente. Bei uns liegen "
            "diese Leistungen großenteils bei der Pflegeversicherung und damit außerhalb der "
            "kommunalen Steuerung. Die Gemeente Almelo hat also deutlich **mehr Hebel** im "
            "Stadtteil, trägt aber auch das finanzielle Risiko."
        ),
        fields_of_action=(F_GESUNDHEIT, F_SOZIALES, F_STEUERUNG),
        district="Kerkelanden",
        target_groups=(T_ZUGEWANDERTE, T_NACHBARN),
        tags=("Wmo", "wijkaanpak"),
        gender_remark="",
    ),
    DemoObservation(
        key="hwt-07",
        activity_key="hosp-wijkteam",
        observed_on=date(2010, 5, 12),
        author="Jeroen Wolters",
        language="nl",
        text=(
            "Wijkavond in Kerkelanden over de concept-leidraad, met Thomas als gast. Er kwamen "
            "ruim zestig bewoners, veel meer dan bij eerdere inspraakavonden. De opbrengst:\n\n"
            "- een veilige oversteek bij de school\n"
            "- een taalcafé in het wijkcentrum\n"
            "- meer toezicht op het trapveld\n\n"
            "En veel waardering dat de gemeente **eerst luistert**."
        ),
        fields_of_action=(F_PARTIZIPATION, F_SOZIALES, F_SICHERHEIT),
        district="Kerkelanden",
        target_groups=(T_NACHBARN, T_ZUGEWANDERTE),
        tags=("Beteiligung", "Leitbild"),
        gender_remark=(
            "Voor Turkse en Marokkaanse vrouwen was er 's middags een aparte sessie met "
            "kinderopvang; daar kwamen 22 vrouwen, die op de avond bijna allemaal ontbraken."
        ),
    ),
    DemoObservation(
        key="hwt-08",
        activity_key="hosp-wijkteam",
        observed_on=date(2010, 5, 12),
        author="Thomas Kersting",
        language="de",
        text=(
            "Fazit für Münster: Das Wijkteam ist ein Modell für **Coerde**, wo es ohnehin eine "
            "Stadtteilrunde gibt. Hindernisse:\n\n"
            "- kein gemeinsames Budget der Beteiligten\n"
            "- die Soziale-Stadt-Förderung läuft aus\n"
            "- für den Austausch von Falldaten fehlt eine Grundlage wie die niederländischen "
            "*convenanten*\n\n"
            "Vorschlag an die Kerngruppe: ein Pilot mit anonymisierten Fallbesprechungen."
        ),
        fields_of_action=(F_SOZIALES, F_STEUERUNG),
        district="Coerde",
        target_groups=(T_FACHKRAEFTE, T_SPITZE),
        tags=("wijkaanpak", "Quartiersarbeit", "Förderung"),
        gender_remark="",
    ),
    # --- Sitzung der Kerngruppe, Münster, 14.09.2010 ---
    DemoObservation(
        key="kgr-01",
        activity_key="kerngruppe-2010",
        observed_on=date(2010, 9, 14),
        author="Ute Brinkmann",
        language="de",
        text=(
            "Zwischenbilanz: Seit dem Start sind 14 Anpassungsnotizen entstanden, die meisten zu "
            "Methoden und Strukturen, kaum welche zu Prinzipien. Die Begleitforschung schlug vor, "
            "jede Notiz konsequent nach *Elementart* (Modul, Struktur, Methode, Prinzip) und "
            "*Rahmenbedingung* (Recht, Finanzierung, Verwaltungskultur, Akteure) zu ordnen. "
            "**Beschluss:** Das Handbuch wird entlang dieser Matrix gegliedert."
        ),
        fields_of_action=(F_STEUERUNG,),
        district=None,
        target_groups=(T_FACHKRAEFTE, T_BEGLEITER),
        tags=("Handbuch", "Leitbild"),
        gender_remark=(
            "Die Begleitforschung regt an, bei jeder Anpassungsnotiz zu prüfen, ob die Änderung "
            "Frauen und Männer unterschiedlich betrifft."
        ),
    ),
    DemoObservation(
        key="kgr-02",
        activity_key="kerngruppe-2010",
        observed_on=date(2010, 9, 14),
        author="Anouk Jansen",
        language="nl",
        text=(
            "Stand van zaken Almelo: de gemeenteraad heeft de leidraad in juni vastgesteld, na "
            "vier mediatierondes en zes wijkavonden. Na de verkiezingen van maart is er een "
            "**nieuwe wethouder**, en het draagvlak aan de top moest opnieuw worden opgebouwd. "
            "Hij heeft inmiddels toegezegd het uitvoeringsprogramma zelf in het college te "
            "verdedigen. *Chefsache* is in Nederland dus iets wat je elke vier jaar opnieuw moet "
            "verdienen."
        ),
        fields_of_action=(F_STEUERUNG, F_PARTIZIPATION),
        district=None,
        target_groups=(T_SPITZE,),
        tags=("Chefsache", "Leitbild"),
        gender_remark="",
    ),
    DemoObservation(
        key="kgr-03",
        activity_key="kerngruppe-2010",
        observed_on=date(2010, 9, 14),
        author="Thomas Kersting",
        language="de",
        text=(
            "Der Kollege von der Universiteit Twente brachte es auf den Punkt: *„Übertragen heißt "
            "übersetzen – nicht nur die Sprache, sondern die Zuständigkeiten.“* An drei "
            "Beispielen (Lotsen, Integrationsrat, Wijkteam) zeigte er, dass dieselbe Idee in der "
            "anderen Stadt an einem anderen Ort der Verwaltung landet. Das gehört als "
            "**Grundregel** an den Anfang des Handbuchs."
        ),
        fields_of_action=(F_STEUERUNG,),
        district=None,
        target_groups=(T_BEGLEITER, T_FACHKRAEFTE),
        tags=("Handbuch", "Begriffe"),
        gender_remark="",
    ),
    DemoObservation(
        key="kgr-04",
        activity_key="kerngruppe-2010",
        observed_on=date(2010, 9, 14),
        author="Henk ter Horst",
        language="nl",
        text=(
            "Besluit over de **integratieraad**: Almelo neemt het Münsterse model niet over. "
            "Migranten kiezen bij ons al mee voor de gemeenteraad en zitten er ook in; een aparte "
            "raad voor migranten zou als scheidslijn worden gezien. In plaats daarvan krijgen "
            "migrantenorganisaties een vaste plek in de Wmo-raad en in de wijkraden. De Duitse "
            "collega's begrepen de keuze, maar vonden het jammer."
        ),
        fields_of_action=(F_PARTIZIPATION,),
        district=None,
        target_groups=(T_VERTRETUNG_ZUG, T_SPITZE),
        tags=("Integrationsrat", "Migrantenorganisationen"),
        gender_remark="",
    ),
    DemoObservation(
        key="kgr-05",
        activity_key="kerngruppe-2010",
        observed_on=date(2010, 9, 14),
        author="Murat Aksoy",
        language="de",
        text=(
            "Bericht aus Münster: Im Februar wurde der erste **Integrationsrat** gewählt; die "
            "Wahlbeteiligung war niedrig, wie fast überall in NRW. Im Rat sitzen jetzt gewählte "
            "Migrantenvertreterinnen und -vertreter gemeinsam mit Ratsmitgliedern. Die Kerngruppe "
            "diskutierte, ob die niedrige Beteiligung gegen das Modell spricht – Konsens: eher "
            "gegen die Art, wie für die Wahl geworben wurde."
        ),
        fields_of_action=(F_PARTIZIPATION,),
        district=None,
        target_groups=(T_VERTRETUNG_ZUG, T_ZUGEWANDERTE),
        tags=("Integrationsrat", "Beteiligung"),
        gender_remark=(
            "Unter den gewählten Mitgliedern sind deutlich weniger Frauen als Männer; der "
            "Integrationsrat will dazu mit den Migrantenorganisationen ins Gespräch gehen."
        ),
    ),
    # --- Binationaal congres, Almelo, 09.06.2011 ---
    DemoObservation(
        key="fta-01",
        activity_key="congres-2011",
        observed_on=date(2011, 6, 9),
        author="Anouk Jansen",
        language="nl",
        text=(
            "Opening van het binationale congres door de burgemeester, met bijna 160 deelnemers "
            "uit Twente en het Münsterland. Hij noemde het project „een spiegel waarin we onszelf "
            "pas goed zagen“. Opvallend veel **ambtenaren uit kleinere gemeenten**, met juist de "
            "vraag hoe je mediatie schaalt naar een gemeente van 20.000 inwoners."
        ),
        fields_of_action=(F_STEUERUNG,),
        district=None,
        target_groups=(T_SPITZE, T_BEGLEITER),
        tags=("Handbuch", "Mediation"),
        gender_remark="",
    ),
    DemoObservation(
        key="fta-02",
        activity_key="congres-2011",
        observed_on=date(2011, 6, 9),
        author="Ute Brinkmann",
        language="de",
        text=(
            "Workshop „Anpassung“: Wir haben die Matrix aus Elementart und Rahmenbedingungen an "
            "fünf Beispielen vorgestellt. Teilnehmende aus Gronau, Bocholt, Enschede und Hengelo "
            "ordneten ihre eigenen Erfahrungen ein. Am häufigsten genannt wurden **Finanzierung** "
            "und **Zuständigkeiten**, kaum das Recht selbst. Der Satz *„Eine Übertragung ist nie "
            "eine Kopie“* wurde zum Motto der Pinnwand."
        ),
        fields_of_action=(F_STEUERUNG,),
        district=None,
        target_groups=(T_BEGLEITER, T_FACHKRAEFTE),
        tags=("Handbuch", "Förderung"),
        gender_remark="",
    ),
    DemoObservation(
        key="fta-03",
        activity_key="congres-2011",
        observed_on=date(2011, 6, 9),
        author="Nadia Bouzid",
        language="nl",
        text=(
            "Panel met migrantenvertegenwoordigers uit beide steden. Ayşe Yılmaz uit Münster: „In "
            "Münster mochten wij meepraten over de hele stad.“ Çağlar Doğan uit Almelo: „Bij ons "
            "mogen we meebeslissen in de wijk.“ Samen beschreven ze precies het verschil tussen "
            "de twee modellen – en waarom er **allebei** nodig zijn."
        ),
        fields_of_action=(F_PARTIZIPATION,),
        district=None,
        target_groups=(T_VERTRETUNG_ZUG,),
        tags=("Beteiligung", "Integrationsrat"),
        gender_remark=(
            "Het panel was bewust paritair samengesteld: twee van de vier sprekers waren vrouwen, "
            "wat in de zaal positief werd opgemerkt."
        ),
    ),
    DemoObservation(
        key="fta-04",
        activity_key="congres-2011",
        observed_on=date(2011, 6, 9),
        author="Sabine Hövelmann",
        language="de",
        text=(
            "Workshop Bildung: Eine Schulleiterin aus Gronau will die Idee der **Schakelklas** "
            "übernehmen, stößt aber auf das Schulrecht in NRW – Lehrerstellen vergibt die "
            "Bezirksregierung, nicht die Stadt. Der Kollege aus Almelo hielt dagegen, dass auch "
            "dort die kommunalen Mittel gegen Bildungsbenachteiligung knapper werden. Einigkeit: "
            "Die Idee trägt, die Finanzierung muss jede Seite *selbst* lösen."
        ),
        fields_of_action=(F_BILDUNG,),
        district=None,
        target_groups=(T_FACHKRAEFTE, T_BEGLEITER),
        tags=("Schule", "Förderung"),
        gender_remark="",
    ),
    DemoObservation(
        key="fta-05",
        activity_key="congres-2011",
        observed_on=date(2011, 6, 9),
        author="Jeroen Wolters",
        language="nl",
        text=(
            "Het nieuwe kabinet heeft aangekondigd dat inburgering een **eigen "
            "verantwoordelijkheid** van de migrant wordt: geen gemeentelijk aanbod meer, maar een "
            "lening voor een cursus naar keuze. Voor Almelo betekent dat dat de gemeente haar "
            "belangrijkste instrument kwijtraakt, precies nu we de Lotsen-pilot aan de intake "
            "hebben gekoppeld. De Duitse deelnemers herkenden de situatie: *„Regisseur ohne "
            "Geld“*."
        ),
        fields_of_action=(F_NEUZU, F_STEUERUNG),
        district=None,
        target_groups=(T_FACHKRAEFTE, T_SPITZE),
        tags=("inburgering", "Lotsen", "Förderung"),
        gender_remark="",
    ),
    DemoObservation(
        key="fta-06",
        activity_key="congres-2011",
        observed_on=date(2011, 6, 9),
        author="Thomas Kersting",
        language="de",
        text=(
            "Abschlussrunde: Die Begleitforschung stellte die Gliederung des Handbuchs vor – "
            "Prinzipien zuerst, dann Strukturen, Methoden und Module, jeweils mit den Anpassungen "
            "in beide Richtungen. Mehrere Teilnehmende wünschten sich **Checklisten** statt "
            "langer Texte. Wir nehmen das auf: Jede Anpassungsnotiz bekommt eine kurze Frageliste "
            "*„Was ist bei euch anders?“*."
        ),
        fields_of_action=(F_STEUERUNG,),
        district=None,
        target_groups=(T_BEGLEITER, T_FACHKRAEFTE),
        tags=("Handbuch",),
        gender_remark="",
    ),
)

ADAPTATIONS: tuple[DemoAdaptation, ...] = (
    DemoAdaptation(
        key="ad-mediation",
        activity_key="coaching-almelo",
        element_kind="method",
        element="Mediationsverfahren zur Leitbildentwicklung",
        from_municipality=MS,
        to_municipality=AL,
        origin_description=(
            "In Münster erarbeiteten rund 70 Vertreterinnen und Vertreter aus Verwaltung, "
            "Politik, Wohlfahrtsverbänden, Migrantenselbstorganisationen, Kirchen, Wirtschaft und "
            "Bürgervereinen das Leitbild in knapp zwei Jahren unter **externer Mediation**. Jede "
            "Formulierung wurde im Konsens verabschiedet, bevor der Rat beschloss."
        ),
        adaptation=(
            "In Almelo wird das Verfahren verdichtet:\n\n"
            "- vier Mediationsrunden in fünf Monaten statt fortlaufender Sitzungen über zwei "
            "Jahre;\n"
            "- eine Kerngruppe von etwa 30 Personen, ergänzt um offene **Wijkavonden** in sechs "
            "Stadtteilen;\n"
            "- Ergebnis ist eine kurze *leidraad* plus ein Uitvoeringsprogramma mit Indikatoren."
        ),
        rationale=(
            "Der Entwurf musste vor der Gemeinderatswahl im März 2010 vorliegen "
            "(*Verwaltungskultur*, politischer Zyklus). Die INTERREG-Mittel decken die Mediation "
            "nur im ersten Projektjahr (*Finanzierung*). In Almelo gibt es weniger organisierte "
            "Verbände, dafür aktive Bewohnerorganisationen in den Wijken (*Akteure*)."
        ),
        framework_factors=("funding", "administrative_culture", "actors"),
        status="implemented",
        effects=(
            "Der Entwurf lag im Februar 2010 vor; zu den Wijkavonden kamen deutlich mehr "
            "Bewohnerinnen und Bewohner als zu früheren Inspraakavonden. Die Tiefe der "
            "Münsteraner Konsenstexte wurde nicht erreicht – dafür ist die Leidraad kurz und wird "
            "in den Wijken tatsächlich zitiert."
        ),
        observation_keys=("kick-02", "coa-08", "kgr-02"),
        fields_of_action=(F_PARTIZIPATION, F_STEUERUNG),
        principles=(P_MEDIATION, P_KONSENS, P_MODERATION),
        tags=("Mediation", "Leitbild"),
        language="de",
    ),
    DemoAdaptation(
        key="ad-moderation",
        activity_key="coaching-muenster",
        element_kind="principle",
        element="Externe moderatie",
        from_municipality=MS,
        to_municipality=AL,
        origin_description=(
            "In Münster werd de mediatie geleid door een externe mediator zonder band met de "
            "stadsverwaltung. Zij werd door alle partijen als **neutraal** gezien, ook door "
            "kritische groepen."
        ),
        adaptation=(
            "Almelo schakelt een Nederlands adviesbureau met ervaring in wijkprocessen in, "
            "aangevuld met twee coachingsdagen door de Münsterse mediator. De moderatoren werken "
            "in het Nederlands; de Duitse mediator is *sparringpartner* op de achtergrond."
        ),
        rationale=(
            "De opdracht moest volgens de gemeentelijke inkoopregels worden aanbesteed (*wet- en "
            "regelgeving*). Externe inhuur wordt uit het INTERREG-budget betaald en moet met uren "
            "worden verantwoord (*financiering*). Een Duitstalige moderator zou voor veel "
            "deelnemers een drempel zijn (*overig: taal*)."
        ),
        framework_factors=("law", "funding", "other"),
        status="implemented",
        effects=(
            "Deelnemers noemden de moderatie in de evaluatie 'onafhankelijk'; twee "
            "migrantenorganisaties die eerder waren afgehaakt, deden weer mee."
        ),
        observation_keys=("com-04", "kick-09"),
        fields_of_action=(F_PARTIZIPATION,),
        principles=(P_MODERATION, P_MEDIATION),
        tags=("Moderation", "Mediation"),
        language="nl",
    ),
    DemoAdaptation(
        key="ad-consensus",
        activity_key="kerngruppe-2010",
        element_kind="principle",
        element="Konsensprinzip",
        from_municipality=MS,
        to_municipality=AL,
        origin_description=(
            "Im Münsteraner Verfahren gilt ein Satz erst als beschlossen, wenn **niemand** "
            "widerspricht. Der Rat hat das Leitbild anschließend ohne inhaltliche Änderung "
            "übernommen."
        ),
        adaptation=(
            "Almelo arbeitet in der Mediation mit Konsens, behandelt das Ergebnis aber als "
            "Empfehlung an den Gemeinderat, der die *kaderstellende* Rolle hat. Für das "
            "Uitvoeringsprogramma wird das **Konsent**-Prinzip erprobt: Entschieden ist, wogegen "
            "niemand einen schwerwiegenden Einwand hat."
        ),
        rationale=(
            "Seit der Dualisierung von 2002 trennt das niederländische Gemeinderecht Rat und "
            "College strikt; der Rat lässt sich seine Entscheidung nicht von einem externen "
            "Gremium vorgeben (*Recht*, *Verwaltungskultur*)."
        ),
        framework_factors=("law", "administrative_culture"),
        status="piloting",
        effects=(
            "Erste Erfahrungen in zwei Wijken: Die Konsent-Runden sind schneller; "
            "Minderheitspositionen werden schriftlich festgehalten, damit sie nicht verloren "
            "gehen."
        ),
        observation_keys=("com-04", "kgr-02"),
        fields_of_action=(F_PARTIZIPATION, F_STEUERUNG),
        principles=(P_KONSENS, P_MEDIATION),
        tags=("Konsens", "Verwaltungskultur"),
        language="de",
    ),
    DemoAdaptation(
        key="ad-chefsache",
        activity_key="kerngruppe-2010",
        element_kind="principle",
        element="Integratie als zaak van de top",
        from_municipality=MS,
        to_municipality=AL,
        origin_description=(
            "In Münster is integratie ondergebracht bij een eigen *Dezernat*; de Dezernent leidt "
            "het project en de Oberbürgermeister steunt het leitbild publiekelijk. Het Dezernat "
            "blijft na verkiezingen bestaan."
        ),
        adaptation=(
            "In Almelo ligt het bij de **wethouder** met de portefeuille Samenleving, die "
            "persoonlijk verantwoording aflegt aan de raad. Na de verkiezingen van 2010 moest het "
            "draagvlak bij een nieuwe wethouder opnieuw worden verworven; daarom is integratie nu "
            "als collegebreed programma in het coalitieakkoord opgenomen."
        ),
        rationale=(
            "Wethouders worden voor vier jaar benoemd, Beigeordnete in NRW voor acht jaar gekozen "
            "(*wet- en regelgeving*). Portefeuilles zijn persoonlijk en politiek; continuïteit "
            "hangt af van afspraken in het college (*bestuurscultuur*)."
        ),
        framework_factors=("law", "administrative_culture"),
        status="implemented",
        effects=(
            "De wethouder verdedigt het uitvoeringsprogramma zelf in het college; iedere afdeling "
            "heeft een contactpersoon integratie."
        ),
        observation_keys=("coa-02", "kgr-02"),
        fields_of_action=(F_STEUERUNG,),
        principles=(P_CHEFSACHE,),
        tags=("Chefsache",),
        language="nl",
    ),
    DemoAdaptation(
        key="ad-kerngruppe",
        activity_key="kerngruppe-2010",
        element_kind="structure",
        element="Kerngruppe und Brückengruppe",
        from_municipality=MS,
        to_municipality=AL,
        origin_description=(
            "In Münster steuert eine kleine **Kerngruppe** aus Koordinierungsstelle, "
            "Sozialplanung und Begleitforschung das Projekt; eine *Brückengruppe* holt für "
            "Spezialthemen Fachleute dazu."
        ),
        adaptation=(
            "Almelo bildet eine *kerngroep* aus der afdeling Samenleving und den Wijkregisseuren, "
            "weil die Umsetzung in den Wijken stattfindet. Eine eigene Brückengruppe entfällt; "
            "Fachleute werden über die bestehenden Wijkteams eingebunden."
        ),
        rationale=(
            "In einer Gemeinde mit gut 70.000 Einwohnern kennen sich die Fachleute ohnehin; eine "
            "zusätzliche Gremienebene wäre als Bürokratie empfunden worden (*Verwaltungskultur*). "
            "Die Wijkregisseure sind die Schlüsselfiguren der Umsetzung (*Akteure*)."
        ),
        framework_factors=("administrative_culture", "actors"),
        status="implemented",
        effects=(
            "Die Sitzungen sind kürzer und häufiger; Themen aus den Wijken kommen schneller auf "
            "die Tagesordnung. Grenzüberschreitend tagen beide Kerngruppen gemeinsam."
        ),
        observation_keys=("kick-08", "kgr-01"),
        fields_of_action=(F_STEUERUNG,),
        principles=(P_GANZE_STADT,),
        tags=("Leitbild", "Verwaltungskultur"),
        language="de",
    ),
    DemoAdaptation(
        key="ad-integrationsrat",
        activity_key="kerngruppe-2010",
        element_kind="structure",
        element="Integrationsrat",
        from_municipality=MS,
        to_municipality=AL,
        origin_description=(
            "In Münster vertritt seit 2010 ein gewählter **Integrationsrat** (vorher "
            "Ausländerbeirat) die Zugewanderten gegenüber Rat und Verwaltung; Grundlage ist die "
            "Gemeindeordnung NRW. Nicht-EU-Bürger haben in Deutschland kein kommunales Wahlrecht."
        ),
        adaptation=(
            "Keine Übertragung. Stattdessen erhalten Migrantenorganisationen feste Sitze im "
            "**Wmo-raad** und in den Wijkraden; die Kerngruppe lädt sie zu jeder Umsetzungsrunde "
            "ein."
        ),
        rationale=(
            "In den Niederlanden dürfen Nicht-EU-Bürger nach fünf Jahren legalen Aufenthalts den "
            "Gemeinderat wählen und gewählt werden (*Recht*). Ein eigenes Gremium nur für "
            "Zugewanderte lehnten die Migrantenorganisationen selbst als Trennlinie ab "
            "(*Akteure*)."
        ),
        framework_factors=("law", "actors"),
        status="dropped",
        effects=(
            "Die Beteiligung läuft über bestehende Gremien; ob Zugewanderte dort wirklich gehört "
            "werden, wird 2011 überprüft."
        ),
        observation_keys=("kick-05", "com-08", "kgr-04"),
        fields_of_action=(F_PARTIZIPATION,),
        principles=(P_FRIEDEN, P_MEDIATION),
        tags=("Integrationsrat", "Beteiligung"),
        language="de",
    ),
    DemoAdaptation(
        key="ad-lotsen",
        activity_key="hosp-lotsen",
        element_kind="module",
        element="Lotsen (vrijwillige wegwijzers voor nieuwkomers)",
        from_municipality=MS,
        to_municipality=AL,
        origin_description=(
            "In Münster begeleiden getrainde vrijwilligers, vaak zelf migrant, nieuwkomers naar "
            "instanties, scholen en artsen. Ze krijgen een training van zes avonden en een "
            "onkostenvergoeding; de coördinatie ligt bij een welzijnsorganisatie."
        ),
        adaptation=(
            "Almelo koppelt de Lotsen aan het **intakegesprek**: de klantmanager kan een "
            "nieuwkomer direct een Lotse toewijzen. Uitvoering door VluchtelingenWerk en het "
            "maatjesproject samen, met een gedeelde training.\n\n"
            "- korte rolbeschrijving: wat Lotsen wel en niet doen\n"
            "- geen tolkwerk bij juridische gesprekken\n"
            "- vaste contactpersoon bij de gemeente"
        ),
        rationale=(
            "De gemeente is door de Wet inburgering zelf verantwoordelijk voor de "
            "maatschappelijke begeleiding (*wet- en regelgeving*). Financiering uit het "
            "participatiebudget mag alleen als het aantoonbaar bijdraagt aan het traject "
            "(*financiering*). Vrijwilligersorganisaties bestonden al en wilden geen concurrent "
            "(*actoren*)."
        ),
        framework_factors=("law", "funding", "actors"),
        status="piloting",
        effects=(
            "Pilot sinds september 2010 met 14 Lotsen en 31 nieuwkomers. Klantmanagers melden "
            "minder gemiste afspraken. Door de aangekondigde wijziging van de Wet inburgering is "
            "voortzetting na 2012 onzeker."
        ),
        observation_keys=("hia-03", "hml-01", "fta-05"),
        fields_of_action=(F_NEUZU, F_SOZIALES),
        principles=(P_POTENZIALE, P_FRIEDEN),
        tags=("Lotsen", "vrijwilligers", "inburgering"),
        language="nl",
    ),
    DemoAdaptation(
        key="ad-ag-wohnen",
        activity_key="hosp-lotsen",
        element_kind="structure",
        element="AG Wohnen",
        from_municipality=MS,
        to_municipality=AL,
        origin_description=(
            "In Münster overleggen woningbedrijven, huurdersvereniging, Amt für Wohnungswesen en "
            "migrantenorganisaties in de **AG Wohnen** over huisvesting en integratie. De "
            "afspraken zijn vrijwillig en berusten op jarenlang vertrouwen."
        ),
        adaptation=(
            "Almelo richt geen nieuw overleg op, maar voegt een **integratieparagraaf** toe aan "
            "de prestatieafspraken met de corporaties, met een jaarlijkse themabijeenkomst waar "
            "ook migrantenorganisaties en huurdersverenigingen aan tafel zitten."
        ),
        rationale=(
            "De Woningwet en het BBSH geven corporaties een wettelijke maatschappelijke taak en "
            "de gemeente een formeel kader (*wet- en regelgeving*). Een vrijblijvend overleg "
            "naast de prestatieafspraken zouden de corporaties als dubbel ervaren (*actoren*)."
        ),
        framework_factors=("law", "actors"),
        status="planned",
        effects="",
        observation_keys=("com-06", "hml-03"),
        fields_of_action=(F_WOHNEN,),
        principles=(P_GANZE_STADT, P_MEDIATION),
        tags=("AG Wohnen", "woningcorporatie"),
        language="nl",
    ),
    DemoAdaptation(
        key="ad-wijkteam",
        activity_key="hosp-wijkteam",
        element_kind="method",
        element="Wijkteam (integriertes Stadtteilteam)",
        from_municipality=AL,
        to_municipality=MS,
        origin_description=(
            "In Almelo arbeiten Wijkagent, Opbouwwerk, Woningcorporatie, Wmo-Schalter und "
            "Jugendarbeit in einem **Wijkteam** zusammen; für belastete Haushalte gilt *één "
            "gezin, één plan* mit einer koordinierenden Fachkraft. Der Datenaustausch ist über "
            "Convenanten geregelt."
        ),
        adaptation=(
            "Münster erprobt in **Coerde** eine erweiterte Stadtteilrunde: monatliche "
            "Fallbesprechungen mit ASD, Quartiersmanagement, Bezirksdienst der Polizei, "
            "Wohnungsunternehmen und Migrationsberatung – nur anonymisiert oder mit schriftlicher "
            "Einwilligung der Familie. Eine Fachkraft übernimmt freiwillig die Fallkoordination."
        ),
        rationale=(
            "Der Sozialdatenschutz nach SGB X erlaubt keinen Fallaustausch ohne Einwilligung "
            "(*Recht*). Es gibt kein gemeinsames Budget (*Finanzierung*), und die beteiligten "
            "Stellen gehören zu verschiedenen Trägern und Ebenen mit eigener Fachaufsicht "
            "(*Verwaltungskultur*)."
        ),
        framework_factors=("law", "funding", "administrative_culture"),
        status="piloting",
        effects=(
            "Seit Herbst 2010 zehn Sitzungen; die Beteiligten kennen sich jetzt persönlich, in "
            "drei Fällen fielen Doppelbetreuungen auf. Ohne Koordinationsbudget hängt der Pilot "
            "am Engagement Einzelner."
        ),
        observation_keys=("coa-01", "hwt-01", "hwt-08"),
        fields_of_action=(F_SOZIALES, F_SICHERHEIT, F_STEUERUNG),
        principles=(P_GANZE_STADT, P_FRIEDEN),
        tags=("wijkaanpak", "Quartiersarbeit", "Datenschutz"),
        language="de",
    ),
    DemoAdaptation(
        key="ad-buurtbemiddeling",
        activity_key="hosp-wijkteam",
        element_kind="module",
        element="Buurtbemiddeling (Nachbarschaftsvermittlung)",
        from_municipality=AL,
        to_municipality=MS,
        origin_description=(
            "In Almelo vermitteln geschulte Ehrenamtliche, immer zu zweit, bei "
            "Nachbarschaftskonflikten; Gemeente und Woningcorporatie finanzieren die Koordination "
            "gemeinsam."
        ),
        adaptation=(
            "Idee: Wohnungsunternehmen und Quartiersmanagement bauen in **Berg Fidel** und "
            "**Kinderhaus** ein ähnliches Angebot auf, angebunden an einen freien Träger und "
            "abgestimmt mit den ehrenamtlichen Schiedspersonen."
        ),
        rationale=(
            "Es fehlt ein Träger, der die Koordination dauerhaft finanziert (*Finanzierung*). Die "
            "Wohnungsunternehmen in Münster sind teils privat und nicht zu sozialen Leistungen "
            "verpflichtet (*Akteure*)."
        ),
        framework_factors=("funding", "actors"),
        status="idea",
        effects="",
        observation_keys=("hwt-04",),
        fields_of_action=(F_SOZIALES, F_SICHERHEIT),
        principles=(P_MEDIATION, P_FRIEDEN),
        tags=("Mediation", "vrijwilligers"),
        language="de",
    ),
    DemoAdaptation(
        key="ad-rucksack",
        activity_key="coaching-muenster",
        element_kind="module",
        element="Rucksack (ouderprogramma in de kinderopvang)",
        from_municipality=MS,
        to_municipality=AL,
        origin_description=(
            "In Münsterse kita's worden moeders opgeleid tot ouderbegeleidster; zij werken in de "
            "eigen taal en in het Duits met andere moeders aan taalactiviteiten voor thuis, "
            "afgestemd op de thema's van de kita."
        ),
        adaptation=(
            "In Almelo wordt het programma ingebed in de **VVE**, als onderdeel van "
            "ouderbetrokkenheid op drie peuterspeelzalen en basisscholen, met het Nederlands als "
            "gemeenschappelijke taal en de thuistaal als brug."
        ),
        rationale=(
            "De VVE is wettelijk en financieel geregeld via het onderwijsachterstandenbeleid; "
            "nieuwe activiteiten moeten daarin passen (*wet- en regelgeving*, *financiering*)."
        ),
        framework_factors=("law", "funding"),
        status="planned",
        effects="",
        observation_keys=("com-07", "hia-08"),
        fields_of_action=(F_BILDUNG,),
        principles=(P_POTENZIALE, P_GENDER),
        tags=("Elternarbeit", "taalcoaching"),
        language="nl",
    ),
    DemoAdaptation(
        key="ad-gender",
        activity_key=None,
        element_kind="principle",
        element="Gender Mainstreaming in der Umsetzung",
        from_municipality=MS,
        to_municipality=AL,
        origin_description=(
            "Das Münsteraner Leitbild verpflichtet jede Arbeitsgruppe zu prüfen, ob ihre Vorhaben "
            "Frauen und Männer unterschiedlich erreichen. Eine feste Quote gibt es nicht."
        ),
        adaptation=(
            "In Almelo wird der Gedanke **praktisch** umgesetzt:\n\n"
            "- getrennte Nachmittagssitzungen mit Kinderbetreuung bei den Wijkavonden\n"
            "- ein Gender-Absatz in jedem Wijkplan\n"
            "- gemischte Besetzung bei Buurtbemiddeling und Lotsen"
        ),
        rationale=(
            "Das niederländische Emanzipationsbeleid ist auf kommunaler Ebene weitgehend "
            "aufgelöst; ein formales Prüfverfahren hätte keinen Ort in der Verwaltung "
            "(*Verwaltungskultur*). Frauen aus traditionellen Familien waren über Abendtermine "
            "kaum erreichbar (*Akteure*)."
        ),
        framework_factors=("administrative_culture", "actors"),
        status="piloting",
        effects=(
            "Zur Nachmittagssitzung in Kerkelanden kamen 22 Frauen, die abends fehlten. Umgekehrt "
            "zeigte der Besuch in Münster, dass dort Männer bei den Lotsen unterrepräsentiert "
            "sind – das Lernen läuft in beide Richtungen."
        ),
        observation_keys=("hwt-07", "hml-10", "hia-05"),
        fields_of_action=(F_PARTIZIPATION, F_SOZIALES),
        principles=(P_GENDER,),
        tags=("Beteiligung", "Lotsen"),
        language="de",
    ),
    DemoAdaptation(
        key="ad-potenziale",
        activity_key="coaching-muenster",
        element_kind="principle",
        element="Potentials rather than deficits",
        from_municipality=MS,
        to_municipality=AL,
        origin_description=(
            "Münster's guideline deliberately avoids deficit language: immigrants are described "
            "by what they bring – languages, networks, entrepreneurship – not by what they lack."
        ),
        adaptation=(
            "Almelo renamed the programme lines of its guideline from *achterstandenbeleid* to "
            "*kansenbeleid* and added a section on migrant entrepreneurs and multilingual staff. "
            "Statutory funding categories keep their legal names in budget documents."
        ),
        rationale=(
            "Dutch funding streams are defined by deficits: school weighting and disadvantage "
            "funding are allocated per *achterstand* (**funding**). The vocabulary is deeply "
            "rooted in Dutch policy culture and was first dismissed as 'politically correct' "
            "(**administrative culture**)."
        ),
        framework_factors=("funding", "administrative_culture"),
        status="implemented",
        effects=(
            "The council adopted the new vocabulary without debate; staff report that meetings "
            "with migrant organisations start differently. Budget documents still use the old "
            "categories."
        ),
        observation_keys=("com-10", "coa-12"),
        fields_of_action=(F_STEUERUNG, F_ARBEIT, F_BILDUNG),
        principles=(P_POTENZIALE,),
        tags=("Potenziale", "Begriffe"),
        language="en",
    ),
    DemoAdaptation(
        key="ad-ganze-stadt",
        activity_key=None,
        element_kind="principle",
        element="De hele stad: alle wijken, alle beleidsvelden",
        from_municipality=MS,
        to_municipality=AL,
        origin_description=(
            "Het Münsterse leitbild geldt voor alle zes Stadtbezirke en alle *Handlungsfelder* – "
            "niet alleen voor wijken met veel migranten. Elke Bezirksvertretung bespreekt de "
            "uitvoering."
        ),
        adaptation=(
            "Almelo maakt voor **alle** wijken én de kernen, zoals Aadorp, een korte "
            "wijkparagraaf integratie, ook waar nauwelijks migranten wonen. Sport, cultuur en "
            "economie krijgen elk een eigen doel in het uitvoeringsprogramma."
        ),
        rationale=(
            "Almelo kent geen deelraden, en de wijkaanpak concentreerde zich tot nu toe op enkele "
            "prioriteitswijken (*actoren*). Het wijkbudget is tot die wijken beperkt "
            "(*financiering*)."
        ),
        framework_factors=("actors", "funding"),
        status="planned",
        effects="",
        observation_keys=("kick-06", "coa-10"),
        fields_of_action=(F_SOZIALES, F_KULTUR, F_SPORT, F_ARBEIT),
        principles=(P_GANZE_STADT,),
        tags=("wijkaanpak",),
        language="nl",
    ),
    DemoAdaptation(
        key="ad-monitoring",
        activity_key="kickoff",
        element_kind="method",
        element="Municipal migration profile and monitoring",
        from_municipality=MS,
        to_municipality=AL,
        origin_description=(
            "Münster reports on residents with a *migration background* (microcensus definition), "
            "by district, covering education, employment, housing and participation."
        ),
        adaptation=(
            "Almelo rebuilt the indicator set on **CBS** data (*allochtoon*, western and "
            "non-western) plus its own client data from inburgering and social assistance. Every "
            "figure in the joint report carries a footnote explaining its definition; direct "
            "comparisons are avoided."
        ),
        rationale=(
            "Statistical definitions and sources differ between the two countries (**other**: "
            "statistics). Dutch data protection law (Wbp) restricts linking client files to "
            "registry data without a legal basis (**law**)."
        ),
        framework_factors=("other", "law"),
        status="implemented",
        effects=(
            "A first joint migration profile was published in 2010; its footnotes became a model "
            "page in the manual."
        ),
        observation_keys=("kick-03", "kgr-03"),
        fields_of_action=(F_STEUERUNG,),
        principles=(P_GANZE_STADT,),
        tags=("Monitoring", "Begriffe"),
        language="en",
    ),
    DemoAdaptation(
        key="ad-raadsbesluit",
        activity_key="kerngruppe-2010",
        element_kind="method",
        element="Vaststelling van de leidraad door de raad",
        from_municipality=MS,
        to_municipality=AL,
        origin_description=(
            "In Münster neemt de *Rat* het in consensus opgestelde leitbild integraal over; de "
            "uitvoering wordt jaarlijks in een raadscommissie besproken."
        ),
        adaptation=(
            "In Almelo stelt de raad de leidraad vast als **kader**; het college stelt een "
            "uitvoeringsprogramma op met meetbare doelen en een jaarlijkse voortgangsrapportage "
            "aan de raad."
        ),
        rationale=(
            "Het duale stelsel verwacht dat de raad kaders stelt en controleert (*wet- en "
            "regelgeving*). De raad vroeg nadrukkelijk om meetbare doelen (*bestuurscultuur*)."
        ),
        framework_factors=("law", "administrative_culture"),
        status="implemented",
        effects=(
            "Vastgesteld in juni 2010 met een brede meerderheid; de eerste voortgangsrapportage "
            "volgt in 2011."
        ),
        observation_keys=("kick-08", "kgr-02"),
        fields_of_action=(F_STEUERUNG,),
        principles=(P_CHEFSACHE, P_KONSENS),
        tags=("Leitbild", "Verwaltungskultur"),
        language="nl",
    ),
    DemoAdaptation(
        key="ad-hsu",
        activity_key="hosp-inburgering",
        element_kind="module",
        element="Herkunftssprachlicher Unterricht",
        from_municipality=MS,
        to_municipality=AL,
        origin_description=(
            "In NRW bietet das Land an Schulen herkunftssprachlichen Unterricht an, mit "
            "Lehrkräften im Landesdienst; das Münsteraner Leitbild sieht **Mehrsprachigkeit** als "
            "Potenzial."
        ),
        adaptation=(
            "Nicht übertragen. Almelo stärkt Mehrsprachigkeit stattdessen über Elternarbeit "
            "(Rucksack-Elemente in der VVE) und über die Zusammenarbeit mit "
            "Migrantenorganisationen, die Wochenendunterricht anbieten."
        ),
        rationale=(
            "Der Unterricht in Herkunftssprachen (OALT) wurde in den Niederlanden 2004 "
            "abgeschafft; es gibt weder Rechtsgrundlage noch Finanzierung (*Recht*, "
            "*Finanzierung*)."
        ),
        framework_factors=("law", "funding"),
        status="dropped",
        effects=(
            "Keine unmittelbaren. Der Gedanke lebt im Prinzip *Potenziale statt Defizite* weiter."
        ),
        observation_keys=("kick-07", "hia-08"),
        fields_of_action=(F_BILDUNG,),
        principles=(P_POTENZIALE,),
        tags=("Schule",),
        language="de",
    ),
    DemoAdaptation(
        key="ad-combinatiefunctie",
        activity_key="coaching-almelo",
        element_kind="structure",
        element="Combinatiefunctionaris an der Brede School",
        from_municipality=AL,
        to_municipality=MS,
        origin_description=(
            "In Almelo koordiniert an Brede Scholen eine Fachkraft, die halb bei der Schule und "
            "halb beim Sportverein angestellt ist, Sport- und Kulturangebote; der Staat "
            "finanziert die Stellen mit."
        ),
        adaptation=(
            "Idee für Münster: an Offenen Ganztagsschulen in Kinderhaus oder Coerde **gemeinsame "
            "Stellen** von Schulträger und Stadtsportbund schaffen, finanziert aus "
            "Ganztagsmitteln und Vereinsförderung."
        ),
        rationale=(
            "Lehrkräfte sind in NRW Landesbedienstete, die Stadt ist nur Schulträger (*Recht*); "
            "eine gemeinsame Stelle bräuchte drei Geldgeber (*Finanzierung*)."
        ),
        framework_factors=("law", "funding"),
        status="idea",
        effects="",
        observation_keys=("coa-11", "fta-04"),
        fields_of_action=(F_BILDUNG, F_SPORT, F_KULTUR),
        principles=(P_GANZE_STADT, P_POTENZIALE),
        tags=("Schule", "Sport"),
        language="de",
    ),
    DemoAdaptation(
        key="ad-intake",
        activity_key="hosp-inburgering",
        element_kind="method",
        element="Intakegespräch für Neuzugewanderte",
        from_municipality=AL,
        to_municipality=MS,
        origin_description=(
            "In Almelo führt eine Klantmanagerin mit jeder neu zugewanderten Person ein "
            "ausführliches **Intakegespräch** und erstellt einen Plan für Sprache, Arbeit, "
            "Gesundheit und Familie. Inburgering und Wwb-Leistungen liegen in einer Hand."
        ),
        adaptation=(
            "Geplant ist in Münster ein freiwilliges **Willkommensgespräch** nach der Anmeldung, "
            "gemeinsam geführt von Migrationserstberatung und Koordinierungsstelle, mit "
            "Vermittlung an Integrationskurs, Jobcenter und Lotsen."
        ),
        rationale=(
            "Für Integrationskurse sind BAMF und Ausländerbehörde zuständig, für Leistungen das "
            "Jobcenter; die Stadt kann kein verpflichtendes Intake anordnen (*Recht*). Die "
            "Beratungsdienste der Wohlfahrtsverbände müssen als Partner gewonnen werden "
            "(*Akteure*)."
        ),
        framework_factors=("law", "actors"),
        status="planned",
        effects="",
        observation_keys=("hia-01", "hia-06", "com-02"),
        fields_of_action=(F_NEUZU, F_ARBEIT),
        principles=(P_POTENZIALE,),
        tags=("Intake", "Integrationskurs"),
        language="de",
    ),
    DemoAdaptation(
        key="ad-ordnungspartnerschaft",
        activity_key="coaching-muenster",
        element_kind="structure",
        element="Ordnungspartnerschaft Stadt – Polizei",
        from_municipality=MS,
        to_municipality=AL,
        origin_description=(
            "In Münster arbeiten Ordnungsamt und Polizeipräsidium in **Ordnungspartnerschaften** "
            "zusammen, etwa für einzelne Stadtteile; die Polizei untersteht dem Land NRW."
        ),
        adaptation=(
            "Nicht übertragen. In Almelo steuert der Burgemeester die öffentliche Ordnung selbst "
            "und stimmt Prioritäten in der *driehoek* mit Polizei und Staatsanwaltschaft ab; der "
            "Wijkagent gehört zum Wijkteam."
        ),
        rationale=(
            "Gemeentewet und Politiewet geben dem Burgemeester Befugnisse, die eine freiwillige "
            "Partnerschaft überflüssig machen (*Recht*)."
        ),
        framework_factors=("law",),
        status="dropped",
        effects=(
            "Entfällt. Umgekehrt zeigte sich, wie viel leichter die Polizei in Almelo in die "
            "Stadtteilarbeit eingebunden ist – siehe den Wijkteam-Pilot in Coerde."
        ),
        observation_keys=("com-03", "hwt-02"),
        fields_of_action=(F_SICHERHEIT,),
        principles=(P_GANZE_STADT,),
        tags=("Polizei",),
        language="de",
    ),
    DemoAdaptation(
        key="ad-gezondheidslotsen",
        activity_key="coaching-muenster",
        element_kind="module",
        element="Gezondheidslotsen (MiMi)",
        from_municipality=MS,
        to_municipality=AL,
        origin_description=(
            "In Münster informeren getrainde migranten op honorariumbasis in hun eigen taal over "
            "preventie en het Duitse zorgstelsel (programma *Mit Migranten für Migranten*)."
        ),
        adaptation=(
            "Idee: geen nieuw programma, maar uitwisseling tussen de MiMi-Lotsen en de "
            "**VETC-voorlichters** van de GGD Twente, met gezamenlijke thema's (diabetes, "
            "opvoeding) in het taalcafé in Kerkelanden."
        ),
        rationale=(
            "Met de VETC-voorlichters bestaat in Twente al een vergelijkbaar aanbod in dienst van "
            "de GGD (*actoren*). Geld voor extra vrijwilligers ontbreekt (*financiering*)."
        ),
        framework_factors=("actors", "funding"),
        status="idea",
        effects="",
        observation_keys=("com-12",),
        fields_of_action=(F_GESUNDHEIT,),
        principles=(P_POTENZIALE, P_GENDER),
        tags=("Lotsen",),
        language="nl",
    ),
)

CONTACTS: tuple[DemoContact, ...] = (
    DemoContact(
        key="c-weiss",
        name="Jürgen Weiß",
        organisation="Stadtteilbüro Kinderhaus (Soziale Stadt)",
        role="Quartiersmanager",
        municipality=MS,
        country="DE",
        email="j.weiss@stadtteilbuero-kinderhaus.example",
        phone="+49 251 2108-414",
        languages=("de", "en"),
        fields_of_action=(F_SOZIALES, F_WOHNEN),
        activity_keys=("coaching-muenster",),
        met_at="Stadtteilrundgang Kinderhaus, Coaching-Tag Münster",
        notes="Führt gern Gruppen durch das Quartier; kennt die Bewohnerinitiativen seit Jahren.",
        consent_given=True,
        consent_date=date(2009, 6, 18),
        consent_scope="Dossier Kerngruppe",
        consent_note="Schriftliche Einwilligung auf dem Formular der Kerngruppe.",
    ),
    DemoContact(
        key="c-yilmaz",
        name="Ayşe Yılmaz",
        organisation="Integrationsrat der Stadt Münster (bis 2010 Ausländerbeirat)",
        role="Mitglied, Sprecherin AG Bildung",
        municipality=MS,
        country="DE",
        email="ayse.yilmaz@mail.example",
        phone="+49 171 4420 318",
        languages=("de", "tr"),
        fields_of_action=(F_PARTIZIPATION, F_BILDUNG),
        activity_keys=("kickoff", "coaching-muenster", "congres-2011"),
        met_at="Podium der Startveranstaltung",
        notes="Spricht auf Podien klar und pointiert; wichtige Stimme für die Elternarbeit.",
        consent_given=True,
        consent_date=date(2008, 11, 13),
        consent_scope="Veröffentlichung im Handbuch",
        consent_note="Einwilligung gilt auch für Zitate und Foto.",
    ),
    DemoContact(
        key="c-dogan",
        name="Çağlar Doğan",
        organisation="Turkse Culturele Vereniging Almelo",
        role="Voorzitter",
        municipality=AL,
        country="NL",
        email="c.dogan@tcv-almelo.example",
        phone="+31 546 812 337",
        languages=("nl", "tr", "de"),
        fields_of_action=(F_PARTIZIPATION, F_KULTUR),
        activity_keys=("coaching-almelo", "congres-2011"),
        met_at="Moskeebezoek Nieuwstraatkwartier, coachingdag Almelo",
        notes="Zat in de mediatierondes; goede brug naar de jongeren in het Nieuwstraatkwartier.",
        consent_given=True,
        consent_date=date(2009, 3, 19),
        consent_scope="Dossier kerngroep",
        consent_note="",
    ),
    DemoContact(
        key="c-nowak",
        name="Małgorzata Nowak",
        organisation="Caritasverband für die Stadt Münster e. V.",
        role="Migrationserstberatung",
        municipality=MS,
        country="DE",
        email="m.nowak@caritas-ms.example",
        phone="+49 251 53009-217",
        languages=("de", "pl", "en"),
        fields_of_action=(F_NEUZU, F_SOZIALES),
        activity_keys=("coaching-muenster", "hosp-lotsen"),
        met_at="Hospitation Lotsenarbeit",
        notes="Berät viele polnische Arbeitsmigrantinnen; interessiert am Almeloer Intakegespräch.",
        consent_given=True,
        consent_date=date(2010, 2, 23),
        consent_scope="Dossier Kerngruppe",
        consent_note="Nur dienstliche Kontaktdaten.",
    ),
    DemoContact(
        key="c-dubois",
        name="Hélène Dubois",
        organisation="ROC van Twente, Inburgering en NT2",
        role="Docent Nederlands als tweede taal",
        municipality=AL,
        country="NL",
        email="h.dubois@roc-twente.example",
        phone="+31 546 858 120",
        languages=("nl", "fr", "en"),
        fields_of_action=(F_NEUZU, F_BILDUNG),
        activity_keys=("coaching-almelo", "hosp-inburgering"),
        met_at="Inburgeringsklas ROC van Twente",
        notes=(
            "Gibt die Frauengruppe mit Kinderbetreuung; Material zu Oriëntatie op de Nederlandse "
            "samenleving."
        ),
        consent_given=False,
        consent_date=None,
        consent_scope="",
        consent_note="Möchte erst die Zustimmung ihrer Teamleitung einholen.",
    ),
    DemoContact(
        key="c-ijzerman",
        name="Marĳke van der Berg-Ĳzerman",
        organisation="Gemeente Almelo, afdeling Samenleving",
        role="Teamleider integratie en inburgering",
        municipality=AL,
        country="NL",
        email="m.vanderberg@almelo.example",
        phone="+31 546 541 212",
        languages=("nl", "de", "en"),
        fields_of_action=(F_NEUZU, F_STEUERUNG),
        activity_keys=("kickoff", "coaching-almelo", "kerngruppe-2010"),
        met_at="Startveranstaltung Münster",
        notes=(
            "Lid van de kerngroep; eerste aanspreekpunt voor alles rond intake en "
            "participatiebudget."
        ),
        consent_given=True,
        consent_date=date(2008, 11, 13),
        consent_scope="Dossier kerngroep, publicatie in handboek",
        consent_note="",
    ),
    DemoContact(
        key="c-hoelscher",
        name="Gerd Hölscher",
        organisation="Polizeipräsidium Münster, Bezirksdienst",
        role="Bezirksbeamter Coerde",
        municipality=MS,
        country="DE",
        email="g.hoelscher@polizei-ms.example",
        phone="+49 251 275-3312",
        languages=("de",),
        fields_of_action=(F_SICHERHEIT,),
        activity_keys=("coaching-muenster",),
        met_at="Rundgang Coerde",
        notes="War neugierig auf das Modell Wijkagent im Wijkteam.",
        consent_given=True,
        consent_date=date(2009, 6, 18),
        consent_scope="Dossier Kerngruppe",
        consent_note="Genehmigung der Pressestelle liegt vor.",
    ),
    DemoContact(
        key="c-brueggemann",
        name="Käthe Brüggemann",
        organisation="Diakonie Münster, Jugendmigrationsdienst",
        role="Leiterin",
        municipality=MS,
        country="DE",
        email="k.brueggemann@diakonie-ms.example",
        phone="+49 251 4901-560",
        languages=("de", "en"),
        fields_of_action=(F_BILDUNG, F_SOZIALES),
        activity_keys=("hosp-lotsen",),
        met_at="Besuch Jugendmigrationsdienst",
        notes="",
        consent_given=False,
        consent_date=None,
        consent_scope="",
        consent_note="Einwilligung angefragt, noch keine Antwort.",
    ),
    DemoContact(
        key="c-oude-luttikhuis",
        name="Henk Oude Luttikhuis",
        organisation="Woningstichting Het Veen, woningcorporatie",
        role="Wijkconsulent Kerkelanden",
        municipality=AL,
        country="NL",
        email="h.oudeluttikhuis@hetveen-wonen.example",
        phone="+31 546 837 401",
        languages=("nl", "de"),
        fields_of_action=(F_WOHNEN, F_SOZIALES),
        activity_keys=("coaching-almelo", "hosp-wijkteam"),
        met_at="Achter-de-voordeur-bezoek Kerkelanden",
        notes="Wil graag de AG Wohnen in Münster bezoeken.",
        consent_given=True,
        consent_date=date(2010, 5, 12),
        consent_scope="Dossier kerngroep",
        consent_note="",
    ),
    DemoContact(
        key="c-el-idrissi",
        name="Fatima El Idrissi",
        organisation="Marokkaanse Vrouwenvereniging Almelo",
        role="Coördinator",
        municipality=AL,
        country="NL",
        email="f.elidrissi@mvv-almelo.example",
        phone="+31 546 823 905",
        languages=("nl", "ar", "fr"),
        fields_of_action=(F_PARTIZIPATION, F_SOZIALES),
        activity_keys=("hosp-wijkteam",),
        met_at="Middagsessie voor vrouwen, wijkavond Kerkelanden",
        notes="Organiseerde de middagsessie met kinderopvang.",
        consent_given=False,
        consent_date=None,
        consent_scope="",
        consent_note="Geen foto, geen doorgifte; contact alleen via de wijkregisseur.",
    ),
    DemoContact(
        key="c-schuermann",
        name="Dr. Anja Schürmann",
        organisation="Westfälische Wilhelms-Universität Münster, Institut für Politikwissenschaft",
        role="Begleitforschung",
        municipality=MS,
        country="DE",
        email="a.schuermann@uni-muenster.example",
        phone="+49 251 83-25317",
        languages=("de", "nl", "en"),
        fields_of_action=(F_STEUERUNG,),
        activity_keys=("kickoff", "kerngruppe-2010", "congres-2011"),
        met_at="Startveranstaltung",
        notes="Schlug die Matrix aus Elementart und Rahmenbedingung für das Handbuch vor.",
        consent_given=True,
        consent_date=date(2008, 11, 13),
        consent_scope="Veröffentlichung im Handbuch",
        consent_note="",
    ),
    DemoContact(
        key="c-nijhof",
        name="Dr. Bram Nĳhof",
        organisation="Universiteit Twente, vakgroep Bestuurskunde",
        role="Begeleidend onderzoek",
        municipality=AL,
        country="NL",
        email="b.nijhof@utwente.example",
        phone="+31 53 489 3176",
        languages=("nl", "de", "en"),
        fields_of_action=(F_STEUERUNG, F_PARTIZIPATION),
        activity_keys=("kickoff", "kerngruppe-2010", "congres-2011"),
        met_at="Startveranstaltung",
        notes="„Übertragen heißt übersetzen“ – zijn formule voor het handboek.",
        consent_given=True,
        consent_date=date(2008, 11, 13),
        consent_scope="Publicatie in handboek",
        consent_note="",
    ),
    DemoContact(
        key="c-oeztuerk",
        name="Sevgi Öztürk",
        organisation="AWO Kreisverband Münster, Kita Coerde",
        role="Koordinatorin Rucksack-Programm",
        municipality=MS,
        country="DE",
        email="s.oeztuerk@awo-ms.example",
        phone="+49 251 4180-233",
        languages=("de", "tr"),
        fields_of_action=(F_BILDUNG,),
        activity_keys=("coaching-muenster",),
        met_at="Besuch der Rucksack-Kita in Coerde",
        notes="Bereit, Almeloer Peuterspeelzalen zu beraten.",
        consent_given=True,
        consent_date=date(2009, 6, 18),
        consent_scope="Dossier Kerngruppe",
        consent_note="",
    ),
    DemoContact(
        key="c-scholten",
        name="Wim Scholten",
        organisation="Gemeente Almelo, wijkaanpak",
        role="Wijkregisseur Kerkelanden",
        municipality=AL,
        country="NL",
        email="w.scholten@almelo.example",
        phone="+31 546 541 318",
        languages=("nl", "de"),
        fields_of_action=(F_SOZIALES, F_SICHERHEIT),
        activity_keys=("coaching-almelo", "hosp-wijkteam"),
        met_at="Wijkcentrum Kerkelanden",
        notes="Gastheer van de meeloopdagen; spreekt goed Duits.",
        consent_given=True,
        consent_date=date(2009, 3, 19),
        consent_scope="Dossier kerngroep",
        consent_note="",
    ),
    DemoContact(
        key="c-wisniewski",
        name="Grzegorz Wiśniewski",
        organisation="Polnischer Kulturverein Münster e. V.",
        role="Vorstand",
        municipality=MS,
        country="DE",
        email="g.wisniewski@pkv-muenster.example",
        phone="+49 251 6190 442",
        languages=("de", "pl"),
        fields_of_action=(F_KULTUR,),
        activity_keys=("kickoff",),
        met_at="Workshop Kultur, Startveranstaltung",
        notes="",
        consent_given=False,
        consent_date=None,
        consent_scope="",
        consent_note="",
    ),
    DemoContact(
        key="c-martens",
        name="Joëlle Martens",
        organisation="GGD Twente",
        role="Coördinator VETC-voorlichters",
        municipality=AL,
        country="NL",
        email="j.martens@ggdtwente.example",
        phone="+31 53 487 6723",
        languages=("nl", "fr", "de"),
        fields_of_action=(F_GESUNDHEIT,),
        activity_keys=("coaching-muenster",),
        met_at="Gesundheitsamt Münster, Präsentation MiMi",
        notes="Wil een uitwisseling tussen VETC-voorlichters en MiMi-Lotsen.",
        consent_given=True,
        consent_date=date(2009, 6, 18),
        consent_scope="Dossier kerngroep",
        consent_note="",
    ),
    DemoContact(
        key="c-luetkemeyer",
        name="Annegret Lütkemeyer",
        organisation="Städtische Grundschule in Coerde",
        role="Schulleiterin",
        municipality=MS,
        country="DE",
        email="a.luetkemeyer@schulen-muenster.example",
        phone="+49 251 492-4711",
        languages=("de",),
        fields_of_action=(F_BILDUNG,),
        activity_keys=("coaching-muenster",),
        met_at="Stadtteilbesuch Coerde",
        notes="Interessiert an der Schakelklas.",
        consent_given=False,
        consent_date=None,
        consent_scope="",
        consent_note="Nur interne Notiz; Einwilligung über das Schulamt wäre nötig.",
    ),
    DemoContact(
        key="c-kilic",
        name="Ahmet Kılıç",
        organisation="Stichting Samen Almelo",
        role="Bestuurslid",
        municipality=AL,
        country="NL",
        email="a.kilic@samenalmelo.example",
        phone="+31 6 2145 7730",
        languages=("nl", "tr"),
        fields_of_action=(F_PARTIZIPATION,),
        activity_keys=("coaching-almelo", "congres-2011"),
        met_at="Binationaal congres Almelo",
        notes="Deelnemer aan alle vier mediatierondes.",
        consent_given=True,
        consent_date=date(2011, 6, 9),
        consent_scope="Publicatie in handboek",
        consent_note="",
    ),
    DemoContact(
        key="c-voss",
        name="Rainer Voß",
        organisation="Stadt Münster, Amt für Wohnungswesen",
        role="Geschäftsführung AG Wohnen",
        municipality=MS,
        country="DE",
        email="r.voss@muenster.example",
        phone="+49 251 492-6213",
        languages=("de", "en"),
        fields_of_action=(F_WOHNEN,),
        activity_keys=("coaching-muenster", "hosp-lotsen"),
        met_at="Sitzung der AG Wohnen",
        notes="Hat den Kooperationsvertrag mit den Wohnungsunternehmen verhandelt.",
        consent_given=True,
        consent_date=date(2010, 2, 23),
        consent_scope="Dossier Kerngruppe",
        consent_note="",
    ),
    DemoContact(
        key="c-ter-haar",
        name="Ingrid ter Haar",
        organisation="Gemeente Almelo, Werk en Inkomen",
        role="Klantmanager Wwb",
        municipality=AL,
        country="NL",
        email="i.terhaar@almelo.example",
        phone="+31 546 541 447",
        languages=("nl",),
        fields_of_action=(F_ARBEIT, F_NEUZU),
        activity_keys=("hosp-inburgering",),
        met_at="Meeloopdag Werk en Inkomen",
        notes="",
        consent_given=False,
        consent_date=None,
        consent_scope="",
        consent_note="Niet gevraagd.",
    ),
    DemoContact(
        key="c-petrovic",
        name="Tamara Petrović",
        organisation="Diakonie Münster, Lotsenprojekt",
        role="Koordinatorin",
        municipality=MS,
        country="DE",
        email="t.petrovic@diakonie-ms.example",
        phone="+49 251 4901-572",
        languages=("de", "sr", "en"),
        fields_of_action=(F_NEUZU, F_SOZIALES),
        activity_keys=("hosp-lotsen", "congres-2011"),
        met_at="Hospitation Lotsenarbeit",
        notes="Schreibt die Aufgabenbeschreibung der Lotsen für das Handbuch.",
        consent_given=True,
        consent_date=date(2010, 2, 24),
        consent_scope="Veröffentlichung im Handbuch",
        consent_note="",
    ),
    DemoContact(
        key="c-ijsselmuiden",
        name="Koen Ĳsselmuiden",
        organisation="Politie regio Twente",
        role="Wijkagent Kerkelanden",
        municipality=AL,
        country="NL",
        email="k.ijsselmuiden@politie-twente.example",
        phone="+31 546 839 210",
        languages=("nl", "de"),
        fields_of_action=(F_SICHERHEIT,),
        activity_keys=("hosp-wijkteam",),
        met_at="Ochtendoverleg wijkteam Kerkelanden",
        notes="",
        consent_given=True,
        consent_date=date(2010, 5, 11),
        consent_scope="Dossier kerngroep",
        consent_note="",
    ),
    DemoContact(
        key="c-nguyen",
        name="Lan Nguyen",
        organisation="Vietnamesischer Kulturverein Münster e. V.",
        role="Vorsitzende",
        municipality=MS,
        country="DE",
        email="lan.nguyen@vkv-muenster.example",
        phone="+49 251 3927 180",
        languages=("de", "vi"),
        fields_of_action=(F_KULTUR, F_PARTIZIPATION),
        activity_keys=("kickoff",),
        met_at="Startveranstaltung",
        notes="",
        consent_given=False,
        consent_date=None,
        consent_scope="",
        consent_note="",
    ),
    DemoContact(
        key="c-baeumer",
        name="Rüdiger Bäumer",
        organisation="Stadtsportbund Münster e. V.",
        role="Koordinator „Integration durch Sport“",
        municipality=MS,
        country="DE",
        email="r.baeumer@ssb-muenster.example",
        phone="+49 251 2706-115",
        languages=("de", "en"),
        fields_of_action=(F_SPORT,),
        activity_keys=("coaching-muenster",),
        met_at="Sportverein Hiltrup",
        notes=(
            "Könnte Partner für eine gemeinsame Stelle nach dem Modell Combinatiefunctionaris sein."
        ),
        consent_given=False,
        consent_date=None,
        consent_scope="",
        consent_note="Mündlich zugestimmt, schriftliche Einwilligung steht aus.",
    ),
    DemoContact(
        key="c-sahin",
        name="Hasan Şahin",
        organisation="Turkse moskeevereniging Nieuwstraatkwartier",
        role="Bestuurslid jeugd",
        municipality=AL,
        country="NL",
        email="h.sahin@moskee-almelo.example",
        phone="+31 546 815 260",
        languages=("nl", "tr"),
        fields_of_action=(F_KULTUR, F_SOZIALES),
        activity_keys=("coaching-almelo",),
        met_at="Moskeebezoek Nieuwstraatkwartier",
        notes="Organiseert huiswerkbegeleiding en het voetbaltoernooi met de kerk.",
        consent_given=False,
        consent_date=None,
        consent_scope="",
        consent_note="Alleen mondeling voor interne notities.",
    ),
    DemoContact(
        key="c-kowalczyk",
        name="Ewa Kowalczyk",
        organisation="Flexwerk Twente B.V.",
        role="Intercedent Poolse arbeidsmigranten",
        municipality=AL,
        country="NL",
        email="e.kowalczyk@flexwerk-twente.example",
        phone="+31 546 870 512",
        languages=("nl", "pl", "en"),
        fields_of_action=(F_ARBEIT, F_WOHNEN),
        activity_keys=("congres-2011",),
        met_at="Workshop inburgering, binationaal congres",
        notes="",
        consent_given=False,
        consent_date=None,
        consent_scope="",
        consent_note="",
    ),
    DemoContact(
        key="c-lemaire",
        name="Françoise Lemaire",
        organisation="Lemaire Mediation & Moderation",
        role="Externe Mediatorin des Leitbildprozesses",
        municipality=MS,
        country="DE",
        email="f.lemaire@lemaire-mediation.example",
        phone="+49 251 3966-20",
        languages=("de", "fr", "nl", "en"),
        fields_of_action=(F_PARTIZIPATION,),
        activity_keys=("kickoff", "coaching-muenster", "coaching-almelo"),
        met_at="Startveranstaltung",
        notes="Coacht die Almeloer Moderatoren an zwei Tagen.",
        consent_given=True,
        consent_date=date(2008, 11, 13),
        consent_scope="Veröffentlichung im Handbuch",
        consent_note="",
    ),
    DemoContact(
        key="c-mulder",
        name="Dirk-Jan Mulder",
        organisation="Wmo-raad Almelo",
        role="Voorzitter",
        municipality=AL,
        country="NL",
        email="d.mulder@wmoraad-almelo.example",
        phone="+31 546 827 115",
        languages=("nl",),
        fields_of_action=(F_PARTIZIPATION, F_SOZIALES),
        activity_keys=("coaching-almelo",),
        met_at="Gesprek met de Wmo-raad",
        notes="",
        consent_given=False,
        consent_date=None,
        consent_scope="",
        consent_note="Formulier meegegeven, nog niet terug.",
    ),
    DemoContact(
        key="c-guenes",
        name="Elif Güneş",
        organisation="Türkischer Elternverein Münster e. V.",
        role="Vorsitzende",
        municipality=MS,
        country="DE",
        email="elif.guenes@elternverein-ms.example",
        phone="+49 176 5520 9143",
        languages=("de", "tr"),
        fields_of_action=(F_BILDUNG,),
        activity_keys=("hosp-lotsen",),
        met_at="Elterncafé, Hospitation Lotsenarbeit",
        notes="",
        consent_given=False,
        consent_date=None,
        consent_scope="",
        consent_note="",
    ),
    DemoContact(
        key="c-brouwer",
        name="Thijs Brouwer",
        organisation="VluchtelingenWerk Oost Nederland, locatie Almelo",
        role="Coördinator maatschappelijke begeleiding",
        municipality=AL,
        country="NL",
        email="t.brouwer@vluchtelingenwerk.example",
        phone="+31 546 820 664",
        languages=("nl", "en", "de"),
        fields_of_action=(F_NEUZU,),
        activity_keys=("hosp-inburgering", "congres-2011"),
        met_at="Bezoek VluchtelingenWerk",
        notes="Voert samen met het maatjesproject de Lotsen-pilot uit.",
        consent_given=True,
        consent_date=date(2009, 9, 10),
        consent_scope="Dossier kerngroep, publicatie in handboek",
        consent_note="",
    ),
)

PHOTOS: tuple[DemoPhoto, ...] = (
    DemoPhoto(
        key="ph-plenum",
        owner_key="kickoff",
        caption="Plenum der Startveranstaltung im Festsaal des Rathauses Münster",
        title="Startveranstaltung",
        colour=(38, 84, 124),
        landscape=True,
    ),
    DemoPhoto(
        key="ph-wijkcentrum",
        owner_key="coa-01",
        caption="Wijkcentrum Kerkelanden: alle Partner unter einem Dach",
        title="Wijkcentrum",
        colour=(196, 110, 42),
        landscape=True,
    ),
    DemoPhoto(
        key="ph-roc",
        owner_key="coa-03",
        caption="Inburgeringsklasse am ROC van Twente (ohne erkennbare Personen)",
        title="ROC van Twente",
        colour=(92, 140, 74),
        landscape=True,
    ),
    DemoPhoto(
        key="ph-rucksack",
        owner_key="com-07",
        caption="Materialien aus dem Rucksack-Programm in einer Kita in Coerde",
        title="Rucksack",
        colour=(170, 60, 80),
        landscape=False,
    ),
    DemoPhoto(
        key="ph-lotsen",
        owner_key="hml-01",
        caption="Trainingsmateriaal van het Lotsenproject in Münster",
        title="Lotsen",
        colour=(60, 120, 150),
        landscape=False,
    ),
    DemoPhoto(
        key="ph-wijkavond",
        owner_key="hwt-07",
        caption="Wijkavond in Kerkelanden over de concept-leidraad",
        title="Wijkavond",
        colour=(120, 90, 160),
        landscape=True,
    ),
    DemoPhoto(
        key="ph-pinnwand",
        owner_key="congres-2011",
        caption="Pinnwand uit de workshop „Anpassung“: een overdracht is nooit een kopie",
        title="Congres 2011",
        colour=(52, 58, 64),
        landscape=True,
    ),
)
