<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>shown as initials</source>
        <translation>shown as initials</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} to {end}</translation>
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
        <source>Names are shown as initials, and e-mail addresses and phone numbers are left out.</source>
        <translation>Names are shown as initials, and e-mail addresses and phone numbers are left out.</translation>
    </message>
    <message>
        <source>For every transferred element, this manual shows how it works at its origin, how it was adapted at its destination and why, its status and the effects observed so far, with references to the observations that support it. A transfer is never a copy.</source>
        <translation>For every transferred element, this manual shows how it works at its origin, how it was adapted at its destination and why, its status and the effects observed so far, with references to the observations that support it. A transfer is never a copy.</translation>
    </message>
    <message>
        <source>The observations the adaptation notes refer to, in date order.</source>
        <translation>The observations the adaptation notes refer to, in date order.</translation>
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
    <name>DossierChoices</name>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Principle</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Piloting</source>
        <translation>Piloting</translation>
    </message>
    <message>
        <source>Implemented</source>
        <translation>Implemented</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Law</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>Administrative culture</source>
        <translation>Administrative culture</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methods</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principles</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Adaptation note</source>
        <translation>Adaptation note</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Photo or file</source>
        <translation>Photo or file</translation>
    </message>
</context>
<context>
    <name>DossierFields</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type of activity</source>
        <translation>Type of activity</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Host municipality</source>
        <translation>Host municipality</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Fields of action</source>
        <translation>Fields of action</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Gender mainstreaming</source>
        <translation>Gender mainstreaming</translation>
    </message>
    <message>
        <source>Kind of element</source>
        <translation>Kind of element</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>At the origin</source>
        <translation>At the origin</translation>
    </message>
    <message>
        <source>Adaptation</source>
        <translation>Adaptation</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>Framework conditions</source>
        <translation>Framework conditions</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Effects observed</source>
        <translation>Effects observed</translation>
    </message>
    <message>
        <source>Supporting observations</source>
        <translation>Supporting observations</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principles</translation>
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
        <translation>Role</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Met at</source>
        <translation>Met at</translation>
    </message>
    <message>
        <source>Where met</source>
        <translation>Where met</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>Consent scope</source>
        <translation>Consent scope</translation>
    </message>
    <message>
        <source>Consent note</source>
        <translation>Consent note</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
</context>
<context>
    <name>DossierLanguages</name>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Kurdish</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persian</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portuguese</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Romanian</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgarian</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbian</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Croatian</translation>
    </message>
    <message>
        <source>Bosnian</source>
        <translation>Bosnian</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanian</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamese</translation>
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
        <translation>Ukrainian</translation>
    </message>
</context>
</TS>
