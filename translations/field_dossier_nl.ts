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
            <source>Translations missing from this installation (%1): some text is in English. Reinstall Field Dossier.</source>
            <translation>In deze installatie ontbreken vertalingen (%1): sommige tekst staat in het Engels. Installeer Field Dossier opnieuw.</translation>
        </message>
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
            <source>Photo credit…</source>
            <translation>Fotoverantwoording…</translation>
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
            <source>Photo credit</source>
            <translation>Fotoverantwoording</translation>
        </message>
        <message>
            <source>Who took %1? (printed under the photo in dossiers)</source>
            <translation>Wie heeft %1 gemaakt? (staat in dossiers onder de foto)</translation>
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
        <name>BulkPanel</name>
        <message>
            <source>Add tag…</source>
            <translation>Label toevoegen…</translation>
        </message>
        <message>
            <source>Add field of action…</source>
            <translation>Beleidsveld toevoegen…</translation>
        </message>
        <message>
            <source>Move to activity…</source>
            <translation>Naar activiteit verplaatsen…</translation>
        </message>
        <message>
            <source>Move to trash</source>
            <translation>Naar de prullenbak</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Herstellen</translation>
        </message>
        <message>
            <source>Ctrl+Z undoes each of these for all records at once.</source>
            <translation>Ctrl+Z maakt elk van deze stappen voor alle records tegelijk ongedaan.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) selected</source>
            <translation>
                <numerusform>%n record geselecteerd</numerusform>
                <numerusform>%n records geselecteerd</numerusform>
            </translation>
        </message>
        <message>
            <source>Add tag</source>
            <translation>Label toevoegen</translation>
        </message>
        <message numerus="yes">
            <source>Tag for the %n selected record(s) (a new name creates the tag):</source>
            <translation>
                <numerusform>Label voor het geselecteerde record (een nieuwe naam maakt het label aan):</numerusform>
                <numerusform>Label voor de %n geselecteerde records (een nieuwe naam maakt het label aan):</numerusform>
            </translation>
        </message>
        <message>
            <source>tag “%1”</source>
            <translation>label “%1”</translation>
        </message>
        <message>
            <source>Add field of action</source>
            <translation>Beleidsveld toevoegen</translation>
        </message>
        <message numerus="yes">
            <source>Field of action for the %n selected record(s):</source>
            <translation>
                <numerusform>Beleidsveld voor het geselecteerde record:</numerusform>
                <numerusform>Beleidsveld voor de %n geselecteerde records:</numerusform>
            </translation>
        </message>
        <message>
            <source>field of action “%1”</source>
            <translation>beleidsveld “%1”</translation>
        </message>
        <message>
            <source>Move to activity</source>
            <translation>Naar activiteit verplaatsen</translation>
        </message>
        <message numerus="yes">
            <source>Activity for the %n selected record(s):</source>
            <translation>
                <numerusform>Activiteit voor het geselecteerde record:</numerusform>
                <numerusform>Activiteit voor de %n geselecteerde records:</numerusform>
            </translation>
        </message>
        <message>
            <source>activity “%1”</source>
            <translation>activiteit “%1”</translation>
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
            <source>No observations for this activity yet.
Press Ctrl+N to capture one.</source>
            <translation>Nog geen observaties bij deze activiteit.
