<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>Choices</name>
        <message>
            <source>Module</source>
            <translation>Module</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Structuur</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>Principle</source>
            <translation>Principe</translation>
        </message>
        <message>
            <source>Idea</source>
            <translation>Idee</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Piloting</source>
            <translation>Proefperiode</translation>
        </message>
        <message>
            <source>Implemented</source>
            <translation>Ingevoerd</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Afgevallen</translation>
        </message>
        <message>
            <source>Law</source>
            <translation>Wetgeving</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Financiering</translation>
        </message>
        <message>
            <source>Administrative culture</source>
            <translation>Bestuurscultuur</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Actoren</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Overig</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persoon</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Privé</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Werk</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobiel</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Home fax</source>
            <translation>Fax privé</translation>
        </message>
        <message>
            <source>Work fax</source>
            <translation>Fax werk</translation>
        </message>
        <message>
            <source>Pager</source>
            <translation>Pieper</translation>
        </message>
        <message>
            <source>Main number</source>
            <translation>Hoofdnummer</translation>
        </message>
        <message>
            <source>Internal reports only</source>
            <translation>Alleen interne verslagen</translation>
        </message>
        <message>
            <source>Also project-group dossiers</source>
            <translation>Ook dossiers van de projectgroepen</translation>
        </message>
        <message>
            <source>Also publications</source>
            <translation>Ook publicaties</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>Modules</translation>
        </message>
        <message>
            <source>Structures</source>
            <translation>Structuren</translation>
        </message>
        <message>
            <source>Methods</source>
            <translation>Methoden</translation>
        </message>
        <message>
            <source>Principles</source>
            <translation>Principes</translation>
        </message>
    </context>
    <context>
        <name>Dossier</name>
        <message>
            <source>Visit report</source>
            <translation>Bezoekverslag</translation>
        </message>
        <message>
            <source>Core-group dossier</source>
            <translation>Dossier voor de kerngroep</translation>
        </message>
        <message>
            <source>Adaptation manual</source>
            <translation>Handboek aanpassingen</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Inhoud</translation>
        </message>
        <message>
            <source>Word fills in the page numbers when it updates this table (it asks on opening).</source>
            <translation>Word vult de paginanummers in zodra het deze inhoudsopgave bijwerkt (het vraagt daarom bij het openen).</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Pagina {page} van {pages}</translation>
        </message>
        <message>
            <source>[name withheld]</source>
            <translation>[naam niet vermeld]</translation>
        </message>
        <message>
            <source>Person {letter}</source>
            <translation>Persoon {letter}</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Peildatum</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>all dates</source>
            <translation>gehele periode</translation>
        </message>
        <message>
            <source>from {date}</source>
            <translation>vanaf {date}</translation>
        </message>
        <message>
            <source>until {date}</source>
            <translation>tot en met {date}</translation>
        </message>
        <message>
            <source>Municipalities</source>
            <translation>Gemeenten</translation>
        </message>
        <message>
            <source>Types of activity</source>
            <translation>Soort activiteit</translation>
        </message>
        <message>
            <source>Names of persons</source>
            <translation>Namen van personen</translation>
        </message>
        <message>
            <source>replaced by pseudonyms ({examples}, …)</source>
            <translation>vervangen door pseudoniemen ({examples}, …)</translation>
        </message>
        <message>
            <source>What was transferred, how it was adapted, and why</source>
            <translation>Wat is overgenomen, hoe het is aangepast en waarom</translation>
        </message>
        <message numerus="yes">
            <source>Draft — %n open conflict(s)</source>
            <translation>
                <numerusform>Concept – %n openstaand conflict</numerusform>
                <numerusform>Concept – %n openstaande conflicten</numerusform>
            </translation>
        </message>
        <message>
            <source>This is a draft: some of its records are in conflict (see “Open conflicts”). Do not publish it before they are resolved.</source>
            <translation>Dit is een concept: voor enkele gegevens staat een conflict open (zie ‘Openstaande conflicten’). Publiceer het pas als die zijn opgelost.</translation>
        </message>
        <message>
            <source>Imprint</source>
            <translation>Colofon</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Project</translation>
        </message>
        <message>
            <source>Published by</source>
            <translation>Uitgave</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Responsible editor</source>
            <translation>Eindredactie</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versie</translation>
        </message>
        <message>
            <source>{version} of {date}</source>
            <translation>{version} van {date}</translation>
        </message>
        <message>
            <source>Photo credits</source>
            <translation>Fotoverantwoording</translation>
        </message>
        <message>
            <source>the project partners</source>
            <translation>de projectpartners</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licentie</translation>
        </message>
        <message>
            <source>The publisher is solely responsible for the content of this publication. The European Union is not liable for any use that may be made of the information it contains.</source>
            <translation>De uitgever is als enige verantwoordelijk voor de inhoud van deze publicatie. De Europese Unie is niet aansprakelijk voor het gebruik van de informatie die erin staat.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Samenvatting</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activiteiten</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>Observaties</translation>
        </message>
        <message>
            <source>Adaptation notes</source>
            <translation>Aanpassingsnotities</translation>
        </message>
        <message>
            <source>Adaptation notes without an activity</source>
            <translation>Aanpassingsnotities zonder activiteit</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacten</translation>
        </message>
        <message>
            <source>Contacts met</source>
            <translation>Contacten</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Foto’s</translation>
        </message>
        <message>
            <source>Open conflicts</source>
            <translation>Openstaande conflicten</translation>
        </message>
        <message>
            <source>The activity</source>
            <translation>De activiteit</translation>
        </message>
        <message>
            <source>Further observations</source>
            <translation>Overige observaties</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <source>Supporting observations</source>
            <translation>Onderbouwende observaties</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Kerncijfers</translation>
        </message>
        <message>
            <source>Contacts (with consent)</source>
            <translation>Contacten (met toestemming)</translation>
        </message>
        <message>
            <source>Activities between</source>
            <translation>Activiteiten in de periode</translation>
        </message>
        <message>
            <source>Figure {number}</source>
            <translation>Afbeelding {number}</translation>
        </message>
        <message>
            <source>Observations by field of action</source>
            <translation>Observaties per beleidsveld</translation>
        </message>
        <message>
            <source>Observations by municipality (host of the activity)</source>
            <translation>Observaties per gemeente (gastgemeente van de activiteit)</translation>
        </message>
        <message>
            <source>Observations by month</source>
            <translation>Observaties per maand</translation>
        </message>
        <message>
            <source>Observations by year</source>
            <translation>Observaties per jaar</translation>
        </message>
        <message>
            <source>Number of observations</source>
            <translation>Aantal observaties</translation>
        </message>
        <message>
            <source>(no field of action)</source>
            <translation>(zonder beleidsveld)</translation>
        </message>
        <message>
            <source>(no municipality)</source>
            <translation>(zonder gemeente)</translation>
        </message>
        <message>
            <source>Adaptation notes by kind and status</source>
            <translation>Aanpassingsnotities naar soort en status</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <source>This dossier compiles the activities, observations and adaptation notes recorded for the period and selection on the title page. The figures below count what it contains.</source>
            <translation>Dit dossier bundelt de activiteiten, observaties en aanpassingsnotities die zijn vastgelegd voor de periode en de selectie op het titelblad. De cijfers hieronder hebben betrekking op de inhoud ervan.</translation>
        </message>
        <message>
            <source>photo: {credit}</source>
            <translation>foto: {credit}</translation>
        </message>
        <message numerus="yes">
            <source>%n observation(s) concern several fields of action and count under each of them: the bars add up to more than the number of observations.</source>
            <translation>
                <numerusform>%n observatie gaat over meerdere beleidsvelden en telt bij elk daarvan mee: de balken tellen samen op tot meer dan het aantal observaties.</numerusform>
                <numerusform>%n observaties gaan over meerdere beleidsvelden en tellen bij elk daarvan mee: de balken tellen samen op tot meer dan het aantal observaties.</numerusform>
            </translation>
        </message>
        <message>
            <source>Photo: {title}</source>
            <translation>Foto: {title}</translation>
        </message>
        <message>
            <source>The photo “{name}” is not available on this computer yet.</source>
            <translation>De foto ‘{name}’ is op deze computer nog niet beschikbaar.</translation>
        </message>
        <message>
            <source>No observations were recorded for this activity.</source>
            <translation>Bij deze activiteit zijn geen observaties vastgelegd.</translation>
        </message>
        <message>
            <source>from {origin} to {destination}</source>
            <translation>van {origin} naar {destination}</translation>
        </message>
        <message>
            <source>from {origin}</source>
            <translation>uit {origin}</translation>
        </message>
        <message>
            <source>to {destination}</source>
            <translation>naar {destination}</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Richting</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Status: {status}</translation>
        </message>
        <message>
            <source>{date}, {activity}</source>
            <translation>{date}, {activity}</translation>
        </message>
        <message>
            <source>{date} (not part of this dossier)</source>
            <translation>{date} (geen deel van dit dossier)</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(zonder titel)</translation>
        </message>
        <message>
            <source>Only people who have consented to being named in the project’s documents are listed.</source>
            <translation>Alleen personen die toestemming hebben gegeven om in de documenten van het project genoemd te worden, zijn opgenomen.</translation>
        </message>
        <message>
            <source>Names are replaced by pseudonyms; roles, organisations, e-mail addresses and phone numbers are left out.</source>
            <translation>Namen zijn vervangen door pseudoniemen; functies, organisaties, e-mailadressen en telefoonnummers zijn weggelaten.</translation>
        </message>
        <message>
            <source>For every transferred element, this manual shows how it works at its origin, how it was adapted at its destination and why, its status and the effects observed so far, with references to the observations that support it. A transfer is never a copy.</source>
            <translation>Voor elk overgedragen element laat dit handboek zien hoe het op de plaats van herkomst werkt, hoe en waarom het op de plaats van bestemming is aangepast, hoe ver de invoering is en welke effecten tot nu toe zijn waargenomen – met verwijzingen naar de observaties die dat onderbouwen. Een overdracht is nooit een kopie.</translation>
        </message>
        <message>
            <source>The observations the adaptation notes refer to, numbered in date order; each says for which elements it is cited, and on which page.</source>
            <translation>De observaties waarop de aanpassingsnotities steunen, genummerd op datum; bij elke staat voor welke onderdelen ze als bewijs dient en op welke pagina.</translation>
        </message>
        <message>
            <source>Status by city</source>
            <translation>Stand per gemeente</translation>
        </message>
        <message>
            <source>The newest status of each element in each city it was transferred to, with the date of the note that records it.</source>
            <translation>De laatste stand van elk onderdeel in elke gemeente waarheen het is overgenomen, met de datum van de notitie die dat vastlegt.</translation>
        </message>
        <message>
            <source>Cities</source>
            <translation>Gemeenten</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Bewijs</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Pagina</translation>
        </message>
        <message>
            <source>p.</source>
            <translation>p.</translation>
        </message>
        <message>
            <source>E{number}</source>
            <translation>B{number}</translation>
        </message>
        <message>
            <source>Status today</source>
            <translation>Stand nu</translation>
        </message>
        <message>
            <source>{status} (since {date})</source>
            <translation>{status} (sinds {date})</translation>
        </message>
        <message>
            <source>How it was adapted, step by step</source>
            <translation>Hoe het is aangepast, stap voor stap</translation>
        </message>
        <message>
            <source>Cited for</source>
            <translation>Bewijs voor</translation>
        </message>
        <message>
            <source>Every element with its kind, cities, number of notes and evidence, and page</source>
            <translation>Elk onderdeel met soort, gemeenten, aantal notities en bewijzen, en pagina</translation>
        </message>
        <message>
            <source>The newest status of every element in every city</source>
            <translation>De laatste stand van elk onderdeel in elke gemeente</translation>
        </message>
        <message>
            <source>Unreviewed data</source>
            <translation>Niet-gecontroleerde gegevens</translation>
        </message>
        <message>
            <source>Some records in this dossier were edited on two computers at once, and nobody has decided yet which version is right (open conflicts: {count}). The dossier prints the version kept on the server. The chapter “{chapter}” lists them; resolve them before publishing.</source>
            <translation>Enkele gegevens in dit dossier zijn tegelijk op twee computers bewerkt, en niemand heeft nog besloten welke versie geldt (openstaande conflicten: {count}). Het dossier geeft de versie weer die op de server is opgeslagen. Het hoofdstuk ‘{chapter}’ somt ze op; los ze op voordat u publiceert.</translation>
        </message>
        <message>
            <source>These fields were changed differently on two computers and still await a decision. The dossier prints the version kept on the server.</source>
            <translation>Deze velden zijn op twee computers verschillend gewijzigd en wachten nog op een besluit. Het dossier geeft de versie weer die op de server is opgeslagen.</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Gegeven</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Veld</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Sinds</translation>
        </message>
        <message>
            <source>Edited by</source>
            <translation>Bewerkt door</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Activity</source>
            <translation>Activiteit</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activiteiten</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Begindatum</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Einddatum</translation>
        </message>
        <message>
            <source>Host municipality</source>
            <translation>Gastgemeente</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschrijving</translation>
        </message>
        <message>
            <source>Adaptation note</source>
            <translation>Aanpassingsnotitie</translation>
        </message>
        <message>
            <source>Adaptation notes</source>
            <translation>Aanpassingsnotities</translation>
        </message>
        <message>
            <source>Kind of element</source>
            <translation>Soort element</translation>
        </message>
        <message>
            <source>Element</source>
            <translation>Element</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Naar</translation>
        </message>
        <message>
            <source>At the origin</source>
            <translation>Op de plaats van herkomst</translation>
        </message>
        <message>
            <source>Adaptation</source>
            <translation>Aanpassing</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Motivering</translation>
        </message>
        <message>
            <source>Framework conditions</source>
            <translation>Randvoorwaarden</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Effects observed</source>
            <translation>Waargenomen effecten</translation>
        </message>
        <message>
            <source>Supporting observations</source>
            <translation>Onderbouwende observaties</translation>
        </message>
        <message>
            <source>Principles</source>
            <translation>Principes</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacten</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Functie</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>E-mail addresses</source>
            <translation>E-mailadressen</translation>
        </message>
        <message>
            <source>Phone numbers</source>
            <translation>Telefoonnummers</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Adressen</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Talen</translation>
        </message>
        <message>
            <source>Met at activities</source>
            <translation>Ontmoet bij activiteiten</translation>
        </message>
        <message>
            <source>Where met</source>
            <translation>Waar ontmoet</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>Toestemming gegeven</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>Datum van toestemming</translation>
        </message>
        <message>
            <source>Consent covers</source>
            <translation>Toestemming geldt voor</translation>
        </message>
        <message>
            <source>Consent valid until</source>
            <translation>Toestemming geldig tot</translation>
        </message>
        <message>
            <source>Consent scope</source>
            <translation>Reikwijdte van de toestemming</translation>
        </message>
        <message>
            <source>Consent note</source>
            <translation>Opmerking bij de toestemming</translation>
        </message>
        <message>
            <source>Fields of action</source>
            <translation>Beleidsvelden</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Trefwoorden</translation>
        </message>
        <message>
            <source>In the trash</source>
            <translation>In de prullenbak</translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>Bijschrift</translation>
        </message>
        <message>
            <source>Photo credit</source>
            <translation>Fotoverantwoording</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>Bestandsnaam</translation>
        </message>
        <message>
            <source>Photo or file</source>
            <translation>Foto of bestand</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>Observatie</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>Observaties</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Wijk</translation>
        </message>
        <message>
            <source>Target groups</source>
            <translation>Doelgroepen</translation>
        </message>
        <message>
            <source>Gender mainstreaming remark</source>
            <translation>Opmerking over gendermainstreaming</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Straat</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Provincie/regio</translation>
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>German</source>
            <translation>Duits</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Nederlands</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Engels</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Frans</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>Turks</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>Pools</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation>Arabisch</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Russisch</translation>
        </message>
        <message>
            <source>Kurdish</source>
            <translation>Koerdisch</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>Perzisch</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Spaans</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Italiaans</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>Portugees</translation>
        </message>
        <message>
            <source>Romanian</source>
            <translation>Roemeens</translation>
        </message>
        <message>
            <source>Bulgarian</source>
            <translation>Bulgaars</translation>
        </message>
        <message>
            <source>Serbian</source>
            <translation>Servisch</translation>
        </message>
        <message>
            <source>Croatian</source>
            <translation>Kroatisch</translation>
        </message>
        <message>
            <source>Bosnian</source>
            <translation>Bosnisch</translation>
        </message>
        <message>
            <source>Albanian</source>
            <translation>Albanees</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <translation>Vietnamees</translation>
        </message>
        <message>
            <source>Tigrinya</source>
            <translation>Tigrinya</translation>
        </message>
        <message>
            <source>Somali</source>
            <translation>Somalisch</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Oekraïens</translation>
        </message>
    </context>
</TS>
