<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Backup</name>
    <message numerus="yes">
        <source>“%1” is damaged (SQLite&apos;s integrity check found %n problem(s)): it cannot be used. Choose an older backup.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
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
            <numerusform>%n error: nothing was imported; the database is unchanged. Correct the files and import them again.</numerusform>
            <numerusform>%n errors: nothing was imported; the database is unchanged. Correct the files and import them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contract of household %1, version %2, %n page(s): %3</source>
        <translation>
            <numerusform>Contract of household %1, version %2, %n page: %3</numerusform>
            <numerusform>Contract of household %1, version %2, %n pages: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) with neither contact nor support since %1 (retention period: %2 years):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed. Run the command again with --apply to anonymise them and purge the journal entries older than %n month(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) anonymised: names, birth dates, phone, e-mail, street address, free text and stored prints erased; coded data kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry(ies) older than the retention period purged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%1/%2] %3: %Ln row(s) copied in %4 s</source>
        <translation>
            <numerusform>[%1/%2] %3: %Ln row copied in %4 s</numerusform>
            <numerusform>[%1/%2] %3: %Ln rows copied in %4 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitteeSuggestions</name>
    <message numerus="yes">
        <source>%n open alerts: %1</source>
        <translation>
            <numerusform>%n open alerts: %1</numerusform>
            <numerusform>%n open alerts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue objective(s)</source>
        <translation>
            <numerusform>%n overdue objective</numerusform>
            <numerusform>%n overdue objectives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>No contact for %n day</numerusform>
            <numerusform>No contact for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact since the start of support (%n day(s))</source>
        <translation>
            <numerusform>No contact since the start of support (%n day)</numerusform>
            <numerusform>No contact since the start of support (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message numerus="yes">
        <source>%n page(s) of the file are damaged (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other problem(s) in the structure of the file (the file is damaged).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message numerus="yes">
        <source>The column %1 holds %n value(s) that are not in the list “%2” (damaged data).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>… and %n more warning(s) of the same kind</source>
        <translation>
            <numerusform>… and %n more warning of the same kind</numerusform>
            <numerusform>… and %n more warnings of the same kind</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message numerus="yes">
        <source>The first %n entries of the journal were deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n entries of the journal were deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::CommitteesPage</name>
    <message numerus="yes">
        <source>Its participants, its minutes and the %n decision(s) recorded will be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>Its participants, its minutes and the %n decision recorded will be deleted. This cannot be undone.</numerusform>
            <numerusform>Its participants, its minutes and the %n decisions recorded will be deleted. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::ContractTab</name>
    <message numerus="yes">
        <source>Version no. %1 printed (%n page(s)); SHA-256 of the PDF: %2.</source>
        <translation>
            <numerusform>Version no. %1 printed (%n page); SHA-256 of the PDF: %2.</numerusform>
            <numerusform>Version no. %1 printed (%n pages); SHA-256 of the PDF: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version no. %1 printed again as it was printed on %2 and signed (%n page(s)); SHA-256 of the PDF: %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::DashboardListModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::DashboardPage</name>
    <message numerus="yes">
        <source>%1: %n contact(s)</source>
        <translation>
            <numerusform>%1: %n contact</numerusform>
            <numerusform>%1: %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every followed household had a contact within the last %n day(s).</source>
        <translation>
            <numerusform>Every followed household had a contact within the last %n day.</numerusform>
            <numerusform>Every followed household had a contact within the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Followed households whose last contact (or start of support, when they never had one) is more than %n day(s) old; longest silence first.</source>
        <translation>
            <numerusform>Followed households whose last contact (or start of support, when they never had one) is more than %n day old; longest silence first.</numerusform>
            <numerusform>Followed households whose last contact (or start of support, when they never had one) is more than %n days old; longest silence first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Without contact for more than %n day(s)</source>
        <translation>
            <numerusform>Without contact for more than %n day</numerusform>
            <numerusform>Without contact for more than %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) to review</source>
        <translation>
            <numerusform>%n household to review</numerusform>
            <numerusform>%n households to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) over the last 12 months</source>
        <translation>
            <numerusform>%n contact over the last 12 months</numerusform>
            <numerusform>%n contacts over the last 12 months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>late by %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n month(s)</source>
        <translation type="unfinished">
            <numerusform>+%n month</numerusform>
            <numerusform>+%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No check after support is due within the next %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checks at +6, +12 and +24 months after the end of support, not made yet, due within %n day(s) or late: is the household still housed? Soonest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::DwellingChoiceDialog</name>
    <message numerus="yes">
        <source>%n dwelling(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::ExitTab</name>
    <message numerus="yes">
        <source>Is the household still housed? Record each check when it is made; checks due within %n day(s) or late stand out.</source>
        <translation>
            <numerusform>Is the household still housed? Record each check when it is made; checks due within %n day or late stand out.</numerusform>
            <numerusform>Is the household still housed? Record each check when it is made; checks due within %n days or late stand out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n month(s)</source>
        <translation>
            <numerusform>+%n month</numerusform>
            <numerusform>+%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check at +%n month(s), due on %1</source>
        <translation>
            <numerusform>Check at +%n month, due on %1</numerusform>
            <numerusform>Check at +%n months, due on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::FollowUpTab</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) of this type</source>
        <translation>
            <numerusform>%n contact of this type</numerusform>
            <numerusform>%n contacts of this type</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::HistoryTab</name>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry(ies)</numerusform>
            <numerusform>%n entry(ies)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 entries</source>
        <translation>
            <numerusform>%n of %1 entries</numerusform>
            <numerusform>%n of %1 entries</numerusform>
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
<context>
    <name>Passerelle::Ui::ImportCheckPage</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No error, %n warning(s): read them before importing.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::ImportDetectionPage</name>
    <message numerus="yes">
        <source>Encoding: %1
