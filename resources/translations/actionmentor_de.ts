<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/action_dialog.py" line="40"/>
        <source>Edit action</source>
        <translation>Aktion bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/action_dialog.py" line="40"/>
        <source>New action</source>
        <translation>Neue Aktion</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/action_dialog.py" line="56"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/action_dialog.py" line="57"/>
        <source>Goal it serves</source>
        <translation>Ziel, dem sie dient</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/action_dialog.py" line="45"/>
        <location filename="../../src/actionmentor/ui/workbook/actions/action_dialog.py" line="58"/>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/action_dialog.py" line="59"/>
        <source>Support needed</source>
        <translation>Benötigte Unterstützung</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/action_dialog.py" line="60"/>
        <source>How we will know it is done</source>
        <translation>Woran wir erkennen, dass sie erledigt ist</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/action_dialog.py" line="61"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/action_dialog.py" line="62"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/action_dialog.py" line="104"/>
        <source>The action</source>
        <translation>Die Aktion</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/action_dialog.py" line="110"/>
        <source>The due date is not a date: %s</source>
        <translation>Das Fälligkeitsdatum ist kein Datum: %s</translation>
    </message>
</context>
<context>
    <name>ActionPlanController</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/controller.py" line="75"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/actionmentor/ui/workbook/actions/controller.py" line="76"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Aktion</numerusform>
            <numerusform>%n Aktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/actionmentor/ui/workbook/actions/controller.py" line="77"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/actionmentor/ui/workbook/actions/controller.py" line="78"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionPlanView</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/view.py" line="33"/>
        <source>Show actions</source>
        <translation>Aktionen anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/view.py" line="34"/>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/view.py" line="35"/>
        <source>Open (planned or in progress)</source>
        <translation>Offen (geplant oder in Arbeit)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/view.py" line="38"/>
        <source>Add action…</source>
        <translation>Aktion hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/view.py" line="39"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/view.py" line="40"/>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/view.py" line="41"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/view.py" line="42"/>
        <source>Go to worksheet</source>
        <translation>Zum Arbeitsblatt</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/view.py" line="49"/>
        <source>Action plan</source>
        <translation>Aktionsplan</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/view.py" line="65"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/action_dialog.py" line="26"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/action_dialog.py" line="27"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/action_dialog.py" line="28"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/action_dialog.py" line="29"/>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/model.py" line="34"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/model.py" line="35"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/model.py" line="36"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/model.py" line="37"/>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/model.py" line="38"/>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/model.py" line="39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/model.py" line="40"/>
        <source>From worksheet</source>
        <translation>Aus Arbeitsblatt</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/actions/model.py" line="78"/>
        <source>  overdue</source>
        <translation>  überfällig</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../../src/actionmentor/ui/common/autosave.py" line="47"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/common/autosave.py" line="75"/>
        <source>Not saved: %s</source>
        <translation>Nicht gespeichert: %s</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/common/autosave.py" line="78"/>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/editors/choices.py" line="98"/>
        <source>— choose —</source>
        <translation>— auswählen —</translation>
    </message>
</context>
<context>
    <name>ConflictRow</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/conflicts_panel.py" line="23"/>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/conflicts_panel.py" line="26"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/conflicts_panel.py" line="50"/>
        <source>Yours</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/conflicts_panel.py" line="51"/>
        <source>%1&apos;s copy</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/conflicts_panel.py" line="61"/>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/conflicts_panel.py" line="62"/>
        <source>Keep %1&apos;s</source>
        <translation>Die von %1 behalten</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/conflicts_panel.py" line="63"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/conflicts_panel.py" line="64"/>
        <source>Go there and write what you agree on</source>
        <translation>Dorthin gehen und aufschreiben, worauf Sie sich einigen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/conflicts_panel.py" line="76"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/conflicts_panel.py" line="97"/>
        <source>%1&apos;s copy and yours differ here</source>
        <translation>Die Kopie von %1 und Ihre unterscheiden sich hier</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/conflicts_panel.py" line="104"/>
        <source>Both of you changed this since you last exchanged. Both versions are kept; until you choose, both laptops show the later one.</source>
        <translation>Sie beide haben das seit dem letzten Austausch geändert. Beide Fassungen bleiben erhalten; bis Sie wählen, zeigen beide Laptops die spätere.</translation>
    </message>
