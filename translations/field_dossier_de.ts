<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>ActivityField</name>
        <message>
            <source>(no activity)</source>
            <translation>(keine Aktivität)</translation>
        </message>
        <message>
            <source>(unknown activity)</source>
            <translation>(unbekannte Aktivität)</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Translations missing from this installation (%1): some text is in English. Reinstall Field Dossier.</source>
            <translation>In dieser Installation fehlen Übersetzungen (%1): manche Texte erscheinen auf Englisch. Installieren Sie Field Dossier neu.</translation>
        </message>
        <message>
            <source>Field Dossier is already open with this data folder:
%1

Switch to its window.</source>
            <translation>Field Dossier ist mit diesem Datenordner bereits geöffnet:
%1

Wechseln Sie zu dessen Fenster.</translation>
        </message>
    </context>
    <context>
        <name>AttachmentStrip</name>
        <message>
            <source>Attachments</source>
            <translation>Anhänge</translation>
        </message>
        <message>
            <source>Drop photos or files here, or use “Add photo…”.</source>
            <translation>Ziehen Sie Fotos oder Dateien hierher oder verwenden Sie „Foto hinzufügen…“.</translation>
        </message>
        <message>
            <source>Add photo…</source>
            <translation>Foto hinzufügen…</translation>
        </message>
        <message>
            <source>Photos can be added once the record has its text.</source>
            <translation>Fotos können hinzugefügt werden, sobald der Datensatz einen Text hat.</translation>
        </message>
        <message numerus="yes">
            <source>%n attachment(s) — double-click to open</source>
            <translation>
                <numerusform>%n Anhang — zum Öffnen doppelklicken</numerusform>
                <numerusform>%n Anhänge — zum Öffnen doppelklicken</numerusform>
            </translation>
        </message>
        <message>
            <source>Not downloaded yet</source>
            <translation>Noch nicht heruntergeladen</translation>
        </message>
        <message>
            <source>Add photos or files</source>
            <translation>Fotos oder Dateien hinzufügen</translation>
        </message>
        <message>
            <source>Photos (*.jpg *.jpeg *.png *.heic *.webp *.tif *.tiff);;All files (*)</source>
            <translation>Fotos (*.jpg *.jpeg *.png *.heic *.webp *.tif *.tiff);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Edit caption…</source>
            <translation>Beschriftung bearbeiten…</translation>
        </message>
        <message>
            <source>Photo credit…</source>
            <translation>Fotonachweis…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Open attachment</source>
            <translation>Anhang öffnen</translation>
        </message>
        <message>
            <source>The server does not have %1 (yet). Try again after the next sync.</source>
            <translation>Der Server hat %1 (noch) nicht. Versuchen Sie es nach der nächsten Synchronisation erneut.</translation>
        </message>
        <message>
            <source>Photo credit</source>
            <translation>Fotonachweis</translation>
        </message>
        <message>
            <source>Who took %1? (printed under the photo in dossiers)</source>
            <translation>Wer hat %1 aufgenommen? (steht in Dossiers unter dem Foto)</translation>
        </message>
        <message>
            <source>Remove “%1” from this record? It disappears from the record and from dossiers; the record's history keeps it.</source>
            <translation>„%1“ aus diesem Datensatz entfernen? Der Anhang verschwindet aus dem Datensatz und aus Dossiers, bleibt aber im Verlauf des Datensatzes erhalten.</translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>Beschriftung</translation>
        </message>
        <message>
            <source>Caption of %1:</source>
            <translation>Beschriftung für %1:</translation>
        </message>
        <message>
            <source>Remove attachment</source>
            <translation>Anhang entfernen</translation>
        </message>
    </context>
    <context>
        <name>BarChart</name>
        <message>
            <source>Nothing recorded yet</source>
            <translation>Noch nichts erfasst</translation>
        </message>
    </context>
    <context>
        <name>BulkPanel</name>
        <message>
            <source>Add tag…</source>
            <translation>Schlagwort hinzufügen…</translation>
        </message>
        <message>
            <source>Add field of action…</source>
            <translation>Handlungsfeld hinzufügen…</translation>
        </message>
        <message>
            <source>Move to activity…</source>
            <translation>Einer Aktivität zuordnen…</translation>
        </message>
        <message>
            <source>Move to trash</source>
            <translation>In den Papierkorb</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Ctrl+Z undoes each of these for all records at once.</source>
            <translation>Strg+Z macht jeden dieser Schritte für alle Datensätze zugleich rückgängig.</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) selected</source>
            <translation>
                <numerusform>%n Datensatz ausgewählt</numerusform>
                <numerusform>%n Datensätze ausgewählt</numerusform>
            </translation>
        </message>
        <message>
            <source>Add tag</source>
            <translation>Schlagwort hinzufügen</translation>
        </message>
        <message numerus="yes">
            <source>Tag for the %n selected record(s) (a new name creates the tag):</source>
            <translation>
                <numerusform>Schlagwort für den ausgewählten Datensatz (ein neuer Name legt das Schlagwort an):</numerusform>
                <numerusform>Schlagwort für die %n ausgewählten Datensätze (ein neuer Name legt das Schlagwort an):</numerusform>
            </translation>
        </message>
        <message>
            <source>tag “%1”</source>
            <translation>Schlagwort „%1“</translation>
        </message>
        <message>
            <source>Add field of action</source>
            <translation>Handlungsfeld hinzufügen</translation>
        </message>
        <message numerus="yes">
            <source>Field of action for the %n selected record(s):</source>
            <translation>
                <numerusform>Handlungsfeld für den ausgewählten Datensatz:</numerusform>
                <numerusform>Handlungsfeld für die %n ausgewählten Datensätze:</numerusform>
            </translation>
        </message>
        <message>
            <source>field of action “%1”</source>
            <translation>Handlungsfeld „%1“</translation>
        </message>
        <message>
            <source>Move to activity</source>
            <translation>Einer Aktivität zuordnen</translation>
        </message>
        <message numerus="yes">
            <source>Activity for the %n selected record(s):</source>
            <translation>
                <numerusform>Aktivität für den ausgewählten Datensatz:</numerusform>
                <numerusform>Aktivität für die %n ausgewählten Datensätze:</numerusform>
            </translation>
        </message>
        <message>
            <source>activity “%1”</source>
            <translation>Aktivität „%1“</translation>
        </message>
    </context>
    <context>
        <name>CenterPane</name>
        <message>
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
        <message>
            <source>No records contain “%1”.</source>
            <translation>Kein Datensatz enthält „%1“.</translation>
        </message>
        <message>
            <source>Nothing matches the filters. Clear them to see everything.</source>
            <translation>Nichts entspricht den Filtern. Setzen Sie die Filter zurück, um alles zu sehen.</translation>
        </message>
        <message>
            <source>No observations for this activity yet.
Press Ctrl+N to capture one.</source>
            <translation>Zu dieser Aktivität gibt es noch keine Beobachtungen.
Drücken Sie Strg+N, um eine zu erfassen.</translation>
        </message>
        <message>
            <source>Nothing has been edited yet.</source>
            <translation>Es wurde noch nichts bearbeitet.</translation>
        </message>
        <message>
            <source>The trash is empty.
Deleted records wait here until you restore them.</source>
            <translation>Der Papierkorb ist leer.
Gelöschte Datensätze bleiben hier, bis Sie sie wiederherstellen.</translation>
        </message>
        <message>
            <source>No open conflicts.
When two people change the same field differently, both versions appear here to be resolved side by side.</source>
            <translation>Keine offenen Konflikte.
