<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>ActivityField</name>
        <message>
            <source>(no activity)</source>
            <translation>(geen activiteit)</translation>
        </message>
        <message>
            <source>(unknown activity)</source>
            <translation>(onbekende activiteit)</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Field Dossier is already open with this data folder:
%1

Switch to its window.</source>
            <translation>Field Dossier is al geopend met deze gegevensmap:
%1

Ga naar dat venster.</translation>
        </message>
    </context>
    <context>
        <name>AttachmentStrip</name>
        <message>
            <source>Attachments</source>
            <translation>Bijlagen</translation>
        </message>
        <message>
            <source>Drop photos or files here, or use “Add photo…”.</source>
            <translation>Sleep foto's of bestanden hierheen, of gebruik “Foto toevoegen…”.</translation>
        </message>
        <message>
            <source>Add photo…</source>
            <translation>Foto toevoegen…</translation>
        </message>
        <message>
            <source>Photos can be added once the record has its text.</source>
            <translation>Foto's kunnen worden toegevoegd zodra het record een tekst heeft.</translation>
        </message>
        <message numerus="yes">
            <source>%n attachment(s) — double-click to open</source>
            <translation>
                <numerusform>%n bijlage — dubbelklik om te openen</numerusform>
                <numerusform>%n bijlagen — dubbelklik om te openen</numerusform>
            </translation>
        </message>
        <message>
            <source>Not downloaded yet</source>
            <translation>Nog niet gedownload</translation>
        </message>
        <message>
            <source>Add photos or files</source>
            <translation>Foto's of bestanden toevoegen</translation>
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png *.heic *.webp *.tif *.tiff);;All files (*)</source>
            <translation>Foto's (*.jpg *.jpeg *.png *.heic *.webp *.tif *.tiff);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Openen</translation>
        </message>
        <message>
            <source>Edit caption…</source>
            <translation>Bijschrift bewerken…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Open attachment</source>
            <translation>Bijlage openen</translation>
        </message>
        <message>
            <source>The server does not have %1 (yet). Try again after the next sync.</source>
            <translation>De server heeft %1 (nog) niet. Probeer het opnieuw na de volgende synchronisatie.</translation>
        </message>
        <message>
            <source>Remove “%1” from this record? It disappears from the record and from dossiers; the record's history keeps it.</source>
            <translation>“%1” uit dit record verwijderen? De bijlage verdwijnt uit het record en uit dossiers, maar blijft bewaard in de geschiedenis van het record.</translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>Bijschrift</translation>
        </message>
        <message>
            <source>Caption of %1:</source>
            <translation>Bijschrift bij %1:</translation>
        </message>
        <message>
            <source>Remove attachment</source>
            <translation>Bijlage verwijderen</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <source>Nothing recorded yet</source>
            <translation>Nog niets vastgelegd</translation>
        </message>
    </context>
    <context>
        <name>CenterPane</name>
        <message>
            <source>Search results</source>
            <translation>Zoekresultaten</translation>
        </message>
        <message>
            <source>No records contain “%1”.</source>
            <translation>Geen enkel record bevat “%1”.</translation>
        </message>
        <message>
            <source>Nothing matches the filters. Clear them to see everything.</source>
            <translation>Niets voldoet aan de filters. Wis de filters om alles te zien.</translation>
        </message>
        <message>
            <source>No observations yet.
Press Ctrl+N to capture the first one.</source>
            <translation>Nog geen observaties.
Druk op Ctrl+N om de eerste vast te leggen.</translation>
        </message>
        <message>
            <source>No observations for this activity yet.
Press Ctrl+N to capture one.</source>
            <translation>Nog geen observaties bij deze activiteit.
Druk op Ctrl+N om er een vast te leggen.</translation>
        </message>
        <message>
            <source>No adaptation notes yet.
Press Ctrl+Shift+N to write down how an element had to change.</source>
            <translation>Nog geen aanpassingsnotities.
Druk op Ctrl+Shift+N om vast te leggen hoe een element moest worden aangepast.</translation>
        </message>
        <message>
            <source>No contacts yet.
Press Ctrl+Shift+K to add one, or import a vCard file (File → Import…).</source>
            <translation>Nog geen contactpersonen.
Druk op Ctrl+Shift+K om er een toe te voegen, of importeer een vCard-bestand (Bestand → Importeren…).</translation>
        </message>
        <message>
            <source>No activities yet.
Use File → New activity to add the first one.</source>
            <translation>Nog geen activiteiten.
Gebruik Bestand → Nieuwe activiteit om de eerste toe te voegen.</translation>
        </message>
        <message>
            <source>Nothing has been edited yet.</source>
            <translation>Er is nog niets bewerkt.</translation>
        </message>
        <message>
            <source>The trash is empty.
Deleted records wait here until you restore them.</source>
            <translation>De prullenbak is leeg.
Verwijderde records blijven hier staan totdat u ze terugzet.</translation>
        </message>
        <message>
            <source>No open conflicts.
