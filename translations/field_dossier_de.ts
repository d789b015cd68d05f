<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>The database could not be upgraded ({reason}). It was restored from the backup {backup}; nothing was lost.</source>
        <translation>Die Datenbank konnte nicht aktualisiert werden ({reason}). Sie wurde aus der Sicherung {backup} wiederhergestellt; es sind keine Daten verloren gegangen.</translation>
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
</TS>
