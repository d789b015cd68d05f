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
        <name>Dossier</name>
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
            <source>Contents</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>Word fills in the page numbers when it updates this table (it asks on opening).</source>
            <translation>Word trägt die Seitenzahlen ein, sobald es dieses Verzeichnis aktualisiert (es fragt beim Öffnen danach).</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>[name withheld]</source>
            <translation>[Name nicht genannt]</translation>
        </message>
        <message>
            <source>Person {letter}</source>
            <translation>Person {letter}</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <source>all dates</source>
            <translation>gesamter Zeitraum</translation>
        </message>
        <message>
            <source>from {date}</source>
            <translation>ab {date}</translation>
        </message>
        <message>
            <source>until {date}</source>
            <translation>bis {date}</translation>
        </message>
        <message>
            <source>Municipalities</source>
            <translation>Kommunen</translation>
        </message>
        <message>
            <source>Types of activity</source>
            <translation>Art der Aktivität</translation>
        </message>
        <message>
            <source>Names of persons</source>
            <translation>Namen von Personen</translation>
        </message>
        <message>
            <source>replaced by pseudonyms ({examples}, …)</source>
            <translation>durch Pseudonyme ersetzt ({examples}, …)</translation>
        </message>
        <message>
            <source>What was transferred, how it was adapted, and why</source>
            <translation>Was übertragen wurde, wie es angepasst wurde und warum</translation>
        </message>
        <message numerus="yes">
            <source>Draft — %n open conflict(s)</source>
            <translation>
                <numerusform>Entwurf – %n offener Konflikt</numerusform>
                <numerusform>Entwurf – %n offene Konflikte</numerusform>
            </translation>
        </message>
        <message>
            <source>This is a draft: some of its records are in conflict (see “Open conflicts”). Do not publish it before they are resolved.</source>
            <translation>Dies ist ein Entwurf: Einige Einträge stehen im Konflikt (siehe „Offene Konflikte“). Bitte erst veröffentlichen, wenn sie geklärt sind.</translation>
        </message>
        <message>
            <source>Imprint</source>
            <translation>Impressum</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>Published by</source>
            <translation>Herausgeber</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Responsible editor</source>
            <translation>Verantwortlich für den Inhalt</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Fassung</translation>
        </message>
        <message>
            <source>{version} of {date}</source>
            <translation>{version} vom {date}</translation>
        </message>
        <message>
            <source>Photo credits</source>
            <translation>Fotonachweis</translation>
        </message>
        <message>
            <source>the project partners</source>
            <translation>die Projektpartner</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Lizenz</translation>
        </message>
        <message>
            <source>The publisher is solely responsible for the content of this publication. The European Union is not liable for any use that may be made of the information it contains.</source>
            <translation>Für den Inhalt dieser Veröffentlichung ist allein der Herausgeber verantwortlich. Die Europäische Union haftet nicht für die weitere Verwendung der darin enthaltenen Angaben.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Aktivitäten</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>Beobachtungen</translation>
        </message>
        <message>
            <source>Adaptation notes</source>
            <translation>Anpassungsnotizen</translation>
        </message>
        <message>
            <source>Adaptation notes without an activity</source>
            <translation>Anpassungsnotizen ohne Aktivität</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Contacts met</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Fotos</translation>
        </message>
        <message>
            <source>Open conflicts</source>
            <translation>Offene Konflikte</translation>
        </message>
        <message>
            <source>The activity</source>
            <translation>Die Aktivität</translation>
        </message>
        <message>
            <source>Further observations</source>
            <translation>Weitere Beobachtungen</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Überblick</translation>
        </message>
        <message>
            <source>Supporting observations</source>
            <translation>Belegende Beobachtungen</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Kennzahlen</translation>
        </message>
        <message>
            <source>Contacts (with consent)</source>
            <translation>Kontakte (mit Einwilligung)</translation>
        </message>
        <message>
            <source>Activities between</source>
            <translation>Aktivitäten im Zeitraum</translation>
        </message>
        <message>
            <source>Figure {number}</source>
            <translation>Abbildung {number}</translation>
        </message>
        <message>
            <source>Observations by field of action</source>
            <translation>Beobachtungen nach Handlungsfeld</translation>
        </message>
        <message>
            <source>Observations by municipality (host of the activity)</source>
            <translation>Beobachtungen nach Kommune (Gastgeberin der Aktivität)</translation>
        </message>
        <message>
            <source>Observations by month</source>
            <translation>Beobachtungen nach Monat</translation>
        </message>
        <message>
            <source>Observations by year</source>
            <translation>Beobachtungen nach Jahr</translation>
        </message>
        <message>
            <source>Number of observations</source>
            <translation>Anzahl der Beobachtungen</translation>
        </message>
        <message>
            <source>(no field of action)</source>
            <translation>(ohne Handlungsfeld)</translation>
        </message>
        <message>
            <source>(no municipality)</source>
            <translation>(ohne Kommune)</translation>
        </message>
        <message>
            <source>Adaptation notes by kind and status</source>
            <translation>Anpassungsnotizen nach Art und Status</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>This dossier compiles the activities, observations and adaptation notes recorded for the period and selection on the title page. The figures below count what it contains.</source>
            <translation>Dieses Dossier stellt die Aktivitäten, Beobachtungen und Anpassungsnotizen zusammen, die für den Zeitraum und die Auswahl auf dem Titelblatt erfasst wurden. Die folgenden Zahlen beziehen sich auf seinen Inhalt.</translation>
        </message>
        <message>
            <source>photo: {credit}</source>
            <translation>Foto: {credit}</translation>
        </message>
        <message numerus="yes">
            <source>%n observation(s) concern several fields of action and count under each of them: the bars add up to more than the number of observations.</source>
            <translation>
                <numerusform>%n Beobachtung betrifft mehrere Handlungsfelder und zählt bei jedem mit: Die Balken ergeben zusammen mehr als die Zahl der Beobachtungen.</numerusform>
                <numerusform>%n Beobachtungen betreffen mehrere Handlungsfelder und zählen bei jedem mit: Die Balken ergeben zusammen mehr als die Zahl der Beobachtungen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Photo: {title}</source>
            <translation>Foto: {title}</translation>
        </message>
        <message>
            <source>The photo “{name}” is not available on this computer yet.</source>
            <translation>Das Foto „{name}“ liegt auf diesem Rechner noch nicht vor.</translation>
        </message>
        <message>
            <source>No observations were recorded for this activity.</source>
            <translation>Zu dieser Aktivität wurden keine Beobachtungen erfasst.</translation>
        </message>
        <message>
            <source>from {origin} to {destination}</source>
            <translation>von {origin} nach {destination}</translation>
        </message>
        <message>
            <source>from {origin}</source>
            <translation>aus {origin}</translation>
        </message>
        <message>
            <source>to {destination}</source>
            <translation>nach {destination}</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Richtung</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
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
            <translation>{date} (nicht Teil dieses Dossiers)</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(ohne Titel)</translation>
        </message>
        <message>
            <source>Only people who have consented to being named in the project’s documents are listed.</source>
            <translation>Aufgeführt sind nur Personen, die eingewilligt haben, in den Unterlagen des Projekts genannt zu werden.</translation>
        </message>
        <message>
            <source>Names are replaced by pseudonyms; roles, organisations, e-mail addresses and phone numbers are left out.</source>
            <translation>Namen sind durch Pseudonyme ersetzt; Funktionen, Organisationen, E-Mail-Adressen und Telefonnummern sind weggelassen.</translation>
        </message>
        <message>
            <source>For every transferred element, this manual shows how it works at its origin, how it was adapted at its destination and why, its status and the effects observed so far, with references to the observations that support it. A transfer is never a copy.</source>
            <translation>Für jedes übertragene Element zeigt dieses Handbuch, wie es am Ursprungsort funktioniert, wie und warum es am Zielort angepasst wurde, wie weit die Umsetzung ist und welche Wirkungen bisher beobachtet wurden – mit Verweisen auf die Beobachtungen, die das belegen. Eine Übertragung ist nie eine Kopie.</translation>
        </message>
        <message>
            <source>The observations the adaptation notes refer to, numbered in date order; each says for which elements it is cited, and on which page.</source>
            <translation>Die Beobachtungen, auf die sich die Anpassungsnotizen stützen, nach Datum nummeriert; bei jeder steht, für welche Elemente sie als Beleg dient und auf welcher Seite.</translation>
        </message>
        <message>
            <source>Status by city</source>
            <translation>Stand nach Kommune</translation>
        </message>
        <message>
            <source>The newest status of each element in each city it was transferred to, with the date of the note that records it.</source>
            <translation>Der jüngste Stand jedes Elements in jeder Kommune, in die es übertragen wurde, mit dem Datum der Notiz, die ihn festhält.</translation>
        </message>
        <message>
            <source>Cities</source>
            <translation>Kommunen</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Belege</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>p.</source>
            <translation>S.</translation>
        </message>
        <message>
            <source>E{number}</source>
            <translation>B{number}</translation>
        </message>
        <message>
            <source>Status today</source>
            <translation>Stand heute</translation>
        </message>
        <message>
            <source>{status} (since {date})</source>
            <translation>{status} (seit {date})</translation>
        </message>
        <message>
            <source>How it was adapted, step by step</source>
            <translation>Wie es angepasst wurde, Schritt für Schritt</translation>
        </message>
        <message>
            <source>Cited for</source>
            <translation>Beleg für</translation>
        </message>
        <message>
            <source>Every element with its kind, cities, number of notes and evidence, and page</source>
            <translation>Jedes Element mit Art, Kommunen, Zahl der Notizen und Belege und Seite</translation>
        </message>
        <message>
            <source>The newest status of every element in every city</source>
            <translation>Der jüngste Stand jedes Elements in jeder Kommune</translation>
        </message>
        <message>
            <source>Unreviewed data</source>
            <translation>Ungeprüfte Daten</translation>
        </message>
        <message>
            <source>Some records in this dossier were edited on two computers at once, and nobody has decided yet which version is right (open conflicts: {count}). The dossier prints the version kept on the server. The chapter “{chapter}” lists them; resolve them before publishing.</source>
            <translation>Einige Einträge dieses Dossiers wurden gleichzeitig auf zwei Rechnern bearbeitet, und noch niemand hat entschieden, welche Fassung gilt (offene Konflikte: {count}). Das Dossier gibt die auf dem Server gespeicherte Fassung wieder. Das Kapitel „{chapter}“ führt sie auf; bitte klären Sie sie vor einer Veröffentlichung.</translation>
        </message>
        <message>
            <source>These fields were changed differently on two computers and still await a decision. The dossier prints the version kept on the server.</source>
            <translation>Diese Felder wurden auf zwei Rechnern unterschiedlich geändert und warten noch auf eine Entscheidung. Das Dossier gibt die auf dem Server gespeicherte Fassung wieder.</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Eintrag</translation>
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
            <source>Edited by</source>
            <translation>Bearbeitet von</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
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
            <translation>Beginn</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Ende</translation>
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
            <translation>Funktion</translation>
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
            <translation>Vermerk zur Einwilligung</translation>
        </message>
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
</TS>