When two people change the same field differently, both versions appear here to be resolved side by side.</source>
            <translation>Geen openstaande conflicten.
Als twee personen hetzelfde veld verschillend wijzigen, verschijnen beide versies hier, zodat u ze naast elkaar kunt oplossen.</translation>
        </message>
        <message>
            <source>Nothing to show.</source>
            <translation>Niets om weer te geven.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
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
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Verwijderd</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Bewerkt</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Door</translation>
        </message>
    </context>
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
        <name>ConflictDialog</name>
        <message>
            <source>Resolve a conflict</source>
            <translation>Conflict oplossen</translation>
        </message>
        <message>
            <source>“%1” was changed in two places: %2.</source>
            <translation>“%1” is op twee plaatsen gewijzigd: %2.</translation>
        </message>
        <message>
            <source>Before both changes</source>
            <translation>Vóór beide wijzigingen</translation>
        </message>
        <message>
            <source>Theirs — %1</source>
            <translation>Andere versie — %1</translation>
        </message>
        <message>
            <source>Mine — %1</source>
            <translation>Mijn versie — %1</translation>
        </message>
        <message>
            <source>Keep &amp;theirs</source>
            <translation>&amp;Andere versie behouden</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>&amp;Mijn versie behouden</translation>
        </message>
        <message>
            <source>&amp;Write the value…</source>
            <translation>Waarde &amp;invoeren…</translation>
        </message>
        <message>
            <source>Neither value was written on this computer: write the value to keep.</source>
            <translation>Geen van beide waarden is op deze computer ingevoerd: voer de waarde in die moet blijven.</translation>
        </message>
        <message>
            <source>Neither value was written on this computer. Resolve it on the computer where one of them was written.</source>
            <translation>Geen van beide waarden is op deze computer ingevoerd. Los het conflict op de computer op waarop een van beide is ingevoerd.</translation>
        </message>
        <message>
            <source>&amp;Keep what I wrote</source>
            <translation>Mijn &amp;invoer behouden</translation>
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message>
            <source>Consent (GDPR/AVG)</source>
            <translation>Toestemming (AVG)</translation>
        </message>
        <message>
            <source>Tick when this person agreed that their details may be used in dossiers.</source>
            <translation>Vink aan als deze persoon ermee heeft ingestemd dat de eigen gegevens in dossiers worden gebruikt.</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>Toestemming gegeven</translation>
        </message>
        <message>
            <source>Consent given %1 — may appear in dossiers.</source>
            <translation>Toestemming gegeven op %1 — mag in dossiers voorkomen.</translation>
        </message>
        <message>
            <source>No consent recorded — this person never appears in an export.</source>
            <translation>Geen toestemming vastgelegd — deze persoon komt in geen enkele export voor.</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>Er is iets misgegaan</translation>
        </message>
        <message>
            <source>Sorry, Field Dossier ran into a problem it did not expect.</source>
            <translation>Excuses, Field Dossier is op een onverwacht probleem gestuit.</translation>
        </message>
        <message>
            <source>Your notes are safe: everything is saved as you type. You can keep working. If this happens again, please send the details to your administrator.</source>
            <translation>Uw notities zijn veilig: alles wordt tijdens het typen opgeslagen. U kunt gewoon verder werken. Gebeurt dit opnieuw, stuur de details dan naar uw beheerder.</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Details kopiëren</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Show figures for</source>
            <translation>Cijfers tonen voor</translation>
        </message>
        <message>
            <source>Show figures for:</source>
            <translation>Cijfers tonen voor:</translation>
        </message>
        <message>
            <source>Records by kind</source>
            <translation>Records per soort</translation>
        </message>
        <message>
            <source>Observations by field of action</source>
            <translation>Observaties per beleidsveld</translation>
        </message>
        <message>
            <source>Observations by host municipality</source>
            <translation>Observaties per gastgemeente</translation>
        </message>
        <message>
            <source>Observations by month</source>
            <translation>Observaties per maand</translation>
        </message>
        <message>
            <source>the whole workspace</source>
            <translation>de hele werkruimte</translation>
        </message>
        <message>
            <source>Overview: %1</source>
            <translation>Overzicht: %1</translation>
        </message>
        <message>
            <source>Overview of the workspace</source>
            <translation>Overzicht van de werkruimte</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>No date</source>
            <translation>Geen datum</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <source>Importable files (*.json *.vcf *.vcard *.csv);;All files (*)</source>
            <translation>Importeerbare bestanden (*.json *.vcf *.vcard *.csv);;Alle bestanden (*)</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n record(s) from %1.</source>
            <translation>
                <numerusform>%n record uit %1 geïmporteerd.</numerusform>
                <numerusform>%n records uit %1 geïmporteerd.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import %1</source>
            <translation>%1 importeren</translation>
        </message>
        <message>
            <source>This file cannot be imported. Nothing will be changed.</source>
            <translation>Dit bestand kan niet worden geïmporteerd. Er wordt niets gewijzigd.</translation>
        </message>
        <message>
            <source>Problems found:</source>
            <translation>Gevonden problemen:</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemen</translation>
        </message>
        <message>
            <source>Everything in this file is here already; nothing to import.</source>
            <translation>Alles uit dit bestand is al aanwezig; er valt niets te importeren.</translation>
        </message>
        <message>
            <source>Nothing to import: this database has a newer version of every record in the file (%1).</source>
            <translation>Niets te importeren: deze database heeft van elk record in het bestand een nieuwere versie (%1).</translation>
        </message>
        <message>
            <source>Ready to import:</source>
            <translation>Klaar om te importeren:</translation>
        </message>
        <message>
            <source>New: %1</source>
            <translation>Nieuw: %1</translation>
        </message>
        <message>
            <source>Changed: %1</source>
            <translation>Gewijzigd: %1</translation>
        </message>
        <message>
            <source>Kept, because this database has a newer version: %1</source>
            <translation>Behouden, omdat deze database een nieuwere versie heeft: %1</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>Back-up maken</translation>
        </message>
        <message>
            <source>Backups (*.zip)</source>
            <translation>Back-ups (*.zip)</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Back-up wordt gemaakt…</translation>
        </message>
        <message>
            <source>Backed up to %1.</source>
            <translation>Back-up opgeslagen in %1.</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Herstellen uit back-up</translation>
        </message>
        <message>
            <source>Replace everything in this workspace by the backup %1?

