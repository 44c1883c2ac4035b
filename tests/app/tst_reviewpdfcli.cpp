// `passerelle review --format pdf`: the funder's PDF holds the figures the JSON gives, the
// definitions, page numbers — and nothing that identifies a household.
#include "CommandRun.h"
#include "TestDatabase.h"
#include "review/ReviewSections.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;
using Passerelle::Testing::passerelle;
using Passerelle::Testing::Run;

namespace {

/// Spaces of every kind as one plain space: pdftotext keeps no-break spaces, and lines break
/// where the page does.
QString flat(QString text)
{
    for (QChar space : {QChar(0x00A0), QChar(0x202F), QChar(u'\n'), QChar(u'\r'), QChar(u'\t')})
        text.replace(space, u' ');
    static const QRegularExpression spaces(u" {2,}"_s);
    return text.replace(spaces, u" "_s);
}

// The figures as a French reader reads them, written here from the JSON independently of
// Passerelle's own formatting.
QString grouped(qint64 n)
{
    QString digits = QString::number(n < 0 ? -n : n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u' ');
    return n < 0 ? u"−"_s + digits : digits;
}

QString count(const QJsonValue &v)
{
    return grouped(v.toInteger());
}

QString tenths(const QJsonValue &v)
{
    if (v.isNull())
        return u"n.d."_s;
    const qint64 t = std::llround(v.toDouble() * 10);
    return grouped(t / 10) + u',' + QString::number(t % 10);
}

QString percent(const QJsonValue &v)
{
    return v.isNull() ? u"n.d."_s : QString::number(v.toInt()) + u" %"_s;
}

QString euros(const QJsonValue &v)
{
    if (v.isNull())
        return u"n.d."_s;
    const qint64 cents = std::llround(v.toDouble() * 100);
    return grouped(cents / 100) + u',' + u"%1"_s.arg(cents % 100, 2, 10, QChar(u'0')) + u" €"_s;
}

QString households(qint64 numerator, qint64 denominator)
{
    if (denominator == 0)
        return u"aucun ménage à compter"_s;
    return u"%1 %2 sur %3"_s.arg(grouped(numerator),
                                 numerator > 1 ? u"ménages"_s : u"ménage"_s, grouped(denominator));
}

} // namespace

class TestReviewPdfCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pdfHoldsTheFigures_data();
    void pdfHoldsTheFigures();
    void smallCountsMasked();
    void exportIsJournaled();
    void unwritableOutputWritesNothing();
    void badUsage_data();
    void badUsage();

private:
    /// The text of a PDF file, spaces flattened; pages separated by form feeds.
    QString pdfText(const QString &path);
    /// What identifies a household in `base`: whole words (names) and strings (references,
    /// birth dates, free text), less the words of the names a review may print.
    void identities(const QString &base, QStringList &words, QStringList &strings);
    QStringList reviewArguments(const QString &base, const QString &format,
                                const QString &output) const;
    QString smallBase();

    QTemporaryDir m_dir;
    QString m_pdftotext;
    QString m_demo;
    QString m_small;
    const QHash<QString, QString> m_env{{u"PASSERELLE_PASSWORD"_s, u"passerelle-demo"_s}};
};

void TestReviewPdfCli::initTestCase()
{
    Testing::installFrenchTranslation();
    m_pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (m_pdftotext.isEmpty())
        QSKIP("pdftotext is missing (poppler-utils, installed by tools/install-deps.sh)");
    m_demo = m_dir.filePath(u"demo.sqlite"_s);
    const Run demo = passerelle({u"demo"_s, u"--database"_s, m_demo});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    m_small = smallBase();
    QVERIFY(!m_small.isEmpty());
}

