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
            <source>No observations yet.
Press Ctrl+N to capture the first one.</source>
            <translation>Noch keine Beobachtungen.
Drücken Sie Strg+N, um die erste zu erfassen.</translation>
        </message>
        <message>
            <source>No observations for this activity yet.
Press Ctrl+N to capture one.</source>
            <translation>Zu dieser Aktivität gibt es noch keine Beobachtungen.
Drücken Sie Strg+N, um eine zu erfassen.</translation>
        </message>
        <message>
            <source>No adaptation notes yet.
Press Ctrl+Shift+N to write down how an element had to change.</source>
            <translation>Noch keine Anpassungsnotizen.
Drücken Sie Strg+Umschalt+N, um festzuhalten, wie ein Element angepasst werden musste.</translation>
        </message>
        <message>
            <source>No contacts yet.
Press Ctrl+Shift+K to add one, or import a vCard file (File → Import…).</source>
            <translation>Noch keine Kontakte.
Drücken Sie Strg+Umschalt+K, um einen hinzuzufügen, oder importieren Sie eine vCard-Datei (Datei → Importieren…).</translation>
        </message>
        <message>
            <source>No activities yet.
Use File → New activity to add the first one.</source>
            <translation>Noch keine Aktivitäten.
Legen Sie die erste über Datei → Neue Aktivität an.</translation>
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
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Resolve a conflict</source>
            <translation>Konflikt klären</translation>
        </message>
        <message>
            <source>“%1” was changed in two places: %2.</source>
            <translation>„%1“ wurde an zwei Stellen geändert: %2.</translation>
        </message>
        <message>
            <source>Before both changes</source>
            <translation>Vor beiden Änderungen</translation>
        </message>
        <message>
            <source>Theirs — %1</source>
            <translation>Andere Fassung — %1</translation>
        </message>
        <message>
            <source>Mine — %1</source>
            <translation>Meine Fassung — %1</translation>
        </message>
        <message>
            <source>Keep &amp;theirs</source>
            <translation>&amp;Andere Fassung behalten</translation>
        </message>
        <message>
            <source>Keep &amp;mine</source>
            <translation>&amp;Meine Fassung behalten</translation>
        </message>
        <message>
            <source>&amp;Write the value…</source>
            <translation>Wert &amp;eingeben…</translation>
        </message>
        <message>
            <source>Neither value was written on this computer: write the value to keep.</source>
            <translation>Keiner der beiden Werte stammt von diesem Computer: Geben Sie den Wert ein, der gelten soll.</translation>
        </message>
        <message>
            <source>Neither value was written on this computer. Resolve it on the computer where one of them was written.</source>
            <translation>Keiner der beiden Werte stammt von diesem Computer. Klären Sie den Konflikt auf dem Computer, auf dem einer davon eingegeben wurde.</translation>
        </message>
        <message>
            <source>&amp;Keep what I wrote</source>
            <translation>Meine &amp;Eingabe behalten</translation>
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
            <source>Consent given %1 — may appear in dossiers.</source>
            <translation>Einwilligung erteilt am %1 — darf in Dossiers erscheinen.</translation>
        </message>
        <message>
            <source>No consent recorded — this person never appears in an export.</source>
            <translation>Keine Einwilligung erfasst — diese Person erscheint in keinem Export.</translation>
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
            <source>There is no attachment with the id {id}.</source>
            <translation>Es gibt keinen Anhang mit der ID {id}.</translation>
        </message>
        <message>
            <source>A sync is running on this data folder. Restore when it has finished; nothing was changed.</source>
            <translation>In diesem Datenordner läuft gerade eine Synchronisation. Stellen Sie die Sicherung wieder her, wenn sie abgeschlossen ist; es wurde nichts geändert.</translation>
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
            <source>{field} must be a list.</source>
            <translation>{field} muss eine Liste sein.</translation>
        </message>
        <message>
            <source>the file is empty.</source>
            <translation>die Datei ist leer.</translation>
        </message>
        <message>
            <source>unknown column “{column}”.</source>
            <translation>unbekannte Spalte „{column}“.</translation>
        </message>
        <message>
            <source>there is no column for the name.</source>
            <translation>es gibt keine Spalte für den Namen.</translation>
        </message>
        <message>
            <source>expected {expected} cells, found {found}.</source>
            <translation>{expected} Zellen erwartet, {found} gefunden.</translation>
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
            <source>Cannot write {path}: {reason}</source>
            <translation>{path} kann nicht geschrieben werden: {reason}</translation>
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
            <source>this line is not a vCard property.</source>
            <translation>diese Zeile ist keine vCard-Eigenschaft.</translation>
        </message>
        <message>
            <source>vCard version {version} is not supported (use 3.0 or 4.0).</source>
            <translation>vCard-Version {version} wird nicht unterstützt (verwenden Sie 3.0 oder 4.0).</translation>
        </message>
        <message>
            <source>the card has no name (FN).</source>
            <translation>die Karte hat keinen Namen (FN).</translation>
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
            <source>Say who signs in: --user NAME.</source>
            <translation>Bitte geben Sie an, wer sich anmeldet: --user NAME.</translation>
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
            <source>The sync server {url} cannot be reached ({reason}). Your work is safe on this computer; sync again when the network is back.</source>
            <translation>Der Synchronisationsserver {url} ist nicht erreichbar ({reason}). Ihre Arbeit ist auf diesem Computer sicher; synchronisieren Sie erneut, wenn das Netzwerk wieder verfügbar ist.</translation>
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
            <source>The file {path} is not a usable sync bundle: {reason}. Nothing was changed.</source>
            <translation>Die Datei {path} ist kein verwendbares Synchronisationspaket: {reason}. Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>Background work is still running. Try the restore again in a moment; nothing was changed.</source>
            <translation>Im Hintergrund laufen noch Vorgänge. Versuchen Sie die Wiederherstellung gleich noch einmal; es wurde nichts geändert.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export dossier</source>
            <translation>Dossier exportieren</translation>
        </message>
        <message>
            <source>&amp;Visit report — one activity, everything recorded there</source>
            <translation>&amp;Besuchsbericht — eine Aktivität, alles dort Erfasste</translation>
        </message>
        <message>
            <source>&amp;Core-group dossier — a period or selection, with figures</source>
            <translation>&amp;Dossier für die Kerngruppe — Zeitraum oder Auswahl, mit Zahlen</translation>
        </message>
        <message>
            <source>Adaptation &amp;manual — all adaptation notes by element</source>
            <translation>&amp;Handbuch der Anpassungen — alle Anpassungsnotizen nach Element</translation>
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
            <source>&amp;Pseudonymise people's names (initials) for readers outside the core group</source>
            <translation>Namen von Personen &amp;pseudonymisieren (Initialen) für Lesende außerhalb der Kerngruppe</translation>
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
            <source>Choose the activity for the visit report.</source>
            <translation>Wählen Sie die Aktivität für den Besuchsbericht aus.</translation>
        </message>
        <message>
            <source>Visit report</source>
            <translation>Besuchsbericht</translation>
        </message>
        <message>
            <source>Core-group dossier</source>
            <translation>Dossier für die Kerngruppe</translation>
        </message>
        <message>
            <source>Adaptation manual</source>
            <translation>Handbuch der Anpassungen</translation>
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
            <source>Consent scope</source>
            <translation>Umfang der Einwilligung</translation>
        </message>
        <message>
            <source>Consent note</source>
            <translation>Anmerkung zur Einwilligung</translation>
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
            <source>Field</source>
            <translation>Handlungsfeld</translation>
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
        <name>LanguagesField</name>
        <message>
            <source>e.g. de, nl, tr</source>
            <translation>z. B. de, nl, tr</translation>
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
            <source>New &amp;observation</source>
            <translation>&amp;Neue Beobachtung</translation>
        </message>
        <message>
            <source>New &amp;adaptation note</source>
            <translation>Neue &amp;Anpassungsnotiz</translation>
        </message>
        <message>
            <source>New &amp;contact</source>
            <translation>Neuer &amp;Kontakt</translation>
        </message>
        <message>
            <source>New ac&amp;tivity</source>
            <translation>Neue Ak&amp;tivität</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>&amp;Export dossier…</source>
            <translation>Dossier &amp;exportieren…</translation>
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
            <source>&amp;About Field Dossier</source>
            <translation>Ü&amp;ber Field Dossier</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
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
            <source>%1 observations · %2 adaptation notes · %3 contacts · %4 activities</source>
            <translation>%1 Beobachtungen · %2 Anpassungsnotizen · %3 Kontakte · %4 Aktivitäten</translation>
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
        <message numerus="yes">
            <source>Moved %n record(s) to the trash.</source>
            <translation>
                <numerusform>%n Datensatz in den Papierkorb verschoben.</numerusform>
                <numerusform>%n Datensätze in den Papierkorb verschoben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %n record(s).</source>
            <translation>
                <numerusform>%n Datensatz wiederhergestellt.</numerusform>
                <numerusform>%n Datensätze wiederhergestellt.</numerusform>
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
            <translation>Navigation</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>All observations</source>
            <translation>Alle Beobachtungen</translation>
        </message>
        <message>
            <source>Adaptation notes</source>
            <translation>Anpassungsnotizen</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>All activities</source>
            <translation>Alle Aktivitäten</translation>
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
            <source>Link observations</source>
            <translation>Beobachtungen verknüpfen</translation>
        </message>
        <message>
            <source>Link activities</source>
            <translation>Aktivitäten verknüpfen</translation>
        </message>
        <message>
            <source>Link records</source>
            <translation>Datensätze verknüpfen</translation>
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
        <name>RecordTableModel</name>
        <message>
            <source>given</source>
            <translation>erteilt</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>fehlt</translation>
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
            <source>not yet</source>
            <translation>noch nie</translation>
        </message>
        <message>
            <source>Last synced: %1</source>
            <translation>Zuletzt synchronisiert: %1</translation>
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
            <source>Offline — will sync when the server is reachable</source>
            <translation>Offline — Synchronisation, sobald der Server erreichbar ist</translation>
        </message>
        <message>
            <source>Sign in again to sync</source>
            <translation>Zum Synchronisieren erneut anmelden</translation>
        </message>
        <message>
            <source>Sync failed — see the message</source>
            <translation>Synchronisation fehlgeschlagen — siehe Meldung</translation>
        </message>
        <message>
            <source>In the trash</source>
            <translation>Im Papierkorb</translation>
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
            <source>Sign out</source>
            <translation>Abmelden</translation>
        </message>
        <message>
            <source>Sign out of the sync server? Your records stay on this computer; changes not yet synced are sent when you sign in again.</source>
            <translation>Vom Synchronisationsserver abmelden? Ihre Datensätze bleiben auf diesem Computer; noch nicht synchronisierte Änderungen werden bei der nächsten Anmeldung gesendet.</translation>
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
</TS>