Druk op Ctrl+N om er een vast te leggen.</translation>
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
        <name>ConflictDialog</name>
        <message>
            <source>(empty)</source>
            <translation>(leeg)</translation>
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
            <source>The record was deleted in one place and edited in another</source>
            <translation>Het record is op de ene plek verwijderd en op een andere bewerkt</translation>
        </message>
        <message>
            <source>Theirs — %1, %2</source>
            <translation>Van de ander — %1, %2</translation>
        </message>
        <message>
            <source>Kept on the server — %1, %2</source>
            <translation>Op de server — %1, %2</translation>
        </message>
        <message>
            <source>Sent later — %1</source>
            <translation>Later verzonden — %1</translation>
        </message>
        <message>
            <source>Before both changes</source>
            <translation>Vóór beide wijzigingen</translation>
        </message>
        <message>
            <source>Write a merged text (starts from mine):</source>
            <translation>Een samengevoegde tekst schrijven (uitgaande van de mijne):</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In gebruik</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Verwijderd</translation>
        </message>
        <message>
            <source>Kept and edited</source>
            <translation>Behouden en bewerkt</translation>
        </message>
        <message>
            <source>Leave it deleted</source>
            <translation>Verwijderd laten</translation>
        </message>
        <message>
            <source>Restore the record</source>
            <translation>Record terugzetten</translation>
        </message>
        <message>
            <source>Keep this value</source>
            <translation>Deze waarde houden</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>De mijne houden</translation>
        </message>
        <message>
            <source>Keep theirs</source>
            <translation>Die van de ander houden</translation>
        </message>
        <message>
            <source>Resolve conflicts</source>
            <translation>Conflicten oplossen</translation>
        </message>
        <message>
            <source>“%1” was changed in two places. Choose what to keep for each field; until then both versions are kept.</source>
            <translation>„%1” is op twee plekken gewijzigd. Kies per veld wat blijft; tot dan blijven beide versies bewaard.</translation>
        </message>
        <message>
            <source>&amp;Resolve</source>
            <translation>&amp;Oplossen</translation>
        </message>
        <message>
            <source>Decide &amp;later</source>
            <translation>&amp;Later beslissen</translation>
        </message>
        <message numerus="yes">
            <source>Choose for %n more field(s).</source>
            <translation>
                <numerusform>Nog voor %n veld kiezen.</numerusform>
                <numerusform>Nog voor %n velden kiezen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mine — %1</source>
            <translation>Mijn versie — %1</translation>
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
            <source>In exports from this laptop</source>
            <translation>In exports van deze laptop</translation>
        </message>
        <message>
            <source>Exports that contained this contact</source>
            <translation>Exports waarin dit contact stond</translation>
        </message>
        <message>
            <source>Consent expired on %1 — this person is left out of every export, as if they had not consented.</source>
            <translation>Toestemming verlopen op %1 — deze persoon blijft buiten elke export, alsof er geen toestemming was.</translation>
        </message>
        <message>
            <source>Consent given %1 — may appear in dossiers.</source>
            <translation>Toestemming gegeven op %1 — mag in dossiers voorkomen.</translation>
        </message>
        <message>
            <source>Covers: %1.</source>
            <translation>Geldt voor: %1.</translation>
        </message>
        <message>
            <source>Valid until %1.</source>
            <translation>Geldig tot %1.</translation>
        </message>
        <message>
            <source>No consent recorded — this person never appears in an export.</source>
            <translation>Geen toestemming vastgelegd — deze persoon komt in geen enkele export voor.</translation>
        </message>
        <message>
            <source>Not in any export yet.</source>
            <translation>Nog in geen enkele export.</translation>
        </message>
        <message>
            <source>Contacts file</source>
            <translation>Contactenbestand</translation>
        </message>
        <message>
            <source>Data file</source>
            <translation>Gegevensbestand</translation>
        </message>
    </context>
    <context>
        <name>ContactExchange</name>
        <message>
            <source>New contacts are imported without consent: they stay out of every export until you record it.</source>
            <translation>Nieuwe contacten worden zonder toestemming geïmporteerd: ze komen in geen enkele export voor totdat u de toestemming vastlegt.</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Contacten importeren</translation>
        </message>
        <message>
            <source>Address books (*.vcf *.vcard *.csv);;All files (*)</source>
            <translation>Adresboeken (*.vcf *.vcard *.csv);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Import contacts from %1</source>
            <translation>Contacten uit %1 importeren</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Het bestand wordt gelezen…</translation>
        </message>
        <message>
            <source>Character encoding</source>
            <translation>Tekencodering</translation>
        </message>
        <message>
            <source>Recognise by itself</source>
            <translation>Zelf herkennen</translation>
        </message>
        <message>
            <source>Character encoding:</source>
            <translation>Tekencodering:</translation>
        </message>
        <message>
            <source>Consent column</source>
            <translation>Kolom voor toestemming</translation>
        </message>
        <message>
            <source>(none: no consent is taken from the file)</source>
            <translation>(geen: toestemming wordt niet uit het bestand overgenomen)</translation>
        </message>
        <message>
            <source>Consent from column:</source>
            <translation>Toestemming uit kolom:</translation>
        </message>
        <message>
            <source>What the import would do</source>
            <translation>Wat de import zou doen</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message numerus="yes">
            <source>%n new contact(s)</source>
            <translation>
                <numerusform>%n nieuw contact</numerusform>
                <numerusform>%n nieuwe contacten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already here</source>
            <translation>
                <numerusform>%n al aanwezig</numerusform>
                <numerusform>%n al aanwezig</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n would change</source>
            <translation>
                <numerusform>%n zou wijzigen</numerusform>
                <numerusform>%n zouden wijzigen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 would change: %2</source>
            <translation>Bij %1 zou wijzigen: %2</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… en nog %n.</numerusform>
                <numerusform>… en nog %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Columns left unused: %1</source>
            <translation>Niet gebruikte kolommen: %1</translation>
        </message>
        <message>
            <source>Consent is taken from the column you chose.</source>
            <translation>De toestemming wordt uit de gekozen kolom overgenomen.</translation>
        </message>
        <message>
            <source>This file cannot be imported. Nothing will be changed.</source>
            <translation>Dit bestand kan niet worden geïmporteerd. Er wordt niets gewijzigd.</translation>
        </message>
        <message>
            <source>Imported from %1: %2 new, %3 updated.</source>
            <translation>Geïmporteerd uit %1: %2 nieuw, %3 bijgewerkt.</translation>
        </message>
        <message>
            <source>Export contacts</source>
            <translation>Contacten exporteren</translation>
        </message>
        <message>
            <source>The file will hold personal data. Only contacts who gave consent are written; keep the file safe and delete it when it has served its purpose.</source>
            <translation>Het bestand bevat persoonsgegevens. Alleen contacten die toestemming hebben gegeven worden opgenomen; bewaar het bestand veilig en verwijder het zodra het zijn doel heeft gediend.</translation>
        </message>
        <message>
            <source>vCard 4.0 (.vcf) – for address books and phones</source>
            <translation>vCard 4.0 (.vcf) – voor adresboeken en telefoons</translation>
        </message>
        <message>
            <source>CSV – for spreadsheets, Outlook and Google</source>
            <translation>CSV – voor spreadsheets, Outlook en Google</translation>
        </message>
        <message>
            <source>All contacts</source>
            <translation>Alle contacten</translation>
        </message>
        <message numerus="yes">
            <source>The %n selected contact(s)</source>
            <translation>
                <numerusform>Het geselecteerde contact</numerusform>
                <numerusform>De %n geselecteerde contacten</numerusform>
            </translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporteren…</translation>
        </message>
        <message>
            <source>contacts</source>
            <translation>contacten</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-bestanden (*.csv)</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>vCard-bestanden (*.vcf)</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n contact(s) to %1.</source>
            <translation>
                <numerusform>%n contact naar %1 geschreven.</numerusform>
                <numerusform>%n contacten naar %1 geschreven.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n left out without consent.</source>
            <translation>
                <numerusform>%n zonder toestemming weggelaten.</numerusform>
                <numerusform>%n zonder toestemming weggelaten.</numerusform>
            </translation>
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
        <name>Encryption</name>
        <message>
            <source>Not encrypted: anyone with this laptop's disk can read the records.</source>
            <translation>Niet versleuteld: wie de schijf van deze laptop heeft, kan de gegevens lezen.</translation>
        </message>
        <message>
            <source>Encrypted; opens with this computer's keyring or the passphrase.</source>
            <translation>Versleuteld; opent met de wachtwoordopslag van deze computer of de wachtwoordzin.</translation>
        </message>
        <message>
            <source>Encrypted; the key is in this computer's keyring.</source>
            <translation>Versleuteld; de sleutel staat in de wachtwoordopslag van deze computer.</translation>
        </message>
        <message>
            <source>Turn off encryption</source>
            <translation>Versleuteling uitschakelen</translation>
        </message>
        <message>
            <source>Store the records unencrypted again? Anyone with this laptop's disk could then read them.</source>
            <translation>De gegevens weer onversleuteld opslaan? Wie de schijf van deze laptop heeft, kan ze dan lezen.</translation>
        </message>
        <message>
            <source>Turn off</source>
            <translation>Uitschakelen</translation>
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
            <source>… and {count} more.</source>
            <translation>… en nog {count}.</translation>
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
            <source>The attachment {name} ({id}) refers to its file by a damaged name ({digest}); it was left out.</source>
            <translation>De bijlage {name} ({id}) verwijst met een beschadigde naam ({digest}) naar haar bestand; ze is weggelaten.</translation>
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
            <source>The backup is encrypted with a key this computer does not have. Unlock the data folder it came from first; nothing was changed.</source>
            <translation>De back-up is versleuteld met een sleutel die deze computer niet heeft. Ontgrendel eerst de gegevensmap waar hij vandaan komt; er is niets gewijzigd.</translation>
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
            <source>{field} has more than {limit} entries.</source>
            <translation>{field} heeft meer dan {limit} items.</translation>
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
            <source>{field} contains a control character that cannot be stored.</source>
            <translation>{field} bevat een stuurteken dat niet kan worden opgeslagen.</translation>
        </message>
        <message>
            <source>{field} must be a list.</source>
            <translation>{field} moet een lijst zijn.</translation>
        </message>
        <message>
            <source>the row has no name, left out</source>
            <translation>de rij heeft geen naam, weggelaten</translation>
        </message>
        <message>
            <source>the file is empty.</source>
            <translation>het bestand is leeg.</translation>
        </message>
        <message>
            <source>no column holds a name or an e-mail address (is the first row the header?).</source>
            <translation>geen kolom bevat een naam of e-mailadres (is de eerste rij de kopregel?).</translation>
        </message>
        <message>
            <source>this line cannot be read as CSV ({reason}).</source>
            <translation>deze regel kan niet als CSV worden gelezen ({reason}).</translation>
        </message>
        <message>
            <source>The file has a number too long to read.</source>
            <translation>Het bestand bevat een getal dat te lang is om te lezen.</translation>
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
            <source>The file nests lists and objects deeper than {depth} levels.</source>
            <translation>Het bestand nest lijsten en objecten dieper dan {depth} niveaus.</translation>
        </message>
        <message>
            <source>None of these contacts has consent that is still valid: nothing was written (contacts without consent never leave the workspace).</source>
            <translation>Geen van deze contacten heeft een nog geldige toestemming: er is niets geschreven (contacten zonder toestemming verlaten de werkruimte nooit).</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>{path} kan niet worden geschreven: {reason}</translation>
        </message>
        <message>
            <source>“{value}” is no phone number, left out</source>
            <translation>‘{value}’ is geen telefoonnummer, weggelaten</translation>
        </message>
        <message>
            <source>it has the id {id} of record {other} ({other_kind}) as well; one of the two needs another id.</source>
            <translation>het heeft dezelfde id {id} als record {other} ({other_kind}); een van beide heeft een andere id nodig.</translation>
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
            <source>Row {number} (line {line})</source>
            <translation>Rij {number} (regel {line})</translation>
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
            <source>Consent cannot end before the date it was given.</source>
            <translation>Toestemming kan niet eindigen vóór de datum waarop ze is gegeven.</translation>
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
            <source>a line that is no vCard property</source>
            <translation>een regel die geen vCard-eigenschap is</translation>
        </message>
        <message>
            <source>the card has no name, organisation, e-mail or number, left out</source>
            <translation>de kaart heeft geen naam, organisatie, e-mailadres of nummer, weggelaten</translation>
        </message>
        <message>
            <source>“{value}” is no e-mail address, left out</source>
            <translation>‘{value}’ is geen e-mailadres, weggelaten</translation>
        </message>
        <message>
            <source>the photo cannot be read, left out</source>
            <translation>de foto is niet leesbaar, weggelaten</translation>
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
            <source>This installation lacks the dossier texts for that language ({file}). Reinstall Field Dossier. No file was written.</source>
            <translation>Deze installatie mist de dossierteksten in die taal ({file}). Installeer Field Dossier opnieuw. Er is geen bestand geschreven.</translation>
        </message>
        <message>
            <source>Say who signs in: --user NAME.</source>
            <translation>Geef aan wie zich aanmeldt: --user NAME.</translation>
        </message>
        <message>
            <source>Say which server: --server URL.</source>
            <translation>Geef de server op: --server URL.</translation>
        </message>
        <message>
            <source>Your administrator set {option} on this computer to “{value}”; leave {option} out.</source>
            <translation>Uw beheerder heeft {option} op deze computer ingesteld op ‘{value}’; laat {option} weg.</translation>
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
            <source>it is not a zip file</source>
            <translation>het is geen zip-bestand</translation>
        </message>
        <message>
            <source>it is larger than 2 GB</source>
            <translation>het is groter dan 2 GB</translation>
        </message>
        <message>
            <source>it holds a file twice</source>
            <translation>het bevat een bestand twee keer</translation>
        </message>
        <message>
            <source>its manifest cannot be read</source>
            <translation>de inhoudsopgave is niet leesbaar</translation>
        </message>
        <message>
            <source>its signature does not match this device's key</source>
            <translation>de handtekening past niet bij de sleutel van dit apparaat</translation>
        </message>
        <message>
            <source>files are missing or were added</source>
            <translation>er ontbreken bestanden of er zijn bestanden toegevoegd</translation>
        </message>
        <message>
            <source>it is not an answer from the server</source>
            <translation>het is geen antwoord van de server</translation>
        </message>
        <message>
            <source>it was made for another computer or workspace</source>
            <translation>het is gemaakt voor een andere computer of werkruimte</translation>
        </message>
        <message>
            <source>its answer cannot be read</source>
            <translation>het antwoord is niet leesbaar</translation>
        </message>
        <message>
            <source>this computer has no bundle key: sign in once while online</source>
            <translation>deze computer heeft geen bundelsleutel: meld u één keer online aan</translation>
        </message>
        <message>
            <source>The file {path} is not a usable sync bundle: {reason}. Nothing was changed.</source>
            <translation>Het bestand {path} is geen bruikbaar synchronisatiepakket: {reason}. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>“{address}” is not a server address. Type it like https://sync.example.org (the https:// may be left out).</source>
            <translation>„{address}” is geen serveradres. Typ het als https://sync.example.org (https:// mag u weglaten).</translation>
        </message>
        <message>
            <source>Background work is still running. Try the restore again in a moment; nothing was changed.</source>
            <translation>Er loopt nog werk op de achtergrond. Probeer het herstellen zo meteen opnieuw; er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>There is no dossier template {name} (use one of: {names}).</source>
            <translation>Er is geen dossiersjabloon {name} (mogelijk zijn: {names}).</translation>
        </message>
        <message>
            <source>An attachment refers to its file by a damaged name ({digest}); that file cannot be read or stored on this computer.</source>
            <translation>Een bijlage verwijst met een beschadigde naam ({digest}) naar haar bestand; dat bestand kan op deze computer niet worden gelezen of opgeslagen.</translation>
        </message>
        <message>
            <source>it does not exist</source>
            <translation>het bestaat niet</translation>
        </message>
        <message>
            <source>you are not allowed to use it</source>
            <translation>u hebt daar geen toestemming voor</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>de schijf is vol</translation>
        </message>
        <message>
            <source>the drive cannot be written to</source>
            <translation>er kan niet naar het station worden geschreven</translation>
        </message>
        <message>
            <source>it is a folder, not a file</source>
            <translation>het is een map, geen bestand</translation>
        </message>
        <message>
            <source>a part of the path is not a folder</source>
            <translation>een deel van het pad is geen map</translation>
        </message>
        <message>
            <source>it exists already</source>
            <translation>het bestaat al</translation>
        </message>
        <message>
            <source>the name is too long</source>
            <translation>de naam is te lang</translation>
        </message>
        <message>
            <source>another program is using it</source>
            <translation>een ander programma gebruikt het</translation>
        </message>
        <message>
            <source>the drive could not be read or written</source>
            <translation>het station kon niet worden gelezen of beschreven</translation>
        </message>
        <message>
            <source>the name contains characters that are not allowed</source>
            <translation>de naam bevat tekens die niet zijn toegestaan</translation>
        </message>
        <message>
            <source>the operating system refused</source>
            <translation>het besturingssysteem weigerde</translation>
        </message>
        <message>
            <source>The server does not answer at {url}. Your work is safe on this computer; sync again when the server is back.</source>
            <translation>De server op {url} antwoordt niet. Uw werk is veilig op deze computer; synchroniseer opnieuw zodra de server weer bereikbaar is.</translation>
        </message>
        <message>
            <source>The server at {url} does not answer in time. Your work is safe on this computer; sync again later.</source>
            <translation>De server op {url} antwoordt niet op tijd. Uw werk is veilig op deze computer; synchroniseer later opnieuw.</translation>
        </message>
        <message>
            <source>There is no server at {url}: check the address, and whether this computer is connected to the network. Your work is safe on this computer.</source>
            <translation>Op {url} is geen server: controleer het adres en of deze computer met het netwerk verbonden is. Uw werk is veilig op deze computer.</translation>
        </message>
        <message>
            <source>This computer has no network connection to {url}. Your work is safe on this computer; sync again when the network is back.</source>
            <translation>Deze computer heeft geen netwerkverbinding met {url}. Uw werk is veilig op deze computer; synchroniseer opnieuw zodra het netwerk terug is.</translation>
        </message>
        <message>
            <source>The server at {url} cannot prove that it is the right one (its certificate is not valid). Nothing was sent. Ask your administrator.</source>
            <translation>De server op {url} kan niet aantonen dat het de juiste is (het certificaat is ongeldig). Er is niets verstuurd. Vraag het uw beheerder.</translation>
        </message>
        <message>
            <source>The connection to {url} broke off. Your work is safe on this computer; sync again when the network is back.</source>
            <translation>De verbinding met {url} is verbroken. Uw werk is veilig op deze computer; synchroniseer opnieuw zodra het netwerk terug is.</translation>
        </message>
        <message>
            <source>No terminal to ask for the passphrase: use --passphrase-stdin.</source>
            <translation>Geen terminal om naar de wachtwoordzin te vragen: gebruik --passphrase-stdin.</translation>
        </message>
        <message>
            <source>Field Dossier or a sync is using this data folder. Close it and try again; nothing was changed.</source>
            <translation>Field Dossier of een synchronisatie gebruikt deze gegevensmap. Sluit het programma of wacht tot de synchronisatie klaar is en probeer het opnieuw; er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>The data folder {folder} is encrypted and its key is not on this computer: enter its passphrase or recovery key.</source>
            <translation>De gegevensmap {folder} is versleuteld en de sleutel staat niet op deze computer: voer de wachtwoordzin of de herstelsleutel in.</translation>
        </message>
        <message>
            <source>That passphrase or recovery key does not open this data folder. Nothing was changed.</source>
            <translation>Met deze wachtwoordzin of herstelsleutel gaat de gegevensmap niet open. Er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>The encryption settings of this data folder ({file}) are damaged; the recovery key still opens it.</source>
            <translation>De versleutelingsgegevens van deze gegevensmap ({file}) zijn beschadigd; de herstelsleutel opent hem nog steeds.</translation>
        </message>
        <message>
            <source>This data folder is already encrypted.</source>
            <translation>Deze gegevensmap is al versleuteld.</translation>
        </message>
        <message>
            <source>This computer has no keyring to keep the key: choose a passphrase.</source>
            <translation>Deze computer heeft geen veilige wachtwoordopslag (keyring) voor de sleutel: kies een wachtwoordzin.</translation>
        </message>
        <message>
            <source>A passphrase needs at least {count} characters.</source>
            <translation>Een wachtwoordzin moet minstens {count} tekens lang zijn.</translation>
        </message>
        <message>
            <source>This data folder is not encrypted.</source>
            <translation>Deze gegevensmap is niet versleuteld.</translation>
        </message>
        <message>
            <source>The converted copy of the database did not match the original; nothing was changed.</source>
            <translation>De omgezette kopie van de database kwam niet overeen met het origineel; er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>Background work is still running. Try again in a moment; nothing was changed.</source>
            <translation>Er loopt nog werk op de achtergrond. Probeer het zo opnieuw; er is niets gewijzigd.</translation>
        </message>
        <message>
            <source>Give a logo as programme=FILE or partner=FILE, not {value}.</source>
            <translation>Geef een logo op als programme=BESTAND of partner=BESTAND, niet {value}.</translation>
        </message>
        <message>
            <source>There is no publication setting {field}.</source>
            <translation>Er is geen publicatiegegeven {field}.</translation>
        </message>
        <message>
            <source>A dossier cover holds at most {limit} partner logos.</source>
            <translation>Op een omslag passen hoogstens {limit} partnerlogo’s.</translation>
        </message>
        <message>
            <source>The logo file {file} does not exist.</source>
            <translation>Het logobestand {file} bestaat niet.</translation>
        </message>
        <message>
            <source>{file} is not an image a dossier can show (PNG or JPEG, please).</source>
            <translation>{file} is geen afbeelding die een dossier kan tonen (graag PNG of JPEG).</translation>
        </message>
        <message>
            <source>The file's character encoding is not clear; choose one (on the command line with --encoding, e.g. --encoding cp1252).</source>
            <translation>De tekencodering van het bestand is niet eenduidig; kies er een (op de opdrachtregel met --encoding, bijv. --encoding cp1252).</translation>
        </message>
        <message>
            <source>“{encoding}” is not a known encoding.</source>
            <translation>‘{encoding}’ is geen bekende tekencodering.</translation>
        </message>
        <message>
            <source>Line {line} cannot be read as {encoding}.</source>
            <translation>Regel {line} kan niet als {encoding} worden gelezen.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Photos missing</source>
            <translation>Foto's ontbreken</translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) of this dossier are not on this computer yet.</source>
            <translation>
                <numerusform>%n foto van dit dossier staat nog niet op deze computer.</numerusform>
                <numerusform>%n foto's van dit dossier staan nog niet op deze computer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Download them first, or export without them: the dossier then names each missing photo in its place.</source>
            <translation>Download ze eerst, of exporteer zonder: het dossier noemt dan elke ontbrekende foto op zijn plek.</translation>
        </message>
        <message>
            <source>&amp;Download, then export</source>
            <translation>&amp;Downloaden, dan exporteren</translation>
        </message>
        <message>
            <source>Export &amp;without them</source>
            <translation>&amp;Zonder exporteren</translation>
        </message>
        <message>
            <source>Export dossier</source>
            <translation>Dossier exporteren</translation>
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
            <source>&amp;Pseudonymise people (Person A, B, …) for readers outside the core group</source>
            <translation>Personen &amp;pseudonimiseren (Persoon A, B, …) voor lezers buiten de kerngroep</translation>
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
            <source>Choose the activity for this dossier.</source>
            <translation>Kies de activiteit voor dit dossier.</translation>
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
            <source>Downloading the missing photos…</source>
            <translation>De ontbrekende foto's worden gedownload…</translation>
        </message>
        <message>
            <source>The photos could not be downloaded: %1</source>
            <translation>De foto's konden niet worden gedownload: %1</translation>
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
        <name>FieldHelp</name>
        <message>
            <source>How the element works where it comes from: who runs it, for whom, with what means. Describe it as the colleagues there would, before any change: the adaptation and its reasons are only understandable against this starting point.</source>
            <translation>Hoe het element werkt waar het vandaan komt: wie het uitvoert, voor wie, met welke middelen. Beschrijf het zoals de collega's daar het zouden doen, vóór elke verandering: de aanpassing en de redenen ervoor zijn alleen te begrijpen vanuit dit vertrekpunt.</translation>
        </message>
        <message>
            <source>What was changed so that the element works here: a different target group, partner, format, budget or timing. Name the concrete differences to the origin, not the element as a whole.</source>
            <translation>Wat er veranderd is zodat het element hier werkt: een andere doelgroep, partner, werkvorm, begroting of planning. Noem de concrete verschillen met de herkomst, niet het element als geheel.</translation>
        </message>
        <message>
            <source>Why it had to change: the local conditions (law, funding, people, language, what already exists) that made the original form unworkable here. This is the heart of the documentation: the next municipality can only judge whether the adaptation fits its own situation if it knows the reasons.</source>
            <translation>Waarom het moest veranderen: de lokale omstandigheden (wetgeving, financiering, mensen, taal, wat er al is) waardoor de oorspronkelijke vorm hier niet werkte. Dit is de kern van de documentatie: de volgende gemeente kan alleen beoordelen of de aanpassing bij haar eigen situatie past als ze de redenen kent.</translation>
        </message>
        <message>
            <source>What the person agreed to: internal reports only, also dossiers for the project groups, or also publications such as the manual. Dossiers name them only where their consent covers it.</source>
            <translation>Waarmee de persoon heeft ingestemd: alleen interne verslagen, ook dossiers voor de projectgroepen, of ook publicaties zoals het handboek. Dossiers noemen de persoon alleen waar de toestemming dat dekt.</translation>
        </message>
        <message>
            <source>The last day the consent holds; empty if it does not end. After it, the person is left out of every export, as if they had not consented.</source>
            <translation>De laatste dag waarop de toestemming geldt; leeg als ze niet afloopt. Daarna blijft de persoon buiten elke export, alsof er geen toestemming was.</translation>
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
            <translation>Reikwijdte van toestemming</translation>
        </message>
        <message>
            <source>Consent note</source>
            <translation>Opmerking bij toestemming</translation>
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
            <source>Clear filters</source>
            <translation>Filters wissen</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
    </context>
    <context>
        <name>FilterChips</name>
        <message numerus="yes">
            <source>%n record(s) shown</source>
            <translation>
                <numerusform>%n record getoond</numerusform>
                <numerusform>%n records getoond</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a filter and its value</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Remove the filter “%1”</source>
            <translation>Filter ‘%1’ verwijderen</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>Alles wissen</translation>
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
            <source>Choose your municipality</source>
            <translation>Kies uw gemeente</translation>
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
        <name>Help</name>
        <message>
            <source>What is this field for?</source>
            <translation>Waarvoor dient dit veld?</translation>
        </message>
        <message>
            <source>Editor</source>
            <translation>Editor</translation>
        </message>
        <message>
            <source>Lists</source>
            <translation>Lijsten</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>Vet</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>Cursief</translation>
        </message>
        <message>
            <source>Next field</source>
            <translation>Volgend veld</translation>
        </message>
        <message>
            <source>Add the typed tag</source>
            <translation>Getypt label toevoegen</translation>
        </message>
        <message>
            <source>Open the selected record</source>
            <translation>Geselecteerd record openen</translation>
        </message>
        <message>
            <source>Select several records</source>
            <translation>Meerdere records selecteren</translation>
        </message>
        <message>
            <source>Ctrl+click, Shift+click</source>
            <translation>Ctrl+klik, Shift+klik</translation>
        </message>
        <message>
            <source>Context menu of the selection</source>
            <translation>Contextmenu van de selectie</translation>
        </message>
        <message>
            <source>Right-click, Menu key</source>
            <translation>Rechtermuisknop, menutoets</translation>
        </message>
        <message>
            <source>From the search field into the results</source>
            <translation>Van het zoekveld naar de resultaten</translation>
        </message>
        <message>
            <source>Open the best hit</source>
            <translation>Beste resultaat openen</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Sneltoetsen</translation>
        </message>
        <message>
            <source>Search for an action or a key…</source>
            <translation>Zoek een actie of een toets…</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Waar</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Toetsen</translation>
        </message>
        <message>
            <source>No shortcut matches.</source>
            <translation>Geen sneltoets gevonden.</translation>
        </message>
        <message>
            <source>Field Dossier user guide</source>
            <translation>Field Dossier – korte handleiding</translation>
        </message>
        <message>
            <source>User &amp;guide</source>
            <translation>&amp;Handleiding</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Sneltoetsen</translation>
        </message>
        <message>
            <source>&amp;What's This?</source>
            <translation>&amp;Wat is dit?</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>Version</source>
            <translation>Versie</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Wijzigingen</translation>
        </message>
        <message>
            <source>Restore this &amp;value</source>
            <translation>Deze &amp;waarde terugzetten</translation>
        </message>
        <message>
            <source>Restore this &amp;version</source>
            <translation>Deze &amp;versie terugzetten</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>Opnieuw &amp;laden</translation>
        </message>
        <message>
            <source>Loading the history…</source>
            <translation>De geschiedenis wordt geladen…</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leeg)</translation>
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
            <source>Every version, from the sync server.</source>
            <translation>Alle versies, van de synchronisatieserver.</translation>
        </message>
        <message>
            <source>Only the changes made on this computer (the server's history is not available: %1)</source>
            <translation>Alleen de wijzigingen op deze computer (de geschiedenis van de server is niet beschikbaar: %1)</translation>
        </message>
        <message>
            <source>not sent</source>
            <translation>niet verzonden</translation>
        </message>
        <message>
            <source>%1, laptop %2, %3</source>
            <translation>%1, laptop %2, %3</translation>
        </message>
    </context>
    <context>
        <name>Kinds</name>
        <message>
            <source>All observations</source>
            <translation>Alle observaties</translation>
        </message>
        <message>
            <source>New &amp;observation</source>
            <translation>Nieuwe &amp;observatie</translation>
        </message>
        <message>
            <source>No observations yet.
Press Ctrl+N to capture the first one.</source>
            <translation>Nog geen observaties.
Druk op Ctrl+N om de eerste vast te leggen.</translation>
        </message>
        <message>
            <source>Adaptation notes</source>
            <translation>Aanpassingsnotities</translation>
        </message>
        <message>
            <source>New &amp;adaptation note</source>
            <translation>Nieuwe aan&amp;passingsnotitie</translation>
        </message>
        <message>
            <source>No adaptation notes yet.
Press Ctrl+Shift+N to write down how an element had to change.</source>
            <translation>Nog geen aanpassingsnotities.
Druk op Ctrl+Shift+N om vast te leggen hoe een element moest worden aangepast.</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactpersonen</translation>
        </message>
        <message>
            <source>New &amp;contact</source>
            <translation>Nieuwe &amp;contactpersoon</translation>
        </message>
        <message>
            <source>No contacts yet.
Press Ctrl+Shift+K to add one, or import a vCard file (File → Import…).</source>
            <translation>Nog geen contactpersonen.
Druk op Ctrl+Shift+K om er een toe te voegen, of importeer een vCard-bestand (Bestand → Importeren…).</translation>
        </message>
        <message>
            <source>All activities</source>
            <translation>Alle activiteiten</translation>
        </message>
        <message>
            <source>New ac&amp;tivity</source>
            <translation>Nieuwe ac&amp;tiviteit</translation>
        </message>
        <message>
            <source>No activities yet.
Use File → New activity to add the first one.</source>
            <translation>Nog geen activiteiten.
Gebruik Bestand → Nieuwe activiteit om de eerste toe te voegen.</translation>
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
    <context>
        <name>LanguagesField</name>
        <message>
            <source>e.g. de, nl, tr</source>
            <translation>bijv. de, nl, tr</translation>
        </message>
    </context>
    <context>
        <name>ListMenu</name>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Openen</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Restore %n record(s)</source>
            <translation>
                <numerusform>&amp;Herstellen</numerusform>
                <numerusform>%n records &amp;herstellen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Duplicate %n record(s)</source>
            <translation>
                <numerusform>&amp;Dupliceren</numerusform>
                <numerusform>%n records &amp;dupliceren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n record(s) to the &amp;trash</source>
            <translation>
                <numerusform>Naar de &amp;prullenbak</numerusform>
                <numerusform>%n records naar de &amp;prullenbak</numerusform>
            </translation>
        </message>
        <message>
            <source>Export this activity's &amp;visit report…</source>
            <translation>&amp;Bezoekverslag van deze activiteit exporteren…</translation>
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
            <source>&amp;Import…</source>
            <translation>&amp;Importeren…</translation>
        </message>
        <message>
            <source>Import &amp;contacts…</source>
            <translation>&amp;Contacten importeren…</translation>
        </message>
        <message>
            <source>Export c&amp;ontacts…</source>
            <translation>C&amp;ontacten exporteren…</translation>
        </message>
        <message>
            <source>&amp;Export dossier…</source>
            <translation>Dossier &amp;exporteren…</translation>
        </message>
        <message>
            <source>&amp;Publication settings…</source>
            <translation>&amp;Publicatiegegevens…</translation>
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
            <source>Restore</source>
            <comment>toolbar button: out of the trash</comment>
            <translation>Herstellen</translation>
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
            <source>Se&amp;ttings…</source>
            <translation>&amp;Instellingen…</translation>
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
            <source>Sync &amp;bundle</source>
            <translation>Synchronisatie&amp;bundel</translation>
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
            <source>&amp;Create…</source>
            <translation>&amp;Maken…</translation>
        </message>
        <message>
            <source>&amp;Import answer…</source>
            <translation>Antwoord &amp;importeren…</translation>
        </message>
        <message>
            <source>&amp;Forward a bundle to the server…</source>
            <translation>Pakket naar de server &amp;doorsturen…</translation>
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
            <source>Sync &amp;log…</source>
            <translation>Synchronisatie&amp;logboek…</translation>
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
            <source>%1: %2</source>
            <comment>a kind of record and how many there are</comment>
            <translation>%1: %2</translation>
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
        <message>
            <source>Filters cleared: every record is listed again.</source>
            <translation>Filters gewist: alle records worden weer getoond.</translation>
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
        <name>PassphraseDialog</name>
        <message>
            <source>Encrypt this data folder</source>
            <translation>Deze gegevensmap versleutelen</translation>
        </message>
        <message>
            <source>The database will be readable only with its key. The key is kept in this computer's keyring; a passphrase also opens it on another computer.</source>
            <translation>De database is dan alleen met de sleutel leesbaar. De sleutel wordt bewaard in de wachtwoordopslag van deze computer; met een wachtwoordzin opent u hem ook op een andere computer.</translation>
        </message>
        <message numerus="yes">
            <source>This computer has no keyring to keep the key: choose a passphrase of at least %n characters. You will need it at every start.</source>
            <translation>
                <numerusform>Deze computer heeft geen wachtwoordopslag voor de sleutel: kies een wachtwoordzin van minstens %n teken. U hebt hem bij elke start nodig.</numerusform>
                <numerusform>Deze computer heeft geen wachtwoordopslag voor de sleutel: kies een wachtwoordzin van minstens %n tekens. U hebt hem bij elke start nodig.</numerusform>
            </translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Wachtwoordzin:</translation>
        </message>
        <message>
            <source>Repeat it:</source>
            <translation>Herhalen:</translation>
        </message>
        <message>
            <source>Encrypt</source>
            <translation>Versleutelen</translation>
        </message>
        <message>
            <source>A passphrase is needed on this computer.</source>
            <translation>Op deze computer is een wachtwoordzin nodig.</translation>
        </message>
        <message numerus="yes">
            <source>At least %n characters.</source>
            <translation>
                <numerusform>Minstens %n teken.</numerusform>
                <numerusform>Minstens %n tekens.</numerusform>
            </translation>
        </message>
        <message>
            <source>The two entries differ.</source>
            <translation>De twee invoeren verschillen.</translation>
        </message>
    </context>
    <context>
        <name>PointsField</name>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Label</translation>
        </message>
        <message>
            <source>Preferred</source>
            <translation>Voorkeur</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <source>Add to %1</source>
            <translation>Toevoegen aan %1</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
    </context>
    <context>
        <name>PublicationDialog</name>
        <message>
            <source>Publication settings</source>
            <translation>Publicatiegegevens</translation>
        </message>
        <message>
            <source>&amp;Project name (the same in every language)</source>
            <translation>&amp;Projectnaam (in elke taal dezelfde)</translation>
        </message>
        <message>
            <source>Pu&amp;blished by</source>
            <translation>&amp;Uitgave</translation>
        </message>
        <message>
            <source>&amp;Contact</source>
            <translation>&amp;Contact</translation>
        </message>
        <message>
            <source>Responsible &amp;editor</source>
            <translation>&amp;Eindredactie</translation>
        </message>
        <message>
            <source>&amp;Version</source>
            <translation>&amp;Versie</translation>
        </message>
        <message>
            <source>&amp;Licence</source>
            <translation>&amp;Licentie</translation>
        </message>
        <message>
            <source>P&amp;hoto credits</source>
            <translation>F&amp;otoverantwoording</translation>
        </message>
        <message>
            <source>Choose the p&amp;rogramme's logo…</source>
            <translation>Logo van het p&amp;rogramma kiezen…</translation>
        </message>
        <message>
            <source>Choose the p&amp;artners' logos…</source>
            <translation>Logo’s van de p&amp;artners kiezen…</translation>
        </message>
        <message>
            <source>Programme's logo</source>
            <translation>Logo van het programma</translation>
        </message>
        <message>
            <source>Partners' logos</source>
            <translation>Logo’s van de partners</translation>
        </message>
        <message>
            <source>Dossiers print these on their cover and imprint, next to the EU emblem. They belong to the workspace and are synced with it.</source>
            <translation>Dossiers drukken deze gegevens af op de omslag en in het colofon, naast het EU-embleem. Ze horen bij de werkruimte en worden ermee gesynchroniseerd.</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Geen logo</translation>
        </message>
        <message numerus="yes">
            <source>%n logo(s)</source>
            <translation>
                <numerusform>%n logo</numerusform>
                <numerusform>%n logo’s</numerusform>
            </translation>
        </message>
        <message>
            <source>The programme's logo</source>
            <translation>Logo van het programma</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>The partners' logos</source>
            <translation>Logo’s van de partners</translation>
        </message>
    </context>
    <context>
        <name>RecordActions</name>
        <message numerus="yes">
            <source>Moved %n record(s) to the trash. Undo brings them back.</source>
            <translation>
                <numerusform>%n record naar de prullenbak verplaatst. Ongedaan maken haalt het terug.</numerusform>
                <numerusform>%n records naar de prullenbak verplaatst. Ongedaan maken haalt ze terug.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>moving %n record(s) to the trash</source>
            <translation>
                <numerusform>%n record naar de prullenbak verplaatsen</numerusform>
                <numerusform>%n records naar de prullenbak verplaatsen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %n record(s).</source>
            <translation>
                <numerusform>%n record hersteld.</numerusform>
                <numerusform>%n records hersteld.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>restoring %n record(s)</source>
            <translation>
                <numerusform>%n record herstellen</numerusform>
                <numerusform>%n records herstellen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %1 to %n record(s).</source>
            <translation>
                <numerusform>%1 toegevoegd aan %n record.</numerusform>
                <numerusform>%1 toegevoegd aan %n records.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) have no such field and were left as they were.</source>
            <translation>
                <numerusform>%n record heeft zo'n veld niet en is ongewijzigd gebleven.</numerusform>
                <numerusform>%n records hebben zo'n veld niet en zijn ongewijzigd gebleven.</numerusform>
            </translation>
        </message>
        <message>
            <source>adding %1</source>
            <translation>%1 toevoegen</translation>
        </message>
        <message numerus="yes">
            <source>duplicating %n record(s)</source>
            <translation>
                <numerusform>%n record dupliceren</numerusform>
                <numerusform>%n records dupliceren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Duplicated %n record(s).</source>
            <translation>
                <numerusform>%n record gedupliceerd.</numerusform>
                <numerusform>%n records gedupliceerd.</numerusform>
            </translation>
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
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Geschiedenis</translation>
        </message>
        <message>
            <source>Conflict: compare…</source>
            <translation>Conflict: vergelijken…</translation>
        </message>
        <message>
            <source>Changed differently elsewhere: this is your value. Both versions are kept until you choose.</source>
            <translation>Elders anders gewijzigd: dit is uw waarde. Beide versies blijven bewaard tot u kiest.</translation>
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
            <source>Link %1</source>
            <translation>%1 koppelen</translation>
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
            <source>expired</source>
            <translation>verlopen</translation>
        </message>
        <message>
            <source>given</source>
            <translation>gegeven</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>ontbreekt</translation>
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
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Recovery key</source>
            <translation>Herstelsleutel</translation>
        </message>
        <message>
            <source>The data folder is encrypted. Write down this recovery key and keep it apart from the laptop: it opens the data when the keyring and the passphrase are lost. It is not shown again here (the command field-dossier encryption recovery-key prints it).</source>
            <translation>De gegevensmap is versleuteld. Schrijf deze herstelsleutel op en bewaar hem apart van de laptop: hij opent de gegevens als de wachtwoordopslag en de wachtwoordzin kwijt zijn. Hij wordt hier niet opnieuw getoond (de opdracht field-dossier encryption recovery-key toont hem).</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopiëren</translation>
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
        <name>Settings</name>
        <message>
            <source>Set by your administrator</source>
            <translation>Ingesteld door uw beheerder</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Algemeen</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisatie</translation>
        </message>
        <message>
            <source>Dossiers</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Gegevens</translation>
        </message>
        <message>
            <source>The window is rebuilt in the new language when you press OK.</source>
            <translation>Na ‘OK’ verschijnt het venster meteen in de nieuwe taal.</translation>
        </message>
        <message>
            <source>Shown beside everything you write, for your colleagues.</source>
            <translation>Staat voor uw collega’s bij alles wat u schrijft.</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>&amp;Taal van de interface:</translation>
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
            <source>(your only workspace)</source>
            <translation>(uw enige werkruimte)</translation>
        </message>
        <message>
            <source>Sync &amp;automatically</source>
            <translation>&amp;Automatisch synchroniseren</translation>
        </message>
        <message>
            <source> min</source>
            <comment>minutes after a number</comment>
            <translation> min.</translation>
        </message>
        <message>
            <source>Download &amp;all photos with each sync</source>
            <translation>&amp;Alle foto’s bij elke synchronisatie downloaden</translation>
        </message>
        <message>
            <source>Download photos &amp;when a record shows them</source>
            <translation>Foto’s pas downloaden &amp;wanneer een record ze toont</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>&amp;Workspace:</source>
            <translation>&amp;Werkruimte:</translation>
        </message>
        <message>
            <source>Sign out to use another server or workspace.</source>
            <translation>Meld u af om een andere server of werkruimte te gebruiken.</translation>
        </message>
        <message>
            <source>&amp;Every:</source>
            <translation>&amp;Elke:</translation>
        </message>
        <message>
            <source>Photos:</source>
            <translation>Foto’s:</translation>
        </message>
        <message>
            <source>&amp;Choose logo…</source>
            <translation>Logo &amp;kiezen…</translation>
        </message>
        <message>
            <source>&amp;Remove logo</source>
            <translation>Logo &amp;verwijderen</translation>
        </message>
        <message>
            <source>As the interface</source>
            <translation>Zoals de interface</translation>
        </message>
        <message>
            <source>The title page and imprint of every dossier of this workspace. Colleagues see the same after the next sync.</source>
            <translation>Titelpagina en colofon van elk dossier in deze werkruimte. Collega’s zien hetzelfde na de volgende synchronisatie.</translation>
        </message>
        <message>
            <source>Texts &amp;in:</source>
            <translation>Teksten &amp;in:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>Su&amp;btitle:</source>
            <translation>&amp;Ondertitel:</translation>
        </message>
        <message>
            <source>&amp;Organisations:</source>
            <translation>Or&amp;ganisaties:</translation>
        </message>
        <message>
            <source>&amp;Imprint and funding notice:</source>
            <translation>&amp;Colofon en subsidievermelding:</translation>
        </message>
        <message>
            <source>Funding logo:</source>
            <translation>Subsidielogo:</translation>
        </message>
        <message>
            <source>&amp;Default language of dossiers:</source>
            <translation>&amp;Standaardtaal van dossiers:</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>Map &amp;openen</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>Nu &amp;back-up maken…</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Gegevensmap:</translation>
        </message>
        <message>
            <source>Everything you record lives here: the database and the photos. Another folder can be chosen when starting Field Dossier with --data-dir.</source>
            <translation>Hier staat alles wat u vastlegt: de database en de foto’s. Een andere map kiest u bij het starten van Field Dossier met --data-dir.</translation>
        </message>
        <message>
            <source>Backup:</source>
            <translation>Back-up:</translation>
        </message>
        <message>
            <source>Turn off encryption…</source>
            <translation>Versleuteling uitschakelen…</translation>
        </message>
        <message>
            <source>&amp;Encrypt…</source>
            <translation>&amp;Versleutelen…</translation>
        </message>
        <message>
            <source>Encryption:</source>
            <translation>Versleuteling:</translation>
        </message>
        <message>
            <source>A backup is one file with all records and photos. Keep it on another drive; File → Restore from backup brings it back.</source>
            <translation>Een back-up is één bestand met alle records en foto’s. Bewaar het op een ander station; Bestand → Herstellen uit back-up haalt het terug.</translation>
        </message>
        <message>
            <source>A logo is set.</source>
            <translation>Er is een logo ingesteld.</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Geen logo</translation>
        </message>
        <message>
            <source>Choose logo</source>
            <translation>Logo kiezen</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>The server address must start with https:// or http://.</source>
            <translation>Het serveradres moet beginnen met https:// of http://.</translation>
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
            <source>Not signed in — sign in to sync</source>
            <translation>Niet aangemeld — meld u aan om te synchroniseren</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>Synchronisatie mislukt: %1</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>nog niet</translation>
        </message>
        <message>
            <source>Last synced: %1</source>
            <translation>Laatst gesynchroniseerd: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) not yet uploaded</source>
            <translation>
                <numerusform>%n wijziging nog niet geüpload</numerusform>
                <numerusform>%n wijzigingen nog niet geüpload</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) waiting</source>
            <translation>
                <numerusform>%n foto wacht</numerusform>
                <numerusform>%n foto's wachten</numerusform>
            </translation>
        </message>
        <message>
            <source>(paused: metered connection)</source>
            <translation>(gepauzeerd: verbinding met datalimiet)</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused</source>
            <translation>
                <numerusform>%n wijziging geweigerd</numerusform>
                <numerusform>%n wijzigingen geweigerd</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync log</source>
            <translation>Synchronisatielogboek</translation>
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
            <source>Downloading photos… %1 of %2</source>
            <translation>Foto's downloaden… %1 van %2</translation>
        </message>
        <message numerus="yes">
            <source>Downloaded %n photo(s)</source>
            <translation>
                <numerusform>%n foto gedownload</numerusform>
                <numerusform>%n foto's gedownload</numerusform>
            </translation>
        </message>
        <message>
            <source>Photos wait: the connection is metered. They come with a later sync.</source>
            <translation>Foto's wachten: de verbinding heeft een datalimiet. Ze komen bij een latere synchronisatie.</translation>
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
            <source>Sync cancelled; it continues next time.</source>
            <translation>Synchronisatie afgebroken; de volgende keer gaat ze verder.</translation>
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
        <name>SyncBundle</name>
        <message>
            <source>Create a sync bundle</source>
            <translation>Een synchronisatiebundel maken</translation>
        </message>
        <message>
            <source>Import the server's answer</source>
            <translation>Het antwoord van de server importeren</translation>
        </message>
        <message>
            <source>A colleague's sync bundle</source>
            <translation>Synchronisatiepakket van een collega</translation>
        </message>
        <message>
            <source>Save the server's answer</source>
            <translation>Antwoord van de server opslaan</translation>
        </message>
        <message>
            <source>Writing the sync bundle…</source>
            <translation>De synchronisatiebundel wordt geschreven…</translation>
        </message>
        <message>
            <source>Reading the server's answer…</source>
            <translation>Het antwoord van de server wordt gelezen…</translation>
        </message>
        <message>
            <source>Forwarding the bundle to the server…</source>
            <translation>Het pakket wordt naar de server doorgestuurd…</translation>
        </message>
        <message>
            <source>The server took the bundle; its answer is in %1.</source>
            <translation>De server heeft het pakket verwerkt; het antwoord staat in %1.</translation>
        </message>
        <message>
            <source>Give the answer to the colleague whose bundle it was: they import it with File → Sync bundle → Import answer…. Nothing on this computer changed.</source>
            <translation>Geef het antwoord aan de collega van wie het pakket was: die importeert het met Bestand → Synchronisatiepakket → Antwoord importeren…. Op deze computer is niets gewijzigd.</translation>
        </message>
        <message>
            <source>Sync bundle</source>
            <translation>Synchronisatiebundel</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1: %n change(s)</source>
            <translation>
                <numerusform>%1 geschreven: %n wijziging</numerusform>
                <numerusform>%1 geschreven: %n wijzigingen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) and file(s).</source>
            <translation>
                <numerusform>%n foto of bestand.</numerusform>
                <numerusform>%n foto's en bestanden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Take it to the administrator of the sync server (field-dossier-server import-bundle) and import the answer bundle here (File → Sync bundle → Import answer…). Until then the changes stay on this computer.</source>
            <translation>Breng hem naar de beheerder van de synchronisatieserver (field-dossier-server import-bundle) en importeer de antwoordbundel hier (Bestand → Synchronisatiebundel → Antwoord importeren…). Tot dan blijven de wijzigingen op deze computer.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) acknowledged</source>
            <translation>
                <numerusform>%n wijziging bevestigd</numerusform>
                <numerusform>%n wijzigingen bevestigd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n received</source>
            <translation>
                <numerusform>%n ontvangen</numerusform>
                <numerusform>%n ontvangen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) to resolve</source>
            <translation>
                <numerusform>%n conflict op te lossen</numerusform>
                <numerusform>%n conflicten op te lossen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused (see the sync log)</source>
            <translation>
                <numerusform>%n wijziging geweigerd (zie het synchronisatielogboek)</numerusform>
                <numerusform>%n wijzigingen geweigerd (zie het synchronisatielogboek)</numerusform>
            </translation>
        </message>
        <message>
            <source>Answer imported: %1.</source>
            <translation>Antwoord geïmporteerd: %1.</translation>
        </message>
    </context>
    <context>
        <name>SyncLog</name>
        <message>
            <source>Your role does not allow this change.</source>
            <translation>Uw rol staat deze wijziging niet toe.</translation>
        </message>
        <message>
            <source>A value is not allowed by the server.</source>
            <translation>Een waarde is op de server niet toegestaan.</translation>
        </message>
        <message>
            <source>A value could not be sent (it breaks the data format).</source>
            <translation>Een waarde kon niet worden verzonden (ze past niet in het gegevensformaat).</translation>
        </message>
        <message>
            <source>A field the server does not know (a newer or older version?).</source>
            <translation>Een veld dat de server niet kent (een nieuwere of oudere versie?).</translation>
        </message>
        <message>
            <source>A kind of record the server does not know.</source>
            <translation>Een soort record dat de server niet kent.</translation>
        </message>
        <message>
            <source>The record does not exist on the server (its creation was refused).</source>
            <translation>Het record bestaat niet op de server (het aanmaken werd geweigerd).</translation>
        </message>
        <message>
            <source>The change belongs to another workspace.</source>
            <translation>De wijziging hoort bij een andere werkruimte.</translation>
        </message>
        <message>
            <source>The record's id is not valid.</source>
            <translation>De id van het record is ongeldig.</translation>
        </message>
        <message>
            <source>The server does not accept this kind of change.</source>
            <translation>De server aanvaardt dit soort wijziging niet.</translation>
        </message>
        <message>
            <source>The change is too large to send.</source>
            <translation>De wijziging is te groot om te verzenden.</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n change(s)</source>
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
            <source>%n change(s) merged with changes made elsewhere</source>
            <translation>
                <numerusform>%n wijziging samengevoegd met elders gemaakte wijzigingen</numerusform>
                <numerusform>%n wijzigingen samengevoegd met elders gemaakte wijzigingen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new conflict(s):</source>
            <translation>
                <numerusform>%n nieuw conflict:</numerusform>
                <numerusform>%n nieuwe conflicten:</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of “%2”: theirs from %3, mine from %4</source>
            <translation>%1 van „%2”: die van de ander van %3, de mijne van %4</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused by the server (see below)</source>
            <translation>
                <numerusform>%n wijziging door de server geweigerd (zie hieronder)</numerusform>
                <numerusform>%n wijzigingen door de server geweigerd (zie hieronder)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) wait for their record to arrive</source>
            <translation>
                <numerusform>%n wijziging wacht op haar record</numerusform>
                <numerusform>%n wijzigingen wachten op hun record</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) from the server this version cannot store</source>
            <translation>
                <numerusform>%n record van de server dat deze versie niet kan opslaan</numerusform>
                <numerusform>%n records van de server die deze versie niet kan opslaan</numerusform>
            </translation>
        </message>
        <message>
            <source>The server was restored: everything was sent and read again.</source>
            <translation>De server is hersteld: alles is opnieuw verzonden en gelezen.</translation>
        </message>
        <message>
            <source>Sync log</source>
            <translation>Synchronisatielogboek</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Wat er gebeurde</translation>
        </message>
        <message>
            <source>This session</source>
            <translation>Deze sessie</translation>
        </message>
        <message numerus="yes">
            <source>%n sync(s)</source>
            <translation>
                <numerusform>%n synchronisatie</numerusform>
                <numerusform>%n synchronisaties</numerusform>
            </translation>
        </message>
        <message>
            <source>Refused by the server</source>
            <translation>Door de server geweigerd</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n wijziging</numerusform>
                <numerusform>%n wijzigingen</numerusform>
            </translation>
        </message>
        <message>
            <source>A refused change stays on this computer; nothing is lost. Ask the workspace's administrator if the reason is unclear.</source>
            <translation>Een geweigerde wijziging blijft op deze computer; er gaat niets verloren. Vraag de beheerder van de werkruimte als de reden onduidelijk is.</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <source>&amp;Core-group dossier — a period or selection, with figures</source>
            <translation>&amp;Dossier voor de kerngroep — een periode of selectie, met cijfers</translation>
        </message>
        <message>
            <source>Core-group dossier</source>
            <translation>Dossier voor de kerngroep</translation>
        </message>
        <message>
            <source>Adaptation &amp;manual — all adaptation notes by element</source>
            <translation>&amp;Handboek aanpassingen — alle aanpassingsnotities per element</translation>
        </message>
        <message>
            <source>Adaptation manual</source>
            <translation>Handboek aanpassingen</translation>
        </message>
        <message>
            <source>&amp;Visit report — one activity, everything recorded there</source>
            <translation>&amp;Bezoekverslag — één activiteit, alles wat daar is vastgelegd</translation>
        </message>
        <message>
            <source>Visit report</source>
            <translation>Bezoekverslag</translation>
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
    <context>
        <name>Undo</name>
        <message>
            <source>typing in “%1”</source>
            <translation>typen in “%1”</translation>
        </message>
        <message>
            <source>change of “%1”</source>
            <translation>wijziging van “%1”</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Ongedaan maken</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Opnieuw</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Ongedaan maken: %1</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>O&amp;pnieuw: %1</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>O&amp;pnieuw</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Encrypted data folder</source>
            <translation>Versleutelde gegevensmap</translation>
        </message>
        <message>
            <source>The data in %1 is encrypted, and its key is not kept on this computer. Enter the folder's passphrase or its recovery key.</source>
            <translation>De gegevens in %1 zijn versleuteld en de sleutel is niet op deze computer bewaard. Voer de wachtwoordzin van de map of de herstelsleutel in.</translation>
        </message>
        <message>
            <source>Passphrase or recovery key</source>
            <translation>Wachtwoordzin of herstelsleutel</translation>
        </message>
        <message>
            <source>Keep the key in this computer's keyring</source>
            <translation>Sleutel bewaren in de wachtwoordopslag van deze computer</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Ontgrendelen</translation>
        </message>
    </context>
</TS>
