<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AttachmentStrip</name>
        <message numerus="yes">
            <source>%n attachment(s) — double-click to open</source>
            <translation>
                <numerusform>%n attachment — double-click to open</numerusform>
                <numerusform>%n attachments — double-click to open</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BulkPanel</name>
        <message numerus="yes">
            <source>%n record(s) selected</source>
            <translation>
                <numerusform>%n record selected</numerusform>
                <numerusform>%n records selected</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Tag for the %n selected record(s) (a new name creates the tag):</source>
            <translation>
                <numerusform>Tag for the selected record (a new name creates the tag):</numerusform>
                <numerusform>Tag for the %n selected records (a new name creates the tag):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Field of action for the %n selected record(s):</source>
            <translation>
                <numerusform>Field of action for the selected record:</numerusform>
                <numerusform>Field of action for the %n selected records:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Activity for the %n selected record(s):</source>
            <translation>
                <numerusform>Activity for the selected record:</numerusform>
                <numerusform>Activity for the %n selected records:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message numerus="yes">
            <source>Choose for %n more field(s).</source>
            <translation>
                <numerusform>Choose for %n more field.</numerusform>
                <numerusform>Choose for %n more fields.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ContactExchange</name>
        <message numerus="yes">
            <source>%n new contact(s)</source>
            <translation>
                <numerusform>%n new contact</numerusform>
                <numerusform>%n new contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already here</source>
            <translation>
                <numerusform>%n already here</numerusform>
                <numerusform>%n already here</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n would change</source>
            <translation>
                <numerusform>%n would change</numerusform>
                <numerusform>%n would change</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… and %n more.</numerusform>
                <numerusform>… and %n more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n selected contact(s)</source>
            <translation>
                <numerusform>The selected contact</numerusform>
                <numerusform>The %n selected contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n contact(s) to %1.</source>
            <translation>
                <numerusform>Wrote %n contact to %1.</numerusform>
                <numerusform>Wrote %n contacts to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n left out without consent.</source>
            <translation>
                <numerusform>%n left out without consent.</numerusform>
                <numerusform>%n left out without consent.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message numerus="yes">
            <source>Imported %n record(s) from %1.</source>
            <translation>
                <numerusform>Imported %n record from %1.</numerusform>
                <numerusform>Imported %n records from %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>%n photo(s) of this dossier are not on this computer yet.</source>
            <translation>
                <numerusform>%n photo of this dossier is not on this computer yet.</numerusform>
                <numerusform>%n photos of this dossier are not on this computer yet.</numerusform>
            </translation>
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
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilterChips</name>
        <message numerus="yes">
            <source>%n record(s) shown</source>
            <translation>
                <numerusform>%n record shown</numerusform>
                <numerusform>%n records shown</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ListMenu</name>
        <message numerus="yes">
            <source>&amp;Restore %n record(s)</source>
            <translation>
                <numerusform>&amp;Restore</numerusform>
                <numerusform>&amp;Restore %n records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Duplicate %n record(s)</source>
            <translation>
                <numerusform>&amp;Duplicate</numerusform>
                <numerusform>&amp;Duplicate %n records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move %n record(s) to the &amp;trash</source>
            <translation>
                <numerusform>Move to the &amp;trash</numerusform>
                <numerusform>Move %n records to the &amp;trash</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message numerus="yes">
            <source>This computer has no keyring to keep the key: choose a passphrase of at least %n characters. You will need it at every start.</source>
            <translation>
                <numerusform>This computer has no keyring to keep the key: choose a passphrase of at least %n character. You will need it at every start.</numerusform>
                <numerusform>This computer has no keyring to keep the key: choose a passphrase of at least %n characters. You will need it at every start.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At least %n characters.</source>
            <translation>
                <numerusform>At least %n character.</numerusform>
                <numerusform>At least %n characters.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PublicationDialog</name>
        <message numerus="yes">
            <source>%n logo(s)</source>
            <translation>
                <numerusform>%n logo</numerusform>
                <numerusform>%n logos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordActions</name>
        <message numerus="yes">
            <source>Moved %n record(s) to the trash. Undo brings them back.</source>
            <translation>
                <numerusform>Moved %n record to the trash. Undo brings it back.</numerusform>
                <numerusform>Moved %n records to the trash. Undo brings them back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>moving %n record(s) to the trash</source>
            <translation>
                <numerusform>moving %n record to the trash</numerusform>
                <numerusform>moving %n records to the trash</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %n record(s).</source>
            <translation>
                <numerusform>Restored %n record.</numerusform>
                <numerusform>Restored %n records.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>restoring %n record(s)</source>
            <translation>
                <numerusform>restoring %n record</numerusform>
                <numerusform>restoring %n records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %1 to %n record(s).</source>
            <translation>
                <numerusform>Added %1 to %n record.</numerusform>
                <numerusform>Added %1 to %n records.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) have no such field and were left as they were.</source>
            <translation>
                <numerusform>%n record has no such field and was left as it was.</numerusform>
                <numerusform>%n records have no such field and were left as they were.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>duplicating %n record(s)</source>
            <translation>
                <numerusform>duplicating %n record</numerusform>
                <numerusform>duplicating %n records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Duplicated %n record(s).</source>
            <translation>
                <numerusform>Duplicated %n record.</numerusform>
                <numerusform>Duplicated %n records.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message numerus="yes">
            <source>%n field(s) of this record were changed differently elsewhere. Both versions are kept until you choose.</source>
            <translation>
                <numerusform>%n field of this record was changed differently elsewhere. Both versions are kept until you choose.</numerusform>
                <numerusform>%n fields of this record were changed differently elsewhere. Both versions are kept until you choose.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message numerus="yes">
            <source>%n change(s) not yet uploaded</source>
            <translation>
                <numerusform>%n change not yet uploaded</numerusform>
                <numerusform>%n changes not yet uploaded</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) waiting</source>
            <translation>
                <numerusform>%n photo waiting</numerusform>
                <numerusform>%n photos waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused</source>
            <translation>
                <numerusform>%n change refused</numerusform>
                <numerusform>%n changes refused</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Downloaded %n photo(s)</source>
            <translation>
                <numerusform>Downloaded %n photo</numerusform>
                <numerusform>Downloaded %n photos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>sent %n change(s)</source>
            <translation>
                <numerusform>sent %n change</numerusform>
                <numerusform>sent %n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>received %n</source>
            <translation>
                <numerusform>received %n</numerusform>
                <numerusform>received %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new conflict(s) to resolve</source>
            <translation>
                <numerusform>%n new conflict to resolve</numerusform>
                <numerusform>%n new conflicts to resolve</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused by the server</source>
            <translation>
                <numerusform>%n change refused by the server</numerusform>
                <numerusform>%n changes refused by the server</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncBundle</name>
        <message numerus="yes">
            <source>Wrote %1: %n change(s)</source>
            <translation>
                <numerusform>Wrote %1: %n change</numerusform>
                <numerusform>Wrote %1: %n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n photo(s) and file(s).</source>
            <translation>
                <numerusform>%n photo or file.</numerusform>
                <numerusform>%n photos and files.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) acknowledged</source>
            <translation>
                <numerusform>%n change acknowledged</numerusform>
                <numerusform>%n changes acknowledged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n received</source>
            <translation>
                <numerusform>%n received</numerusform>
                <numerusform>%n received</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) to resolve</source>
            <translation>
                <numerusform>%n conflict to resolve</numerusform>
                <numerusform>%n conflicts to resolve</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused (see the sync log)</source>
            <translation>
                <numerusform>%n change refused (see the sync log)</numerusform>
                <numerusform>%n changes refused (see the sync log)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncLog</name>
        <message numerus="yes">
            <source>Sent %n change(s)</source>
            <translation>
                <numerusform>Sent %n change</numerusform>
                <numerusform>Sent %n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>received %n</source>
            <translation>
                <numerusform>received %n</numerusform>
                <numerusform>received %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) merged with changes made elsewhere</source>
            <translation>
                <numerusform>%n change merged with changes made elsewhere</numerusform>
                <numerusform>%n changes merged with changes made elsewhere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new conflict(s):</source>
            <translation>
                <numerusform>%n new conflict:</numerusform>
                <numerusform>%n new conflicts:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) refused by the server (see below)</source>
            <translation>
                <numerusform>%n change refused by the server (see below)</numerusform>
                <numerusform>%n changes refused by the server (see below)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) wait for their record to arrive</source>
            <translation>
                <numerusform>%n change waits for its record to arrive</numerusform>
                <numerusform>%n changes wait for their record to arrive</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n record(s) from the server this version cannot store</source>
            <translation>
                <numerusform>%n record from the server this version cannot store</numerusform>
                <numerusform>%n records from the server this version cannot store</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n sync(s)</source>
            <translation>
                <numerusform>%n sync</numerusform>
                <numerusform>%n syncs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n change(s)</source>
            <translation>
                <numerusform>%n change</numerusform>
                <numerusform>%n changes</numerusform>
            </translation>
        </message>
    </context>
</TS>
