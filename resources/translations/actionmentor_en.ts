<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionPlanController</name>
    <message numerus="yes">
        <location filename="../../src/actionmentor/ui/workbook/actions/controller.py" line="76"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/actionmentor/ui/workbook/actions/controller.py" line="77"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/actionmentor/ui/workbook/actions/controller.py" line="78"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopiesController</name>
    <message numerus="yes">
        <location filename="../../src/actionmentor/ui/workbook/copies_controller.py" line="123"/>
        <location filename="../../src/actionmentor/ui/workbook/copies_controller.py" line="289"/>
        <source>%n place(s) differ: see the home.</source>
        <translation>
            <numerusform>%n place differs: see the home.</numerusform>
            <numerusform>%n places differ: see the home.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <location filename="../../src/actionmentor/ui/workbook/home_page.py" line="194"/>
        <source>All %n planned meeting(s) are held</source>
        <translation>
            <numerusform>The planned meeting is held</numerusform>
            <numerusform>All %n planned meetings are held</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message numerus="yes">
        <location filename="../../src/actionmentor/ui/workbook/editors/text.py" line="92"/>
        <source>at least %n items</source>
        <translation>
            <numerusform>at least %n item</numerusform>
            <numerusform>at least %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingBar</name>
    <message numerus="yes">
        <location filename="../../src/actionmentor/ui/workbook/meeting_bar.py" line="124"/>
        <source>%n min used</source>
        <translation>
            <numerusform>%n min used</numerusform>
            <numerusform>%n min used</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message numerus="yes">
        <location filename="../../src/actionmentor/ui/workbook/stage_page.py" line="110"/>
        <source>Usually %n meeting(s), about %1 minutes of them in all.</source>
        <translation>
            <numerusform>Usually %n meeting, about %1 minutes of it in all.</numerusform>
            <numerusform>Usually %n meetings, about %1 minutes of them in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorksheetPages</name>
    <message numerus="yes">
        <location filename="../../src/actionmentor/ui/workbook/pages_controller.py" line="424"/>
        <location filename="../../src/actionmentor/ui/workbook/pages_controller.py" line="428"/>
        <source>%n action(s) added to the action plan.</source>
        <translation>
            <numerusform>%n action added to the action plan.</numerusform>
            <numerusform>%n actions added to the action plan.</numerusform>
        </translation>
    </message>
</context>
</TS>