The current state is saved first, so this can be undone.</source>
            <translation>Alles in deze werkruimte vervangen door de back-up %1?

De huidige stand wordt eerst opgeslagen, zodat dit ongedaan kan worden gemaakt.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Herstellen</translation>
        </message>
        <message>
            <source>The backup was restored. What it replaced was saved to %1.</source>
            <translation>De back-up is hersteld. De vervangen stand is opgeslagen in %1.</translation>
        </message>
        <message>
            <source>Documenting cross-border exchange work between partner municipalities, offline first.</source>
            <translation>Documenteert grensoverschrijdend uitwisselingswerk tussen partnergemeenten, in de eerste plaats offline.</translation>
        </message>
        <message>
            <source>Licence: %1</source>
            <translation>Licentie: %1</translation>
        </message>
        <message>
            <source>Built with:</source>
            <translation>Gemaakt met:</translation>
        </message>
        <message>
            <source>About Field Dossier</source>
            <translation>Over Field Dossier</translation>
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
            <source>Field Dossier is open with this data folder. Close it (or use File → Restore from backup… there); nothing was changed.</source>
            <translation>Field Dossier is geopend met deze gegevensmap. Sluit het programma (of gebruik daar Bestand → Herstellen uit back-up…); er is niets gewijzigd.</translation>
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
            <source>The trash cannot be searched. List it without --search, or restore the record first.</source>
            <translation>De prullenbak kan niet worden doorzocht. Toon de inhoud zonder --search, of zet het record eerst terug.</translation>
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
            <source>A sync is running on this data folder. Restore when it has finished; nothing was changed.</source>
            <translation>Er loopt een synchronisatie in deze gegevensmap. Herstel de back-up wanneer die klaar is; er is niets gewijzigd.</translation>
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
            <source>{field} cannot be empty.</source>
            <translation>{field} mag niet leeg zijn.</translation>
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
            <source>{field} must be 64 hexadecimal digits.</source>
            <translation>{field} moet uit 64 hexadecimale cijfers bestaan.</translation>
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
            <source>{field} must be a whole number of 0 or more.</source>
            <translation>{field} moet een geheel getal van 0 of meer zijn.</translation>
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
            <source>The database file could not be read or written (a disk or network drive error). Nothing was changed.</source>
            <translation>Het databasebestand kon niet worden gelezen of geschreven (een fout van de schijf of het netwerkstation). Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>The database could not be upgraded ({reason}). It was restored from the backup {backup}; nothing was lost.</source>
            <translation>De database kon niet worden bijgewerkt ({reason}). Deze is hersteld uit de back-up {backup}; er is niets verloren gegaan.</translation>
        </message>
        <message>
            <source>Nothing to export: no records match the chosen period and filters. No file was written.</source>
            <translation>Niets te exporteren: geen enkel record voldoet aan de gekozen periode en filters. Er is geen bestand geschreven.</translation>
        </message>
        <message>
            <source>A visit report is about one activity: choose one.</source>
            <translation>Een bezoekverslag gaat over één activiteit: kies er een.</translation>
        </message>
        <message>
            <source>There is no activity with the id {id} (or it is in the trash), so there is no visit to report on.</source>
            <translation>Er is geen activiteit met id {id} (of deze staat in de prullenbak), dus er is geen bezoek om verslag van te doen.</translation>
        </message>
        <message>
            <source>The dossier cannot be written to {path}: {reason}. No file was written.</source>
            <translation>Het dossier kan niet naar {path} worden geschreven: {reason}. Er is geen bestand geschreven.</translation>
        </message>
        <message>
            <source>The export was cancelled. No file was written.</source>
            <translation>De export is geannuleerd. Er is geen bestand geschreven.</translation>
        </message>
        <message>
            <source>The period starts on {start} but ends before, on {end}.</source>
            <translation>De periode begint op {start}, maar eindigt al eerder, op {end}.</translation>
        </message>
        <message>
            <source>Say who signs in: --user NAME.</source>
            <translation>Geef aan wie zich aanmeldt: --user NAME.</translation>
        </message>
        <message>
            <source>There is no terminal to ask for the password: use --password-stdin.</source>
            <translation>Er is geen terminal om naar het wachtwoord te vragen: gebruik --password-stdin.</translation>
        </message>
        <message>
            <source>The password is empty.</source>
            <translation>Het wachtwoord is leeg.</translation>
        </message>
        <message>
            <source>--take is mine, theirs or a JSON value ({reason}).</source>
            <translation>--take verwacht mine, theirs of een JSON-waarde ({reason}).</translation>
        </message>
        <message>
            <source>There is no conflict with the id {id}.</source>
            <translation>Er is geen conflict met id {id}.</translation>
        </message>
        <message>
            <source>This conflict has been resolved already.</source>
            <translation>Dit conflict is al opgelost.</translation>
        </message>
        <message>
            <source>Neither value was written on this computer, so “mine” and “theirs” are unclear here. Give the value to keep instead.</source>
            <translation>Geen van beide waarden is op deze computer ingevoerd, dus “mine” en “theirs” zijn hier niet eenduidig. Geef in plaats daarvan de waarde op die moet blijven.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid value for {field}.</source>
            <translation>“{value}” is geen geldige waarde voor {field}.</translation>
        </message>
        <message>
            <source>The sync server {url} cannot be reached ({reason}). Your work is safe on this computer; sync again when the network is back.</source>
            <translation>De synchronisatieserver {url} is niet bereikbaar ({reason}). Uw werk is veilig op deze computer; synchroniseer opnieuw zodra het netwerk weer werkt.</translation>
        </message>
        <message>
            <source>The sync server {url} had a problem (HTTP {status}). Your work is safe on this computer; try again later.</source>
            <translation>De synchronisatieserver {url} had een probleem (HTTP {status}). Uw werk is veilig op deze computer; probeer het later opnieuw.</translation>
        </message>
        <message>
            <source>The sync server {url} answered something this version does not understand ({detail}). Is it a Field Dossier sync server of a matching version?</source>
            <translation>De synchronisatieserver {url} gaf een antwoord dat deze versie niet begrijpt ({detail}). Is het een synchronisatieserver van Field Dossier met een passende versie?</translation>
        </message>
        <message>
            <source>The user name or the password is wrong.</source>
            <translation>De gebruikersnaam of het wachtwoord is onjuist.</translation>
        </message>
        <message>
            <source>Too many failed sign-ins. For safety the account is locked for {seconds} seconds; try again then.</source>
            <translation>Te veel mislukte aanmeldpogingen. Voor de veiligheid is het account {seconds} seconden geblokkeerd; probeer het daarna opnieuw.</translation>
        </message>
        <message>
            <source>{user} is not a member of the workspace “{workspace}” on this server. Ask an administrator to add you.</source>
            <translation>{user} is geen lid van de werkruimte “{workspace}” op deze server. Vraag een beheerder om u toe te voegen.</translation>
        </message>
        <message>
            <source>{user} is not a member of any workspace on this server. Ask an administrator to add you.</source>
            <translation>{user} is lid van geen enkele werkruimte op deze server. Vraag een beheerder om u toe te voegen.</translation>
        </message>
        <message>
            <source>{user} belongs to several workspaces ({names}). Choose one of them.</source>
            <translation>{user} hoort bij meerdere werkruimten ({names}). Kies er een van.</translation>
        </message>
        <message>
            <source>This data folder belongs to the workspace “{bound}”. Use a separate data folder for “{requested}”.</source>
            <translation>Deze gegevensmap hoort bij de werkruimte “{bound}”. Gebruik een aparte gegevensmap voor “{requested}”.</translation>
        </message>
        <message>
            <source>The sync server refused this: {detail}</source>
            <translation>De synchronisatieserver heeft dit geweigerd: {detail}</translation>
        </message>
        <message>
            <source>Your sign-in has expired or was ended. Please sign in again; nothing was lost.</source>
            <translation>Uw aanmelding is verlopen of beëindigd. Meld u opnieuw aan; er is niets verloren gegaan.</translation>
        </message>
        <message>
            <source>This computer is not signed in to a sync server. Sign in first (field-dossier login).</source>
            <translation>Deze computer is niet aangemeld bij een synchronisatieserver. Meld u eerst aan (field-dossier login).</translation>
        </message>
        <message>
            <source>The sign-in was kept for one run only (there is no keyring on this computer). Sign in again, e.g. with sync --password-stdin.</source>
            <translation>De aanmelding gold maar voor één uitvoering (deze computer heeft geen keyring). Meld u opnieuw aan, bijv. met sync --password-stdin.</translation>
        </message>
        <message>
            <source>There is no secure password store (keyring) on this computer, so the sign-in cannot be remembered. You can sign in for this run only; the sign-in is then forgotten when the program ends.</source>
            <translation>Deze computer heeft geen veilige wachtwoordopslag (keyring), dus de aanmelding kan niet worden onthouden. U kunt zich alleen voor deze uitvoering aanmelden; de aanmelding wordt vergeten zodra het programma stopt.</translation>
        </message>
        <message>
            <source>A sync is already running. Wait for it to finish.</source>
            <translation>Er loopt al een synchronisatie. Wacht tot die klaar is.</translation>
        </message>
        <message>
            <source>The sync was cancelled. Nothing was lost; the next sync continues where this one stopped.</source>
            <translation>De synchronisatie is geannuleerd. Er is niets verloren gegaan; de volgende synchronisatie gaat verder waar deze is gestopt.</translation>
        </message>
        <message>
            <source>The sync server has no record with the id {id}.</source>
            <translation>De synchronisatieserver heeft geen record met id {id}.</translation>
        </message>
        <message>
            <source>The file {path} is not a usable sync bundle: {reason}. Nothing was changed.</source>
            <translation>Het bestand {path} is geen bruikbaar synchronisatiepakket: {reason}. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>Background work is still running. Try the restore again in a moment; nothing was changed.</source>
            <translation>Er loopt nog werk op de achtergrond. Probeer het herstellen zo meteen opnieuw; er is niets gewijzigd.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export dossier</source>
            <translation>Dossier exporteren</translation>
        </message>
        <message>
            <source>&amp;Visit report — one activity, everything recorded there</source>
            <translation>&amp;Bezoekverslag — één activiteit, alles wat daar is vastgelegd</translation>
        </message>
        <message>
            <source>&amp;Core-group dossier — a period or selection, with figures</source>
            <translation>&amp;Dossier voor de kerngroep — een periode of selectie, met cijfers</translation>
        </message>
        <message>
            <source>Adaptation &amp;manual — all adaptation notes by element</source>
            <translation>&amp;Handboek aanpassingen — alle aanpassingsnotities per element</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Sjabloon</translation>
        </message>
        <message>
            <source>(all activities)</source>
            <translation>(alle activiteiten)</translation>
        </message>
        <message>
            <source>Scope (nothing ticked: everything)</source>
            <translation>Bereik (niets aangevinkt: alles)</translation>
        </message>
        <message>
            <source>Activity:</source>
            <translation>Activiteit:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Periode:</translation>
        </message>
        <message>
            <source>Municipalities</source>
            <translation>Gemeenten</translation>
        </message>
        <message>
            <source>Fields of action</source>
            <translation>Beleidsvelden</translation>
        </message>
        <message>
            <source>Activity types</source>
            <translation>Soorten activiteiten</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Labels</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Word (.docx)</source>
            <translation>Word (.docx)</translation>
        </message>
        <message>
            <source>Include &amp;photos with their captions</source>
            <translation>&amp;Foto's met hun bijschriften opnemen</translation>
        </message>
        <message>
            <source>Include c&amp;ontacts (only those who gave consent)</source>
            <translation>C&amp;ontactpersonen opnemen (alleen met toestemming)</translation>
        </message>
        <message>
            <source>&amp;Pseudonymise people's names (initials) for readers outside the core group</source>
            <translation>Namen van personen &amp;pseudonimiseren (initialen) voor lezers buiten de kerngroep</translation>
        </message>
        <message>
            <source>Open the dossier when it is ready</source>
            <translation>Dossier openen zodra het klaar is</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <source>&amp;Language of the dossier:</source>
            <translation>&amp;Taal van het dossier:</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>For&amp;maat:</translation>
        </message>
        <message>
            <source>&amp;Save as:</source>
            <translation>Op&amp;slaan als:</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exporteren</translation>
        </message>
        <message>
            <source>Choose the activity for the visit report.</source>
            <translation>Kies de activiteit voor het bezoekverslag.</translation>
        </message>
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
            <source>Save the dossier as</source>
            <translation>Dossier opslaan als</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Word (*.docx)</source>
            <translation>Word (*.docx)</translation>
        </message>
        <message>
            <source>Cancel export</source>
            <translation>Export annuleren</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n record</numerusform>
                <numerusform>%n records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n pagina</numerusform>
                <numerusform>%n pagina's</numerusform>
            </translation>
        </message>
        <message>
            <source>Written: %1 (%2, %3).</source>
            <translation>Opgeslagen: %1 (%2, %3).</translation>
        </message>
        <message>
            <source>Written: %1 (%3).</source>
            <translation>Opgeslagen: %1 (%3).</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Bezig met annuleren…</translation>
        </message>
    </context>
    <context>
        <name>ExportProgress</name>
        <message>
            <source>Selecting records…</source>
            <translation>Records worden geselecteerd…</translation>
        </message>
        <message>
            <source>Composing the dossier ({done} of {total})…</source>
            <translation>Dossier wordt samengesteld ({done} van {total})…</translation>
        </message>
        <message>
            <source>Typesetting…</source>
            <translation>Pagina's worden opgemaakt…</translation>
        </message>
        <message>
            <source>Typesetting page {page}…</source>
            <translation>Pagina {page} wordt opgemaakt…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wordt opgeslagen…</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Klaar.</translation>
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
    <context>
        <name>FilterBar</name>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activiteit</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Field of action</source>
            <translation>Beleidsveld</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Tot</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Beleidsveld</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Filters wissen</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to Field Dossier</source>
            <translation>Welkom bij Field Dossier</translation>
        </message>
        <message>
            <source>Field Dossier keeps your observations, adaptation notes and contacts on this computer and works without a network. Tell it who you are; everything here can be changed later, and you can skip it.</source>
            <translation>Field Dossier bewaart uw observaties, aanpassingsnotities en contactpersonen op deze computer en werkt zonder netwerk. Geef aan wie u bent; alles hier kunt u later wijzigen, en u kunt deze stap ook overslaan.</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Uw &amp;naam:</translation>
        </message>
        <message>
            <source>Your &amp;municipality:</source>
            <translation>Uw &amp;gemeente:</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>&amp;Taal van de interface:</translation>
        </message>
        <message>
            <source>&amp;Sync server (optional):</source>
            <translation>&amp;Synchronisatieserver (optioneel):</translation>
        </message>
        <message>
            <source>Leave empty to work only on this computer. You can sign in later.</source>
            <translation>Laat leeg om alleen op deze computer te werken. U kunt zich later aanmelden.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Beginnen</translation>
        </message>
        <message>
            <source>S&amp;kip</source>
            <translation>&amp;Overslaan</translation>
        </message>
        <message>
            <source>The server address must start with https:// or http://.</source>
            <translation>Het serveradres moet beginnen met https:// of http://.</translation>
        </message>
    </context>
    <context>
        <name>LanguagesField</name>
        <message>
            <source>e.g. de, nl, tr</source>
            <translation>bijv. de, nl, tr</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Field Dossier</source>
            <translation>Field Dossier</translation>
        </message>
        <message>
            <source>Select a record to see it here,
