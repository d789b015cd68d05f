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
        <translation>In pilot</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Ingevoerd</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Vervallen</translation>
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
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Line {line}, column {column}</source>
        <translation>Regel {line}, kolom {column}</translation>
    </message>
    <message>
        <source>this is not valid JSON ({reason}).</source>
        <translation>dit is geen geldige JSON ({reason}).</translation>
    </message>
    <message>
        <source>Say what to add: taxonomy add KIND NAME.</source>
        <translation>Geef aan wat u wilt toevoegen: taxonomy add KIND NAME.</translation>
    </message>
    <message>
        <source>Nothing was added. Problems found:</source>
        <translation>Er is niets toegevoegd. Gevonden problemen:</translation>
    </message>
    <message>
        <source>A record must be a JSON object.</source>
        <translation>Een record moet een JSON-object zijn.</translation>
    </message>
    <message>
        <source>Line {line}</source>
        <translation>Regel {line}</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Het bestand {path} bestaat niet.</translation>
    </message>
    <message>
        <source>The file {path} could not be copied: {reason}</source>
        <translation>Het bestand {path} kon niet worden gekopieerd: {reason}</translation>
    </message>
    <message>
        <source>There is no attachment with the id {id}.</source>
        <translation>Er is geen bijlage met id {id}.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Op {path} staat geen database.</translation>
    </message>
    <message>
        <source>Cannot write the backup {path}: {reason}</source>
        <translation>De back-up {path} kan niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a Field Dossier backup.</source>
        <translation>{file} is geen back-up van Field Dossier.</translation>
    </message>
    <message>
        <source>The backup contains no readable database.</source>
        <translation>De back-up bevat geen leesbare database.</translation>
    </message>
    <message>
        <source>The database in the backup is damaged.</source>
        <translation>De database in de back-up is beschadigd.</translation>
    </message>
    <message>
        <source>The backup was made by a newer version of Field Dossier. Update first.</source>
        <translation>De back-up is gemaakt met een nieuwere versie van Field Dossier. Werk het programma eerst bij.</translation>
    </message>
    <message>
        <source>The backup is damaged (a file does not match its hash).</source>
        <translation>De back-up is beschadigd (een bestand komt niet overeen met zijn hashwaarde).</translation>
    </message>
    <message>
        <source>“{value}” is not a valid date for {field} (use YYYY-MM-DD).</source>
        <translation>“{value}” is geen geldige datum voor {field} (gebruik JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>{field} is longer than {limit} characters.</source>
        <translation>{field} is langer dan {limit} tekens.</translation>
    </message>
    <message>
        <source>{field} must be true or false, not “{value}”.</source>
        <translation>{field} moet ja of nee zijn, niet “{value}”.</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices} (not “{value}”).</source>
        <translation>{field} moet een van de volgende waarden zijn: {choices} (niet “{value}”).</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address.</source>
        <translation>“{value}” is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid phone number.</source>
        <translation>“{value}” is geen geldig telefoonnummer.</translation>
    </message>
    <message>
        <source>“{value}” is not a country code (use two letters, like DE or NL).</source>
        <translation>“{value}” is geen landcode (gebruik twee letters, zoals DE of NL).</translation>
    </message>
    <message>
        <source>“{value}” is not a language code (like de, nl, tr).</source>
        <translation>“{value}” is geen taalcode (zoals de, nl, tr).</translation>
    </message>
    <message>
        <source>{field}: there is no {kind} with the id {value}.</source>
        <translation>{field}: er is geen record van het type {kind} met id {value}.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field} moet tekst zijn.</translation>
    </message>
    <message>
        <source>{field} must be a list.</source>
        <translation>{field} moet een lijst zijn.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>het bestand is leeg.</translation>
    </message>
    <message>
        <source>unknown column “{column}”.</source>
        <translation>onbekende kolom “{column}”.</translation>
    </message>
    <message>
        <source>there is no column for the name.</source>
        <translation>er is geen kolom voor de naam.</translation>
    </message>
    <message>
        <source>expected {expected} cells, found {found}.</source>
        <translation>{expected} cellen verwacht, {found} gevonden.</translation>
    </message>
    <message>
        <source>This is not a Field Dossier data file (no “format” field).</source>
        <translation>Dit is geen gegevensbestand van Field Dossier (geen veld “format”).</translation>
    </message>
    <message>
        <source>The data file has format version {version}; this version of the app reads up to {supported}.</source>
        <translation>Het gegevensbestand heeft formaatversie {version}; deze versie van de app leest bestanden tot en met formaatversie {supported}.</translation>
    </message>
    <message>
        <source>“{section}” must be a list.</source>
        <translation>“{section}” moet een lijst zijn.</translation>
    </message>
    <message>
        <source>each record needs a “kind”: one of {kinds}.</source>
        <translation>elk record heeft een veld “kind” nodig met een van deze waarden: {kinds}.</translation>
    </message>
    <message>
        <source>Record {number} ({kind})</source>
        <translation>Record {number} ({kind})</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} kan niet worden geschreven: {reason}</translation>
    </message>
    <message>
        <source>{file} was not imported; nothing was changed. Problems found:</source>
        <translation>{file} is niet geïmporteerd; er is niets gewijzigd. Gevonden problemen:</translation>
    </message>
    <message>
        <source>labels must be an object.</source>
        <translation>labels moet een object zijn.</translation>
    </message>
    <message>
        <source>Unknown taxonomy “{kind}”.</source>
        <translation>Onbekende taxonomie “{kind}”.</translation>
    </message>
    <message>
        <source>The id {id} belongs to a different record.</source>
        <translation>Het id {id} hoort bij een ander record.</translation>
    </message>
    <message>
        <source>An attachment needs a valid id.</source>
        <translation>Een bijlage heeft een geldig id nodig.</translation>
    </message>
    <message>
        <source>The attachment belongs to a missing record {id}.</source>
        <translation>De bijlage hoort bij een ontbrekend record {id}.</translation>
    </message>
    <message>
        <source>The attachment content is not valid base64.</source>
        <translation>De inhoud van de bijlage is geen geldige base64.</translation>
    </message>
    <message>
        <source>The attachment content does not match its SHA-256.</source>
        <translation>De inhoud van de bijlage komt niet overeen met de SHA-256-hash.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} is verplicht.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid time for {field}.</source>
        <translation>“{value}” is geen geldig tijdstip voor {field}.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <source>{file} is not a file that can be imported (use .json, .vcf or .csv).</source>
        <translation>{file} kan niet worden geïmporteerd (gebruik .json, .vcf of .csv).</translation>
    </message>
    <message>
        <source>Card {number} (line {line})</source>
        <translation>Kaart {number} (regel {line})</translation>
    </message>
    <message>
        <source>This record is in the trash. Restore it before editing.</source>
        <translation>Dit record staat in de prullenbak. Zet het terug voordat u het bewerkt.</translation>
    </message>
    <message>
        <source>There is no record with the id {id}.</source>
        <translation>Er is geen record met id {id}.</translation>
    </message>
    <message>
        <source>Unknown record kind “{kind}” (use one of: {kinds}).</source>
        <translation>Onbekend recordtype “{kind}” (gebruik een van: {kinds}).</translation>
    </message>
    <message>
        <source>Unknown field(s) for {kind}: {fields}.</source>
        <translation>Onbekend(e) veld(en) voor {kind}: {fields}.</translation>
    </message>
    <message>
        <source>{field} cannot be changed.</source>
        <translation>{field} kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid id (a UUID).</source>
        <translation>“{value}” is geen geldig id (een UUID).</translation>
    </message>
    <message>
        <source>A record with the id {value} exists already.</source>
        <translation>Er bestaat al een record met id {value}.</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>De einddatum ligt vóór de startdatum.</translation>
    </message>
    <message>
        <source>An element is transferred between two different municipalities.</source>
        <translation>Een element moet tussen twee verschillende gemeenten worden overgedragen.</translation>
    </message>
    <message>
        <source>Consent needs the date on which it was given.</source>
        <translation>Voor de toestemming is de datum nodig waarop deze is gegeven.</translation>
    </message>
    <message>
        <source>The consent date lies in the future.</source>
        <translation>De datum van de toestemming ligt in de toekomst.</translation>
    </message>
    <message>
        <source>An empty name is not allowed in {field}.</source>
        <translation>Een lege naam is niet toegestaan in {field}.</translation>
    </message>
    <message>
        <source>“{name}” is not one of: {known}.</source>
        <translation>“{name}” hoort niet bij: {known}.</translation>
    </message>
    <message>
        <source>this card has no END:VCARD.</source>
        <translation>deze kaart heeft geen END:VCARD.</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD.</source>
        <translation>END:VCARD zonder BEGIN:VCARD.</translation>
    </message>
    <message>
        <source>this line is not part of a vCard.</source>
        <translation>deze regel hoort niet bij een vCard.</translation>
    </message>
    <message>
        <source>the file contains no vCard.</source>
        <translation>het bestand bevat geen vCard.</translation>
    </message>
    <message>
        <source>this line is not a vCard property.</source>
        <translation>deze regel is geen vCard-eigenschap.</translation>
    </message>
    <message>
        <source>vCard version {version} is not supported (use 3.0 or 4.0).</source>
        <translation>vCard-versie {version} wordt niet ondersteund (gebruik 3.0 of 4.0).</translation>
    </message>
    <message>
        <source>the card has no name (FN).</source>
        <translation>de kaart heeft geen naam (FN).</translation>
    </message>
    <message>
        <source>The database is busy (another program is using it). Please try again.</source>
        <translation>De database is bezet (een ander programma gebruikt deze). Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space; nothing was changed.</source>
        <translation>De schijf is vol. Maak ruimte vrij; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database cannot be written (read-only). Nothing was changed.</source>
        <translation>Er kan niet naar de database worden geschreven (alleen-lezen). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database could not be upgraded ({reason}). It was restored from the backup {backup}; nothing was lost.</source>
        <translation>De database kon niet worden bijgewerkt ({reason}). Deze is hersteld uit de back-up {backup}; er is niets verloren gegaan.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Fields of action</source>
        <translation>Beleidsvelden</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
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
        <translation>Startdatum</translation>
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
        <translation>Plaats</translation>
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
        <translation>Op de plek van herkomst</translation>
    </message>
    <message>
        <source>Adaptation</source>
        <translation>Aanpassing</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Onderbouwing</translation>
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
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactpersonen</translation>
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
        <translation>Rol</translation>
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
        <source>Consent scope</source>
        <translation>Reikwijdte van toestemming</translation>
    </message>
    <message>
        <source>Consent note</source>
        <translation>Opmerking bij toestemming</translation>
    </message>
</context>
</TS>
