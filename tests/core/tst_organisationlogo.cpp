// The logo rule: PNG, JPEG or SVG read from the bytes, 2 MB at most; anything else is refused
// with a message (its wording is the translators' business, not asserted here).
#include "domain/OrganisationLogo.h"

#include "TestDatabase.h"

#include <QBuffer>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Passerelle;

namespace {

QByteArray encoded(const char *format)
{
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

} // namespace

class TestOrganisationLogo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acceptsImages_data();
    void acceptsImages();
    void refuses_data();
    void refuses();
    void readsFiles();
    void organisationRules();
};

void TestOrganisationLogo::initTestCase()
{
    PASSERELLE_REQUIRE_BACKEND();
}

void TestOrganisationLogo::acceptsImages_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("mimeType");
    QTest::newRow("png") << encoded("PNG") << u"image/png"_s;
    QTest::newRow("jpeg") << encoded("JPEG") << u"image/jpeg"_s;
    QTest::newRow("svg") << QByteArray("<?xml version='1.0'?>\n<svg xmlns='http://www.w3.org/"
                                       "2000/svg' width='10' height='10'/>")
                         << u"image/svg+xml"_s;
}

void TestOrganisationLogo::acceptsImages()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, mimeType);
    const auto logo = OrganisationLogo::fromData(data);
    QVERIFY2(logo, logo ? "" : qPrintable(logo.error().message));
    QCOMPARE(logo->mimeType, mimeType);
    QCOMPARE(logo->data, data);
}

void TestOrganisationLogo::refuses_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("Habitat Garonne Solidaire\n");
    QTest::newRow("html") << QByteArray("<html><body>logo</body></html>");
    QTest::newRow("gif") << QByteArray("GIF89a\x01\x00\x01\x00");
    QTest::newRow("damaged png") << encoded("PNG").left(30);
    QByteArray big = encoded("PNG");
    big.append(QByteArray(int(OrganisationLogo::MaximumSize), '\0'));
    QTest::newRow("too big") << big;
}

void TestOrganisationLogo::refuses()
{
    QFETCH(QByteArray, data);
    const auto logo = OrganisationLogo::fromData(data);
    QVERIFY(!logo);
    QCOMPARE(logo.error().kind, Error::Kind::Validation);
    QVERIFY(!logo.error().message.isEmpty());
}

void TestOrganisationLogo::readsFiles()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(u"logo.txt"_s); // the name does not matter, the bytes do
    QImage image(16, 16, QImage::Format_ARGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(png, "PNG"));
    const auto fromPng = OrganisationLogo::fromFile(png);
    QVERIFY(fromPng);
    QCOMPARE(fromPng->mimeType, u"image/png"_s);

    const QString text = dir.filePath(u"logo.png"_s);
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not an image");
    file.close();
    QCOMPARE(OrganisationLogo::fromFile(text).error().kind, Error::Kind::Validation);

    QCOMPARE(OrganisationLogo::fromFile(dir.filePath(u"missing.png"_s)).error().kind,
             Error::Kind::Io);
}

void TestOrganisationLogo::organisationRules()
{
    Organisation o;
    o.name = u"Habitat Garonne Solidaire"_s;
    o.postalCode = u"31000"_s;
    o.email = u"contact@habitat-garonne.example"_s;
    QVERIFY(OrganisationRules::check(o).isEmpty());
    o.logo = encoded("PNG");
    o.logoMimeType = u"image/png"_s;
    QVERIFY(OrganisationRules::check(o).isEmpty());

    auto fields = [](const Organisation &org) {
        QStringList out;
        for (const FieldProblem &p : OrganisationRules::check(org))
            out << p.field;
        return out;
    };
    Organisation bad = o;
    bad.name = u"  "_s;
    bad.postalCode = u"3100"_s;
    bad.email = u"contact"_s;
    bad.logoMimeType = u"image/jpeg"_s; // does not match the bytes
    QCOMPARE(fields(bad), (QStringList{u"name"_s, u"postalCode"_s, u"email"_s, u"logo"_s}));
    bad = o;
    bad.logo = QByteArray("not an image");
    QCOMPARE(fields(bad), QStringList{u"logo"_s});
}

QTEST_GUILESS_MAIN(TestOrganisationLogo)
#include "tst_organisationlogo.moc"
