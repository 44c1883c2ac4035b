<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Integrity: %n problem(s) found:</source>
        <translation>
            <numerusform>Integrity: %n problem found:</numerusform>
            <numerusform>Integrity: %n problems found:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): nothing was imported; the database is unchanged. Correct the files and import them again.</source>
        <translation>
            <numerusform>%n error: nothing was imported; the database is unchanged. Correct the files and import them again.</numerusform><numerusform>%n errors: nothing was imported; the database is unchanged. Correct the files and import them again.</numerusform></translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message numerus="yes">
        <source>%n household(s) without any member</source>
        <translation>
            <numerusform>%n household without any member</numerusform>
            <numerusform>%n households without any member</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ended support(s) without an outcome</source>
        <translation>
            <numerusform>%n ended support without an outcome</numerusform>
            <numerusform>%n ended supports without an outcome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of overlapping leases</source>
        <translation>
            <numerusform>%n pair of overlapping leases</numerusform>
            <numerusform>%n pairs of overlapping leases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) with more than one main tenant</source>
        <translation>
            <numerusform>%n household with more than one main tenant</numerusform>
            <numerusform>%n households with more than one main tenant</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::HouseholdsPage</name>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n household</numerusform>
            <numerusform>%n households</numerusform>
        </translation>
    </message>
</context>
</TS>