QString TestReviewPdfCli::smallBase()
{
    // Seven households: five leaving the street, two leaving prison (a count under 5); names,
    // references, birth dates and notes that must never reach the PDF.
    const QString households = m_dir.filePath(u"small-households.csv"_s);
    QFile h(households);
    if (!h.open(QIODevice::WriteOnly))
        return {};
    h.write("reference;nom;prenom;date_naissance;type_menage;agence;dispositif;publics;"
            "composition;date_entree_logement;type_bail;commune;qpv;date_debut_accompagnement;"
            "date_fin_accompagnement;issue_accompagnement\n"
            "PETIT-001;ZABOROWSKI;Anselme;03/04/1971;nouvel_entrant;Agence Nord;PILOTE;"
            "sans_domicile;personne_seule;01/02/2020;bail_direct;Toulouse;oui;01/02/2020;"
            "31/07/2020;autonomie\n"
            "PETIT-002;QUINTANILLA;Berenice;17/09/1988;nouvel_entrant;Agence Nord;PILOTE;"
            "sans_domicile;famille_monoparentale;01/03/2020;bail_glissant;Toulouse;non;"
            "01/03/2020;;\n"
            "PETIT-003;VANDERSTRAETEN;Cyprien;22/12/1965;nouvel_entrant;Agence Nord;PILOTE;"
            "sans_domicile;personne_seule;15/03/2020;bail_direct;Blagnac;non;15/03/2020;;\n"
            "PETIT-004;OYELARAN;Delphine;08/06/1992;locataire_en_place;Agence Nord;PILOTE;"
            "sans_domicile;couple_avec_enfants;01/01/2015;bail_direct;Toulouse;oui;01/04/2020;;\n"
            "PETIT-005;KRZYWICKI;Eustache;30/01/1959;locataire_en_place;Agence Nord;PILOTE;"
            "sans_domicile;personne_seule;01/01/2016;bail_direct;Colomiers;non;01/05/2020;;\n"
            "PETIT-006;MALLEBRANCHE;Fulbert;11/11/1980;nouvel_entrant;Agence Nord;PILOTE;"
            "sortant_detention;personne_seule;01/06/2020;bail_direct;Toulouse;non;01/06/2020;;\n"
            "PETIT-007;ESTERHAZY;Gwladys;05/05/1977;nouvel_entrant;Agence Nord;PILOTE;"
            "sortant_detention;personne_seule;01/07/2020;bail_direct;Toulouse;non;01/07/2020;;\n");
    h.close();
    const QString contacts = m_dir.filePath(u"small-contacts.csv"_s);
    QFile c(contacts);
    if (!c.open(QIODevice::WriteOnly))
        return {};
    c.write("reference;date;type;note\n"
            "PETIT-001;10/02/2020;visite_domicile;Monsieur inquiet pour son chien malade\n"
            "PETIT-002;12/03/2020;entretien_bureau;Dette de loyer de juillet chez le bailleur\n"
            "PETIT-003;20/03/2020;visite_domicile;Voisinage tendu avec le palier du dessus\n"
            "PETIT-006;15/06/2020;telephone;Rendez-vous au SPIP pour l'aménagement de peine\n");
    c.close();
    const QString base = m_dir.filePath(u"small.sqlite"_s);
    const Run run = passerelle({u"import"_s, u"--database"_s, base, u"--households"_s, households,
                                u"--contacts"_s, contacts});
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(run.err));
        return {};
    }
    return base;
}

QStringList TestReviewPdfCli::reviewArguments(const QString &base, const QString &format,
                                              const QString &output) const
{
    QStringList arguments{u"review"_s, u"--database"_s, base, u"--format"_s, format,
                          u"--output"_s, output};
    if (base == m_demo) {
        arguments << u"--user"_s << u"mdelmas"_s << u"--action"_s << u"LAAVA"_s << u"--from"_s
                  << u"2015-01-01"_s << u"--to"_s << u"2018-12-31"_s;
    } else {
        arguments << u"--from"_s << u"2020-01-01"_s << u"--to"_s << u"2020-12-31"_s;
    }
    return arguments;
}