</context>
<context>
    <name>CopiesController</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/copies_controller.py" line="84"/>
        <source>together</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/copies_controller.py" line="157"/>
        <source>keep mine</source>
        <translation>meine behalten</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/copies_controller.py" line="159"/>
        <source>keep %1&apos;s</source>
        <translation>die von %1 behalten</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/copies_controller.py" line="200"/>
        <source>Share with %1</source>
        <translation>Mit %1 teilen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/copies_controller.py" line="202"/>
        <source>Shared alliance (*.amchanges)</source>
        <translation>Geteilte Mentoring-Beziehung (*.amchanges)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/copies_controller.py" line="209"/>
        <source>Merge changes from…</source>
        <translation>Änderungen übernehmen aus…</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/copies_controller.py" line="211"/>
        <source>Changes from the other laptop (*.amchanges)</source>
        <translation>Änderungen vom anderen Laptop (*.amchanges)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/copies_controller.py" line="217"/>
        <source>Shared passphrase</source>
        <translation>Gemeinsame Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/copies_controller.py" line="235"/>
        <source>Wrote %1: give it to %2, who opens it with File › Import.</source>
        <translation>%1 geschrieben: Geben Sie die Datei %2, der/die sie mit Datei › Importieren öffnet.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/copies_controller.py" line="249"/>
        <source>Can&apos;t read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/copies_controller.py" line="282"/>
        <source>Merged %1&apos;s changes: %2 new, %3 changed, %4 removed.</source>
        <translation>Änderungen von %1 übernommen: %2 neu, %3 geändert, %4 entfernt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/actionmentor/ui/workbook/copies_controller.py" line="123"/>
        <location filename="../../src/actionmentor/ui/workbook/copies_controller.py" line="289"/>
        <source>%n place(s) differ: see the home.</source>
        <translation>
            <numerusform>%n Stelle unterscheidet sich: siehe Startseite.</numerusform>
            <numerusform>%n Stellen unterscheiden sich: siehe Startseite.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/copies_controller.py" line="296"/>
        <source>A folder you both keep in step (Syncthing, Nextcloud, a USB stick)</source>
        <translation>Ein Ordner, den Sie beide abgleichen (Syncthing, Nextcloud, ein USB-Stick)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/copies_controller.py" line="309"/>
        <source>Protect the files in the folder with a passphrase you and %1 share? Recommended for a cloud folder. Leave it empty for none.</source>
        <translation>Die Dateien im Ordner mit einer Passphrase schützen, die Sie und %1 kennen? Empfohlen für einen Cloud-Ordner. Leer lassen für keine.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/copies_controller.py" line="337"/>
        <source>The shared folder&apos;s files are protected. The passphrase:</source>
        <translation>Die Dateien im gemeinsamen Ordner sind geschützt. Die Passphrase:</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/actionmentor/ui/common/inputs.py" line="84"/>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/common/inputs.py" line="92"/>
        <source>Pick a date from the calendar (Alt+Down)</source>
        <translation>Ein Datum im Kalender wählen (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/common/inputs.py" line="93"/>
        <source>%s: calendar</source>
        <translation>%s: Kalender</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/common/inputs.py" line="109"/>
        <source>Type a date like %s, or leave it empty for none</source>
        <translation>Geben Sie ein Datum wie %s ein, oder lassen Sie das Feld für kein Datum leer</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/common/inputs.py" line="111"/>
        <source>Type a date like %1 or %2, or leave it empty for none</source>
        <translation>Geben Sie ein Datum wie %1 oder %2 ein, oder lassen Sie das Feld für kein Datum leer</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/common/inputs.py" line="145"/>
        <source>Not a date. </source>
        <translation>Kein Datum. </translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../src/actionmentor/ui/common/inputs.py" line="253"/>
        <source>%s: time</source>
        <translation>%s: Uhrzeit</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_controller.py" line="74"/>
        <source>Type your passphrase to include your private entries.</source>
        <translation>Geben Sie Ihre Passphrase ein, um Ihre privaten Einträge einzuschließen.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_controller.py" line="85"/>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_controller.py" line="86"/>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_controller.py" line="87"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_controller.py" line="89"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_controller.py" line="94"/>
        <source>Exported to %s; no program to open it was found.</source>
        <translation>Exportiert nach %s; kein Programm zum Öffnen wurde gefunden.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_controller.py" line="128"/>
        <source>Export failed: %s</source>
        <translation>Export fehlgeschlagen: %s</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_controller.py" line="137"/>
        <source>Exported to %1, with %2 of your private entries.</source>
        <translation>Exportiert nach %1, mit %2 Ihrer privaten Einträge.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_controller.py" line="142"/>
        <source>Exported to %s</source>
        <translation>Exportiert nach %s</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="37"/>
        <source>The whole workbook (PDF)</source>
        <translation>Das ganze Arbeitsbuch (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="38"/>
        <source>Cover, contents, every stage with your answers, the action plan, meetings, reviews and journal.</source>
        <translation>Titelblatt, Inhalt, jede Phase mit Ihren Antworten, der Aktionsplan, Treffen, Rückblicke und Tagebuch.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="40"/>
        <source>The whole workbook as a web page (HTML)</source>
        <translation>Das ganze Arbeitsbuch als Webseite (HTML)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="41"/>
        <source>The same content as one accessible file: for a screen reader, a phone or any browser.</source>
        <translation>Derselbe Inhalt als eine barrierefreie Datei: für einen Screenreader, ein Smartphone oder jeden Browser.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="43"/>
        <source>The action plan (PDF)</source>
        <translation>Der Aktionsplan (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="44"/>
        <source>A landscape table with a box to tick.</source>
        <translation>Eine Tabelle im Querformat mit Kästchen zum Abhaken.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="45"/>
        <source>The invitation letter (PDF)</source>
        <translation>Der Einladungsbrief (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="46"/>
        <source>A one-page letter to your mentor.</source>
        <translation>Ein einseitiger Brief an Ihre Mentorin oder Ihren Mentor.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="47"/>
        <source>A sheet for the next meeting (PDF)</source>
        <translation>Ein Blatt für das nächste Treffen (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="48"/>
        <source>Agenda, open actions and room for notes.</source>
        <translation>Tagesordnung, offene Aktionen und Platz für Notizen.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="49"/>
        <source>Meetings and due dates (calendar .ics)</source>
        <translation>Treffen und Fälligkeiten (Kalender .ics)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="50"/>
        <source>For your calendar program.</source>
        <translation>Für Ihr Kalenderprogramm.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="51"/>
        <source>A form to fill in without the app (PDF)</source>
        <translation>Ein Formular zum Ausfüllen ohne die App (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="52"/>
        <source>For the other person: their questions and the joint ones as boxes any PDF reader fills in. Merge it back with File › Merge changes from….</source>
        <translation>Für die andere Person: ihre Fragen und die gemeinsamen als Felder, die jeder PDF-Reader ausfüllt. Zurück ins Arbeitsbuch mit Datei › Änderungen übernehmen aus…</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="55"/>
        <source>A blank workbook (PDF)</source>
        <translation>Ein leeres Arbeitsbuch (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="56"/>
        <source>The same stages with space to write by hand.</source>
        <translation>Dieselben Phasen mit Platz zum Schreiben von Hand.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="65"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="92"/>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="94"/>
        <source>Language of the printout</source>
        <translation>Sprache des Ausdrucks</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="100"/>
        <source>Include my private journal entries (%s)</source>
        <translation>Meine privaten Tagebucheinträge einschließen (%s)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="102"/>
        <source>Include my private journal entries</source>
        <translation>Meine privaten Tagebucheinträge einschließen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="105"/>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="107"/>
        <source>Your passphrase</source>
        <translation>Ihre Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="106"/>
        <source>Needed to print your private entries</source>
        <translation>Nötig, um Ihre privaten Einträge zu drucken</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="109"/>
        <source>What stands in the way</source>
        <translation>Was im Weg steht</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="111"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="112"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/export_dialog.py" line="125"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/find_bar.py" line="17"/>
        <location filename="../../src/actionmentor/ui/workbook/find_bar.py" line="18"/>
        <source>Find in this workbook</source>
        <translation>In diesem Arbeitsbuch suchen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/find_bar.py" line="20"/>
        <source>Search all workbooks</source>
        <translation>Alle Arbeitsbücher durchsuchen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/find_bar.py" line="21"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>FirstMeetingPage</name>
    <message>
        <location filename="../../src/actionmentor/ui/library/new_alliance_wizard.py" line="139"/>
        <source>Your first meeting</source>
        <translation>Ihr erstes Treffen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/new_alliance_wizard.py" line="142"/>
        <source>If you have already agreed a first meeting, put it in; it starts the meeting log.</source>
        <translation>Wenn Sie schon ein erstes Treffen vereinbart haben, tragen Sie es ein; damit beginnt das Treffen-Protokoll.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/new_alliance_wizard.py" line="145"/>
        <source>We have agreed a first meeting</source>
        <translation>Wir haben ein erstes Treffen vereinbart</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/new_alliance_wizard.py" line="150"/>
        <source>Date and time of the first meeting</source>
        <translation>Datum und Uhrzeit des ersten Treffens</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/new_alliance_wizard.py" line="155"/>
        <source>Place of the first meeting</source>
        <translation>Ort des ersten Treffens</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/new_alliance_wizard.py" line="160"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/new_alliance_wizard.py" line="161"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>FrameworkPage</name>
    <message>
        <location filename="../../src/actionmentor/ui/library/new_alliance_wizard.py" line="115"/>
        <source>Choose the stages you will work through</source>
        <translation>Wählen Sie die Phasen, die Sie durcharbeiten</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/new_alliance_wizard.py" line="116"/>
        <source>You can&apos;t change this later, so read both descriptions.</source>
        <translation>Das lässt sich später nicht ändern; lesen Sie darum beide Beschreibungen.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/home_page.py" line="30"/>
        <source>Home of this alliance</source>
        <translation>Startseite dieser Zusammenarbeit</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/home_page.py" line="75"/>
        <source>All stages and worksheets…</source>
        <translation>Alle Phasen und Arbeitsblätter…</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/home_page.py" line="89"/>
        <source>Where you are</source>
        <translation>Wo Sie stehen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/home_page.py" line="91"/>
        <source>Stage: %1, %2 of %3 core answers</source>
        <translation>Phase: %1, %2 von %3 Kernantworten</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/home_page.py" line="99"/>
        <source>Done when: %1</source>
        <translation>Fertig, wenn: %1</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/home_page.py" line="103"/>
        <source>Still to sign off %1: %2</source>
        <translation>Noch abzuzeichnen, %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/home_page.py" line="114"/>
        <source>Next: meeting %1 of %2, %3</source>
        <translation>Als Nächstes: Treffen %1 von %2, %3</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/home_page.py" line="120"/>
        <source>no date yet</source>
        <translation>noch ohne Datum</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/home_page.py" line="126"/>
        <source>%1 min  %2</source>
        <translation>%1 Min.  %2</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/home_page.py" line="130"/>
        <source>Open this worksheet</source>
        <translation>Dieses Arbeitsblatt öffnen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/home_page.py" line="139"/>
        <source>About %1 minutes in all.</source>
        <translation>Insgesamt etwa %1 Minuten.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/home_page.py" line="143"/>
        <source>Start meeting %1</source>
        <translation>Treffen %1 beginnen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/home_page.py" line="145"/>
        <source>Resume meeting %1 at step %2</source>
        <translation>Treffen %1 bei Schritt %2 fortsetzen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/home_page.py" line="151"/>
        <source>This meeting is under way: the bar above leads you.</source>
        <translation>Dieses Treffen läuft gerade: Die Leiste oben führt Sie hindurch.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/home_page.py" line="162"/>
        <source>Before that meeting</source>
        <translation>Vor diesem Treffen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/home_page.py" line="171"/>
        <source> (done)</source>
        <translation> (erledigt)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/home_page.py" line="178"/>
        <source>Actions due</source>
        <translation>Fällige Aktionen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/home_page.py" line="181"/>
        <source> (overdue)</source>
        <translation> (überfällig)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/home_page.py" line="186"/>
        <source>A relationship review is due at the next meeting: each of you fills it in alone beforehand.</source>
        <translation>Beim nächsten Treffen ist ein Rückblick auf die Zusammenarbeit fällig: Jede Person füllt ihn vorher für sich aus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/actionmentor/ui/workbook/home_page.py" line="194"/>
        <source>All %n planned meeting(s) are held</source>
        <translation>
            <numerusform>Das geplante Treffen hat stattgefunden</numerusform>
            <numerusform>Alle %n geplanten Treffen haben stattgefunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/home_page.py" line="199"/>
        <source>End on purpose: look back against your agreement, celebrate, agree what contact follows and sign the ending. An alliance that just drifts away is remembered badly.</source>
        <translation>Beenden Sie die Zusammenarbeit bewusst: Blicken Sie anhand Ihrer Vereinbarung zurück, feiern Sie, vereinbaren Sie, welcher Kontakt bleibt, und zeichnen Sie den Abschluss ab. Eine Zusammenarbeit, die einfach ausläuft, bleibt schlecht in Erinnerung.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/home_page.py" line="206"/>
        <source>Still open: %1</source>
        <translation>Noch offen: %1</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <location filename="../../src/actionmentor/ui/library/new_alliance_wizard.py" line="38"/>
        <source>Starting an alliance</source>
        <translation>Eine Zusammenarbeit beginnen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/new_alliance_wizard.py" line="42"/>
        <source>You are about to set up a mentoring alliance: you, the mentee, invite someone to be your mentor, and the two of you work through the stages together, one meeting at a time.</source>
        <translation>Sie richten gleich eine Mentoring-Zusammenarbeit ein: Sie als Mentee bitten jemanden, Ihre Mentorin oder Ihr Mentor zu sein, und Sie beide arbeiten die Phasen gemeinsam durch, ein Treffen nach dem anderen.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/new_alliance_wizard.py" line="47"/>
        <source>The next pages ask for your name, your mentor&apos;s, the stages you will follow and, if you have agreed it, your first meeting. It takes a couple of minutes. Names, contact details and the title can be corrected later; the stages can&apos;t.</source>
        <translation>Die nächsten Seiten fragen nach Ihrem Namen, dem Ihrer Mentorin oder Ihres Mentors, den Phasen, denen Sie folgen, und, falls schon vereinbart, nach Ihrem ersten Treffen. Das dauert ein paar Minuten. Namen, Kontaktangaben und Titel lassen sich später korrigieren, die Phasen nicht.</translation>
    </message>
</context>
<context>
    <name>JournalController</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/journal/controller.py" line="68"/>
        <source>New entry by %s</source>
        <translation>Neuer Eintrag von %s</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/journal/controller.py" line="88"/>
        <source>Your private entries are shown; tick “Private” to write one.</source>
        <translation>Ihre privaten Einträge werden angezeigt; setzen Sie ein Häkchen bei „Privat“, um einen zu schreiben.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/journal/controller.py" line="99"/>
        <source>Your private entry (locked): “Show my private entries…” to read it</source>
        <translation>Ihr privater Eintrag (gesperrt): zum Lesen „Meine privaten Einträge zeigen…“</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/journal/controller.py" line="101"/>
        <source>Private entry by %s (hidden)</source>
        <translation>Privater Eintrag von %s (verborgen)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/journal/controller.py" line="103"/>
        <source> · private</source>
        <translation> · privat</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/journal/view.py" line="25"/>
        <source>Journal entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/journal/view.py" line="28"/>
        <source>Delete my entry</source>
        <translation>Meinen Eintrag löschen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/journal/view.py" line="33"/>
        <source>New journal entry</source>
        <translation>Neuer Tagebucheintrag</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/journal/view.py" line="35"/>
        <source>What are you noticing about yourself, the other person, or the alliance?</source>
        <translation>Was fällt Ihnen an sich selbst, an der anderen Person oder an der Zusammenarbeit auf?</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/journal/view.py" line="39"/>
        <source>Private: only I can see this entry</source>
        <translation>Privat: nur ich kann diesen Eintrag sehen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/journal/view.py" line="40"/>
        <source>Private entry</source>
        <translation>Privater Eintrag</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/journal/view.py" line="41"/>
        <source>Add entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/journal/view.py" line="42"/>
        <source>Show my private entries…</source>
        <translation>Meine privaten Einträge zeigen…</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/journal/view.py" line="45"/>
        <source>Private entries are encrypted with their author&apos;s passphrase: the other person can&apos;t read them, here or in the file.</source>
        <translation>Private Einträge werden mit der Passphrase ihrer Verfasserin oder ihres Verfassers verschlüsselt: die andere Person kann sie nicht lesen, weder hier noch in der Datei.</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../../src/actionmentor/ui/library/controller.py" line="104"/>
        <source>Reopen alliance</source>
        <translation>Zusammenarbeit wieder aufnehmen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/controller.py" line="104"/>
        <source>End alliance</source>
        <translation>Zusammenarbeit beenden</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/controller.py" line="200"/>
        <source>rename</source>
        <translation>umbenennen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/controller.py" line="225"/>
        <source>end alliance</source>
        <translation>Zusammenarbeit beenden</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/controller.py" line="227"/>
        <source>reopen alliance</source>
        <translation>Zusammenarbeit wieder aufnehmen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/controller.py" line="239"/>
        <source>move “%s” to the trash</source>
        <translation>„%s“ in den Papierkorb verschieben</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/controller.py" line="245"/>
        <source>“%s” moved to the trash. Edit › Undo brings it back.</source>
        <translation>„%s“ liegt im Papierkorb. Bearbeiten › Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/controller.py" line="252"/>
        <source>“%s” restored.</source>
        <translation>„%s“ wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/controller.py" line="260"/>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/controller.py" line="261"/>
        <source>Delete “%s” and everything in it for good? This can&apos;t be undone.</source>
        <translation>„%s“ mit allem Inhalt endgültig löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../src/actionmentor/ui/library/model.py" line="21"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/model.py" line="22"/>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/model.py" line="23"/>
        <source>Mentor</source>
        <translation>Mentor/in</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/model.py" line="24"/>
        <source>Framework</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/model.py" line="25"/>
        <source>Current stage</source>
        <translation>Aktuelle Phase</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/model.py" line="26"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/model.py" line="27"/>
        <source>Last opened</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/model.py" line="40"/>
        <source> (ended)</source>
        <translation> (beendet)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/model.py" line="71"/>
        <source>%1 of %2 answers</source>
        <translation>%1 von %2 Antworten</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../src/actionmentor/ui/library/view.py" line="30"/>
        <location filename="../../src/actionmentor/ui/library/view.py" line="129"/>
        <source>Your workbooks</source>
        <translation>Ihre Arbeitsbücher</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/view.py" line="51"/>
        <source>New alliance…</source>
        <translation>Neue Zusammenarbeit…</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/view.py" line="52"/>
        <source>New alliance</source>
        <translation>Neue Zusammenarbeit</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/view.py" line="53"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/view.py" line="54"/>
        <source>Open the selected workbook</source>
        <translation>Das gewählte Arbeitsbuch öffnen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/view.py" line="55"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/view.py" line="56"/>
        <source>End alliance</source>
        <translation>Zusammenarbeit beenden</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/view.py" line="57"/>
        <source>An ended alliance stays readable; you can reopen it</source>
        <translation>Eine beendete Zusammenarbeit bleibt lesbar; Sie können sie wieder aufnehmen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/view.py" line="58"/>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/view.py" line="59"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/view.py" line="60"/>
        <source>Delete for good…</source>
        <translation>Endgültig löschen…</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/view.py" line="72"/>
        <source>Which workbooks to show</source>
        <translation>Welche Arbeitsbücher angezeigt werden</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/view.py" line="73"/>
        <location filename="../../src/actionmentor/ui/library/view.py" line="80"/>
        <source>Workbooks</source>
        <translation>Arbeitsbücher</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/view.py" line="74"/>
        <location filename="../../src/actionmentor/ui/library/view.py" line="129"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/view.py" line="101"/>
        <source>Search all workbooks (Ctrl+F)</source>
        <translation>Alle Arbeitsbücher durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/view.py" line="102"/>
        <source>Search all workbooks</source>
        <translation>Alle Arbeitsbücher durchsuchen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/view.py" line="114"/>
        <source>Start your first workbook with “New alliance…”.</source>
        <translation>Beginnen Sie Ihr erstes Arbeitsbuch mit „Neue Zusammenarbeit…“.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/view.py" line="123"/>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/editors/text.py" line="86"/>
        <source>Add item</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/actionmentor/ui/workbook/editors/text.py" line="92"/>
        <source>at least %n items</source>
        <translation>
            <numerusform>mindestens %n Eintrag</numerusform>
            <numerusform>mindestens %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/editors/text.py" line="106"/>
        <source>Remove this item</source>
        <translation>Diesen Eintrag entfernen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/editors/text.py" line="107"/>
        <source>Remove item %s</source>
        <translation>Eintrag %s entfernen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="145"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="146"/>
        <source>&amp;New alliance…</source>
        <translation>&amp;Neue Zusammenarbeit…</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="149"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="152"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="155"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="163"/>
        <source>&amp;Import a workbook…</source>
        <translation>Arbeitsbuch &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="167"/>
        <source>&amp;Share with the other person…</source>
        <translation>Mit der anderen Person &amp;teilen…</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="169"/>
        <source>&amp;Merge changes from…</source>
        <translation>Änderungen &amp;übernehmen aus…</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="171"/>
        <source>Shared &amp;folder…</source>
        <translation>Gemeinsamer &amp;Ordner…</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="175"/>
        <source>&amp;Restore a backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="178"/>
        <source>&amp;Check the database</source>
        <translation>Datenbank &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="184"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="185"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="187"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="191"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="193"/>
        <source>In a workbook, find in it; in the library, in all</source>
        <translation>In einem Arbeitsbuch darin suchen, in der Bibliothek in allen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="197"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="202"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="204"/>
        <source>&amp;Previous page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="207"/>
        <source>&amp;Next page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="212"/>
        <source>&amp;Switch who is writing</source>
        <translation>&amp;Schreibende Person wechseln</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="227"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="228"/>
        <source>About this &amp;method</source>
        <translation>Über diese &amp;Methode</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="240"/>
        <source>Open a workbook to export it.</source>
        <translation>Öffnen Sie ein Arbeitsbuch, um es zu exportieren.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="256"/>
        <source>Meeting recorded.</source>
        <translation>Treffen eingetragen.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="262"/>
        <source>Meeting recorded: print the sheet for the next one?</source>
        <translation>Treffen eingetragen: das Blatt für das nächste drucken?</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="268"/>
        <source>Import a workbook</source>
        <translation>Arbeitsbuch importieren</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="270"/>
        <source>Workbook or shared alliance (*.json *.amchanges)</source>
        <translation>Arbeitsbuch oder geteilte Beziehung (*.json *.amchanges)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="313"/>
        <source>Imported “%s”.</source>
        <translation>„%s“ importiert.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="319"/>
        <source>This alliance is already here</source>
        <translation>Diese Mentoring-Beziehung ist schon da</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="321"/>
        <source>Merge the changes</source>
        <translation>Änderungen übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="323"/>
        <source>Import a separate copy</source>
        <translation>Als eigene Kopie importieren</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="347"/>
        <source>Restore failed: %s</source>
        <translation>Wiederherstellen fehlgeschlagen: %s</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="353"/>
        <source> The data from before is kept as %s.</source>
        <translation> Der vorherige Stand bleibt als %s erhalten.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="354"/>
        <source>Backup restored.</source>
        <translation>Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="368"/>
        <source>Check the database</source>
        <translation>Datenbank prüfen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="370"/>
        <source>The database is damaged: %s

Restore a backup to go on with a whole copy.</source>
        <translation>Die Datenbank ist beschädigt: %s

Stellen Sie eine Sicherung wieder her, um mit einer unversehrten Kopie weiterzuarbeiten.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="376"/>
        <source>Restore a backup…</source>
        <translation>Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="388"/>
        <source>Checked and repaired, nothing lost (%1). The log lists every repair.</source>
        <translation>Geprüft und repariert, nichts verloren (%1). Das Protokoll nennt jede Reparatur.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="392"/>
        <source>Checked: the database is whole.</source>
        <translation>Geprüft: Die Datenbank ist unversehrt.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="421"/>
        <source>&amp;Share with %1…</source>
        <translation>Mit %1 &amp;teilen…</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="444"/>
        <source>The new language is used from the next start.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="485"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/main_window.py" line="487"/>
        <source>Some of your last changes could not be saved:
%s

Close anyway and lose them?</source>
        <translation>Einige Ihrer letzten Änderungen konnten nicht gespeichert werden:
%s

Trotzdem schließen und sie verlieren?</translation>
    </message>
</context>
<context>
    <name>MeetingBar</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meeting_bar.py" line="45"/>
        <source>Meeting mode</source>
        <translation>Treffen-Modus</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meeting_bar.py" line="51"/>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meeting_bar.py" line="52"/>
        <source>Next ›</source>
        <translation>Weiter ›</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meeting_bar.py" line="54"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meeting_bar.py" line="55"/>
        <source>Leave the meeting; Resume on the home goes on here</source>
        <translation>Das Treffen unterbrechen; „Fortsetzen“ auf der Startseite macht hier weiter</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meeting_bar.py" line="89"/>
        <source>Meeting %1 · step %2 of %3: %4 (%5 min)</source>
        <translation>Treffen %1 · Schritt %2 von %3: %4 (%5 Min.)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meeting_bar.py" line="98"/>
        <source>record it</source>
        <translation>eintragen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meeting_bar.py" line="99"/>
        <source>Next: %1 ›</source>
        <translation>Weiter: %1 ›</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meeting_bar.py" line="102"/>
        <source>Meeting %1 · step %2 of %2: record the meeting</source>
        <translation>Treffen %1 · Schritt %2 von %2: das Treffen eintragen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meeting_bar.py" line="107"/>
        <source>Say what you covered, the actions you agreed and the next date.</source>
        <translation>Halten Sie fest, was Sie besprochen haben, welche Aktionen Sie vereinbart haben und wann Sie sich wieder treffen.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meeting_bar.py" line="110"/>
        <source>Record the meeting…</source>
        <translation>Treffen eintragen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/actionmentor/ui/workbook/meeting_bar.py" line="124"/>
        <source>%n min used</source>
        <translation>
            <numerusform>%n Min. vergangen</numerusform>
            <numerusform>%n Min. vergangen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meetings/view.py" line="44"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meetings/view.py" line="45"/>
        <source>New meeting</source>
        <translation>Neues Treffen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meetings/view.py" line="46"/>
        <source>Prepare next meeting</source>
        <translation>Nächstes Treffen vorbereiten</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meetings/view.py" line="48"/>
        <source>A new meeting whose agenda lists the open actions and unfinished stages</source>
        <translation>Ein neues Treffen, dessen Tagesordnung die offenen Aktionen und unfertigen Phasen nennt</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meetings/view.py" line="50"/>
        <source>Delete meeting</source>
        <translation>Treffen löschen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meetings/view.py" line="59"/>
        <location filename="../../src/actionmentor/ui/workbook/meetings/view.py" line="68"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meetings/view.py" line="61"/>
        <location filename="../../src/actionmentor/ui/workbook/meetings/view.py" line="69"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meetings/view.py" line="62"/>
        <location filename="../../src/actionmentor/ui/workbook/meetings/view.py" line="70"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meetings/view.py" line="63"/>
        <location filename="../../src/actionmentor/ui/workbook/meetings/view.py" line="71"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meetings/view.py" line="64"/>
        <location filename="../../src/actionmentor/ui/workbook/meetings/view.py" line="72"/>
        <source>Actions agreed</source>
        <translation>Vereinbarte Aktionen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meetings/view.py" line="65"/>
        <location filename="../../src/actionmentor/ui/workbook/meetings/view.py" line="73"/>
        <source>Next meeting</source>
        <translation>Nächstes Treffen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meetings/view.py" line="75"/>
        <source>No meetings yet. “New meeting” starts the log; “Prepare next meeting” drafts an agenda from your open actions and unfinished stages.</source>
        <translation>Noch keine Treffen. „Neues Treffen“ beginnt das Protokoll; „Nächstes Treffen vorbereiten“ entwirft eine Tagesordnung aus Ihren offenen Aktionen und unfertigen Phasen.</translation>
    </message>
</context>
<context>
    <name>NamesDialog</name>
    <message>
        <location filename="../../src/actionmentor/ui/library/names_dialog.py" line="34"/>
        <source>Rename workbook</source>
        <translation>Arbeitsbuch umbenennen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/names_dialog.py" line="43"/>
        <location filename="../../src/actionmentor/ui/library/names_dialog.py" line="53"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/names_dialog.py" line="44"/>
        <location filename="../../src/actionmentor/ui/library/names_dialog.py" line="54"/>
        <source>Mentee&apos;s name</source>
        <translation>Name (Mentee)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/names_dialog.py" line="46"/>
        <location filename="../../src/actionmentor/ui/library/names_dialog.py" line="55"/>
        <source>Mentee&apos;s contact details</source>
        <translation>Kontaktangaben (Mentee)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/names_dialog.py" line="48"/>
        <location filename="../../src/actionmentor/ui/library/names_dialog.py" line="56"/>
        <source>Mentor&apos;s name</source>
        <translation>Name (Mentor/in)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/names_dialog.py" line="50"/>
        <location filename="../../src/actionmentor/ui/library/names_dialog.py" line="57"/>
        <source>Mentor&apos;s contact details</source>
        <translation>Kontaktangaben (Mentor/in)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/names_dialog.py" line="82"/>
        <source>The mentor has the mentee&apos;s name. If that is really another person of the same name, press OK again.</source>
        <translation>Mentor/in und Mentee haben denselben Namen. Wenn es wirklich zwei Personen gleichen Namens sind, klicken Sie noch einmal auf OK.</translation>
    </message>
</context>
<context>
    <name>NewAllianceWizard</name>
    <message>
        <location filename="../../src/actionmentor/ui/library/new_alliance_wizard.py" line="190"/>
        <source>New alliance</source>
        <translation>Neue Zusammenarbeit</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/new_alliance_wizard.py" line="195"/>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/new_alliance_wizard.py" line="196"/>
        <source>You are the mentee: the person who sets up the alliance and leads it.</source>
        <translation>Sie sind Mentee: die Person, die die Zusammenarbeit aufsetzt und führt.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/new_alliance_wizard.py" line="197"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/new_alliance_wizard.py" line="201"/>
        <source>The mentor you will invite</source>
        <translation>Die Mentorin oder der Mentor, die Sie einladen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/new_alliance_wizard.py" line="203"/>
        <source>Someone whose experience or way of working you respect. They need not be senior to you.</source>
        <translation>Jemand, dessen Erfahrung oder Arbeitsweise Sie schätzen. Die Person muss Ihnen nicht übergeordnet sein.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/new_alliance_wizard.py" line="206"/>
        <source>Your mentor&apos;s name</source>
        <translation>Name Ihrer Mentorin oder Ihres Mentors</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/new_alliance_wizard.py" line="216"/>
        <source>Create workbook</source>
        <translation>Arbeitsbuch anlegen</translation>
    </message>
</context>
<context>
    <name>PaperChoice</name>
    <message>
        <location filename="../../src/actionmentor/ui/common/widgets.py" line="83"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/passphrase_dialog.py" line="25"/>
        <source>Passphrase for private entries</source>
        <translation>Passphrase für private Einträge</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/passphrase_dialog.py" line="29"/>
        <source>%s: choose a passphrase for your private entries. They are stored encrypted; without the passphrase nobody can read them, not even you, so keep it safe.</source>
        <translation>%s: Wählen Sie eine Passphrase für Ihre privaten Einträge. Sie werden verschlüsselt gespeichert; ohne die Passphrase kann sie niemand lesen, auch Sie nicht. Bewahren Sie sie also gut auf.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/passphrase_dialog.py" line="34"/>
        <source>%s: your passphrase for private entries.</source>
        <translation>%s: Ihre Passphrase für private Einträge.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/passphrase_dialog.py" line="39"/>
        <location filename="../../src/actionmentor/ui/dialogs/passphrase_dialog.py" line="47"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/passphrase_dialog.py" line="42"/>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/passphrase_dialog.py" line="49"/>
        <source>Again</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/passphrase_dialog.py" line="59"/>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/passphrase_dialog.py" line="62"/>
        <source>Type the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../src/actionmentor/ui/library/new_alliance_wizard.py" line="68"/>
        <location filename="../../src/actionmentor/ui/library/new_alliance_wizard.py" line="75"/>
        <source>Contact details (optional)</source>
        <translation>Kontakt (freiwillig)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/new_alliance_wizard.py" line="69"/>
        <source>email or phone, only for your own reference</source>
        <translation>E-Mail oder Telefon, nur für Sie selbst</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/library/new_alliance_wizard.py" line="102"/>
        <source>%s is also the mentee&apos;s name. A mentor is someone else; if it really is another person of the same name, press Next again.</source>
        <translation>%s heißt auch die Person, die Mentee ist. Die Mentorin oder der Mentor ist jemand anderes; wenn es wirklich eine andere Person gleichen Namens ist, klicken Sie noch einmal auf Weiter.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/preferences_dialog.py" line="25"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/preferences_dialog.py" line="28"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/preferences_dialog.py" line="30"/>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/preferences_dialog.py" line="31"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/preferences_dialog.py" line="32"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/preferences_dialog.py" line="37"/>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/preferences_dialog.py" line="39"/>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/preferences_dialog.py" line="44"/>
        <source>Paper size for printing</source>
        <translation>Papierformat zum Drucken</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/preferences_dialog.py" line="47"/>
        <source>A new language is used from the next start. The worksheets themselves are in English for now.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start. Die Arbeitsblätter selbst sind vorerst auf Englisch.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/preferences_dialog.py" line="54"/>
        <source>Interface language:</source>
        <translation>Sprache der Oberfläche:</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/preferences_dialog.py" line="55"/>
        <source>Paper size:</source>
        <translation>Papierformat:</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/preferences_dialog.py" line="56"/>
        <source>Appearance:</source>
        <translation>Darstellung:</translation>
    </message>
</context>
<context>
    <name>RatingEditor</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/editors/choices.py" line="42"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/editors/choices.py" line="52"/>
        <source>A note on this rating (optional)</source>
        <translation>Eine Notiz zu dieser Bewertung (freiwillig)</translation>
    </message>
</context>
<context>
    <name>RecordMeetingDialog</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meeting_bar.py" line="138"/>
        <source>Record meeting %1</source>
        <translation>Treffen %1 eintragen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meeting_bar.py" line="141"/>
        <location filename="../../src/actionmentor/ui/workbook/meeting_bar.py" line="151"/>
        <source>What we covered</source>
        <translation>Was wir besprochen haben</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meeting_bar.py" line="144"/>
        <source>Actions agreed, one a line</source>
        <translation>Vereinbarte Aktionen, eine pro Zeile</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meeting_bar.py" line="145"/>
        <source>One action a line; each goes into the plan</source>
        <translation>Eine Aktion pro Zeile; jede kommt in den Aktionsplan</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meeting_bar.py" line="147"/>
        <location filename="../../src/actionmentor/ui/workbook/meeting_bar.py" line="153"/>
        <source>Next meeting</source>
        <translation>Nächstes Treffen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/meeting_bar.py" line="152"/>
        <source>Actions agreed</source>
        <translation>Vereinbarte Aktionen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/restore_dialog.py" line="23"/>
        <source>daily backup</source>
        <translation>tägliche Sicherung</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/restore_dialog.py" line="24"/>
        <source>made by hand</source>
        <translation>von Hand angelegt</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/restore_dialog.py" line="25"/>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/restore_dialog.py" line="40"/>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/restore_dialog.py" line="44"/>
        <source>Choose the backup to go back to. Everything changed since then is replaced; the database as it is now is kept as a backup first, so this can be undone by restoring that one.</source>
        <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Alles seitdem Geänderte wird ersetzt; die Datenbank in ihrem jetzigen Stand wird zuvor gesichert, sodass Sie dies mit jener Sicherung rückgängig machen können.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/restore_dialog.py" line="51"/>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/dialogs/restore_dialog.py" line="61"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ReviewChart</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/reviews/chart.py" line="22"/>
        <source>Chart of the relationship reviews</source>
        <translation>Diagramm der Beziehungsrückblicke</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/reviews/chart.py" line="62"/>
        <source>No reviews yet. Each review you complete adds a point to every panel.</source>
        <translation>Noch keine Rückblicke. Jeder abgeschlossene Rückblick fügt jedem Feld einen Punkt hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/reviews/chart.py" line="48"/>
        <location filename="../../src/actionmentor/ui/workbook/reviews/chart.py" line="140"/>
        <source>mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/reviews/chart.py" line="48"/>
        <location filename="../../src/actionmentor/ui/workbook/reviews/chart.py" line="140"/>
        <source>mentor</source>
        <translation>Mentor/in</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/reviews/chart.py" line="143"/>
        <source>x: review number · y: rating 1–5</source>
        <translation>x: Nummer des Rückblicks · y: Bewertung 1–5</translation>
    </message>
</context>
<context>
    <name>ReviewsController</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/reviews/controller.py" line="53"/>
        <source>Review %1 · %2</source>
        <translation>Rückblick %1 · %2</translation>
    </message>
</context>
<context>
    <name>ReviewsView</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/reviews/view.py" line="25"/>
        <source>Relationship reviews</source>
        <translation>Beziehungsrückblicke</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/reviews/view.py" line="27"/>
        <source>Open review</source>
        <translation>Rückblick öffnen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/reviews/view.py" line="28"/>
        <source>Start a new review</source>
        <translation>Neuen Rückblick beginnen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/reviews/view.py" line="31"/>
        <source>How the two of you rate the eight reciprocal behaviours (after Clutterbuck, 2004) at each review. Where the lines part, you see the relationship differently: a good thing to talk about.</source>
        <translation>Wie Sie beide die acht wechselseitigen Verhaltensweisen (nach Clutterbuck, 2004) bei jedem Rückblick bewerten. Wo die Linien auseinandergehen, sehen Sie die Beziehung unterschiedlich: ein guter Gesprächsanlass.</translation>
    </message>
</context>
<context>
    <name>SearchResultsView</name>
    <message>
        <location filename="../../src/actionmentor/ui/common/search_results.py" line="114"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/common/search_results.py" line="135"/>
        <source>Found in one place for “%1”</source>
        <translation>„%1“ an einer Stelle gefunden</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/common/search_results.py" line="138"/>
        <source>Found in %1 places for “%2”</source>
        <translation>„%2“ an %1 Stellen gefunden</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/common/search_results.py" line="147"/>
        <source>Nothing found for “%1”. Private journal entries are never searched.</source>
        <translation>Nichts gefunden für „%1“. Private Tagebucheinträge werden nie durchsucht.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/common/search_results.py" line="158"/>
        <source>mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/common/search_results.py" line="159"/>
        <source>mentor</source>
        <translation>Mentor/in</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/common/search_results.py" line="160"/>
        <source>together</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/common/search_results.py" line="166"/>
        <source>%1 (%2, copy %3)</source>
        <translation>%1 (%2, Ausgabe %3)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/common/search_results.py" line="171"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/common/search_results.py" line="173"/>
        <source>Action plan › %1</source>
        <translation>Aktionsplan › %1</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/common/search_results.py" line="175"/>
        <source>Meeting of %1</source>
        <translation>Treffen vom %1</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/common/search_results.py" line="176"/>
        <source>Journal › %1, %2</source>
        <translation>Tagebuch › %1, %2</translation>
    </message>
</context>
<context>
    <name>SignatureEditor</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/editors/dates.py" line="50"/>
        <source>Type your name to sign</source>
        <translation>Zum Unterschreiben Ihren Namen eingeben</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/editors/dates.py" line="57"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>StageNavigator</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/navigator.py" line="66"/>
        <source>Stages and worksheets</source>
        <translation>Phasen und Arbeitsblätter</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/navigator.py" line="156"/>
        <source>%1: %2 of %3 core answers</source>
        <translation>%1: %2 von %3 Kernantworten</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/navigator.py" line="178"/>
        <source>mentee signed</source>
        <translation>Mentee hat unterschrieben</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/navigator.py" line="179"/>
        <source>mentor signed</source>
        <translation>Mentor/in hat unterschrieben</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/navigator.py" line="183"/>
        <source>%1 of %2 answered</source>
        <translation>%1 von %2 beantwortet</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/navigator.py" line="187"/>
        <source>; changed since sign-off</source>
        <translation>; seit der Unterschrift geändert</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/stage_page.py" line="85"/>
        <source>For the mentee</source>
        <translation>Für Mentee</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/stage_page.py" line="85"/>
        <source>For the mentor</source>
        <translation>Für Mentor/in</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/stage_page.py" line="61"/>
        <source>Watch out for</source>
        <translation>Worauf zu achten ist</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/stage_page.py" line="107"/>
        <source>How this stage usually goes</source>
        <translation>Wie diese Phase meist verläuft</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/actionmentor/ui/workbook/stage_page.py" line="110"/>
        <source>Usually %n meeting(s), about %1 minutes of them in all.</source>
        <translation>
            <numerusform>Meist %n Treffen, insgesamt etwa %1 Minuten davon.</numerusform>
            <numerusform>Meist %n Treffen, insgesamt etwa %1 Minuten davon.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/stage_page.py" line="115"/>
        <source>Done when: %1</source>
        <translation>Fertig, wenn: %1</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/stage_page.py" line="123"/>
        <source>Before the next meeting, %1:</source>
        <translation>Vor dem nächsten Treffen, %1:</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/stage_page.py" line="129"/>
        <source>Worksheets</source>
        <translation>Arbeitsblätter</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/stage_page.py" line="145"/>
        <source>Sign-off</source>
        <translation>Abzeichnen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/stage_page.py" line="149"/>
        <source>When you both agree this stage has done its job, each of you signs it off as yourself. You can still edit it afterwards; the stage will then show that it changed since it was signed.</source>
        <translation>Wenn Sie sich einig sind, dass diese Phase ihren Zweck erfüllt hat, zeichnet jede Person sie für sich ab. Danach können Sie weiter ändern; die Phase zeigt dann, dass sie seit der Unterschrift geändert wurde.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/stage_page.py" line="160"/>
        <source>✓ Signed by %1 on %2</source>
        <translation>✓ Abgezeichnet von %1 am %2</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/stage_page.py" line="162"/>
        <source>Not yet signed by %s</source>
        <translation>Noch nicht abgezeichnet von %s</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/stage_page.py" line="172"/>
        <source>Changed since sign-off (%1). To confirm the changes, %2 should sign again.</source>
        <translation>Seit der Abzeichnung geändert (%1). Um die Änderungen zu bestätigen, sollte %2 erneut abzeichnen.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/stage_page.py" line="175"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/stage_page.py" line="186"/>
        <source>%1 of %2 answers in this stage are still empty. You can sign it off all the same, if you agree it has done its job.</source>
        <translation>%1 von %2 Antworten in dieser Phase sind noch leer. Sie können sie trotzdem abzeichnen, wenn Sie sich einig sind, dass sie ihren Zweck erfüllt hat.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/stage_page.py" line="197"/>
        <source>Sign again as %s</source>
        <translation>Erneut abzeichnen als %s</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/stage_page.py" line="197"/>
        <source>Sign off as %s</source>
        <translation>Abzeichnen als %s</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/stage_page.py" line="203"/>
        <source>Withdraw my sign-off</source>
        <translation>Meine Unterschrift zurückziehen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/stage_page.py" line="214"/>
        <source>To sign as %s, switch who is writing.</source>
        <translation>Um als %s abzuzeichnen, wechseln Sie, wer schreibt.</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/editors/table.py" line="41"/>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/editors/table.py" line="44"/>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
</context>
<context>
    <name>WorkbookController</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/controller.py" line="168"/>
        <source>%1 (mentee) with %2 (mentor) · %3</source>
        <translation>%1 (Mentee) mit %2 (Mentor/in) · %3</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/controller.py" line="175"/>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/controller.py" line="422"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>WorkbookView</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/view.py" line="47"/>
        <source>‹ Library</source>
        <translation>‹ Bibliothek</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/view.py" line="48"/>
        <source>Back to the library</source>
        <translation>Zurück zur Bibliothek</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/view.py" line="56"/>
        <source>Save state</source>
        <translation>Speicherstand</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/view.py" line="60"/>
        <source>This alliance has ended. Its workbook can be read but not changed.</source>
        <translation>Diese Zusammenarbeit ist beendet. Ihr Arbeitsbuch kann gelesen, aber nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/view.py" line="85"/>
        <source>Sign-off: ✓✓ both of you · ✓· one of you · ·· not yet · ✎ changed since</source>
        <translation>Abzeichnung: ✓✓ Sie beide · ✓· eine Person · ·· noch nicht · ✎ seitdem geändert</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/view.py" line="104"/>
        <source>Parts of the workbook</source>
        <translation>Teile des Arbeitsbuchs</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/view.py" line="106"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/view.py" line="107"/>
        <source>Stages and worksheets</source>
        <translation>Phasen und Arbeitsblätter</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/view.py" line="108"/>
        <source>Action plan</source>
        <translation>Aktionsplan</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/view.py" line="109"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/view.py" line="110"/>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/view.py" line="111"/>
        <source>Reviews</source>
        <translation>Rückblicke</translation>
    </message>
</context>
<context>
    <name>WorksheetPage</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/worksheet_page.py" line="88"/>
        <location filename="../../src/actionmentor/ui/workbook/worksheet_page.py" line="93"/>
        <source>%s · worksheet</source>
        <translation>%s · Arbeitsblatt</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/worksheet_page.py" line="110"/>
        <source>See also: %1  ›</source>
        <translation>Siehe auch: %1  ›</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/worksheet_page.py" line="112"/>
        <source>Go to the worksheet %1</source>
        <translation>Zum Arbeitsblatt %1</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/worksheet_page.py" line="177"/>
        <source>Which copy of this worksheet</source>
        <translation>Welche Ausgabe dieses Arbeitsblatts</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/worksheet_page.py" line="183"/>
        <source>First copy: starts when you write</source>
        <translation>Erste Ausgabe: beginnt, sobald Sie schreiben</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/worksheet_page.py" line="191"/>
        <source>Start a new one</source>
        <translation>Neue beginnen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/worksheet_page.py" line="192"/>
        <source>Start a new copy of this worksheet</source>
        <translation>Eine neue Ausgabe dieses Arbeitsblatts beginnen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/worksheet_page.py" line="194"/>
        <source>Copy:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/worksheet_page.py" line="217"/>
        <source>Optional: for when you have time or a reason to go further</source>
        <translation>Freiwillig: wenn Sie Zeit oder einen Grund haben, weiterzugehen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/worksheet_page.py" line="219"/>
        <source>Optional question</source>
        <translation>Freiwillige Frage</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/worksheet_page.py" line="235"/>
        <source>Add these rows to the action plan</source>
        <translation>Diese Zeilen zum Aktionsplan hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/worksheet_page.py" line="237"/>
        <source>Add the rows of “%s” to the action plan</source>
        <translation>Die Zeilen von „%s“ zum Aktionsplan hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/worksheet_page.py" line="286"/>
        <source>%1 has answered. It stays covered until you have answered too.</source>
        <translation>%1 hat geantwortet. Die Antwort bleibt verdeckt, bis Sie auch geantwortet haben.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/worksheet_page.py" line="292"/>
        <source>Show %1&apos;s answer now</source>
        <translation>Antwort von %1 jetzt zeigen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/worksheet_page.py" line="327"/>
        <source>switch to %s to write here</source>
        <translation>zu %s wechseln, um hier zu schreiben</translation>
    </message>
</context>
<context>
    <name>WorksheetPages</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/pages_controller.py" line="120"/>
        <source>Alongside every stage</source>
        <translation>Begleitend zu jeder Phase</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/pages_controller.py" line="122"/>
        <source>Stage %1 of %2</source>
        <translation>Phase %1 von %2</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/pages_controller.py" line="208"/>
        <source>Together</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/pages_controller.py" line="311"/>
        <source>‹ Previous: %1</source>
        <translation>‹ Zurück: %1</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/pages_controller.py" line="312"/>
        <source>Next: %1 ›</source>
        <translation>Weiter: %1 ›</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/pages_controller.py" line="348"/>
        <location filename="../../src/actionmentor/ui/workbook/pages_controller.py" line="363"/>
        <source>sign off %1</source>
        <translation>%1 abzeichnen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/pages_controller.py" line="421"/>
        <source>%1 The date was not a date in: %2. What was written is kept in the action&apos;s details; set the due date there.</source>
        <translation>%1 Kein lesbares Datum in: %2. Das Geschriebene steht in den Details der Aktion; tragen Sie das Fälligkeitsdatum dort ein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/actionmentor/ui/workbook/pages_controller.py" line="424"/>
        <location filename="../../src/actionmentor/ui/workbook/pages_controller.py" line="428"/>
        <source>%n action(s) added to the action plan.</source>
        <translation>
            <numerusform>%n Aktion zum Aktionsplan hinzugefügt.</numerusform>
            <numerusform>%n Aktionen zum Aktionsplan hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/pages_controller.py" line="430"/>
        <source>Every row is already on the action plan.</source>
        <translation>Jede Zeile steht schon im Aktionsplan.</translation>
    </message>
</context>
<context>
    <name>WriterSwitch</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/writer_switch.py" line="23"/>
        <source>Writing now:</source>
        <translation>Es schreibt:</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/writer_switch.py" line="42"/>
        <source>mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/writer_switch.py" line="42"/>
        <source>mentor</source>
        <translation>Mentor/in</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/writer_switch.py" line="52"/>
        <source>%1 (%2) is writing. Switch with %3.</source>
        <translation>%1 (%2) schreibt. Wechseln mit %3.</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/writer_switch.py" line="58"/>
        <source>%s is writing</source>
        <translation>%s schreibt</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/actionmentor/ui/shell/app.py" line="81"/>
        <source>%1

Restore the backup from %2 now?</source>
        <translation>%1

Die Sicherung vom %2 jetzt wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/shell/app.py" line="119"/>
        <source>Action Mentor is already open with this data folder (%1).</source>
        <translation>Action Mentor ist mit diesem Datenordner bereits geöffnet (%1).</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../../src/actionmentor/ui/workbook/worksheet_page.py" line="263"/>
        <source>Only the other person can tick this, as themselves</source>
        <translation>Das kann nur die andere Person ankreuzen, für sich selbst</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../../src/actionmentor/ui/common/undo.py" line="57"/>
        <source>add action “%1”</source>
        <translation>Aktion „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/common/undo.py" line="70"/>
        <source>delete action “%1”</source>
        <translation>Aktion „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/common/undo.py" line="78"/>
        <source>edit action “%1”</source>
        <translation>Aktion „%1“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/common/undo.py" line="109"/>
        <source>delete meeting</source>
        <translation>Treffen löschen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/common/undo.py" line="131"/>
        <source>add journal entry</source>
        <translation>Tagebucheintrag hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/actionmentor/ui/common/undo.py" line="152"/>
        <source>delete journal entry</source>
        <translation>Tagebucheintrag löschen</translation>
    </message>
</context>
</TS>
