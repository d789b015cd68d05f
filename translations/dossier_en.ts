<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Choices</name>
        <message>
            <source>Module</source>
            <translation type="unfinished">Module</translation>
        </message>
        <message>
            <source>Structure</source>
            <translation type="unfinished">Structure</translation>
        </message>
        <message>
            <source>Method</source>
            <translation type="unfinished">Method</translation>
        </message>
        <message>
            <source>Principle</source>
            <translation type="unfinished">Principle</translation>
        </message>
        <message>
            <source>Idea</source>
            <translation type="unfinished">Idea</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation type="unfinished">Planned</translation>
        </message>
        <message>
            <source>Piloting</source>
            <translation type="unfinished">Piloting</translation>
        </message>
        <message>
            <source>Implemented</source>
            <translation type="unfinished">Implemented</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation type="unfinished">Dropped</translation>
        </message>
        <message>
            <source>Law</source>
            <translation type="unfinished">Law</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation type="unfinished">Funding</translation>
        </message>
        <message>
            <source>Administrative culture</source>
            <translation type="unfinished">Administrative culture</translation>
        </message>
        <message>
            <source>Actors</source>
            <translation type="unfinished">Actors</translation>
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished">Other</translation>
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished">Organisation</translation>
        </message>
        <message>
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mobile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Home fax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Work fax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Internal reports only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also project-group dossiers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also publications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Modules</source>
            <translation type="unfinished">Modules</translation>
        </message>
        <message>
            <source>Structures</source>
            <translation type="unfinished">Structures</translation>
        </message>
        <message>
            <source>Methods</source>
            <translation type="unfinished">Methods</translation>
        </message>
        <message>
            <source>Principles</source>
            <translation type="unfinished">Principles</translation>
        </message>
    </context>
    <context>
        <name>Dossier</name>
        <message>
            <source>Visit report</source>
            <translation>Visit report</translation>
        </message>
        <message>
            <source>Core-group dossier</source>
            <translation>Core-group dossier</translation>
        </message>
        <message>
            <source>Adaptation manual</source>
            <translation>Adaptation manual</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Contents</translation>
        </message>
        <message>
            <source>Word fills in the page numbers when it updates this table (it asks on opening).</source>
            <translation>Word fills in the page numbers when it updates this table (it asks on opening).</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>[name withheld]</source>
            <translation>[name withheld]</translation>
        </message>
        <message>
            <source>Person {letter}</source>
            <translation>Person {letter}</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>all dates</source>
            <translation>all dates</translation>
        </message>
        <message>
            <source>from {date}</source>
            <translation>from {date}</translation>
        </message>
        <message>
            <source>until {date}</source>
            <translation>until {date}</translation>
        </message>
        <message>
            <source>Municipalities</source>
            <translation>Municipalities</translation>
        </message>
        <message>
            <source>Types of activity</source>
            <translation>Types of activity</translation>
        </message>
        <message>
            <source>Names of persons</source>
            <translation>Names of persons</translation>
        </message>
        <message>
            <source>replaced by pseudonyms ({examples}, …)</source>
            <translation>replaced by pseudonyms ({examples}, …)</translation>
        </message>
        <message>
            <source>What was transferred, how it was adapted, and why</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Draft — %n open conflict(s)</source>
            <translation>
                <numerusform>Draft — %n open conflict</numerusform>
                <numerusform>Draft — %n open conflicts</numerusform>
            </translation>
        </message>
        <message>
            <source>This is a draft: some of its records are in conflict (see “Open conflicts”). Do not publish it before they are resolved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished">Title</translation>
        </message>
        <message>
            <source>Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished">Contact</translation>
        </message>
        <message>
            <source>Responsible editor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{version} of {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Photo credits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the project partners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The publisher is solely responsible for the content of this publication. The European Union is not liable for any use that may be made of the information it contains.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activities</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>Observations</translation>
        </message>
        <message>
            <source>Adaptation notes</source>
            <translation>Adaptation notes</translation>
        </message>
        <message>
            <source>Adaptation notes without an activity</source>
            <translation>Adaptation notes without an activity</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Contacts met</source>
            <translation>Contacts met</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Open conflicts</source>
            <translation>Open conflicts</translation>
        </message>
        <message>
            <source>The activity</source>
            <translation>The activity</translation>
        </message>
        <message>
            <source>Further observations</source>
            <translation>Further observations</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Supporting observations</source>
            <translation>Supporting observations</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Key figures</translation>
        </message>
        <message>
            <source>Contacts (with consent)</source>
            <translation>Contacts (with consent)</translation>
        </message>
        <message>
            <source>Activities between</source>
            <translation>Activities between</translation>
        </message>
        <message>
            <source>Figure {number}</source>
            <translation>Figure {number}</translation>
        </message>
        <message>
            <source>Observations by field of action</source>
            <translation>Observations by field of action</translation>
        </message>
        <message>
            <source>Observations by municipality (host of the activity)</source>
            <translation>Observations by municipality (host of the activity)</translation>
        </message>
        <message>
            <source>Observations by month</source>
            <translation>Observations by month</translation>
        </message>
        <message>
            <source>Observations by year</source>
            <translation>Observations by year</translation>
        </message>
        <message>
            <source>Number of observations</source>
            <translation>Number of observations</translation>
        </message>
        <message>
            <source>(no field of action)</source>
            <translation>(no field of action)</translation>
        </message>
        <message>
            <source>(no municipality)</source>
            <translation>(no municipality)</translation>
        </message>
        <message>
            <source>Adaptation notes by kind and status</source>
            <translation>Adaptation notes by kind and status</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>This dossier compiles the activities, observations and adaptation notes recorded for the period and selection on the title page. The figures below count what it contains.</source>
            <translation>This dossier compiles the activities, observations and adaptation notes recorded for the period and selection on the title page. The figures below count what it contains.</translation>
        </message>
        <message>
            <source>photo: {credit}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n observation(s) concern several fields of action and count under each of them: the bars add up to more than the number of observations.</source>
            <translation>
                <numerusform>%n observation concerns several fields of action and counts under each of them: the bars add up to more than the number of observations.</numerusform>
                <numerusform>%n observations concern several fields of action and count under each of them: the bars add up to more than the number of observations.</numerusform>
            </translation>
        </message>
        <message>
            <source>Photo: {title}</source>
            <translation>Photo: {title}</translation>
        </message>
        <message>
            <source>The photo “{name}” is not available on this computer yet.</source>
            <translation>The photo “{name}” is not available on this computer yet.</translation>
        </message>
        <message>
            <source>No observations were recorded for this activity.</source>
            <translation>No observations were recorded for this activity.</translation>
        </message>
        <message>
            <source>from {origin} to {destination}</source>
            <translation>from {origin} to {destination}</translation>
        </message>
        <message>
            <source>from {origin}</source>
            <translation>from {origin}</translation>
        </message>
        <message>
            <source>to {destination}</source>
            <translation>to {destination}</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Direction</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
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
            <translation>{date} (not part of this dossier)</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(untitled)</translation>
        </message>
        <message>
            <source>Only people who have consented to being named in the project’s documents are listed.</source>
            <translation>Only people who have consented to being named in the project’s documents are listed.</translation>
        </message>
        <message>
            <source>Names are replaced by pseudonyms; roles, organisations, e-mail addresses and phone numbers are left out.</source>
            <translation>Names are replaced by pseudonyms; roles, organisations, e-mail addresses and phone numbers are left out.</translation>
        </message>
        <message>
            <source>For every transferred element, this manual shows how it works at its origin, how it was adapted at its destination and why, its status and the effects observed so far, with references to the observations that support it. A transfer is never a copy.</source>
            <translation>For every transferred element, this manual shows how it works at its origin, how it was adapted at its destination and why, its status and the effects observed so far, with references to the observations that support it. A transfer is never a copy.</translation>
        </message>
        <message>
            <source>The observations the adaptation notes refer to, numbered in date order; each says for which elements it is cited, and on which page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status by city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The newest status of each element in each city it was transferred to, with the date of the note that records it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished">Notes</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>p.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E{number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} (since {date})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How it was adapted, step by step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cited for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every element with its kind, cities, number of notes and evidence, and page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The newest status of every element in every city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unreviewed data</source>
            <translation>Unreviewed data</translation>
        </message>
        <message>
            <source>Some records in this dossier were edited on two computers at once, and nobody has decided yet which version is right (open conflicts: {count}). The dossier prints the version kept on the server. The chapter “{chapter}” lists them; resolve them before publishing.</source>
            <translation>Some records in this dossier were edited on two computers at once, and nobody has decided yet which version is right (open conflicts: {count}). The dossier prints the version kept on the server. The chapter “{chapter}” lists them; resolve them before publishing.</translation>
        </message>
        <message>
            <source>These fields were changed differently on two computers and still await a decision. The dossier prints the version kept on the server.</source>
            <translation>These fields were changed differently on two computers and still await a decision. The dossier prints the version kept on the server.</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Edited by</source>
            <translation>Edited by</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Activity</source>
            <translation type="unfinished">Activity</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activities</translation>
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished">Title</translation>
        </message>
        <message>
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start date</source>
            <translation type="unfinished">Start date</translation>
        </message>
        <message>
            <source>End date</source>
            <translation type="unfinished">End date</translation>
        </message>
        <message>
            <source>Host municipality</source>
            <translation type="unfinished">Host municipality</translation>
        </message>
        <message>
            <source>Place</source>
            <translation type="unfinished">Place</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation type="unfinished">Participants</translation>
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished">Description</translation>
        </message>
        <message>
            <source>Adaptation note</source>
            <translation type="unfinished">Adaptation note</translation>
        </message>
        <message>
            <source>Adaptation notes</source>
            <translation>Adaptation notes</translation>
        </message>
        <message>
            <source>Kind of element</source>
            <translation type="unfinished">Kind of element</translation>
        </message>
        <message>
            <source>Element</source>
            <translation type="unfinished">Element</translation>
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished">From</translation>
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished">To</translation>
        </message>
        <message>
            <source>At the origin</source>
            <translation type="unfinished">At the origin</translation>
        </message>
        <message>
            <source>Adaptation</source>
            <translation type="unfinished">Adaptation</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation type="unfinished">Rationale</translation>
        </message>
        <message>
            <source>Framework conditions</source>
            <translation type="unfinished">Framework conditions</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">Status</translation>
        </message>
        <message>
            <source>Effects observed</source>
            <translation type="unfinished">Effects observed</translation>
        </message>
        <message>
            <source>Supporting observations</source>
            <translation>Supporting observations</translation>
        </message>
        <message>
            <source>Principles</source>
            <translation type="unfinished">Principles</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished">Contact</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished">Name</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished">Organisation</translation>
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished">Role</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation type="unfinished">Municipality</translation>
        </message>
        <message>
            <source>Country</source>
            <translation type="unfinished">Country</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation type="unfinished">E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished">Phone</translation>
        </message>
        <message>
            <source>E-mail addresses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Addresses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Languages</source>
            <translation type="unfinished">Languages</translation>
        </message>
        <message>
            <source>Met at activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where met</source>
            <translation type="unfinished">Where met</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished">Notes</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation type="unfinished">Consent given</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation type="unfinished">Consent date</translation>
        </message>
        <message>
            <source>Consent covers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent valid until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent scope</source>
            <translation type="unfinished">Consent scope</translation>
        </message>
        <message>
            <source>Consent note</source>
            <translation type="unfinished">Consent note</translation>
        </message>
        <message>
            <source>Fields of action</source>
            <translation type="unfinished">Fields of action</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation type="unfinished">Tags</translation>
        </message>
        <message>
            <source>In the trash</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caption</source>
            <translation type="unfinished">Caption</translation>
        </message>
        <message>
            <source>Photo credit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File name</source>
            <translation type="unfinished">File name</translation>
        </message>
        <message>
            <source>Photo or file</source>
            <translation type="unfinished">Photo or file</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation type="unfinished">Observation</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>Observations</translation>
        </message>
        <message>
            <source>Text</source>
            <translation type="unfinished">Text</translation>
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished">Date</translation>
        </message>
        <message>
            <source>Author</source>
            <translation type="unfinished">Author</translation>
        </message>
        <message>
            <source>District</source>
            <translation type="unfinished">District</translation>
        </message>
        <message>
            <source>Target groups</source>
            <translation type="unfinished">Target groups</translation>
        </message>
        <message>
            <source>Gender mainstreaming remark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Street</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Postcode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Town</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Region</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Languages</name>
        <message>
            <source>German</source>
            <translation type="unfinished">German</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation type="unfinished">Dutch</translation>
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished">English</translation>
        </message>
        <message>
            <source>French</source>
            <translation type="unfinished">French</translation>
        </message>
        <message>
            <source>Turkish</source>
            <translation type="unfinished">Turkish</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation type="unfinished">Polish</translation>
        </message>
        <message>
            <source>Arabic</source>
            <translation type="unfinished">Arabic</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation type="unfinished">Russian</translation>
        </message>
        <message>
            <source>Kurdish</source>
            <translation type="unfinished">Kurdish</translation>
        </message>
        <message>
            <source>Persian</source>
            <translation type="unfinished">Persian</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation type="unfinished">Spanish</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation type="unfinished">Italian</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation type="unfinished">Portuguese</translation>
        </message>
        <message>
            <source>Romanian</source>
            <translation type="unfinished">Romanian</translation>
        </message>
        <message>
            <source>Bulgarian</source>
            <translation type="unfinished">Bulgarian</translation>
        </message>
        <message>
            <source>Serbian</source>
            <translation type="unfinished">Serbian</translation>
        </message>
        <message>
            <source>Croatian</source>
            <translation type="unfinished">Croatian</translation>
        </message>
        <message>
            <source>Bosnian</source>
            <translation type="unfinished">Bosnian</translation>
        </message>
        <message>
            <source>Albanian</source>
            <translation type="unfinished">Albanian</translation>
        </message>
        <message>
            <source>Vietnamese</source>
            <translation type="unfinished">Vietnamese</translation>
        </message>
        <message>
            <source>Tigrinya</source>
            <translation type="unfinished">Tigrinya</translation>
        </message>
        <message>
            <source>Somali</source>
            <translation type="unfinished">Somali</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation type="unfinished">Ukrainian</translation>
        </message>
    </context>
</TS>