QString TestReviewPdfCli::pdfText(const QString &path)
{
    QProcess process;
    // In the order the text is painted: each card, table cell and chart label with its value.
    process.start(m_pdftotext, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    QStringList pages = text.split(u'\f');
    for (QString &page : pages)
        page = flat(page);
    return pages.join(u'\f');
}

void TestReviewPdfCli::identities(const QString &base, QStringList &words, QStringList &strings)
{
    const QString connection = u"identities"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(base);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QVERIFY(db.open());
        QSqlQuery q(db);
        // Words a review may print: the names of the organisation, agencies, actions,
        // partners and funders (a partner may bear a first name: « Clémence Isaure »).
        QStringList allowed;
        for (const char *sql : {"SELECT name FROM organisation", "SELECT name FROM agencies",
                                "SELECT name FROM actions", "SELECT name FROM partners",
                                "SELECT funder FROM funding_lines"}) {
            QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
            while (q.next())
                allowed << q.value(0).toString().split(QRegularExpression(u"\\W+"_s));
        }
        QVERIFY(q.exec(u"SELECT last_name, first_name, birth_date FROM members"_s));
        while (q.next()) {
            for (int i = 0; i < 2; ++i) {
                for (const QString &word :
                     q.value(i).toString().split(QRegularExpression(u"[\\s-]+"_s),
                                                 Qt::SkipEmptyParts)) {
                    if (word.size() > 2 && !allowed.contains(word, Qt::CaseInsensitive))
                        words << word;
                }
            }
            const QDate born = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            if (born.isValid()) {
                strings << born.toString(u"dd/MM/yyyy"_s) << born.toString(Qt::ISODate)
                        << QLocale(QLocale::French).toString(born, u"d MMMM yyyy"_s);
            }
        }
        QVERIFY(q.exec(u"SELECT reference, notes, phone, email FROM households"_s));
        while (q.next()) {
            for (int i = 0; i < 4; ++i) {
                if (q.value(i).toString().trimmed().size() >= 5)
                    strings << flat(q.value(i).toString().trimmed());
            }
        }
        // Free text of the households' files.
        const QStringList freeText{u"notes"_s,   u"observation"_s, u"minutes"_s,
                                   u"reason"_s,  u"end_notes"_s,   u"decision_notes"_s,
                                   u"address"_s, u"end_reason"_s};
        const QStringList directory{u"organisation"_s, u"agencies"_s, u"actions"_s,
                                    u"partners"_s, u"users"_s, u"audit_log"_s};
        QSqlQuery tables(db);
        QVERIFY(tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s));
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            if (directory.contains(table) || table.startsWith(u"sqlite_"))
                continue;
            QSqlQuery columns(db);
            QVERIFY(columns.exec(u"PRAGMA table_info(%1)"_s.arg(table)));
            while (columns.next()) {
                const QString column = columns.value(1).toString();
                if (!freeText.contains(column))
                    continue;
                QSqlQuery values(db);
                QVERIFY(values.exec(u"SELECT %1 FROM %2"_s.arg(column, table)));
                while (values.next()) {
                    const QString value = flat(values.value(0).toString().trimmed());
                    // Free text, not a code (end_reason holds « glissement » or a sentence).
                    if (value.size() >= 10 && value.contains(u' '))
                        strings << value;
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(connection);
    words.removeDuplicates();
    strings.removeDuplicates();
}

void TestReviewPdfCli::pdfHoldsTheFigures_data()
{
    QTest::addColumn<QString>("base");
    QTest::newRow("hand-made base, 2020") << m_small;
    QTest::newRow("demo, LAAVA 2015-2018") << m_demo;
}

void TestReviewPdfCli::pdfHoldsTheFigures()
{
    QFETCH(QString, base);
    const Run json = passerelle(reviewArguments(base, u"json"_s, u"-"_s), m_env);
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject f = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QVERIFY(!f.isEmpty());
    const QString pdf = m_dir.filePath(QFileInfo(base).baseName() + u"-review.pdf"_s);
    const Run run = passerelle(reviewArguments(base, u"pdf"_s, pdf), m_env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(Testing::fileBytes(pdf).startsWith("%PDF"));
    const QString text = pdfText(pdf);
    QVERIFY(!text.isEmpty());
    QString all = QString(text).replace(u'\f', u' ');

    // Each key figure beside its label, as the JSON gives it.
    const auto holds = [&all](const QString &label, const QString &value) {
        const QRegularExpression re(QRegularExpression::escape(label) + u"( :)? "_s
                                    + QRegularExpression::escape(value) + u"(?![0-9,])"_s);
        return re.match(all).hasMatch();
    };
#define HOLDS(label, value)                                                                        \
    QVERIFY2(holds(label, value), qPrintable(u"« %1 » followed by « %2 »"_s.arg(label, value)))
    const QJsonObject retention = f.value(u"retention_24m"_s).toObject();
    const QJsonObject qpv = f.value(u"qpv_share"_s).toObject();
    const QJsonObject sliding = f.value(u"sliding_leases"_s).toObject();
    const QJsonObject contacts = f.value(u"contacts"_s).toObject();
    const QJsonObject cost = f.value(u"cost"_s).toObject();
    HOLDS(u"Ménages accompagnés sur la période"_s, count(f.value(u"households_supported"_s)));
    HOLDS(u"Nouveaux entrants"_s, count(f.value(u"new_entrants"_s)));
    HOLDS(u"Locataires en place"_s, count(f.value(u"existing_tenants"_s)));
    HOLDS(u"Mois d'accompagnement"_s, tenths(f.value(u"support_months"_s)));
    HOLDS(u"Durée moyenne d'accompagnement (mois)"_s,
          tenths(f.value(u"average_support_months"_s)));
    HOLDS(u"Taux de maintien dans le logement à +24 mois"_s,
          percent(retention.value(u"percent"_s)) + u' '
              + households(retention.value(u"maintained"_s).toInteger(),
                           retention.value(u"cohort"_s).toInteger()));
    HOLDS(u"Part des ménages en QPV"_s,
          percent(qpv.value(u"percent"_s)) + u' '
              + households(qpv.value(u"numerator"_s).toInteger(),
                           qpv.value(u"denominator"_s).toInteger()));
    HOLDS(u"Baux glissants utilisés"_s, count(sliding.value(u"used"_s)));
    HOLDS(u"Baux glissés sur la période"_s, count(sliding.value(u"slid"_s)));
    HOLDS(u"Contacts"_s, count(contacts.value(u"total"_s)));
    HOLDS(u"Visites à domicile"_s,
          count(contacts.value(u"by_type"_s).toObject().value(u"visite_domicile"_s)));
    HOLDS(u"Partenaires mobilisés"_s, grouped(f.value(u"partners"_s).toObject().size()));
    HOLDS(u"Coût par ménage"_s, euros(cost.value(u"per_household"_s)));
    HOLDS(u"Dépenses"_s, euros(cost.value(u"expenses"_s)));
    double funding = 0;
    const QJsonObject sources = cost.value(u"funding"_s).toObject();
    for (auto it = sources.begin(); it != sources.end(); ++it) {
        funding += it.value().toDouble();
        const QRegularExpression line(u"Financement : [^:]{3,80} "_s
                                      + QRegularExpression::escape(euros(it.value())));
        QVERIFY2(line.match(all).hasMatch(), qPrintable(it.key()));
    }
    HOLDS(u"Financements reçus"_s, euros(funding));
    // The breakdowns' counts, as they are (no masking asked).
    for (const char *breakdown : {"publics", "compositions", "lease_types", "exit_outcomes"}) {
        const QJsonObject counts = f.value(QString::fromLatin1(breakdown)).toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it)
            QVERIFY2(all.contains(u' ' + count(it.value()) + u' '), breakdown);
    }
#undef HOLDS

    // Every definition, word for word.
    for (const ReviewDefinition &d : ReviewSections::definitions()) {
        QVERIFY2(all.contains(flat(d.title)), qPrintable(d.title));
        QVERIFY2(all.contains(flat(d.text)), qPrintable(d.text));
    }
    // « Page n / N » on every page.
    QStringList pages = text.split(u'\f');
    if (pages.last().trimmed().isEmpty())
        pages.removeLast();
    QVERIFY2(pages.size() >= 4, qPrintable(QString::number(pages.size())));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString number = u"Page %1 / %2"_s.arg(i + 1).arg(pages.size());
        QVERIFY2(pages.at(i).contains(number), qPrintable(number));
    }
    QVERIFY(pages.first().contains(u"Bilan annuel"_s));
    QVERIFY(!all.contains(u"< 5"_s) && !all.contains(u"<5"_s));

    // Nothing that identifies a household.
    QStringList words;
    QStringList strings;
    identities(base, words, strings);
    QVERIFY(words.size() >= 7);
    QVERIFY(strings.size() >= 7);
    for (const QString &word : std::as_const(words)) {
        const QRegularExpression whole(u"\\b"_s + QRegularExpression::escape(word) + u"\\b"_s,
                                       QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
        QVERIFY2(!whole.match(all).hasMatch(), qPrintable(word));
    }
    for (const QString &string : std::as_const(strings))
        QVERIFY2(!all.contains(string, Qt::CaseInsensitive), qPrintable(string));
}

void TestReviewPdfCli::smallCountsMasked()
{
    const QString plain = m_dir.filePath(u"small-plain.pdf"_s);
    const QString masked = m_dir.filePath(u"small-masked.pdf"_s);
    const Run a = passerelle(reviewArguments(m_small, u"pdf"_s, plain));
    QVERIFY2(a.exitCode == 0, qPrintable(a.err));
    const Run b = passerelle(reviewArguments(m_small, u"pdf"_s, masked)
                             << u"--mask-small-counts"_s);
    QVERIFY2(b.exitCode == 0, qPrintable(b.err));
    const QString shown = QString(pdfText(plain)).replace(u'\f', u' ');
    const QString hidden = QString(pdfText(masked)).replace(u'\f', u' ');
    // Five households leaving the street, two leaving prison: in the table of publics and in
    // the labels of its chart.
    const QRegularExpression street(u"parcours de rue 5\\b"_s);
    const QRegularExpression prisonTwo(u"Sortant de détention 2\\b"_s);
    const QRegularExpression prisonMasked(u"Sortant de détention < 5"_s);
    QVERIFY(street.match(shown).hasMatch());
    QVERIFY(prisonTwo.match(shown).hasMatch());
    QVERIFY(!prisonMasked.match(shown).hasMatch());
    QVERIFY(street.match(hidden).hasMatch());
    QVERIFY(!prisonTwo.match(hidden).hasMatch());
    QVERIFY(prisonMasked.match(hidden).hasMatch());
    // The key figures are not breakdowns: whole.
    QVERIFY(QRegularExpression(u"Ménages accompagnés sur la période 7\\b"_s)
                .match(hidden)
                .hasMatch());
    QVERIFY(hidden.contains(u"les effectifs de 1 à 4 ménages"_s));
    // Five households live alone, one in a single-parent family, one in a couple with
    // children; six have a bail direct, one a bail glissant: no count from 1 to 4 after a
    // label in the masked PDF.
    for (const QString &label : {u"Personne seule"_s, u"Famille monoparentale"_s,
                                 u"Couple avec enfants"_s, u"Sous-location avec bail glissant"_s}) {
        const QRegularExpression small(QRegularExpression::escape(label) + u" [1-4]\\b"_s);
        QVERIFY2(!small.match(hidden).hasMatch(), qPrintable(label));
    }
}

void TestReviewPdfCli::exportIsJournaled()
{
    const QString base = m_dir.filePath(u"journaled.sqlite"_s);
    QVERIFY(QFile::copy(m_demo, base));
    const QString pdf = m_dir.filePath(u"journaled.pdf"_s);
    const Run run = passerelle(reviewArguments(base, u"pdf"_s, pdf) << u"--user"_s
                                                                       << u"mdelmas"_s,
                               m_env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString connection = u"journal"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(base);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT login, summary FROM audit_log WHERE operation = 'export' "
                       "AND entity = 'review' ORDER BY id DESC LIMIT 1"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"mdelmas"_s);
        QVERIFY2(q.value(1).toString().startsWith(u"pdf; start_date: 2020-01-01"_s),
                 qPrintable(q.value(1).toString()));
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestReviewPdfCli::unwritableOutputWritesNothing()
{
    const QString pdf = m_dir.filePath(u"no-such-folder/review.pdf"_s);
    const Run run = passerelle(reviewArguments(m_small, u"pdf"_s, pdf));
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.trimmed().isEmpty());
    QVERIFY(!QFile::exists(pdf));
}

void TestReviewPdfCli::badUsage_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("unknown format") << QStringList() << u"doc"_s << u"json, csv, xlsx, pdf"_s;
    QTest::newRow("masking in json") << QStringList{u"--mask-small-counts"_s} << u"json"_s
                                     << u"--mask-small-counts"_s;
}

void TestReviewPdfCli::badUsage()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, format);
    QFETCH(QString, fragment);
    const QString output = m_dir.filePath(u"bad-usage.out"_s);
    const Run run = passerelle(reviewArguments(m_small, format, output) + extra);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(fragment), qPrintable(run.err));
    QVERIFY(!QFile::exists(output));
    const Run other = passerelle({u"check"_s, u"--database"_s, m_small,
                                  u"--mask-small-counts"_s});
    QCOMPARE(other.exitCode, 1);
    QVERIFY2(other.err.contains(u"passerelle review"_s), qPrintable(other.err));
    // The PDF is the review's: the list of households (names) has no PDF.
    const Run households = passerelle({u"households"_s, u"--database"_s, m_small, u"--format"_s,
                                       u"pdf"_s, u"--output"_s, output});
    QCOMPARE(households.exitCode, 1);
    QVERIFY(!QFile::exists(output));
}

QTEST_GUILESS_MAIN(TestReviewPdfCli)
#include "tst_reviewpdfcli.moc"