Separator: %2
%n line(s) of data after the header</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) recognised; required columns in bold.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unknown column(s), ignored: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Required column(s) missing: %1. The check will refuse the file: add them to the spreadsheet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::JournalPage</name>
    <message numerus="yes">
        <source>%n entry(ies) exported to %1. The export is recorded in the journal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::LockScreen</name>
    <message numerus="yes">
        <source>Passerelle locked itself after %n minute(s) without activity, so that no one reads the households&apos; files in your absence. Type your password to go on where you were; to work under another account, quit Passerelle and start it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::OrganisationEditor</name>
    <message numerus="yes">
        <source>%n template(s) copied: edit them with any HTML editor; the changes print at once.</source>
        <translation>
            <numerusform>%n template copied: edit them with any HTML editor; the changes print at once.</numerusform>
            <numerusform>%n templates copied: edit them with any HTML editor; the changes print at once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::PlanTab</name>
    <message numerus="yes">
        <source>%n objective(s) overdue</source>
        <translation>
            <numerusform>%n objective overdue</numerusform>
            <numerusform>%n objectives overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::RetentionPage</name>
    <message numerus="yes">
        <source>No household is due for anonymisation: every household had a contact or a support after %1. The retention run still purges the journal entries older than %n month(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) with neither contact nor support since %1. Untick those to keep for now (an ongoing procedure, for instance).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No household is ticked: only the journal entries older than %n month(s) will be purged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n household(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For each household, the following will be erased for good: the names and first names of its members, their birth dates, the phone, the e-mail, the street address of its dwellings, every note and free text of its file (diagnostic, meetings, contract, plan, contacts, alerts, committees, end of support) and the printed contracts kept. The reference, the dates and the coded data stay, so that the reviews keep their figures. Journal entries older than %n month(s) are purged too. This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) anonymised.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old journal entry(ies) purged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::ReviewCharts</name>
    <message numerus="yes">
        <source>%n category(ies) of fewer than 5 households not drawn.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::ReviewHouseholdsDialog</name>
    <message numerus="yes">
        <source>%n household(s). Double-click a household to open its file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::ReviewedHouseholds</name>
    <message numerus="yes">
        <source>… %n more: type more of the name or reference.</source>
        <translation type="unfinished">
            <numerusform>… %n more: type more of the name or reference.</numerusform>
            <numerusform>… %n more: type more of the name or reference.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::SamePersonDialog</name>
    <message numerus="yes">
        <source>%n person(s) with the same name and birth date already appear in the files you can see. If the household is one of them (referred again by another partner, or already a tenant), open its file instead of creating a second one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::SuggestionsDialog</name>
    <message numerus="yes">
        <source>Households in support with an open alert, an overdue objective or no contact for more than %n day(s) on the day of the committee.</source>
        <translation>
            <numerusform>Households in support with an open alert, an overdue objective or no contact for more than %n day on the day of the committee.</numerusform>
            <numerusform>Households in support with an open alert, an overdue objective or no contact for more than %n days on the day of the committee.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggested household(s) already listed for this committee.</source>
        <translation>
            <numerusform>%n suggested household already listed for this committee.</numerusform>
            <numerusform>%n suggested households already listed for this committee.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Passerelle::Ui::UserEditor</name>
    <message numerus="yes">
        <source>Passerelle now locks after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message numerus="yes">
        <source>%n more character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more kind(s) of characters among: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message numerus="yes">
        <source>%1 household(s) out of %2</source>
        <translation>
            <numerusform>%1 household out of %2</numerusform>
            <numerusform>%1 households out of %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSections</name>
    <message numerus="yes">
        <source>%n pt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) supported with an entry diagnostic and a later one. Levels go from 0 (no difficulty) to 3 (major difficulty).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateFields</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
