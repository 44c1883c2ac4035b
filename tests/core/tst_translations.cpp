// The French translation is complete and agrees with DOMAIN.md's labels; messages raised deep
// in core reach the user in French; English is available with --lang en.
#include "TestDatabase.h"
#include "Translations.h"
#include "domain/ReferenceLists.h"
#include "storage/DirectoryRepositories.h"
#include "storage/HouseholdRepository.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void frenchFileIsComplete();
    void referenceLabelsAreDomainLabels();
    void englishLabelsAreSources();
    void coreMessagesAreFrench();
    void validationMessagesAreFrench();
};

void TestTranslations::initTestCase()
{
    PASSERELLE_REQUIRE_BACKEND();
}

void TestTranslations::init()
{
    QVERIFY(Translations::install(u"fr"_s));
}

void TestTranslations::frenchFileIsComplete()
{
    QFile ts(QStringLiteral(PASSERELLE_SOURCE_DIR "/translations/passerelle_fr.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(ts.readAll());
    QVERIFY(text.contains(u"<message"_s));
    QCOMPARE(text.count(u"type=\"unfinished\""_s), 0);
    QCOMPARE(text.count(u"type=\"vanished\""_s), 0);
    QCOMPARE(text.count(u"type=\"obsolete\""_s), 0);
    // No empty translation (a missing text would show the English source).
    QCOMPARE(text.count(u"<translation></translation>"_s), 0);
}

void TestTranslations::referenceLabelsAreDomainLabels()
{
    for (ReferenceList list : ReferenceLists::all()) {
        for (const ReferenceItem &item : ReferenceLists::builtIn(list)) {
            QVERIFY2(item.label == item.frenchLabel,
                     qPrintable(item.code + u": "_s + item.label + u" ≠ "_s + item.frenchLabel));
        }
        QVERIFY(!ReferenceLists::title(list).isEmpty());
    }
    QCOMPARE(ReferenceLists::label(ReferenceList::Public, u"sortant_detention"_s),
             u"Sortant de détention"_s);
}

void TestTranslations::englishLabelsAreSources()
{
    QVERIFY(Translations::install(u"en"_s));
    QCOMPARE(ReferenceLists::label(ReferenceList::Public, u"sortant_detention"_s),
             u"Leaving prison"_s);
    QCOMPARE(ReferenceLists::builtIn(ReferenceList::Public).first().frenchLabel,
             u"Personne sans domicile / parcours de rue"_s);
    QVERIFY(Translations::install(u"fr"_s));
}

void TestTranslations::coreMessagesAreFrench()
{
    Testing::TestDatabase test;
    Agency agency;
    agency.code = u"A"_s;
    agency.name = u"Agence"_s;
    QVERIFY(AgencyRepository(test.db()).save(Testing::TestDatabase::all(), agency));
    Agency clash = agency;
    clash.id = 0;
    const Status refused = AgencyRepository(test.db()).save(Testing::TestDatabase::all(), clash);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message, Testing::french(u"Le code « A » est déjà utilisé."_s));

    const auto missing = HouseholdRepository(test.db()).get(Testing::TestDatabase::all(), 4242);
    QVERIFY(!missing);
    QCOMPARE(missing.error().message,
             u"Ce dossier de ménage n'existe pas ou ne vous est pas accessible."_s);
}

void TestTranslations::validationMessagesAreFrench()
{
    Household h;
    h.agencyId = 1;
    h.members.append(Member{});
    h.members[0].role = u"titulaire"_s;
    const Problems problems = Validation::check(h, ReferenceCatalog(), QDate(2026, 1, 1));
    QStringList messages;
    for (const FieldProblem &p : problems)
        messages << p.message;
    QVERIFY2(messages.contains(Testing::french(u"La référence du dossier : ce champ est "
                                               u"obligatoire."_s)),
             qPrintable(messages.join(u'\n')));
    QVERIFY2(messages.contains(Testing::french(u"Le nom du membre : ce champ est obligatoire."_s)),
             qPrintable(messages.join(u'\n')));
    for (const QString &m : std::as_const(messages))
        QVERIFY2(!m.contains(QRegularExpression(u"\\b(is|the|The)\\b"_s)), qPrintable(m));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