or press Ctrl+N to capture an observation.</source>
            <translation>Selecteer een record om het hier te bekijken,
of druk op Ctrl+N om een observatie vast te leggen.</translation>
        </message>
        <message>
            <source>New &amp;observation</source>
            <translation>Nieuwe &amp;observatie</translation>
        </message>
        <message>
            <source>New &amp;adaptation note</source>
            <translation>Nieuwe aan&amp;passingsnotitie</translation>
        </message>
        <message>
            <source>New &amp;contact</source>
            <translation>Nieuwe &amp;contactpersoon</translation>
        </message>
        <message>
            <source>New ac&amp;tivity</source>
            <translation>Nieuwe ac&amp;tiviteit</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importeren…</translation>
        </message>
        <message>
            <source>&amp;Export dossier…</source>
            <translation>Dossier &amp;exporteren…</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <translation>&amp;Back-up maken…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Herstellen uit back-up…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>O&amp;pnieuw</translation>
        </message>
        <message>
            <source>&amp;Move to trash</source>
            <translation>&amp;Verplaatsen naar prullenbak</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>toolbar button: move to the trash</comment>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Restore from &amp;trash</source>
            <translation>&amp;Terugzetten uit prullenbak</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Zoeken</translation>
        </message>
        <message>
            <source>&amp;Filters</source>
            <translation>&amp;Filters</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Overzicht</translation>
        </message>
        <message>
            <source>&amp;Trash</source>
            <translation>&amp;Prullenbak</translation>
        </message>
        <message>
            <source>&amp;About Field Dossier</source>
            <translation>&amp;Over Field Dossier</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Be&amp;werken</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Beel&amp;d</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>&amp;Synchronisatie</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Sign &amp;in…</source>
            <translation>&amp;Aanmelden…</translation>
        </message>
        <message>
            <source>Sync &amp;now</source>
            <translation>Nu &amp;synchroniseren</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Af&amp;melden</translation>
        </message>
        <message>
            <source>Sync &amp;automatically</source>
            <translation>A&amp;utomatisch synchroniseren</translation>
        </message>
        <message>
            <source>Resolved. The choice reaches the others with the next sync.</source>
            <translation>Opgelost. De keuze bereikt de anderen bij de volgende synchronisatie.</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Hoofdwerkbalk</translation>
        </message>
        <message>
            <source>Search all records (%1)</source>
            <translation>Alle records doorzoeken (%1)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <source>%1 observations · %2 adaptation notes · %3 contacts · %4 activities</source>
            <translation>%1 observaties · %2 aanpassingsnotities · %3 contactpersonen · %4 activiteiten</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>Bezig met bewerken…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Bezig met opslaan…</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Alle wijzigingen opgeslagen</translation>
        </message>
        <message numerus="yes">
            <source>Moved %n record(s) to the trash.</source>
            <translation>
                <numerusform>%n record naar de prullenbak verplaatst.</numerusform>
                <numerusform>%n records naar de prullenbak verplaatst.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %n record(s).</source>
            <translation>
                <numerusform>%n record teruggezet.</numerusform>
                <numerusform>%n records teruggezet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Field Dossier</source>
            <translation>Field Dossier</translation>
        </message>
    </context>
    <context>
        <name>NavigationPane</name>
        <message>
            <source>Navigation</source>
            <translation>Navigatie</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <source>All observations</source>
            <translation>Alle observaties</translation>
        </message>
        <message>
            <source>Adaptation notes</source>
            <translation>Aanpassingsnotities</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactpersonen</translation>
        </message>
        <message>
            <source>All activities</source>
            <translation>Alle activiteiten</translation>
        </message>
        <message>
            <source>Recently edited</source>
            <translation>Recent bewerkt</translation>
        </message>
        <message>
            <source>Open conflicts</source>
            <translation>Openstaande conflicten</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Prullenbak</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activiteiten</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Overig</translation>
        </message>
    </context>
    <context>
        <name>ObservationEditor</name>
        <message>
            <source>%1 · last edited by %2</source>
            <translation>%1 · laatst bewerkt door %2</translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <source>Stay to correct them, or discard them and go on.</source>
            <translation>Blijf om ze te corrigeren, of verwerp ze en ga verder.</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>Blijven</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Verwerpen</translation>
        </message>
        <message>
            <source>Photos and files</source>
            <translation>Foto's en bestanden</translation>
        </message>
        <message>
            <source>This record is in the trash. Restore it to edit it.</source>
            <translation>Dit record staat in de prullenbak. Zet het terug om het te bewerken.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Terugzetten</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation>Oplossen…</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) of this record were changed differently elsewhere. Both versions are kept until you choose.</source>
            <translation>
                <numerusform>%n veld van dit record is elders anders gewijzigd. Beide versies blijven bewaard totdat u kiest.</numerusform>
                <numerusform>%n velden van dit record zijn elders anders gewijzigd. Beide versies blijven bewaard totdat u kiest.</numerusform>
            </translation>
        </message>
        <message>
            <source>These changes could not be saved: %1.</source>
            <translation>Deze wijzigingen konden niet worden opgeslagen: %1.</translation>
        </message>
        <message>
            <source>New %1</source>
            <translation>Nieuw: %1</translation>
        </message>
        <message>
            <source>Saved automatically as you type.</source>
            <translation>Wordt tijdens het typen automatisch opgeslagen.</translation>
        </message>
        <message>
            <source>Last edited by %1</source>
            <translation>Laatst bewerkt door %1</translation>
        </message>
        <message>
            <source>A value was not saved: see the form.</source>
            <translation>Een waarde is niet opgeslagen: zie het formulier.</translation>
        </message>
        <message>
            <source>Not saved yet: fill in “%1” first.</source>
            <translation>Nog niet opgeslagen: vul eerst “%1” in.</translation>
        </message>
    </context>
    <context>
        <name>RecordLinksField</name>
        <message>
            <source>Link…</source>
            <translation>Koppelen…</translation>
        </message>
        <message>
            <source>Unlink</source>
            <translation>Ontkoppelen</translation>
        </message>
        <message>
            <source>(missing record)</source>
            <translation>(ontbrekend record)</translation>
        </message>
        <message>
            <source>%1 (in the trash)</source>
            <translation>%1 (in de prullenbak)</translation>
        </message>
    </context>
    <context>
        <name>RecordPicker</name>
        <message>
            <source>Link observations</source>
            <translation>Observaties koppelen</translation>
        </message>
        <message>
            <source>Link activities</source>
            <translation>Activiteiten koppelen</translation>
        </message>
        <message>
            <source>Link records</source>
            <translation>Records koppelen</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>Zoeken…</translation>
        </message>
    </context>
    <context>
        <name>RecordTable</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>Observatie</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activiteit</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Begin</translation>
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
            <source>Host</source>
            <translation>Gastgemeente</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Element</source>
            <translation>Element</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>From → to</source>
            <translation>Van → naar</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Bewerkt</translation>
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
            <source>Municipality</source>
            <translation>Gemeente</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Toestemming</translation>
        </message>
    </context>
    <context>
        <name>RecordTableModel</name>
        <message>
            <source>given</source>
            <translation>gegeven</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>ontbreekt</translation>
        </message>
    </context>
    <context>
        <name>RichTextField</name>
        <message>
            <source>Bold</source>
            <translation>Vet</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>Cursief</translation>
        </message>
        <message>
            <source>Bulleted list</source>
            <translation>Opsommingstekens</translation>
        </message>
        <message>
            <source>Numbered list</source>
            <translation>Nummering</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to the sync server</source>
            <translation>Aanmelden bij de synchronisatieserver</translation>
        </message>
        <message>
            <source>(your only workspace)</source>
            <translation>(uw enige werkruimte)</translation>
        </message>
        <message>
            <source>&amp;Remember this sign-in (in the system's password store)</source>
            <translation>Aanmelding &amp;onthouden (in de wachtwoordopslag van het systeem)</translation>
        </message>
        <message>
            <source>This computer has no secure password store, so the sign-in is kept only until Field Dossier closes.</source>
            <translation>Deze computer heeft geen veilige wachtwoordopslag, dus de aanmelding blijft alleen bewaard tot Field Dossier wordt gesloten.</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Gebruikersnaam:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Wachtwoord:</translation>
        </message>
        <message>
            <source>&amp;Workspace:</source>
            <translation>Werk&amp;ruimte:</translation>
        </message>
        <message>
            <source>Everything you recorded on this computer before signing in is uploaded into this workspace at the next sync.</source>
            <translation>Alles wat u vóór het aanmelden op deze computer hebt vastgelegd, wordt bij de volgende synchronisatie naar deze werkruimte geüpload.</translation>
        </message>
        <message>
            <source>Sign &amp;in</source>
            <translation>&amp;Aanmelden</translation>
        </message>
        <message>
            <source>Fill in the server address (https://…), your user name and password.</source>
            <translation>Vul het serveradres (https://…), uw gebruikersnaam en uw wachtwoord in.</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>Not signed in — working locally</source>
            <translation>Niet aangemeld — lokaal werken</translation>
        </message>
        <message>
            <source>Everything is stored on this computer. Sync → Sign in… to share.</source>
            <translation>Alles wordt op deze computer opgeslagen. Delen via Synchronisatie → Aanmelden…</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>nog niet</translation>
        </message>
        <message>
            <source>Last synced: %1</source>
            <translation>Laatst gesynchroniseerd: %1</translation>
        </message>
        <message>
            <source>Signed in as %1 on %2, workspace “%3”.</source>
            <translation>Aangemeld als %1 bij %2, werkruimte “%3”.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Bezig met synchroniseren…</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Verbinding maken…</translation>
        </message>
        <message>
            <source>Uploading photos…</source>
            <translation>Foto's uploaden…</translation>
        </message>
        <message>
            <source>Sending changes…</source>
            <translation>Wijzigingen verzenden…</translation>
        </message>
        <message>
            <source>Receiving changes…</source>
            <translation>Wijzigingen ontvangen…</translation>
        </message>
        <message numerus="yes">
            <source>sent %n change(s)</source>
            <translation>
                <numerusform>%n wijziging verzonden</numerusform>
                <numerusform>%n wijzigingen verzonden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>received %n</source>
            <translation>
                <numerusform>%n ontvangen</numerusform>
                <numerusform>%n ontvangen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new conflict(s) to resolve</source>
            <translation>
                <numerusform>%n nieuw conflict om op te lossen</numerusform>
                <numerusform>%n nieuwe conflicten om op te lossen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused by the server</source>
            <translation>
                <numerusform>%n wijziging door de server geweigerd</numerusform>
                <numerusform>%n wijzigingen door de server geweigerd</numerusform>
            </translation>
        </message>
        <message>
            <source>Synced: %1</source>
            <translation>Gesynchroniseerd: %1</translation>
        </message>
        <message>
            <source>Offline — will sync when the server is reachable</source>
            <translation>Offline — synchroniseert zodra de server bereikbaar is</translation>
        </message>
        <message>
            <source>Sign in again to sync</source>
            <translation>Meld u opnieuw aan om te synchroniseren</translation>
        </message>
        <message>
            <source>Sync failed — see the message</source>
            <translation>Synchronisatie mislukt — zie de melding</translation>
        </message>
        <message>
            <source>In the trash</source>
            <translation>In de prullenbak</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Afmelden</translation>
        </message>
        <message>
            <source>Sign out of the sync server? Your records stay on this computer; changes not yet synced are sent when you sign in again.</source>
            <translation>Afmelden bij de synchronisatieserver? Uw records blijven op deze computer; nog niet gesynchroniseerde wijzigingen worden verzonden zodra u zich opnieuw aanmeldt.</translation>
        </message>
    </context>
    <context>
        <name>TermsField</name>
        <message>
            <source>Type to add a new tag…</source>
            <translation>Typ om een nieuw label toe te voegen…</translation>
        </message>
        <message>
            <source>Type to add…</source>
            <translation>Typ om toe te voegen…</translation>
        </message>
        <message>
            <source>Choose from the list</source>
            <translation>Kies uit de lijst</translation>
        </message>
        <message>
            <source>Remove “%1”</source>
            <translation>“%1” verwijderen</translation>
        </message>
    </context>
</TS>
