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
        <name>MainWindow</name>
        <message numerus="yes">
            <source>Moved %n record(s) to the trash.</source>
            <translation>
                <numerusform>Moved %n record to the trash.</numerusform>
                <numerusform>Moved %n records to the trash.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Restored %n record(s).</source>
            <translation>
                <numerusform>Restored %n record.</numerusform>
                <numerusform>Restored %n records.</numerusform>
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
</TS>