Wenn zwei Personen dasselbe Feld unterschiedlich ändern, erscheinen hier beide Fassungen, damit Sie sie nebeneinander klären können.</translation>
        </message>
        <message>
            <source>Nothing to show.</source>
            <translation>Nichts anzuzeigen.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Seit</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Gelöscht</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Bearbeitet</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Von</translation>
        </message>
    </context>
    <context>
        <name>Choices</name>
        <message>
            <source>Module</source>
            <translation>Modul</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation>Struktur</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <source>Principle</source>
            <translation>Prinzip</translation>
        </message>
        <message>
            <source>Idea</source>
            <translation>Idee</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Geplant</translation>
        </message>
        <message>
            <source>Piloting</source>
            <translation>In Erprobung</translation>
        </message>
        <message>
            <source>Implemented</source>
            <translation>Umgesetzt</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Verworfen</translation>
        </message>
        <message>
            <source>Law</source>
            <translation>Recht</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation>Finanzierung</translation>
        </message>
        <message>
            <source>Administrative culture</source>
            <translation>Verwaltungskultur</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation>Akteure</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Privat</translation>
        </message>
        <message>
            <source>Work</source>
            <translation>Geschäftlich</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobil</translation>
        </message>
        <message>
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Home fax</source>
            <translation>Fax privat</translation>
        </message>
        <message>
            <source>Work fax</source>
            <translation>Fax geschäftlich</translation>
        </message>
        <message>
            <source>Pager</source>
            <translation>Pager</translation>
        </message>
        <message>
            <source>Main number</source>
            <translation>Zentrale</translation>
        </message>
        <message>
            <source>Internal reports only</source>
            <translation>Nur interne Berichte</translation>
        </message>
        <message>
            <source>Also project-group dossiers</source>
            <translation>Auch Dossiers der Projektgremien</translation>
        </message>
        <message>
            <source>Also publications</source>
            <translation>Auch Veröffentlichungen</translation>
        </message>
        <message>
            <source>Modules</source>
            <translation>Module</translation>
        </message>
        <message>
            <source>Structures</source>
            <translation>Strukturen</translation>
        </message>
        <message>
            <source>Methods</source>
            <translation>Methoden</translation>
        </message>
        <message>
            <source>Principles</source>
            <translation>Prinzipien</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>The record was deleted in one place and edited in another</source>
            <translation>Der Datensatz wurde an einer Stelle gelöscht und an einer anderen bearbeitet</translation>
        </message>
        <message>
            <source>Theirs — %1, %2</source>
            <translation>Fremde Änderung — %1, %2</translation>
        </message>
        <message>
            <source>Kept on the server — %1, %2</source>
            <translation>Auf dem Server — %1, %2</translation>
        </message>
        <message>
            <source>Sent later — %1</source>
            <translation>Später gesendet — %1</translation>
        </message>
        <message>
            <source>Before both changes</source>
            <translation>Vor beiden Änderungen</translation>
        </message>
        <message>
            <source>Write a merged text (starts from mine):</source>
            <translation>Zusammengeführten Text schreiben (ausgehend von meinem):</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In Gebrauch</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Gelöscht</translation>
        </message>
        <message>
            <source>Kept and edited</source>
            <translation>Behalten und bearbeitet</translation>
        </message>
        <message>
            <source>Leave it deleted</source>
            <translation>Gelöscht lassen</translation>
        </message>
        <message>
            <source>Restore the record</source>
            <translation>Datensatz wiederherstellen</translation>
        </message>
        <message>
            <source>Keep this value</source>
            <translation>Diesen Wert behalten</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Meinen behalten</translation>
        </message>
        <message>
            <source>Keep theirs</source>
            <translation>Fremden behalten</translation>
        </message>
        <message>
            <source>Resolve conflicts</source>
            <translation>Konflikte klären</translation>
        </message>
        <message>
            <source>“%1” was changed in two places. Choose what to keep for each field; until then both versions are kept.</source>
            <translation>„%1“ wurde an zwei Stellen geändert. Wählen Sie für jedes Feld, was gelten soll; bis dahin bleiben beide Fassungen erhalten.</translation>
        </message>
        <message>
            <source>&amp;Resolve</source>
            <translation>&amp;Klären</translation>
        </message>
        <message>
            <source>Decide &amp;later</source>
            <translation>&amp;Später entscheiden</translation>
        </message>
        <message numerus="yes">
            <source>Choose for %n more field(s).</source>
            <translation>
                <numerusform>Noch für %n Feld wählen.</numerusform>
                <numerusform>Noch für %n Felder wählen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mine — %1</source>
            <translation>Meine Fassung — %1</translation>
        </message>
    </context>
    <context>
        <name>ContactEditor</name>
        <message>
            <source>Consent (GDPR/AVG)</source>
            <translation>Einwilligung (DSGVO)</translation>
        </message>
        <message>
            <source>Tick when this person agreed that their details may be used in dossiers.</source>
            <translation>Anhaken, wenn diese Person zugestimmt hat, dass ihre Angaben in Dossiers verwendet werden dürfen.</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>Einwilligung erteilt</translation>
        </message>
        <message>
            <source>In exports from this laptop</source>
            <translation>In Exporten von diesem Laptop</translation>
        </message>
        <message>
            <source>Exports that contained this contact</source>
            <translation>Exporte, die diesen Kontakt enthielten</translation>
        </message>
        <message>
            <source>Consent expired on %1 — this person is left out of every export, as if they had not consented.</source>
            <translation>Einwilligung abgelaufen am %1 — diese Person fehlt in jedem Export, als hätte sie nicht eingewilligt.</translation>
        </message>
        <message>
            <source>Consent given %1 — may appear in dossiers.</source>
            <translation>Einwilligung erteilt am %1 — darf in Dossiers erscheinen.</translation>
        </message>
        <message>
            <source>Covers: %1.</source>
            <translation>Umfasst: %1.</translation>
        </message>
        <message>
            <source>Valid until %1.</source>
            <translation>Gültig bis %1.</translation>
        </message>
        <message>
            <source>No consent recorded — this person never appears in an export.</source>
            <translation>Keine Einwilligung erfasst — diese Person erscheint in keinem Export.</translation>
        </message>
        <message>
            <source>Not in any export yet.</source>
            <translation>Noch in keinem Export.</translation>
        </message>
        <message>
            <source>Contacts file</source>
            <translation>Kontaktdatei</translation>
        </message>
        <message>
            <source>Data file</source>
            <translation>Datendatei</translation>
        </message>
    </context>
    <context>
        <name>ContactExchange</name>
        <message>
            <source>New contacts are imported without consent: they stay out of every export until you record it.</source>
            <translation>Neue Kontakte werden ohne Einwilligung importiert: Sie erscheinen in keinem Export, bis Sie die Einwilligung erfassen.</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>Kontakte importieren</translation>
        </message>
        <message>
            <source>Address books (*.vcf *.vcard *.csv);;All files (*)</source>
            <translation>Adressbücher (*.vcf *.vcard *.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Import contacts from %1</source>
            <translation>Kontakte aus %1 importieren</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Die Datei wird gelesen …</translation>
        </message>
        <message>
            <source>Character encoding</source>
            <translation>Zeichenkodierung</translation>
        </message>
        <message>
            <source>Recognise by itself</source>
            <translation>Selbst erkennen</translation>
        </message>
        <message>
            <source>Character encoding:</source>
            <translation>Zeichenkodierung:</translation>
        </message>
        <message>
            <source>Consent column</source>
            <translation>Spalte für die Einwilligung</translation>
        </message>
        <message>
            <source>(none: no consent is taken from the file)</source>
            <translation>(keine: die Einwilligung wird nicht aus der Datei übernommen)</translation>
        </message>
        <message>
            <source>Consent from column:</source>
            <translation>Einwilligung aus Spalte:</translation>
        </message>
        <message>
            <source>What the import would do</source>
            <translation>Was der Import ändern würde</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message numerus="yes">
            <source>%n new contact(s)</source>
            <translation>
                <numerusform>%n neuer Kontakt</numerusform>
                <numerusform>%n neue Kontakte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already here</source>
            <translation>
                <numerusform>%n schon vorhanden</numerusform>
                <numerusform>%n schon vorhanden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n would change</source>
            <translation>
                <numerusform>%n würde sich ändern</numerusform>
                <numerusform>%n würden sich ändern</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 would change: %2</source>
            <translation>Bei %1 würde sich ändern: %2</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… und %n weiterer.</numerusform>
                <numerusform>… und %n weitere.</numerusform>
            </translation>
        </message>
        <message>
            <source>Columns left unused: %1</source>
            <translation>Nicht verwendete Spalten: %1</translation>
        </message>
        <message>
            <source>Consent is taken from the column you chose.</source>
            <translation>Die Einwilligung wird aus der gewählten Spalte übernommen.</translation>
        </message>
        <message>
            <source>This file cannot be imported. Nothing will be changed.</source>
            <translation>Diese Datei kann nicht importiert werden. Es wird nichts geändert.</translation>
        </message>
        <message>
            <source>Imported from %1: %2 new, %3 updated.</source>
            <translation>Aus %1 importiert: %2 neu, %3 aktualisiert.</translation>
        </message>
        <message>
            <source>Export contacts</source>
            <translation>Kontakte exportieren</translation>
        </message>
        <message>
            <source>The file will hold personal data. Only contacts who gave consent are written; keep the file safe and delete it when it has served its purpose.</source>
            <translation>Die Datei enthält personenbezogene Daten. Es werden nur Kontakte mit Einwilligung geschrieben. Bewahren Sie die Datei sicher auf und löschen Sie sie, sobald sie ihren Zweck erfüllt hat.</translation>
        </message>
        <message>
            <source>vCard 4.0 (.vcf) – for address books and phones</source>
            <translation>vCard 4.0 (.vcf) – für Adressbücher und Telefone</translation>
        </message>
        <message>
            <source>CSV – for spreadsheets, Outlook and Google</source>
            <translation>CSV – für Tabellen, Outlook und Google</translation>
        </message>
        <message>
            <source>All contacts</source>
            <translation>Alle Kontakte</translation>
        </message>
        <message numerus="yes">
            <source>The %n selected contact(s)</source>
            <translation>
                <numerusform>Den ausgewählten Kontakt</numerusform>
                <numerusform>Die %n ausgewählten Kontakte</numerusform>
            </translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren …</translation>
        </message>
        <message>
            <source>contacts</source>
            <translation>kontakte</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>vCard files (*.vcf)</source>
            <translation>vCard-Dateien (*.vcf)</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n contact(s) to %1.</source>
            <translation>
                <numerusform>%n Kontakt in %1 geschrieben.</numerusform>
                <numerusform>%n Kontakte in %1 geschrieben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n left out without consent.</source>
            <translation>
                <numerusform>%n ohne Einwilligung ausgelassen.</numerusform>
                <numerusform>%n ohne Einwilligung ausgelassen.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgelaufen</translation>
        </message>
        <message>
            <source>Sorry, Field Dossier ran into a problem it did not expect.</source>
            <translation>Entschuldigung, in Field Dossier ist ein unerwartetes Problem aufgetreten.</translation>
        </message>
        <message>
            <source>Your notes are safe: everything is saved as you type. You can keep working. If this happens again, please send the details to your administrator.</source>
            <translation>Ihre Notizen sind sicher: Alles wird beim Tippen gespeichert. Sie können weiterarbeiten. Falls dies erneut passiert, senden Sie die Details bitte an Ihre IT-Administration.</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Details kopieren</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Show figures for</source>
            <translation>Zahlen anzeigen für</translation>
        </message>
        <message>
            <source>Show figures for:</source>
            <translation>Zahlen anzeigen für:</translation>
        </message>
        <message>
            <source>Records by kind</source>
            <translation>Datensätze nach Art</translation>
        </message>
        <message>
            <source>Observations by field of action</source>
            <translation>Beobachtungen nach Handlungsfeld</translation>
        </message>
        <message>
            <source>Observations by host municipality</source>
            <translation>Beobachtungen nach gastgebender Kommune</translation>
        </message>
        <message>
            <source>Observations by month</source>
            <translation>Beobachtungen nach Monat</translation>
        </message>
        <message>
            <source>the whole workspace</source>
            <translation>den gesamten Arbeitsbereich</translation>
        </message>
        <message>
            <source>Overview: %1</source>
            <translation>Übersicht: %1</translation>
        </message>
        <message>
            <source>Overview of the workspace</source>
            <translation>Übersicht über den Arbeitsbereich</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>No date</source>
            <translation>Kein Datum</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>Importable files (*.json *.vcf *.vcard *.csv);;All files (*)</source>
            <translation>Importierbare Dateien (*.json *.vcf *.vcard *.csv);;Alle Dateien (*)</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n record(s) from %1.</source>
            <translation>
                <numerusform>%n Datensatz aus %1 importiert.</numerusform>
                <numerusform>%n Datensätze aus %1 importiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import %1</source>
            <translation>%1 importieren</translation>
        </message>
        <message>
            <source>This file cannot be imported. Nothing will be changed.</source>
            <translation>Diese Datei kann nicht importiert werden. Es wird nichts geändert.</translation>
        </message>
        <message>
            <source>Problems found:</source>
            <translation>Gefundene Probleme:</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <source>Everything in this file is here already; nothing to import.</source>
            <translation>Alles aus dieser Datei ist bereits vorhanden; es gibt nichts zu importieren.</translation>
        </message>
        <message>
            <source>Nothing to import: this database has a newer version of every record in the file (%1).</source>
            <translation>Nichts zu importieren: Diese Datenbank enthält von jedem Datensatz der Datei eine neuere Version (%1).</translation>
        </message>
        <message>
            <source>Ready to import:</source>
            <translation>Bereit zum Import:</translation>
        </message>
        <message>
            <source>New: %1</source>
            <translation>Neu: %1</translation>
        </message>
        <message>
            <source>Changed: %1</source>
            <translation>Geändert: %1</translation>
        </message>
        <message>
            <source>Kept, because this database has a newer version: %1</source>
            <translation>Beibehalten, da diese Datenbank eine neuere Version enthält: %1</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>Sicherung erstellen</translation>
        </message>
        <message>
            <source>Backups (*.zip)</source>
            <translation>Sicherungen (*.zip)</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Sicherung wird erstellt…</translation>
        </message>
        <message>
            <source>Backed up to %1.</source>
            <translation>Sicherung gespeichert unter %1.</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Replace everything in this workspace by the backup %1?

The current state is saved first, so this can be undone.</source>
            <translation>Alles in diesem Arbeitsbereich durch die Sicherung %1 ersetzen?

Der aktuelle Stand wird vorher gesichert, sodass sich dieser Schritt rückgängig machen lässt.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>The backup was restored. What it replaced was saved to %1.</source>
            <translation>Die Sicherung wurde wiederhergestellt. Der ersetzte Stand wurde unter %1 gespeichert.</translation>
        </message>
        <message>
            <source>Documenting cross-border exchange work between partner municipalities, offline first.</source>
            <translation>Dokumentiert die grenzüberschreitende Austauscharbeit zwischen Partnerkommunen, in erster Linie offline.</translation>
        </message>
        <message>
            <source>Licence: %1</source>
            <translation>Lizenz: %1</translation>
        </message>
        <message>
            <source>Built with:</source>
            <translation>Erstellt mit:</translation>
        </message>
        <message>
            <source>About Field Dossier</source>
            <translation>Über Field Dossier</translation>
        </message>
    </context>
    <context>
        <name>Encryption</name>
        <message>
            <source>Not encrypted: anyone with this laptop's disk can read the records.</source>
            <translation>Nicht verschlüsselt: Wer die Festplatte dieses Laptops hat, kann die Einträge lesen.</translation>
        </message>
        <message>
            <source>Encrypted; opens with this computer's keyring or the passphrase.</source>
            <translation>Verschlüsselt; öffnet sich mit dem Passwortspeicher dieses Computers oder der Passphrase.</translation>
        </message>
        <message>
            <source>Encrypted; the key is in this computer's keyring.</source>
            <translation>Verschlüsselt; der Schlüssel liegt im Passwortspeicher dieses Computers.</translation>
        </message>
        <message>
            <source>Turn off encryption</source>
            <translation>Verschlüsselung ausschalten</translation>
        </message>
        <message>
            <source>Store the records unencrypted again? Anyone with this laptop's disk could then read them.</source>
            <translation>Die Einträge wieder unverschlüsselt speichern? Wer die Festplatte dieses Laptops hat, könnte sie dann lesen.</translation>
        </message>
        <message>
            <source>Turn off</source>
            <translation>Ausschalten</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Line {line}, column {column}</source>
            <translation>Zeile {line}, Spalte {column}</translation>
        </message>
        <message>
            <source>this is not valid JSON ({reason}).</source>
            <translation>dies ist kein gültiges JSON ({reason}).</translation>
        </message>
        <message>
            <source>Field Dossier is open with this data folder. Close it (or use File → Restore from backup… there); nothing was changed.</source>
            <translation>Field Dossier ist mit diesem Datenordner geöffnet. Schließen Sie das Programm (oder verwenden Sie dort Datei → Aus Sicherung wiederherstellen…); es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Say what to add: taxonomy add KIND NAME.</source>
            <translation>Bitte geben Sie an, was hinzugefügt werden soll: taxonomy add KIND NAME.</translation>
        </message>
        <message>
            <source>Nothing was added. Problems found:</source>
            <translation>Es wurde nichts hinzugefügt. Gefundene Probleme:</translation>
        </message>
        <message>
            <source>A record must be a JSON object.</source>
            <translation>Ein Datensatz muss ein JSON-Objekt sein.</translation>
        </message>
        <message>
            <source>The trash cannot be searched. List it without --search, or restore the record first.</source>
            <translation>Der Papierkorb kann nicht durchsucht werden. Listen Sie ihn ohne --search auf oder stellen Sie den Datensatz zuerst wieder her.</translation>
        </message>
        <message>
            <source>… and {count} more.</source>
            <translation>… und {count} weitere.</translation>
        </message>
        <message>
            <source>Line {line}</source>
            <translation>Zeile {line}</translation>
        </message>
        <message>
            <source>The file {path} does not exist.</source>
            <translation>Die Datei {path} existiert nicht.</translation>
        </message>
        <message>
            <source>The file {path} could not be copied: {reason}</source>
            <translation>Die Datei {path} konnte nicht kopiert werden: {reason}</translation>
        </message>
        <message>
            <source>The attachment {name} ({id}) refers to its file by a damaged name ({digest}); it was left out.</source>
            <translation>Der Anhang {name} ({id}) verweist mit einem beschädigten Namen ({digest}) auf seine Datei; er wurde ausgelassen.</translation>
        </message>
        <message>
            <source>There is no attachment with the id {id}.</source>
            <translation>Es gibt keinen Anhang mit der ID {id}.</translation>
        </message>
        <message>
            <source>A sync is running on this data folder. Restore when it has finished; nothing was changed.</source>
            <translation>In diesem Datenordner läuft gerade eine Synchronisation. Stellen Sie die Sicherung wieder her, wenn sie abgeschlossen ist; es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The backup is encrypted with a key this computer does not have. Unlock the data folder it came from first; nothing was changed.</source>
            <translation>Die Sicherung ist mit einem Schlüssel verschlüsselt, den dieser Computer nicht hat. Entsperren Sie zuerst den Datenordner, aus dem sie stammt; es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>There is no database at {path}.</source>
            <translation>Unter {path} befindet sich keine Datenbank.</translation>
        </message>
        <message>
            <source>Cannot write the backup {path}: {reason}</source>
            <translation>Die Sicherung {path} kann nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <source>{file} is not a Field Dossier backup.</source>
            <translation>{file} ist keine Sicherung von Field Dossier.</translation>
        </message>
        <message>
            <source>The backup contains no readable database.</source>
            <translation>Die Sicherung enthält keine lesbare Datenbank.</translation>
        </message>
        <message>
            <source>The database in the backup is damaged.</source>
            <translation>Die Datenbank in der Sicherung ist beschädigt.</translation>
        </message>
        <message>
            <source>The backup was made by a newer version of Field Dossier. Update first.</source>
            <translation>Die Sicherung wurde mit einer neueren Version von Field Dossier erstellt. Bitte aktualisieren Sie zuerst das Programm.</translation>
        </message>
        <message>
            <source>The backup is damaged (a file does not match its hash).</source>
            <translation>Die Sicherung ist beschädigt (eine Datei stimmt nicht mit ihrer Prüfsumme überein).</translation>
        </message>
        <message>
            <source>“{value}” is not a valid date for {field} (use YYYY-MM-DD).</source>
            <translation>„{value}“ ist kein gültiges Datum für {field} (Format: JJJJ-MM-TT).</translation>
        </message>
        <message>
            <source>{field} is longer than {limit} characters.</source>
            <translation>{field} ist länger als {limit} Zeichen.</translation>
        </message>
        <message>
            <source>{field} cannot be empty.</source>
            <translation>{field} darf nicht leer sein.</translation>
        </message>
        <message>
            <source>{field} must be true or false, not “{value}”.</source>
            <translation>{field} muss ja oder nein sein, nicht „{value}“.</translation>
        </message>
        <message>
            <source>{field} must be one of: {choices} (not “{value}”).</source>
            <translation>{field} muss einer der folgenden Werte sein: {choices} (nicht „{value}“).</translation>
        </message>
        <message>
            <source>“{value}” is not a valid e-mail address.</source>
            <translation>„{value}“ ist keine gültige E-Mail-Adresse.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid phone number.</source>
            <translation>„{value}“ ist keine gültige Telefonnummer.</translation>
        </message>
        <message>
            <source>{field} has more than {limit} entries.</source>
            <translation>{field} hat mehr als {limit} Einträge.</translation>
        </message>
        <message>
            <source>“{value}” is not a country code (use two letters, like DE or NL).</source>
            <translation>„{value}“ ist kein Ländercode (verwenden Sie zwei Buchstaben, z. B. DE oder NL).</translation>
        </message>
        <message>
            <source>“{value}” is not a language code (like de, nl, tr).</source>
            <translation>„{value}“ ist kein Sprachcode (z. B. de, nl, tr).</translation>
        </message>
        <message>
            <source>{field}: there is no {kind} with the id {value}.</source>
            <translation>{field}: Es gibt keinen Datensatz vom Typ {kind} mit der ID {value}.</translation>
        </message>
        <message>
            <source>{field} must be text.</source>
            <translation>{field} muss Text sein.</translation>
        </message>
        <message>
            <source>{field} contains a control character that cannot be stored.</source>
            <translation>{field} enthält ein Steuerzeichen, das nicht gespeichert werden kann.</translation>
        </message>
        <message>
            <source>{field} must be a list.</source>
            <translation>{field} muss eine Liste sein.</translation>
        </message>
        <message>
            <source>the row has no name, left out</source>
            <translation>die Zeile hat keinen Namen, ausgelassen</translation>
        </message>
        <message>
            <source>the file is empty.</source>
            <translation>die Datei ist leer.</translation>
        </message>
        <message>
            <source>no column holds a name or an e-mail address (is the first row the header?).</source>
            <translation>keine Spalte enthält einen Namen oder eine E-Mail-Adresse (ist die erste Zeile die Kopfzeile?).</translation>
        </message>
        <message>
            <source>this line cannot be read as CSV ({reason}).</source>
            <translation>diese Zeile kann nicht als CSV gelesen werden ({reason}).</translation>
        </message>
        <message>
            <source>The file has a number too long to read.</source>
            <translation>Die Datei enthält eine Zahl, die zu lang ist, um sie zu lesen.</translation>
        </message>
        <message>
            <source>This is not a Field Dossier data file (no “format” field).</source>
            <translation>Dies ist keine Datendatei von Field Dossier (kein Feld „format“).</translation>
        </message>
        <message>
            <source>The data file has format version {version}; this version of the app reads up to {supported}.</source>
            <translation>Die Datendatei hat die Formatversion {version}; diese Version der App liest Dateien bis Formatversion {supported}.</translation>
        </message>
        <message>
            <source>“{section}” must be a list.</source>
            <translation>„{section}“ muss eine Liste sein.</translation>
        </message>
        <message>
            <source>each record needs a “kind”: one of {kinds}.</source>
            <translation>jeder Datensatz benötigt ein Feld „kind“ mit einem dieser Werte: {kinds}.</translation>
        </message>
        <message>
            <source>Record {number} ({kind})</source>
            <translation>Datensatz {number} ({kind})</translation>
        </message>
        <message>
            <source>The file nests lists and objects deeper than {depth} levels.</source>
            <translation>Die Datei verschachtelt Listen und Objekte tiefer als {depth} Ebenen.</translation>
        </message>
        <message>
            <source>None of these contacts has consent that is still valid: nothing was written (contacts without consent never leave the workspace).</source>
            <translation>Keiner dieser Kontakte hat eine noch gültige Einwilligung: Es wurde nichts geschrieben (Kontakte ohne Einwilligung verlassen den Arbeitsbereich nie).</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>{path} kann nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <source>“{value}” is no phone number, left out</source>
            <translation>„{value}“ ist keine Telefonnummer, ausgelassen</translation>
        </message>
        <message>
            <source>it has the id {id} of record {other} ({other_kind}) as well; one of the two needs another id.</source>
            <translation>er hat dieselbe ID {id} wie Datensatz {other} ({other_kind}); einer der beiden braucht eine andere ID.</translation>
        </message>
        <message>
            <source>{file} was not imported; nothing was changed. Problems found:</source>
            <translation>{file} wurde nicht importiert; es wurde nichts geändert. Gefundene Probleme:</translation>
        </message>
        <message>
            <source>labels must be an object.</source>
            <translation>labels muss ein Objekt sein.</translation>
        </message>
        <message>
            <source>Unknown taxonomy “{kind}”.</source>
            <translation>Unbekannte Taxonomie „{kind}“.</translation>
        </message>
        <message>
            <source>The id {id} belongs to a different record.</source>
            <translation>Die ID {id} gehört zu einem anderen Datensatz.</translation>
        </message>
        <message>
            <source>An attachment needs a valid id.</source>
            <translation>Ein Anhang benötigt eine gültige ID.</translation>
        </message>
        <message>
            <source>The attachment belongs to a missing record {id}.</source>
            <translation>Der Anhang gehört zu einem nicht vorhandenen Datensatz {id}.</translation>
        </message>
        <message>
            <source>{field} must be 64 hexadecimal digits.</source>
            <translation>{field} muss aus 64 Hexadezimalziffern bestehen.</translation>
        </message>
        <message>
            <source>The attachment content is not valid base64.</source>
            <translation>Der Inhalt des Anhangs ist kein gültiges Base64.</translation>
        </message>
        <message>
            <source>The attachment content does not match its SHA-256.</source>
            <translation>Der Inhalt des Anhangs stimmt nicht mit seiner SHA-256-Prüfsumme überein.</translation>
        </message>
        <message>
            <source>{field} is required.</source>
            <translation>{field} muss ausgefüllt werden.</translation>
        </message>
        <message>
            <source>{field} must be a whole number of 0 or more.</source>
            <translation>{field} muss eine ganze Zahl ab 0 sein.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid time for {field}.</source>
            <translation>„{value}“ ist keine gültige Zeitangabe für {field}.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translation>{path} kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>{file} is not a file that can be imported (use .json, .vcf or .csv).</source>
            <translation>{file} kann nicht importiert werden (verwenden Sie .json, .vcf oder .csv).</translation>
        </message>
        <message>
            <source>Row {number} (line {line})</source>
            <translation>Zeile {number} (Dateizeile {line})</translation>
        </message>
        <message>
            <source>Card {number} (line {line})</source>
            <translation>Karte {number} (Zeile {line})</translation>
        </message>
        <message>
            <source>This record is in the trash. Restore it before editing.</source>
            <translation>Dieser Datensatz liegt im Papierkorb. Bitte stellen Sie ihn wieder her, bevor Sie ihn bearbeiten.</translation>
        </message>
        <message>
            <source>There is no record with the id {id}.</source>
            <translation>Es gibt keinen Datensatz mit der ID {id}.</translation>
        </message>
        <message>
            <source>Unknown record kind “{kind}” (use one of: {kinds}).</source>
            <translation>Unbekannte Datensatzart „{kind}“ (verwenden Sie eine der folgenden: {kinds}).</translation>
        </message>
        <message>
            <source>Unknown field(s) for {kind}: {fields}.</source>
            <translation>Unbekannte(s) Feld(er) für {kind}: {fields}.</translation>
        </message>
        <message>
            <source>{field} cannot be changed.</source>
            <translation>{field} kann nicht geändert werden.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid id (a UUID).</source>
            <translation>„{value}“ ist keine gültige ID (UUID).</translation>
        </message>
        <message>
            <source>A record with the id {value} exists already.</source>
            <translation>Ein Datensatz mit der ID {value} existiert bereits.</translation>
        </message>
        <message>
            <source>The end date lies before the start date.</source>
            <translation>Das Enddatum liegt vor dem Startdatum.</translation>
        </message>
        <message>
            <source>An element is transferred between two different municipalities.</source>
            <translation>Ein Element muss zwischen zwei verschiedenen Kommunen übertragen werden.</translation>
        </message>
        <message>
            <source>Consent needs the date on which it was given.</source>
            <translation>Für die Einwilligung wird das Datum benötigt, an dem sie erteilt wurde.</translation>
        </message>
        <message>
            <source>The consent date lies in the future.</source>
            <translation>Das Datum der Einwilligung liegt in der Zukunft.</translation>
        </message>
        <message>
            <source>Consent cannot end before the date it was given.</source>
            <translation>Eine Einwilligung kann nicht vor dem Tag enden, an dem sie erteilt wurde.</translation>
        </message>
        <message>
            <source>An empty name is not allowed in {field}.</source>
            <translation>In {field} ist kein leerer Name zulässig.</translation>
        </message>
        <message>
            <source>“{name}” is not one of: {known}.</source>
            <translation>„{name}“ gehört nicht zu: {known}.</translation>
        </message>
        <message>
            <source>this card has no END:VCARD.</source>
            <translation>diese Karte hat kein END:VCARD.</translation>
        </message>
        <message>
            <source>END:VCARD without BEGIN:VCARD.</source>
            <translation>END:VCARD ohne BEGIN:VCARD.</translation>
        </message>
        <message>
            <source>this line is not part of a vCard.</source>
            <translation>diese Zeile gehört zu keiner vCard.</translation>
        </message>
        <message>
            <source>the file contains no vCard.</source>
            <translation>die Datei enthält keine vCard.</translation>
        </message>
        <message>
            <source>a line that is no vCard property</source>
            <translation>eine Zeile, die keine vCard-Eigenschaft ist</translation>
        </message>
        <message>
            <source>the card has no name, organisation, e-mail or number, left out</source>
            <translation>die Karte hat weder Namen noch Organisation, E-Mail oder Nummer, ausgelassen</translation>
        </message>
        <message>
            <source>“{value}” is no e-mail address, left out</source>
            <translation>„{value}“ ist keine E-Mail-Adresse, ausgelassen</translation>
        </message>
        <message>
            <source>the photo cannot be read, left out</source>
            <translation>das Foto ist nicht lesbar, ausgelassen</translation>
        </message>
        <message>
            <source>The database is busy (another program is using it). Please try again.</source>
            <translation>Die Datenbank ist gerade belegt (ein anderes Programm verwendet sie). Bitte versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The disk is full. Free some space; nothing was changed.</source>
            <translation>Der Datenträger ist voll. Bitte geben Sie Speicherplatz frei; es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The database cannot be written (read-only). Nothing was changed.</source>
            <translation>In die Datenbank kann nicht geschrieben werden (schreibgeschützt). Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The database file could not be read or written (a disk or network drive error). Nothing was changed.</source>
            <translation>Die Datenbankdatei konnte nicht gelesen oder geschrieben werden (Fehler des Datenträgers oder Netzlaufwerks). Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The database could not be upgraded ({reason}). It was restored from the backup {backup}; nothing was lost.</source>
            <translation>Die Datenbank konnte nicht aktualisiert werden ({reason}). Sie wurde aus der Sicherung {backup} wiederhergestellt; es sind keine Daten verloren gegangen.</translation>
        </message>
        <message>
            <source>Nothing to export: no records match the chosen period and filters. No file was written.</source>
            <translation>Nichts zu exportieren: Kein Datensatz entspricht dem gewählten Zeitraum und den Filtern. Es wurde keine Datei geschrieben.</translation>
        </message>
        <message>
            <source>A visit report is about one activity: choose one.</source>
            <translation>Ein Besuchsbericht bezieht sich auf genau eine Aktivität: Bitte wählen Sie eine aus.</translation>
        </message>
        <message>
            <source>There is no activity with the id {id} (or it is in the trash), so there is no visit to report on.</source>
            <translation>Es gibt keine Aktivität mit der ID {id} (oder sie liegt im Papierkorb), daher gibt es keinen Besuch, über den berichtet werden kann.</translation>
        </message>
        <message>
            <source>The dossier cannot be written to {path}: {reason}. No file was written.</source>
            <translation>Das Dossier kann nicht unter {path} gespeichert werden: {reason}. Es wurde keine Datei geschrieben.</translation>
        </message>
        <message>
            <source>The export was cancelled. No file was written.</source>
            <translation>Der Export wurde abgebrochen. Es wurde keine Datei geschrieben.</translation>
        </message>
        <message>
            <source>The period starts on {start} but ends before, on {end}.</source>
            <translation>Der Zeitraum beginnt am {start}, endet aber schon vorher, am {end}.</translation>
        </message>
        <message>
            <source>This installation lacks the dossier texts for that language ({file}). Reinstall Field Dossier. No file was written.</source>
            <translation>Dieser Installation fehlen die Dossiertexte in dieser Sprache ({file}). Installieren Sie Field Dossier neu. Es wurde keine Datei geschrieben.</translation>
        </message>
        <message>
            <source>Say who signs in: --user NAME.</source>
            <translation>Bitte geben Sie an, wer sich anmeldet: --user NAME.</translation>
        </message>
        <message>
            <source>Say which server: --server URL.</source>
            <translation>Geben Sie den Server an: --server URL.</translation>
        </message>
        <message>
            <source>Your administrator set {option} on this computer to “{value}”; leave {option} out.</source>
            <translation>Ihre Administration hat {option} auf diesem Computer auf „{value}“ festgelegt; lassen Sie {option} weg.</translation>
        </message>
        <message>
            <source>There is no terminal to ask for the password: use --password-stdin.</source>
            <translation>Es gibt kein Terminal, um das Passwort abzufragen: Verwenden Sie --password-stdin.</translation>
        </message>
        <message>
            <source>The password is empty.</source>
            <translation>Das Passwort ist leer.</translation>
        </message>
        <message>
            <source>--take is mine, theirs or a JSON value ({reason}).</source>
            <translation>--take erwartet mine, theirs oder einen JSON-Wert ({reason}).</translation>
        </message>
        <message>
            <source>There is no conflict with the id {id}.</source>
            <translation>Es gibt keinen Konflikt mit der ID {id}.</translation>
        </message>
        <message>
            <source>This conflict has been resolved already.</source>
            <translation>Dieser Konflikt wurde bereits geklärt.</translation>
        </message>
        <message>
            <source>Neither value was written on this computer, so “mine” and “theirs” are unclear here. Give the value to keep instead.</source>
            <translation>Keiner der beiden Werte stammt von diesem Computer, daher sind „mine“ und „theirs“ hier nicht eindeutig. Geben Sie stattdessen den Wert an, der gelten soll.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid value for {field}.</source>
            <translation>„{value}“ ist kein gültiger Wert für {field}.</translation>
        </message>
        <message>
            <source>The sync server {url} had a problem (HTTP {status}). Your work is safe on this computer; try again later.</source>
            <translation>Beim Synchronisationsserver {url} ist ein Problem aufgetreten (HTTP {status}). Ihre Arbeit ist auf diesem Computer sicher; versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>The sync server {url} answered something this version does not understand ({detail}). Is it a Field Dossier sync server of a matching version?</source>
            <translation>Der Synchronisationsserver {url} hat eine Antwort gesendet, die diese Version nicht versteht ({detail}). Ist es ein Synchronisationsserver von Field Dossier in passender Version?</translation>
        </message>
        <message>
            <source>The user name or the password is wrong.</source>
            <translation>Benutzername oder Passwort ist falsch.</translation>
        </message>
        <message>
            <source>Too many failed sign-ins. For safety the account is locked for {seconds} seconds; try again then.</source>
            <translation>Zu viele fehlgeschlagene Anmeldeversuche. Zur Sicherheit ist das Konto {seconds} Sekunden lang gesperrt; versuchen Sie es danach erneut.</translation>
        </message>
        <message>
            <source>{user} is not a member of the workspace “{workspace}” on this server. Ask an administrator to add you.</source>
            <translation>{user} ist kein Mitglied des Arbeitsbereichs „{workspace}“ auf diesem Server. Bitten Sie die Administration, Sie hinzuzufügen.</translation>
        </message>
        <message>
            <source>{user} is not a member of any workspace on this server. Ask an administrator to add you.</source>
            <translation>{user} ist in keinem Arbeitsbereich auf diesem Server Mitglied. Bitten Sie die Administration, Sie hinzuzufügen.</translation>
        </message>
        <message>
            <source>{user} belongs to several workspaces ({names}). Choose one of them.</source>
            <translation>{user} gehört zu mehreren Arbeitsbereichen ({names}). Wählen Sie einen davon aus.</translation>
        </message>
        <message>
            <source>This data folder belongs to the workspace “{bound}”. Use a separate data folder for “{requested}”.</source>
            <translation>Dieser Datenordner gehört zum Arbeitsbereich „{bound}“. Verwenden Sie für „{requested}“ einen eigenen Datenordner.</translation>
        </message>
        <message>
            <source>The sync server refused this: {detail}</source>
            <translation>Der Synchronisationsserver hat dies abgelehnt: {detail}</translation>
        </message>
        <message>
            <source>Your sign-in has expired or was ended. Please sign in again; nothing was lost.</source>
            <translation>Ihre Anmeldung ist abgelaufen oder wurde beendet. Bitte melden Sie sich erneut an; es ist nichts verloren gegangen.</translation>
        </message>
        <message>
            <source>This computer is not signed in to a sync server. Sign in first (field-dossier login).</source>
            <translation>Dieser Computer ist bei keinem Synchronisationsserver angemeldet. Melden Sie sich zuerst an (field-dossier login).</translation>
        </message>
        <message>
            <source>The sign-in was kept for one run only (there is no keyring on this computer). Sign in again, e.g. with sync --password-stdin.</source>
            <translation>Die Anmeldung galt nur für einen Programmlauf (auf diesem Computer gibt es keinen Keyring). Melden Sie sich erneut an, z. B. mit sync --password-stdin.</translation>
        </message>
        <message>
            <source>There is no secure password store (keyring) on this computer, so the sign-in cannot be remembered. You can sign in for this run only; the sign-in is then forgotten when the program ends.</source>
            <translation>Auf diesem Computer gibt es keinen sicheren Passwortspeicher (Keyring), daher kann die Anmeldung nicht gespeichert werden. Sie können sich nur für diesen Programmlauf anmelden; die Anmeldung wird beim Beenden des Programms verworfen.</translation>
        </message>
        <message>
            <source>A sync is already running. Wait for it to finish.</source>
            <translation>Es läuft bereits eine Synchronisation. Warten Sie, bis sie abgeschlossen ist.</translation>
        </message>
        <message>
            <source>The sync was cancelled. Nothing was lost; the next sync continues where this one stopped.</source>
            <translation>Die Synchronisation wurde abgebrochen. Es ist nichts verloren gegangen; die nächste Synchronisation setzt dort fort, wo diese aufgehört hat.</translation>
        </message>
        <message>
            <source>The sync server has no record with the id {id}.</source>
            <translation>Der Synchronisationsserver hat keinen Datensatz mit der ID {id}.</translation>
        </message>
        <message>
            <source>it is not a zip file</source>
            <translation>es ist keine ZIP-Datei</translation>
        </message>
        <message>
            <source>it is larger than 2 GB</source>
            <translation>es ist größer als 2 GB</translation>
        </message>
        <message>
            <source>it holds a file twice</source>
            <translation>es enthält eine Datei doppelt</translation>
        </message>
        <message>
            <source>its manifest cannot be read</source>
            <translation>sein Inhaltsverzeichnis ist nicht lesbar</translation>
        </message>
        <message>
            <source>its signature does not match this device's key</source>
            <translation>seine Signatur passt nicht zum Schlüssel dieses Geräts</translation>
        </message>
        <message>
            <source>files are missing or were added</source>
            <translation>Dateien fehlen oder wurden hinzugefügt</translation>
        </message>
        <message>
            <source>it is not an answer from the server</source>
            <translation>es ist keine Antwort des Servers</translation>
        </message>
        <message>
            <source>it was made for another computer or workspace</source>
            <translation>es wurde für einen anderen Computer oder Arbeitsbereich erstellt</translation>
        </message>
        <message>
            <source>its answer cannot be read</source>
            <translation>seine Antwort ist nicht lesbar</translation>
        </message>
        <message>
            <source>this computer has no bundle key: sign in once while online</source>
            <translation>dieser Computer hat keinen Paketschlüssel: Melden Sie sich einmal online an</translation>
        </message>
        <message>
            <source>The file {path} is not a usable sync bundle: {reason}. Nothing was changed.</source>
            <translation>Die Datei {path} ist kein verwendbares Synchronisationspaket: {reason}. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>“{address}” is not a server address. Type it like https://sync.example.org (the https:// may be left out).</source>
            <translation>„{address}“ ist keine Serveradresse. Geben Sie sie wie https://sync.example.org ein (https:// kann entfallen).</translation>
        </message>
        <message>
            <source>Background work is still running. Try the restore again in a moment; nothing was changed.</source>
            <translation>Im Hintergrund laufen noch Vorgänge. Versuchen Sie die Wiederherstellung gleich noch einmal; es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>There is no dossier template {name} (use one of: {names}).</source>
            <translation>Es gibt keine Dossiervorlage {name} (möglich sind: {names}).</translation>
        </message>
        <message>
            <source>An attachment refers to its file by a damaged name ({digest}); that file cannot be read or stored on this computer.</source>
            <translation>Ein Anhang verweist mit einem beschädigten Namen ({digest}) auf seine Datei; diese Datei kann auf diesem Computer weder gelesen noch gespeichert werden.</translation>
        </message>
        <message>
            <source>it does not exist</source>
            <translation>es existiert nicht</translation>
        </message>
        <message>
            <source>you are not allowed to use it</source>
            <translation>Sie haben keine Berechtigung dafür</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>der Datenträger ist voll</translation>
        </message>
        <message>
            <source>the drive cannot be written to</source>
            <translation>auf das Laufwerk kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>it is a folder, not a file</source>
            <translation>es ist ein Ordner, keine Datei</translation>
        </message>
        <message>
            <source>a part of the path is not a folder</source>
            <translation>ein Teil des Pfades ist kein Ordner</translation>
        </message>
        <message>
            <source>it exists already</source>
            <translation>es existiert bereits</translation>
        </message>
        <message>
            <source>the name is too long</source>
            <translation>der Name ist zu lang</translation>
        </message>
        <message>
            <source>another program is using it</source>
            <translation>ein anderes Programm verwendet es gerade</translation>
        </message>
        <message>
            <source>the drive could not be read or written</source>
            <translation>das Laufwerk konnte nicht gelesen oder beschrieben werden</translation>
        </message>
        <message>
            <source>the name contains characters that are not allowed</source>
            <translation>der Name enthält unzulässige Zeichen</translation>
        </message>
        <message>
            <source>the operating system refused</source>
            <translation>das Betriebssystem hat es abgelehnt</translation>
        </message>
        <message>
            <source>The server does not answer at {url}. Your work is safe on this computer; sync again when the server is back.</source>
            <translation>Der Server unter {url} antwortet nicht. Ihre Arbeit ist auf diesem Computer sicher; synchronisieren Sie erneut, wenn der Server wieder erreichbar ist.</translation>
        </message>
        <message>
            <source>The server at {url} does not answer in time. Your work is safe on this computer; sync again later.</source>
            <translation>Der Server unter {url} antwortet nicht rechtzeitig. Ihre Arbeit ist auf diesem Computer sicher; synchronisieren Sie später erneut.</translation>
        </message>
        <message>
            <source>There is no server at {url}: check the address, and whether this computer is connected to the network. Your work is safe on this computer.</source>
            <translation>Unter {url} gibt es keinen Server: Prüfen Sie die Adresse und ob dieser Computer mit dem Netzwerk verbunden ist. Ihre Arbeit ist auf diesem Computer sicher.</translation>
        </message>
        <message>
            <source>This computer has no network connection to {url}. Your work is safe on this computer; sync again when the network is back.</source>
            <translation>Dieser Computer hat keine Netzwerkverbindung zu {url}. Ihre Arbeit ist auf diesem Computer sicher; synchronisieren Sie erneut, wenn das Netzwerk wieder verfügbar ist.</translation>
        </message>
        <message>
            <source>The server at {url} cannot prove that it is the right one (its certificate is not valid). Nothing was sent. Ask your administrator.</source>
            <translation>Der Server unter {url} kann nicht nachweisen, dass er der richtige ist (sein Zertifikat ist ungültig). Es wurde nichts gesendet. Wenden Sie sich an Ihre Administration.</translation>
        </message>
        <message>
            <source>The connection to {url} broke off. Your work is safe on this computer; sync again when the network is back.</source>
            <translation>Die Verbindung zu {url} ist abgebrochen. Ihre Arbeit ist auf diesem Computer sicher; synchronisieren Sie erneut, wenn das Netzwerk wieder verfügbar ist.</translation>
        </message>
        <message>
            <source>No terminal to ask for the passphrase: use --passphrase-stdin.</source>
            <translation>Kein Terminal, um nach der Passphrase zu fragen: Verwenden Sie --passphrase-stdin.</translation>
        </message>
        <message>
            <source>Field Dossier or a sync is using this data folder. Close it and try again; nothing was changed.</source>
            <translation>Field Dossier oder eine Synchronisation verwendet diesen Datenordner. Schließen Sie das Programm bzw. warten Sie das Ende ab und versuchen Sie es erneut; es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The data folder {folder} is encrypted and its key is not on this computer: enter its passphrase or recovery key.</source>
            <translation>Der Datenordner {folder} ist verschlüsselt, und sein Schlüssel ist nicht auf diesem Computer: Geben Sie die Passphrase oder den Wiederherstellungsschlüssel ein.</translation>
        </message>
        <message>
            <source>That passphrase or recovery key does not open this data folder. Nothing was changed.</source>
            <translation>Diese Passphrase oder dieser Wiederherstellungsschlüssel öffnet den Datenordner nicht. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The encryption settings of this data folder ({file}) are damaged; the recovery key still opens it.</source>
            <translation>Die Verschlüsselungsangaben dieses Datenordners ({file}) sind beschädigt; der Wiederherstellungsschlüssel öffnet ihn weiterhin.</translation>
        </message>
        <message>
            <source>This data folder is already encrypted.</source>
            <translation>Dieser Datenordner ist bereits verschlüsselt.</translation>
        </message>
        <message>
            <source>This computer has no keyring to keep the key: choose a passphrase.</source>
            <translation>Dieser Computer hat keinen sicheren Passwortspeicher (Keyring) für den Schlüssel: Wählen Sie eine Passphrase.</translation>
        </message>
        <message>
            <source>A passphrase needs at least {count} characters.</source>
            <translation>Eine Passphrase braucht mindestens {count} Zeichen.</translation>
        </message>
        <message>
            <source>This data folder is not encrypted.</source>
            <translation>Dieser Datenordner ist nicht verschlüsselt.</translation>
        </message>
        <message>
            <source>The converted copy of the database did not match the original; nothing was changed.</source>
            <translation>Die umgewandelte Kopie der Datenbank stimmte nicht mit dem Original überein; es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Background work is still running. Try again in a moment; nothing was changed.</source>
            <translation>Im Hintergrund läuft noch etwas. Versuchen Sie es gleich noch einmal; es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Give a logo as programme=FILE or partner=FILE, not {value}.</source>
            <translation>Geben Sie ein Logo als programme=DATEI oder partner=DATEI an, nicht {value}.</translation>
        </message>
        <message>
            <source>There is no publication setting {field}.</source>
            <translation>Eine Veröffentlichungsangabe {field} gibt es nicht.</translation>
        </message>
        <message>
            <source>A dossier cover holds at most {limit} partner logos.</source>
            <translation>Auf ein Deckblatt passen höchstens {limit} Partnerlogos.</translation>
        </message>
        <message>
            <source>The logo file {file} does not exist.</source>
            <translation>Die Logodatei {file} gibt es nicht.</translation>
        </message>
        <message>
            <source>{file} is not an image a dossier can show (PNG or JPEG, please).</source>
            <translation>{file} ist kein Bild, das ein Dossier zeigen kann (bitte PNG oder JPEG).</translation>
        </message>
        <message>
            <source>The file's character encoding is not clear; choose one (on the command line with --encoding, e.g. --encoding cp1252).</source>
            <translation>Die Zeichenkodierung der Datei ist nicht eindeutig; bitte wählen Sie eine (auf der Kommandozeile mit --encoding, z. B. --encoding cp1252).</translation>
        </message>
        <message>
            <source>“{encoding}” is not a known encoding.</source>
            <translation>„{encoding}“ ist keine bekannte Zeichenkodierung.</translation>
        </message>
        <message>
            <source>Line {line} cannot be read as {encoding}.</source>
            <translation>Zeile {line} kann nicht als {encoding} gelesen werden.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Photos missing</source>
            <translation>Fotos fehlen</translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) of this dossier are not on this computer yet.</source>
            <translation>
                <numerusform>%n Foto dieses Dossiers ist noch nicht auf diesem Computer.</numerusform>
                <numerusform>%n Fotos dieses Dossiers sind noch nicht auf diesem Computer.</numerusform>
            </translation>
        </message>
        <message>
            <source>Download them first, or export without them: the dossier then names each missing photo in its place.</source>
            <translation>Laden Sie sie zuerst herunter, oder exportieren Sie ohne sie: Das Dossier nennt dann jedes fehlende Foto an seiner Stelle.</translation>
        </message>
        <message>
            <source>&amp;Download, then export</source>
            <translation>&amp;Herunterladen, dann exportieren</translation>
        </message>
        <message>
            <source>Export &amp;without them</source>
            <translation>&amp;Ohne sie exportieren</translation>
        </message>
        <message>
            <source>Export dossier</source>
            <translation>Dossier exportieren</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <source>(all activities)</source>
            <translation>(alle Aktivitäten)</translation>
        </message>
        <message>
            <source>Scope (nothing ticked: everything)</source>
            <translation>Umfang (nichts angehakt: alles)</translation>
        </message>
        <message>
            <source>Activity:</source>
            <translation>Aktivität:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Zeitraum:</translation>
        </message>
        <message>
            <source>Municipalities</source>
            <translation>Kommunen</translation>
        </message>
        <message>
            <source>Fields of action</source>
            <translation>Handlungsfelder</translation>
        </message>
        <message>
            <source>Activity types</source>
            <translation>Aktivitätstypen</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
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
            <translation>&amp;Fotos mit ihren Beschriftungen einbeziehen</translation>
        </message>
        <message>
            <source>Include c&amp;ontacts (only those who gave consent)</source>
            <translation>K&amp;ontakte einbeziehen (nur solche mit Einwilligung)</translation>
        </message>
        <message>
            <source>&amp;Pseudonymise people (Person A, B, …) for readers outside the core group</source>
            <translation>Personen &amp;pseudonymisieren (Person A, B, …) für Lesende außerhalb der Kerngruppe</translation>
        </message>
        <message>
            <source>Open the dossier when it is ready</source>
            <translation>Dossier öffnen, sobald es fertig ist</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>&amp;Language of the dossier:</source>
            <translation>&amp;Sprache des Dossiers:</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>Fo&amp;rmat:</translation>
        </message>
        <message>
            <source>&amp;Save as:</source>
            <translation>Speichern &amp;unter:</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportieren</translation>
        </message>
        <message>
            <source>Choose the activity for this dossier.</source>
            <translation>Wählen Sie die Aktivität für dieses Dossier.</translation>
        </message>
        <message>
            <source>Save the dossier as</source>
            <translation>Dossier speichern unter</translation>
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
            <translation>Export abbrechen</translation>
        </message>
        <message>
            <source>Downloading the missing photos…</source>
            <translation>Die fehlenden Fotos werden heruntergeladen …</translation>
        </message>
        <message>
            <source>The photos could not be downloaded: %1</source>
            <translation>Die Fotos konnten nicht heruntergeladen werden: %1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message numerus="yes">
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n Datensatz</numerusform>
                <numerusform>%n Datensätze</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n Seite</numerusform>
                <numerusform>%n Seiten</numerusform>
            </translation>
        </message>
        <message>
            <source>Written: %1 (%2, %3).</source>
            <translation>Gespeichert: %1 (%2, %3).</translation>
        </message>
        <message>
            <source>Written: %1 (%3).</source>
            <translation>Gespeichert: %1 (%3).</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
    </context>
    <context>
        <name>ExportProgress</name>
        <message>
            <source>Selecting records…</source>
            <translation>Datensätze werden ausgewählt…</translation>
        </message>
        <message>
            <source>Composing the dossier ({done} of {total})…</source>
            <translation>Dossier wird zusammengestellt ({done} von {total})…</translation>
        </message>
        <message>
            <source>Typesetting…</source>
            <translation>Seiten werden gesetzt…</translation>
        </message>
        <message>
            <source>Typesetting page {page}…</source>
            <translation>Seite {page} wird gesetzt…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <source>Done.</source>
            <translation>Fertig.</translation>
        </message>
    </context>
    <context>
        <name>FieldHelp</name>
        <message>
            <source>How the element works where it comes from: who runs it, for whom, with what means. Describe it as the colleagues there would, before any change: the adaptation and its reasons are only understandable against this starting point.</source>
            <translation>Wie das Element dort funktioniert, wo es herkommt: wer es trägt, für wen, mit welchen Mitteln. Beschreiben Sie es so, wie es die Kolleginnen und Kollegen dort tun würden, vor jeder Änderung: Die Anpassung und ihre Gründe sind nur vor diesem Ausgangspunkt zu verstehen.</translation>
        </message>
        <message>
            <source>What was changed so that the element works here: a different target group, partner, format, budget or timing. Name the concrete differences to the origin, not the element as a whole.</source>
            <translation>Was geändert wurde, damit das Element hier funktioniert: eine andere Zielgruppe, ein anderer Träger, ein anderes Format, Budget oder ein anderer Zeitrahmen. Nennen Sie die konkreten Unterschiede zum Ursprung, nicht das Element als Ganzes.</translation>
        </message>
        <message>
            <source>Why it had to change: the local conditions (law, funding, people, language, what already exists) that made the original form unworkable here. This is the heart of the documentation: the next municipality can only judge whether the adaptation fits its own situation if it knows the reasons.</source>
            <translation>Warum es sich ändern musste: die örtlichen Bedingungen (Recht, Finanzierung, Menschen, Sprache, bestehende Angebote), unter denen die ursprüngliche Form hier nicht funktioniert hätte. Das ist das Herzstück der Dokumentation: Die nächste Kommune kann nur dann beurteilen, ob die Anpassung zu ihrer eigenen Lage passt, wenn sie die Gründe kennt.</translation>
        </message>
        <message>
            <source>What the person agreed to: internal reports only, also dossiers for the project groups, or also publications such as the manual. Dossiers name them only where their consent covers it.</source>
            <translation>Wozu die Person eingewilligt hat: nur interne Berichte, auch Dossiers für die Projektgremien oder auch Veröffentlichungen wie das Handbuch. Dossiers nennen sie nur, wo ihre Einwilligung das umfasst.</translation>
        </message>
        <message>
            <source>The last day the consent holds; empty if it does not end. After it, the person is left out of every export, as if they had not consented.</source>
            <translation>Der letzte Tag, an dem die Einwilligung gilt; leer, wenn sie nicht endet. Danach fehlt die Person in jedem Export, als hätte sie nicht eingewilligt.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Fields of action</source>
            <translation>Handlungsfelder</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <source>In the trash</source>
            <translation>Im Papierkorb</translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>Bildunterschrift</translation>
        </message>
        <message>
            <source>Photo credit</source>
            <translation>Fotonachweis</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>Dateiname</translation>
        </message>
        <message>
            <source>Photo or file</source>
            <translation>Foto oder Datei</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivität</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Aktivitäten</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Enddatum</translation>
        </message>
        <message>
            <source>Host municipality</source>
            <translation>Gastgebende Kommune</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>Beobachtung</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>Beobachtungen</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Verfasst von</translation>
        </message>
        <message>
            <source>District</source>
            <translation>Stadtteil</translation>
        </message>
        <message>
            <source>Target groups</source>
            <translation>Zielgruppen</translation>
        </message>
        <message>
            <source>Gender mainstreaming remark</source>
            <translation>Anmerkung zum Gender-Mainstreaming</translation>
        </message>
        <message>
            <source>Adaptation note</source>
            <translation>Anpassungsnotiz</translation>
        </message>
        <message>
            <source>Adaptation notes</source>
            <translation>Anpassungsnotizen</translation>
        </message>
        <message>
            <source>Kind of element</source>
            <translation>Art des Elements</translation>
        </message>
        <message>
            <source>Element</source>
            <translation>Element</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Nach</translation>
        </message>
        <message>
            <source>At the origin</source>
            <translation>Am Ursprungsort</translation>
        </message>
        <message>
            <source>Adaptation</source>
            <translation>Anpassung</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Framework conditions</source>
            <translation>Rahmenbedingungen</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Effects observed</source>
            <translation>Beobachtete Wirkungen</translation>
        </message>
        <message>
            <source>Supporting observations</source>
            <translation>Belegende Beobachtungen</translation>
        </message>
        <message>
            <source>Principles</source>
            <translation>Prinzipien</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommune</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Land</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail addresses</source>
            <translation>E-Mail-Adressen</translation>
        </message>
        <message>
            <source>Phone numbers</source>
            <translation>Telefonnummern</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Anschriften</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Sprachen</translation>
        </message>
        <message>
            <source>Met at activities</source>
            <translation>Getroffen bei Aktivitäten</translation>
        </message>
        <message>
            <source>Where met</source>
            <translation>Wo getroffen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>Einwilligung erteilt</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>Datum der Einwilligung</translation>
        </message>
        <message>
            <source>Consent covers</source>
            <translation>Einwilligung umfasst</translation>
        </message>
        <message>
            <source>Consent valid until</source>
            <translation>Einwilligung gültig bis</translation>
        </message>
        <message>
            <source>Consent scope</source>
            <translation>Umfang der Einwilligung</translation>
        </message>
        <message>
            <source>Consent note</source>
            <translation>Anmerkung zur Einwilligung</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Straße</translation>
        </message>
        <message>
            <source>Postcode</source>
            <translation>PLZ</translation>
        </message>
        <message>
            <source>Town</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivität</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommune</translation>
        </message>
        <message>
            <source>Field of action</source>
            <translation>Handlungsfeld</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Schlagwort</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Bis</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Filter zurücksetzen</translation>
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
                <numerusform>%n Datensatz angezeigt</numerusform>
                <numerusform>%n Datensätze angezeigt</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a filter and its value</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Remove the filter “%1”</source>
            <translation>Filter „%1“ entfernen</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>Alle entfernen</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to Field Dossier</source>
            <translation>Willkommen bei Field Dossier</translation>
        </message>
        <message>
            <source>Field Dossier keeps your observations, adaptation notes and contacts on this computer and works without a network. Tell it who you are; everything here can be changed later, and you can skip it.</source>
            <translation>Field Dossier speichert Ihre Beobachtungen, Anpassungsnotizen und Kontakte auf diesem Computer und funktioniert ohne Netzwerk. Geben Sie an, wer Sie sind; alle Angaben lassen sich später ändern, und Sie können diesen Schritt auch überspringen.</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Ihr &amp;Name:</translation>
        </message>
        <message>
            <source>Your &amp;municipality:</source>
            <translation>Ihre &amp;Kommune:</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>Sprache der &amp;Oberfläche:</translation>
        </message>
        <message>
            <source>&amp;Sync server (optional):</source>
            <translation>S&amp;ynchronisationsserver (optional):</translation>
        </message>
        <message>
            <source>Choose your municipality</source>
            <translation>Kommune auswählen</translation>
        </message>
        <message>
            <source>Leave empty to work only on this computer. You can sign in later.</source>
            <translation>Leer lassen, um nur auf diesem Computer zu arbeiten. Sie können sich später anmelden.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Starten</translation>
        </message>
        <message>
            <source>S&amp;kip</source>
            <translation>Ü&amp;berspringen</translation>
        </message>
        <message>
            <source>The server address must start with https:// or http://.</source>
            <translation>Die Serveradresse muss mit https:// oder http:// beginnen.</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>What is this field for?</source>
            <translation>Wofür ist dieses Feld?</translation>
        </message>
        <message>
            <source>Editor</source>
            <translation>Editor</translation>
        </message>
        <message>
            <source>Lists</source>
            <translation>Listen</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>Fett</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>Kursiv</translation>
        </message>
        <message>
            <source>Next field</source>
            <translation>Nächstes Feld</translation>
        </message>
        <message>
            <source>Add the typed tag</source>
            <translation>Eingetipptes Schlagwort hinzufügen</translation>
        </message>
        <message>
            <source>Open the selected record</source>
            <translation>Ausgewählten Datensatz öffnen</translation>
        </message>
        <message>
            <source>Select several records</source>
            <translation>Mehrere Datensätze auswählen</translation>
        </message>
        <message>
            <source>Ctrl+click, Shift+click</source>
            <translation>Strg+Klick, Umschalt+Klick</translation>
        </message>
        <message>
            <source>Context menu of the selection</source>
            <translation>Kontextmenü der Auswahl</translation>
        </message>
        <message>
            <source>Right-click, Menu key</source>
            <translation>Rechtsklick, Menütaste</translation>
        </message>
        <message>
            <source>From the search field into the results</source>
            <translation>Vom Suchfeld in die Ergebnisse</translation>
        </message>
        <message>
            <source>Open the best hit</source>
            <translation>Besten Treffer öffnen</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Search for an action or a key…</source>
            <translation>Nach einer Aktion oder Taste suchen…</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <source>No shortcut matches.</source>
            <translation>Kein Tastenkürzel passt.</translation>
        </message>
        <message>
            <source>Field Dossier user guide</source>
            <translation>Field Dossier – Kurzanleitung</translation>
        </message>
        <message>
            <source>User &amp;guide</source>
            <translation>&amp;Kurzanleitung</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>&amp;What's This?</source>
            <translation>&amp;Direkthilfe</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Änderungen</translation>
        </message>
        <message>
            <source>Restore this &amp;value</source>
            <translation>Diesen &amp;Wert wiederherstellen</translation>
        </message>
        <message>
            <source>Restore this &amp;version</source>
            <translation>Diese &amp;Version wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>&amp;Neu laden</translation>
        </message>
        <message>
            <source>Loading the history…</source>
            <translation>Der Verlauf wird geladen …</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>Every version, from the sync server.</source>
            <translation>Alle Versionen, vom Synchronisationsserver.</translation>
        </message>
        <message>
            <source>Only the changes made on this computer (the server's history is not available: %1)</source>
            <translation>Nur die Änderungen auf diesem Computer (der Verlauf des Servers ist nicht verfügbar: %1)</translation>
        </message>
        <message>
            <source>not sent</source>
            <translation>nicht gesendet</translation>
        </message>
        <message>
            <source>%1, laptop %2, %3</source>
            <translation>%1, Laptop %2, %3</translation>
        </message>
    </context>
    <context>
        <name>Kinds</name>
        <message>
            <source>All observations</source>
            <translation>Alle Beobachtungen</translation>
        </message>
        <message>
            <source>New &amp;observation</source>
            <translation>&amp;Neue Beobachtung</translation>
        </message>
        <message>
            <source>No observations yet.
Press Ctrl+N to capture the first one.</source>
            <translation>Noch keine Beobachtungen.
Drücken Sie Strg+N, um die erste zu erfassen.</translation>
        </message>
        <message>
            <source>Adaptation notes</source>
            <translation>Anpassungsnotizen</translation>
        </message>
        <message>
            <source>New &amp;adaptation note</source>
            <translation>Neue &amp;Anpassungsnotiz</translation>
        </message>
        <message>
            <source>No adaptation notes yet.
Press Ctrl+Shift+N to write down how an element had to change.</source>
            <translation>Noch keine Anpassungsnotizen.
Drücken Sie Strg+Umschalt+N, um festzuhalten, wie ein Element angepasst werden musste.</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>New &amp;contact</source>
            <translation>Neuer &amp;Kontakt</translation>
        </message>
        <message>
            <source>No contacts yet.
Press Ctrl+Shift+K to add one, or import a vCard file (File → Import…).</source>
            <translation>Noch keine Kontakte.
Drücken Sie Strg+Umschalt+K, um einen hinzuzufügen, oder importieren Sie eine vCard-Datei (Datei → Importieren…).</translation>
        </message>
        <message>
            <source>All activities</source>
            <translation>Alle Aktivitäten</translation>
        </message>
        <message>
            <source>New ac&amp;tivity</source>
            <translation>Neue Ak&amp;tivität</translation>
        </message>
        <message>
            <source>No activities yet.
Use File → New activity to add the first one.</source>
            <translation>Noch keine Aktivitäten.
Legen Sie die erste über Datei → Neue Aktivität an.</translation>
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>German</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Niederländisch</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Englisch</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Französisch</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation>Türkisch</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>Polnisch</translation>
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
            <translation>Kurdisch</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation>Persisch</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Spanisch</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Italienisch</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>Portugiesisch</translation>
        </message>
        <message>
            <source>Romanian</source>
            <translation>Rumänisch</translation>
        </message>
        <message>
            <source>Bulgarian</source>
            <translation>Bulgarisch</translation>
        </message>
        <message>
            <source>Serbian</source>
            <translation>Serbisch</translation>
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
            <translation>Albanisch</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <translation>Vietnamesisch</translation>
        </message>
        <message>
            <source>Tigrinya</source>
            <translation>Tigrinya</translation>
        </message>
        <message>
            <source>Somali</source>
            <translation>Somali</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Ukrainisch</translation>
        </message>
    </context>
    <context>
        <name>LanguagesField</name>
        <message>
            <source>e.g. de, nl, tr</source>
            <translation>z. B. de, nl, tr</translation>
        </message>
    </context>
    <context>
        <name>ListMenu</name>
        <message>
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Restore %n record(s)</source>
            <translation>
                <numerusform>&amp;Wiederherstellen</numerusform>
                <numerusform>%n Datensätze &amp;wiederherstellen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Duplicate %n record(s)</source>
            <translation>
                <numerusform>&amp;Duplizieren</numerusform>
                <numerusform>%n Datensätze &amp;duplizieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n record(s) to the &amp;trash</source>
            <translation>
                <numerusform>In den &amp;Papierkorb</numerusform>
                <numerusform>%n Datensätze in den &amp;Papierkorb</numerusform>
            </translation>
        </message>
        <message>
            <source>Export this activity's &amp;visit report…</source>
            <translation>&amp;Besuchsbericht dieser Aktivität exportieren…</translation>
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
            <translation>Wählen Sie einen Datensatz aus, um ihn hier zu sehen,
oder drücken Sie Strg+N, um eine Beobachtung zu erfassen.</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>Import &amp;contacts…</source>
            <translation>&amp;Kontakte importieren …</translation>
        </message>
        <message>
            <source>Export c&amp;ontacts…</source>
            <translation>Kontakte e&amp;xportieren …</translation>
        </message>
        <message>
            <source>&amp;Export dossier…</source>
            <translation>Dossier &amp;exportieren…</translation>
        </message>
        <message>
            <source>&amp;Publication settings…</source>
            <translation>Angaben zur &amp;Veröffentlichung…</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <translation>&amp;Sicherung erstellen…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>Aus Sicherung &amp;wiederherstellen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>&amp;Move to trash</source>
            <translation>In den &amp;Papierkorb verschieben</translation>
        </message>
        <message>
            <source>Delete</source>
            <comment>toolbar button: move to the trash</comment>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Restore from &amp;trash</source>
            <translation>Aus dem Papierkorb wieder&amp;herstellen</translation>
        </message>
        <message>
            <source>Restore</source>
            <comment>toolbar button: out of the trash</comment>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <source>&amp;Filters</source>
            <translation>&amp;Filter</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>Ü&amp;bersicht</translation>
        </message>
        <message>
            <source>&amp;Trash</source>
            <translation>&amp;Papierkorb</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;About Field Dossier</source>
            <translation>Ü&amp;ber Field Dossier</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>Sync &amp;bundle</source>
            <translation>Synchronisations&amp;paket</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>&amp;Synchronisation</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Create…</source>
            <translation>&amp;Erstellen …</translation>
        </message>
        <message>
            <source>&amp;Import answer…</source>
            <translation>&amp;Antwort importieren …</translation>
        </message>
        <message>
            <source>&amp;Forward a bundle to the server…</source>
            <translation>Paket an den Server &amp;weiterleiten…</translation>
        </message>
        <message>
            <source>Sign &amp;in…</source>
            <translation>&amp;Anmelden…</translation>
        </message>
        <message>
            <source>Sync &amp;now</source>
            <translation>&amp;Jetzt synchronisieren</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>A&amp;bmelden</translation>
        </message>
        <message>
            <source>Sync &amp;automatically</source>
            <translation>Auto&amp;matisch synchronisieren</translation>
        </message>
        <message>
            <source>Sync &amp;log…</source>
            <translation>Synchronisations&amp;protokoll …</translation>
        </message>
        <message>
            <source>Resolved. The choice reaches the others with the next sync.</source>
            <translation>Geklärt. Ihre Wahl erreicht die anderen mit der nächsten Synchronisation.</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Hauptsymbolleiste</translation>
        </message>
        <message>
            <source>Search all records (%1)</source>
            <translation>Alle Datensätze durchsuchen (%1)</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <comment>a kind of record and how many there are</comment>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>Wird bearbeitet…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Alle Änderungen gespeichert</translation>
        </message>
        <message>
            <source>Filters cleared: every record is listed again.</source>
            <translation>Filter zurückgesetzt: Alle Datensätze werden wieder angezeigt.</translation>
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
            <translation>Navigation</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Recently edited</source>
            <translation>Zuletzt bearbeitet</translation>
        </message>
        <message>
            <source>Open conflicts</source>
            <translation>Offene Konflikte</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Papierkorb</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Aktivitäten</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Sonstiges</translation>
        </message>
    </context>
    <context>
        <name>ObservationEditor</name>
        <message>
            <source>%1 · last edited by %2</source>
            <translation>%1 · zuletzt bearbeitet von %2</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Encrypt this data folder</source>
            <translation>Diesen Datenordner verschlüsseln</translation>
        </message>
        <message>
            <source>The database will be readable only with its key. The key is kept in this computer's keyring; a passphrase also opens it on another computer.</source>
            <translation>Die Datenbank ist dann nur mit ihrem Schlüssel lesbar. Der Schlüssel liegt im Passwortspeicher dieses Computers; eine Passphrase öffnet sie auch auf einem anderen Computer.</translation>
        </message>
        <message numerus="yes">
            <source>This computer has no keyring to keep the key: choose a passphrase of at least %n characters. You will need it at every start.</source>
            <translation>
                <numerusform>Dieser Computer hat keinen Passwortspeicher für den Schlüssel: Wählen Sie eine Passphrase mit mindestens %n Zeichen. Sie brauchen sie bei jedem Start.</numerusform>
                <numerusform>Dieser Computer hat keinen Passwortspeicher für den Schlüssel: Wählen Sie eine Passphrase mit mindestens %n Zeichen. Sie brauchen sie bei jedem Start.</numerusform>
            </translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>Passphrase:</translation>
        </message>
        <message>
            <source>Repeat it:</source>
            <translation>Wiederholen:</translation>
        </message>
        <message>
            <source>Encrypt</source>
            <translation>Verschlüsseln</translation>
        </message>
        <message>
            <source>A passphrase is needed on this computer.</source>
            <translation>Auf diesem Computer ist eine Passphrase nötig.</translation>
        </message>
        <message numerus="yes">
            <source>At least %n characters.</source>
            <translation>
                <numerusform>Mindestens %n Zeichen.</numerusform>
                <numerusform>Mindestens %n Zeichen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The two entries differ.</source>
            <translation>Die beiden Eingaben stimmen nicht überein.</translation>
        </message>
    </context>
    <context>
        <name>PointsField</name>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Bezeichnung</translation>
        </message>
        <message>
            <source>Preferred</source>
            <translation>Bevorzugt</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Add to %1</source>
            <translation>Zu %1 hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
    </context>
    <context>
        <name>PublicationDialog</name>
        <message>
            <source>Publication settings</source>
            <translation>Angaben zur Veröffentlichung</translation>
        </message>
        <message>
            <source>&amp;Project name (the same in every language)</source>
            <translation>&amp;Projektname (in jeder Sprache gleich)</translation>
        </message>
        <message>
            <source>Pu&amp;blished by</source>
            <translation>&amp;Herausgeber</translation>
        </message>
        <message>
            <source>&amp;Contact</source>
            <translation>&amp;Kontakt</translation>
        </message>
        <message>
            <source>Responsible &amp;editor</source>
            <translation>&amp;Verantwortlich für den Inhalt</translation>
        </message>
        <message>
            <source>&amp;Version</source>
            <translation>&amp;Fassung</translation>
        </message>
        <message>
            <source>&amp;Licence</source>
            <translation>&amp;Lizenz</translation>
        </message>
        <message>
            <source>P&amp;hoto credits</source>
            <translation>F&amp;otonachweis</translation>
        </message>
        <message>
            <source>Choose the p&amp;rogramme's logo…</source>
            <translation>Logo des P&amp;rogramms wählen…</translation>
        </message>
        <message>
            <source>Choose the p&amp;artners' logos…</source>
            <translation>Logos der P&amp;artner wählen…</translation>
        </message>
        <message>
            <source>Programme's logo</source>
            <translation>Logo des Programms</translation>
        </message>
        <message>
            <source>Partners' logos</source>
            <translation>Logos der Partner</translation>
        </message>
        <message>
            <source>Dossiers print these on their cover and imprint, next to the EU emblem. They belong to the workspace and are synced with it.</source>
            <translation>Dossiers drucken diese Angaben auf Deckblatt und Impressum, neben dem EU-Emblem. Sie gehören zum Arbeitsbereich und werden mit ihm synchronisiert.</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Kein Logo</translation>
        </message>
        <message numerus="yes">
            <source>%n logo(s)</source>
            <translation>
                <numerusform>%n Logo</numerusform>
                <numerusform>%n Logos</numerusform>
            </translation>
        </message>
        <message>
            <source>The programme's logo</source>
            <translation>Logo des Programms</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Bilder (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>The partners' logos</source>
            <translation>Logos der Partner</translation>
        </message>
    </context>
    <context>
        <name>RecordActions</name>
        <message numerus="yes">
            <source>Moved %n record(s) to the trash. Undo brings them back.</source>
            <translation>
                <numerusform>%n Datensatz in den Papierkorb verschoben. Rückgängig holt ihn zurück.</numerusform>
                <numerusform>%n Datensätze in den Papierkorb verschoben. Rückgängig holt sie zurück.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>moving %n record(s) to the trash</source>
            <translation>
                <numerusform>%n Datensatz in den Papierkorb verschieben</numerusform>
                <numerusform>%n Datensätze in den Papierkorb verschieben</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %n record(s).</source>
            <translation>
                <numerusform>%n Datensatz wiederhergestellt.</numerusform>
                <numerusform>%n Datensätze wiederhergestellt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>restoring %n record(s)</source>
            <translation>
                <numerusform>%n Datensatz wiederherstellen</numerusform>
                <numerusform>%n Datensätze wiederherstellen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %1 to %n record(s).</source>
            <translation>
                <numerusform>%1 zu %n Datensatz hinzugefügt.</numerusform>
                <numerusform>%1 zu %n Datensätzen hinzugefügt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) have no such field and were left as they were.</source>
            <translation>
                <numerusform>%n Datensatz hat kein solches Feld und blieb unverändert.</numerusform>
                <numerusform>%n Datensätze haben kein solches Feld und blieben unverändert.</numerusform>
            </translation>
        </message>
        <message>
            <source>adding %1</source>
            <translation>%1 hinzufügen</translation>
        </message>
        <message numerus="yes">
            <source>duplicating %n record(s)</source>
            <translation>
                <numerusform>%n Datensatz duplizieren</numerusform>
                <numerusform>%n Datensätze duplizieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Duplicated %n record(s).</source>
            <translation>
                <numerusform>%n Datensatz dupliziert.</numerusform>
                <numerusform>%n Datensätze dupliziert.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Nicht gespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Stay to correct them, or discard them and go on.</source>
            <translation>Bleiben Sie, um sie zu korrigieren, oder verwerfen Sie sie und fahren Sie fort.</translation>
        </message>
        <message>
            <source>Stay</source>
            <translation>Bleiben</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <source>Conflict: compare…</source>
            <translation>Konflikt: vergleichen …</translation>
        </message>
        <message>
            <source>Changed differently elsewhere: this is your value. Both versions are kept until you choose.</source>
            <translation>Anderswo abweichend geändert: Dies ist Ihr Wert. Beide Fassungen bleiben erhalten, bis Sie wählen.</translation>
        </message>
        <message>
            <source>Photos and files</source>
            <translation>Fotos und Dateien</translation>
        </message>
        <message>
            <source>This record is in the trash. Restore it to edit it.</source>
            <translation>Dieser Datensatz liegt im Papierkorb. Stellen Sie ihn wieder her, um ihn zu bearbeiten.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation>Klären…</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) of this record were changed differently elsewhere. Both versions are kept until you choose.</source>
            <translation>
                <numerusform>%n Feld dieses Datensatzes wurde anderswo abweichend geändert. Beide Fassungen bleiben erhalten, bis Sie wählen.</numerusform>
                <numerusform>%n Felder dieses Datensatzes wurden anderswo abweichend geändert. Beide Fassungen bleiben erhalten, bis Sie wählen.</numerusform>
            </translation>
        </message>
        <message>
            <source>These changes could not be saved: %1.</source>
            <translation>Diese Änderungen konnten nicht gespeichert werden: %1.</translation>
        </message>
        <message>
            <source>New %1</source>
            <translation>Neu: %1</translation>
        </message>
        <message>
            <source>Saved automatically as you type.</source>
            <translation>Wird beim Tippen automatisch gespeichert.</translation>
        </message>
        <message>
            <source>Last edited by %1</source>
            <translation>Zuletzt bearbeitet von %1</translation>
        </message>
        <message>
            <source>A value was not saved: see the form.</source>
            <translation>Ein Wert wurde nicht gespeichert: Bitte prüfen Sie das Formular.</translation>
        </message>
        <message>
            <source>Not saved yet: fill in “%1” first.</source>
            <translation>Noch nicht gespeichert: Füllen Sie zuerst „%1“ aus.</translation>
        </message>
    </context>
    <context>
        <name>RecordLinksField</name>
        <message>
            <source>Link…</source>
            <translation>Verknüpfen…</translation>
        </message>
        <message>
            <source>Unlink</source>
            <translation>Verknüpfung lösen</translation>
        </message>
        <message>
            <source>(missing record)</source>
            <translation>(fehlender Datensatz)</translation>
        </message>
        <message>
            <source>%1 (in the trash)</source>
            <translation>%1 (im Papierkorb)</translation>
        </message>
    </context>
    <context>
        <name>RecordPicker</name>
        <message>
            <source>Link %1</source>
            <translation>%1 verknüpfen</translation>
        </message>
        <message>
            <source>Search…</source>
            <translation>Suchen…</translation>
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
            <translation>Beobachtung</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Aktivität</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Verfasst von</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginn</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Gastgeber</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Element</source>
            <translation>Element</translation>
        </message>
        <message>
            <source>expired</source>
            <translation>abgelaufen</translation>
        </message>
        <message>
            <source>given</source>
            <translation>erteilt</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>fehlt</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>From → to</source>
            <translation>Von → nach</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Bearbeitet</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommune</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Einwilligung</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Recovery key</source>
            <translation>Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <source>The data folder is encrypted. Write down this recovery key and keep it apart from the laptop: it opens the data when the keyring and the passphrase are lost. It is not shown again here (the command field-dossier encryption recovery-key prints it).</source>
            <translation>Der Datenordner ist verschlüsselt. Schreiben Sie diesen Wiederherstellungsschlüssel auf und bewahren Sie ihn getrennt vom Laptop auf: Er öffnet die Daten, wenn Passwortspeicher und Passphrase verloren sind. Hier wird er nicht noch einmal angezeigt (der Befehl field-dossier encryption recovery-key gibt ihn aus).</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Kopieren</translation>
        </message>
    </context>
    <context>
        <name>RichTextField</name>
        <message>
            <source>Bold</source>
            <translation>Fett</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>Kursiv</translation>
        </message>
        <message>
            <source>Bulleted list</source>
            <translation>Aufzählung</translation>
        </message>
        <message>
            <source>Numbered list</source>
            <translation>Nummerierte Liste</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Set by your administrator</source>
            <translation>Von Ihrer Administration festgelegt</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Allgemein</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisation</translation>
        </message>
        <message>
            <source>Dossiers</source>
            <translation>Dossiers</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Daten</translation>
        </message>
        <message>
            <source>The window is rebuilt in the new language when you press OK.</source>
            <translation>Mit „OK“ wird das Fenster sofort in der neuen Sprache angezeigt.</translation>
        </message>
        <message>
            <source>Shown beside everything you write, for your colleagues.</source>
            <translation>Steht für Ihre Kolleginnen und Kollegen bei allem, was Sie schreiben.</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>&amp;Sprache der Oberfläche:</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Ihr &amp;Name:</translation>
        </message>
        <message>
            <source>Your &amp;municipality:</source>
            <translation>Ihre &amp;Kommune:</translation>
        </message>
        <message>
            <source>(your only workspace)</source>
            <translation>(Ihr einziger Arbeitsbereich)</translation>
        </message>
        <message>
            <source>Sync &amp;automatically</source>
            <translation>&amp;Automatisch synchronisieren</translation>
        </message>
        <message>
            <source> min</source>
            <comment>minutes after a number</comment>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Download &amp;all photos with each sync</source>
            <translation>&amp;Alle Fotos bei jeder Synchronisation herunterladen</translation>
        </message>
        <message>
            <source>Download photos &amp;when a record shows them</source>
            <translation>Fotos erst herunterladen, &amp;wenn ein Datensatz sie zeigt</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>&amp;Workspace:</source>
            <translation>&amp;Arbeitsbereich:</translation>
        </message>
        <message>
            <source>Sign out to use another server or workspace.</source>
            <translation>Melden Sie sich ab, um einen anderen Server oder Arbeitsbereich zu verwenden.</translation>
        </message>
        <message>
            <source>&amp;Every:</source>
            <translation>Al&amp;le:</translation>
        </message>
        <message>
            <source>Photos:</source>
            <translation>Fotos:</translation>
        </message>
        <message>
            <source>&amp;Choose logo…</source>
            <translation>Logo aus&amp;wählen…</translation>
        </message>
        <message>
            <source>&amp;Remove logo</source>
            <translation>Logo &amp;entfernen</translation>
        </message>
        <message>
            <source>As the interface</source>
            <translation>Wie die Oberfläche</translation>
        </message>
        <message>
            <source>The title page and imprint of every dossier of this workspace. Colleagues see the same after the next sync.</source>
            <translation>Titelseite und Impressum aller Dossiers dieses Arbeitsbereichs. Ihre Kolleginnen und Kollegen sehen dasselbe nach der nächsten Synchronisation.</translation>
        </message>
        <message>
            <source>Texts &amp;in:</source>
            <translation>Texte &amp;auf:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>Su&amp;btitle:</source>
            <translation>&amp;Untertitel:</translation>
        </message>
        <message>
            <source>&amp;Organisations:</source>
            <translation>&amp;Organisationen:</translation>
        </message>
        <message>
            <source>&amp;Imprint and funding notice:</source>
            <translation>&amp;Impressum und Förderhinweis:</translation>
        </message>
        <message>
            <source>Funding logo:</source>
            <translation>Förderlogo:</translation>
        </message>
        <message>
            <source>&amp;Default language of dossiers:</source>
            <translation>&amp;Standardsprache der Dossiers:</translation>
        </message>
        <message>
            <source>&amp;Open folder</source>
            <translation>Ordner ö&amp;ffnen</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>Jetzt &amp;sichern…</translation>
        </message>
        <message>
            <source>Data folder:</source>
            <translation>Datenordner:</translation>
        </message>
        <message>
            <source>Everything you record lives here: the database and the photos. Another folder can be chosen when starting Field Dossier with --data-dir.</source>
            <translation>Hier liegt alles, was Sie erfassen: die Datenbank und die Fotos. Einen anderen Ordner wählen Sie beim Start von Field Dossier mit --data-dir.</translation>
        </message>
        <message>
            <source>Backup:</source>
            <translation>Sicherung:</translation>
        </message>
        <message>
            <source>Turn off encryption…</source>
            <translation>Verschlüsselung ausschalten…</translation>
        </message>
        <message>
            <source>&amp;Encrypt…</source>
            <translation>&amp;Verschlüsseln…</translation>
        </message>
        <message>
            <source>Encryption:</source>
            <translation>Verschlüsselung:</translation>
        </message>
        <message>
            <source>A backup is one file with all records and photos. Keep it on another drive; File → Restore from backup brings it back.</source>
            <translation>Eine Sicherung ist eine Datei mit allen Datensätzen und Fotos. Bewahren Sie sie auf einem anderen Laufwerk auf; Datei → Aus Sicherung wiederherstellen holt sie zurück.</translation>
        </message>
        <message>
            <source>A logo is set.</source>
            <translation>Ein Logo ist hinterlegt.</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Kein Logo</translation>
        </message>
        <message>
            <source>Choose logo</source>
            <translation>Logo auswählen</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>Bilder (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>The server address must start with https:// or http://.</source>
            <translation>Die Serveradresse muss mit https:// oder http:// beginnen.</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Sign in to the sync server</source>
            <translation>Beim Synchronisationsserver anmelden</translation>
        </message>
        <message>
            <source>(your only workspace)</source>
            <translation>(Ihr einziger Arbeitsbereich)</translation>
        </message>
        <message>
            <source>&amp;Remember this sign-in (in the system's password store)</source>
            <translation>Anmeldung &amp;merken (im Passwortspeicher des Systems)</translation>
        </message>
        <message>
            <source>This computer has no secure password store, so the sign-in is kept only until Field Dossier closes.</source>
            <translation>Dieser Computer hat keinen sicheren Passwortspeicher, daher gilt die Anmeldung nur, bis Field Dossier geschlossen wird.</translation>
        </message>
        <message>
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>Ben&amp;utzername:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Passwort:</translation>
        </message>
        <message>
            <source>&amp;Workspace:</source>
            <translation>Arbeits&amp;bereich:</translation>
        </message>
        <message>
            <source>Everything you recorded on this computer before signing in is uploaded into this workspace at the next sync.</source>
            <translation>Alles, was Sie vor der Anmeldung auf diesem Computer erfasst haben, wird bei der nächsten Synchronisation in diesen Arbeitsbereich hochgeladen.</translation>
        </message>
        <message>
            <source>Sign &amp;in</source>
            <translation>&amp;Anmelden</translation>
        </message>
        <message>
            <source>Fill in the server address (https://…), your user name and password.</source>
            <translation>Geben Sie die Serveradresse (https://…), Ihren Benutzernamen und Ihr Passwort ein.</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>Not signed in — working locally</source>
            <translation>Nicht angemeldet — lokales Arbeiten</translation>
        </message>
        <message>
            <source>Everything is stored on this computer. Sync → Sign in… to share.</source>
            <translation>Alles wird auf diesem Computer gespeichert. Zum Teilen: Synchronisation → Anmelden…</translation>
        </message>
        <message>
            <source>Not signed in — sign in to sync</source>
            <translation>Nicht angemeldet — zum Synchronisieren anmelden</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>Synchronisation fehlgeschlagen: %1</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>noch nie</translation>
        </message>
        <message>
            <source>Last synced: %1</source>
            <translation>Zuletzt synchronisiert: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) not yet uploaded</source>
            <translation>
                <numerusform>%n Änderung noch nicht hochgeladen</numerusform>
                <numerusform>%n Änderungen noch nicht hochgeladen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) waiting</source>
            <translation>
                <numerusform>%n Foto wartet</numerusform>
                <numerusform>%n Fotos warten</numerusform>
            </translation>
        </message>
        <message>
            <source>(paused: metered connection)</source>
            <translation>(angehalten: getaktete Verbindung)</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused</source>
            <translation>
                <numerusform>%n Änderung abgelehnt</numerusform>
                <numerusform>%n Änderungen abgelehnt</numerusform>
            </translation>
        </message>
        <message>
            <source>Sync log</source>
            <translation>Synchronisationsprotokoll</translation>
        </message>
        <message>
            <source>Signed in as %1 on %2, workspace “%3”.</source>
            <translation>Angemeldet als %1 bei %2, Arbeitsbereich „%3“.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Wird synchronisiert…</translation>
        </message>
        <message>
            <source>Downloading photos… %1 of %2</source>
            <translation>Fotos werden heruntergeladen … %1 von %2</translation>
        </message>
        <message numerus="yes">
            <source>Downloaded %n photo(s)</source>
            <translation>
                <numerusform>%n Foto heruntergeladen</numerusform>
                <numerusform>%n Fotos heruntergeladen</numerusform>
            </translation>
        </message>
        <message>
            <source>Photos wait: the connection is metered. They come with a later sync.</source>
            <translation>Fotos warten: Die Verbindung ist getaktet. Sie kommen mit einer späteren Synchronisation.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Verbindung wird hergestellt…</translation>
        </message>
        <message>
            <source>Uploading photos…</source>
            <translation>Fotos werden hochgeladen…</translation>
        </message>
        <message>
            <source>Sending changes…</source>
            <translation>Änderungen werden gesendet…</translation>
        </message>
        <message>
            <source>Receiving changes…</source>
            <translation>Änderungen werden empfangen…</translation>
        </message>
        <message numerus="yes">
            <source>sent %n change(s)</source>
            <translation>
                <numerusform>%n Änderung gesendet</numerusform>
                <numerusform>%n Änderungen gesendet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>received %n</source>
            <translation>
                <numerusform>%n empfangen</numerusform>
                <numerusform>%n empfangen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new conflict(s) to resolve</source>
            <translation>
                <numerusform>%n neuer Konflikt zu klären</numerusform>
                <numerusform>%n neue Konflikte zu klären</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused by the server</source>
            <translation>
                <numerusform>%n Änderung vom Server abgelehnt</numerusform>
                <numerusform>%n Änderungen vom Server abgelehnt</numerusform>
            </translation>
        </message>
        <message>
            <source>Synced: %1</source>
            <translation>Synchronisiert: %1</translation>
        </message>
        <message>
            <source>Sync cancelled; it continues next time.</source>
            <translation>Synchronisation abgebrochen; sie wird beim nächsten Mal fortgesetzt.</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>Abmelden</translation>
        </message>
        <message>
            <source>Sign out of the sync server? Your records stay on this computer; changes not yet synced are sent when you sign in again.</source>
            <translation>Vom Synchronisationsserver abmelden? Ihre Datensätze bleiben auf diesem Computer; noch nicht synchronisierte Änderungen werden bei der nächsten Anmeldung gesendet.</translation>
        </message>
    </context>
    <context>
        <name>SyncBundle</name>
        <message>
            <source>Create a sync bundle</source>
            <translation>Synchronisationspaket erstellen</translation>
        </message>
        <message>
            <source>Import the server's answer</source>
            <translation>Antwort des Servers importieren</translation>
        </message>
        <message>
            <source>A colleague's sync bundle</source>
            <translation>Synchronisationspaket einer Kollegin oder eines Kollegen</translation>
        </message>
        <message>
            <source>Save the server's answer</source>
            <translation>Antwort des Servers speichern</translation>
        </message>
        <message>
            <source>Writing the sync bundle…</source>
            <translation>Das Synchronisationspaket wird geschrieben …</translation>
        </message>
        <message>
            <source>Reading the server's answer…</source>
            <translation>Die Antwort des Servers wird gelesen …</translation>
        </message>
        <message>
            <source>Forwarding the bundle to the server…</source>
            <translation>Das Paket wird an den Server weitergeleitet…</translation>
        </message>
        <message>
            <source>The server took the bundle; its answer is in %1.</source>
            <translation>Der Server hat das Paket übernommen; seine Antwort steht in %1.</translation>
        </message>
        <message>
            <source>Give the answer to the colleague whose bundle it was: they import it with File → Sync bundle → Import answer…. Nothing on this computer changed.</source>
            <translation>Geben Sie die Antwort der Person, von der das Paket stammt: Sie importiert sie mit Datei → Synchronisationspaket → Antwort importieren …. Auf diesem Computer hat sich nichts geändert.</translation>
        </message>
        <message>
            <source>Sync bundle</source>
            <translation>Synchronisationspaket</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %1: %n change(s)</source>
            <translation>
                <numerusform>%1 geschrieben: %n Änderung</numerusform>
                <numerusform>%1 geschrieben: %n Änderungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) and file(s).</source>
            <translation>
                <numerusform>%n Foto bzw. Datei.</numerusform>
                <numerusform>%n Fotos und Dateien.</numerusform>
            </translation>
        </message>
        <message>
            <source>Take it to the administrator of the sync server (field-dossier-server import-bundle) and import the answer bundle here (File → Sync bundle → Import answer…). Until then the changes stay on this computer.</source>
            <translation>Bringen Sie es der Administration des Synchronisationsservers (field-dossier-server import-bundle) und importieren Sie das Antwortpaket hier (Datei → Synchronisationspaket → Antwort importieren …). Bis dahin bleiben die Änderungen auf diesem Computer.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) acknowledged</source>
            <translation>
                <numerusform>%n Änderung bestätigt</numerusform>
                <numerusform>%n Änderungen bestätigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n received</source>
            <translation>
                <numerusform>%n empfangen</numerusform>
                <numerusform>%n empfangen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) to resolve</source>
            <translation>
                <numerusform>%n Konflikt zu klären</numerusform>
                <numerusform>%n Konflikte zu klären</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused (see the sync log)</source>
            <translation>
                <numerusform>%n Änderung abgelehnt (siehe Synchronisationsprotokoll)</numerusform>
                <numerusform>%n Änderungen abgelehnt (siehe Synchronisationsprotokoll)</numerusform>
            </translation>
        </message>
        <message>
            <source>Answer imported: %1.</source>
            <translation>Antwort importiert: %1.</translation>
        </message>
    </context>
    <context>
        <name>SyncLog</name>
        <message>
            <source>Your role does not allow this change.</source>
            <translation>Ihre Rolle erlaubt diese Änderung nicht.</translation>
        </message>
        <message>
            <source>A value is not allowed by the server.</source>
            <translation>Ein Wert ist auf dem Server nicht zulässig.</translation>
        </message>
        <message>
            <source>A value could not be sent (it breaks the data format).</source>
            <translation>Ein Wert konnte nicht gesendet werden (er verletzt das Datenformat).</translation>
        </message>
        <message>
            <source>A field the server does not know (a newer or older version?).</source>
            <translation>Ein Feld, das der Server nicht kennt (eine neuere oder ältere Version?).</translation>
        </message>
        <message>
            <source>A kind of record the server does not know.</source>
            <translation>Eine Datensatzart, die der Server nicht kennt.</translation>
        </message>
        <message>
            <source>The record does not exist on the server (its creation was refused).</source>
            <translation>Der Datensatz existiert auf dem Server nicht (sein Anlegen wurde abgelehnt).</translation>
        </message>
        <message>
            <source>The change belongs to another workspace.</source>
            <translation>Die Änderung gehört zu einem anderen Arbeitsbereich.</translation>
        </message>
        <message>
            <source>The record's id is not valid.</source>
            <translation>Die ID des Datensatzes ist ungültig.</translation>
        </message>
        <message>
            <source>The server does not accept this kind of change.</source>
            <translation>Der Server nimmt diese Art von Änderung nicht an.</translation>
        </message>
        <message>
            <source>The change is too large to send.</source>
            <translation>Die Änderung ist zu groß zum Senden.</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n change(s)</source>
            <translation>
                <numerusform>%n Änderung gesendet</numerusform>
                <numerusform>%n Änderungen gesendet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>received %n</source>
            <translation>
                <numerusform>%n empfangen</numerusform>
                <numerusform>%n empfangen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) merged with changes made elsewhere</source>
            <translation>
                <numerusform>%n Änderung mit anderswo gemachten Änderungen zusammengeführt</numerusform>
                <numerusform>%n Änderungen mit anderswo gemachten Änderungen zusammengeführt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new conflict(s):</source>
            <translation>
                <numerusform>%n neuer Konflikt:</numerusform>
                <numerusform>%n neue Konflikte:</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of “%2”: theirs from %3, mine from %4</source>
            <translation>%1 von „%2“: fremder Wert von %3, meiner von %4</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused by the server (see below)</source>
            <translation>
                <numerusform>%n Änderung vom Server abgelehnt (siehe unten)</numerusform>
                <numerusform>%n Änderungen vom Server abgelehnt (siehe unten)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) wait for their record to arrive</source>
            <translation>
                <numerusform>%n Änderung wartet auf ihren Datensatz</numerusform>
                <numerusform>%n Änderungen warten auf ihren Datensatz</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) from the server this version cannot store</source>
            <translation>
                <numerusform>%n Datensatz vom Server, den diese Version nicht speichern kann</numerusform>
                <numerusform>%n Datensätze vom Server, die diese Version nicht speichern kann</numerusform>
            </translation>
        </message>
        <message>
            <source>The server was restored: everything was sent and read again.</source>
            <translation>Der Server wurde wiederhergestellt: Alles wurde erneut gesendet und gelesen.</translation>
        </message>
        <message>
            <source>Sync log</source>
            <translation>Synchronisationsprotokoll</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Was geschah</translation>
        </message>
        <message>
            <source>This session</source>
            <translation>Diese Sitzung</translation>
        </message>
        <message numerus="yes">
            <source>%n sync(s)</source>
            <translation>
                <numerusform>%n Synchronisation</numerusform>
                <numerusform>%n Synchronisationen</numerusform>
            </translation>
        </message>
        <message>
            <source>Refused by the server</source>
            <translation>Vom Server abgelehnt</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n Änderung</numerusform>
                <numerusform>%n Änderungen</numerusform>
            </translation>
        </message>
        <message>
            <source>A refused change stays on this computer; nothing is lost. Ask the workspace's administrator if the reason is unclear.</source>
            <translation>Eine abgelehnte Änderung bleibt auf diesem Computer; nichts geht verloren. Fragen Sie die Administration des Arbeitsbereichs, wenn der Grund unklar ist.</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <source>&amp;Core-group dossier — a period or selection, with figures</source>
            <translation>&amp;Dossier für die Kerngruppe — Zeitraum oder Auswahl, mit Zahlen</translation>
        </message>
        <message>
            <source>Core-group dossier</source>
            <translation>Dossier für die Kerngruppe</translation>
        </message>
        <message>
            <source>Adaptation &amp;manual — all adaptation notes by element</source>
            <translation>&amp;Handbuch der Anpassungen — alle Anpassungsnotizen nach Element</translation>
        </message>
        <message>
            <source>Adaptation manual</source>
            <translation>Handbuch der Anpassungen</translation>
        </message>
        <message>
            <source>&amp;Visit report — one activity, everything recorded there</source>
            <translation>&amp;Besuchsbericht — eine Aktivität, alles dort Erfasste</translation>
        </message>
        <message>
            <source>Visit report</source>
            <translation>Besuchsbericht</translation>
        </message>
    </context>
    <context>
        <name>TermsField</name>
        <message>
            <source>Type to add a new tag…</source>
            <translation>Tippen, um ein neues Schlagwort hinzuzufügen…</translation>
        </message>
        <message>
            <source>Type to add…</source>
            <translation>Tippen zum Hinzufügen…</translation>
        </message>
        <message>
            <source>Choose from the list</source>
            <translation>Aus der Liste wählen</translation>
        </message>
        <message>
            <source>Remove “%1”</source>
            <translation>„%1“ entfernen</translation>
        </message>
    </context>
    <context>
        <name>Undo</name>
        <message>
            <source>typing in “%1”</source>
            <translation>Eingabe in „%1“</translation>
        </message>
        <message>
            <source>change of “%1”</source>
            <translation>Änderung von „%1“</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Wiederholen</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Rückgängig: %1</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Wiederholen: %1</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Encrypted data folder</source>
            <translation>Verschlüsselter Datenordner</translation>
        </message>
        <message>
            <source>The data in %1 is encrypted, and its key is not kept on this computer. Enter the folder's passphrase or its recovery key.</source>
            <translation>Die Daten in %1 sind verschlüsselt, und ihr Schlüssel ist nicht auf diesem Computer gespeichert. Geben Sie die Passphrase des Ordners oder seinen Wiederherstellungsschlüssel ein.</translation>
        </message>
        <message>
            <source>Passphrase or recovery key</source>
            <translation>Passphrase oder Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <source>Keep the key in this computer's keyring</source>
            <translation>Schlüssel im Passwortspeicher dieses Computers aufbewahren</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Entsperren</translation>
        </message>
    </context>
</TS>
