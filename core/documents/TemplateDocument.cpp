#include "TemplateDocument.h"

#include "DocumentLimits.h"
#include "io/SafeFiles.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle {
namespace {

// --- the shape of the HTML ----------------------------------------------------------------
//
// Qt's HTML reader (QTextHtmlParser) slows down with the square of the depth of its tree, and
// its layout doubles its work with each level of tables inside tables. The depth is measured
// here as Qt will build the tree — the same reading of tags, words and quotes, the same
// elements without children, the same rules for the elements it closes or moves — so that no
// spelling of the HTML passes here and nests deeper in Qt. Where this reading is unsure it
// counts deeper, never shallower.

bool isOneOf(QStringView name, std::initializer_list<QStringView> names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

/// Elements Qt never gives children (QTextHtmlParserNode::mayNotHaveChildren()).
bool isVoid(QStringView name)
{
    return isOneOf(name, {u"img", u"hr", u"br", u"meta"});
}

/// Elements Qt lays out inline: a new paragraph closes them. (Qt reads unknown elements as
/// inline too; here they count as blocks, which can only count deeper.)
bool isInline(QStringView name)
{
    return isOneOf(name, {u"a",   u"abbr", u"acronym", u"b",    u"big",    u"cite",   u"code",
                          u"dfn", u"em",   u"font",    u"i",    u"kbd",    u"nobr",   u"q",
                          u"s",   u"samp", u"small",   u"span", u"strike", u"strong", u"sub",
                          u"sup", u"tt",   u"u",       u"var"});
}

/// The first length of `text` over `limit` pixels, as written ("100000000px"); empty when
/// there is none.
QString lengthOver(const QString &text, double limit)
{
    static const QRegularExpression number(
            u"(?<![#\\w.])(\\d+(?:\\.\\d*)?|\\.\\d+)\\s*(px|pt|pc|in|cm|mm|rem|em|ex|%)?"_s,
            QRegularExpression::CaseInsensitiveOption);
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString unit = m.captured(2).toLower();
        // Pixels in each unit (em and ex at a generous font size).
        const double factor = unit == u"in"                     ? 96.0
                              : unit == u"cm"                   ? 96.0 / 2.54
                              : unit == u"mm"                   ? 96.0 / 25.4
                              : unit == u"pc"                   ? 16.0
                              : unit == u"pt"                   ? 96.0 / 72.0
                              : unit == u"em" || unit == u"rem" ? 16.0
                              : unit == u"ex"                   ? 8.0
                                                                : 1.0;
        if (m.captured(1).toDouble() * factor > limit)
            return m.captured(0).trimmed();
    }
    return {};
}

/// The first length of `css` (a style attribute, a style sheet) far too large for Qt's layout,
/// as written; empty when there is none. Colours (#999999), addresses (url()) and quoted
/// texts hold no length; font sizes have a bound of their own.
QString tooLargeLength(QStringView css)
{
    static const QRegularExpression ignored(u"url\\([^)]*\\)|\"[^\"]*\"|'[^']*'"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression font(u"\\bfont(?:-size)?\\s*:([^;}]*)"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    QString text = css.toString();
    text.replace(ignored, u" "_s);
    for (auto it = font.globalMatch(text); it.hasNext();) {
        if (QString size = lengthOver(it.next().captured(1), DocumentLimits::FontPixels);
            !size.isEmpty())
            return size;
    }
    return lengthOver(text, DocumentLimits::Length);
}

/// Attributes whose value is a length or a count Qt lays out.
bool isLengthAttribute(QStringView name)
{
    return isOneOf(name, {u"width", u"height", u"cellpadding", u"cellspacing", u"border", u"hspace",
                          u"vspace", u"size", u"colspan", u"rowspan", u"span", u"style"});
}

/// Reads the HTML as QTextHtmlParser does, keeping the chain of open elements.
class ShapeReader
{
public:
    explicit ShapeReader(const QString &html)
        : m_html(html)
    {}

    /// Reads up to the next opening tag that nests; false at the end.
    bool next()
    {
        const qsizetype n = m_html.size();
        while (m_length.isEmpty() && (m_pos = m_html.indexOf(u'<', m_pos)) >= 0) {
            // The text of a <style> element is a style sheet.
            if (!m_open.isEmpty() && m_open.last() == u"style") {
                m_length
                        = tooLargeLength(QStringView(m_html).mid(m_textStart, m_pos - m_textStart));
                if (!m_length.isEmpty())
                    return false;
            }
            ++m_pos;
            eatSpace();
            if (has(u'!')) { // a comment, a declaration
                ++m_pos;
                if (has(u'-') && m_pos + 1 < n && m_html.at(m_pos + 1) == u'-') {
                    const qsizetype end = m_html.indexOf(u"-->"_s, m_pos + 2);
                    m_pos = end < 0 ? n : end + 3;
                } else {
                    skipPast(u'>');
                }
                continue;
            }
            if (has(u'/')) { // an end tag closes the nearest open element of its name
                ++m_pos;
                const QString name = word().toLower().trimmed();
                skipPast(u'>');
                m_textStart = m_pos;
                const qsizetype at = m_open.lastIndexOf(name);
                if (at >= 0)
                    truncate(at);
                continue;
            }
            const QString name = word().toLower();
            if (m_pos < n && m_html.at(m_pos).isSpace())
                attributes();
            bool closed = false;
            while (m_pos < n && m_html.at(m_pos) != u'>') {
                if (m_html.at(m_pos) == u'/')
                    closed = true;
                ++m_pos;
            }
            ++m_pos;
            m_textStart = m_pos;
            if (!m_length.isEmpty())
                return false;
            // A nameless tag holds nothing; neither does an element without children.
            if (name.isEmpty() || isVoid(name) || closed)
                continue;
            open(name);
            m_last = name;
            return true;
        }
        return false;
    }

    qsizetype depth() const { return m_open.size(); }
    int tables() const { return m_tables; }
    QString last() const { return m_last; }
    /// A length far too large, as written (see tooLargeLength()); empty when none.
    QString tooLarge() const { return m_length; }
    /// The most items a list has had so far.
    int listItems() const { return m_listItems; }

private:
    bool has(QChar c) const { return m_pos < m_html.size() && m_html.at(m_pos) == c; }

    void eatSpace()
    {
        while (m_pos < m_html.size() && m_html.at(m_pos).isSpace()
               && m_html.at(m_pos) != QChar::ParagraphSeparator)
            ++m_pos;
    }

    void skipPast(QChar c)
    {
        const qsizetype at = m_html.indexOf(c, m_pos);
        m_pos = at < 0 ? m_html.size() : at + 1;
    }

    /// One word, quoted or not (QTextHtmlParser::parseWord()).
    QString word()
    {
        const qsizetype n = m_html.size();
        const qsizetype start = m_pos;
        if (has(u'"')) {
            const qsizetype end = m_html.indexOf(u'"', m_pos + 1);
            m_pos = end < 0 ? n : end + 1;
            return m_html.mid(start + 1, (end < 0 ? n : end) - start - 1);
        }
        if (has(u'\'')) {
            qsizetype end = m_pos + 1;
            while (end < n && (m_html.at(end) != u'\'' || m_html.at(end - 1) == u'\\'))
                ++end;
            m_pos = end < n ? end + 1 : n;
            return m_html.mid(start + 1, end - start - 1);
        }
        while (m_pos < n) {
            const QChar c = m_html.at(m_pos);
            if (c == u'>' || c == u'<' || c == u'=' || c.isSpace()
                || (c == u'/' && m_pos + 1 < n && m_html.at(m_pos + 1) == u'>'))
                break;
            ++m_pos;
        }
        return m_html.mid(start, m_pos - start);
    }

    /// The attributes of a tag (QTextHtmlParser::parseAttributes()): quoted values may hold
    /// '>'.
    void attributes()
    {
        while (m_pos < m_html.size()) {
            eatSpace();
            if (has(u'>') || has(u'/'))
                break;
            const QString key = word().toLower();
            if (key.isEmpty())
                break;
            eatSpace();
            if (has(u'=')) {
                ++m_pos;
                eatSpace();
                const QString value = word();
                if (m_length.isEmpty() && isLengthAttribute(key))
                    m_length = tooLargeLength(value);
            }
        }
    }

    void truncate(qsizetype size)
    {
        while (m_open.size() > size) {
            if (m_open.takeLast() == u"table")
                --m_tables;
            m_items.removeLast();
        }
    }

    void push(const QString &name)
    {
        m_open.append(name);
        m_items.append(0);
        if (name == u"table")
            ++m_tables;
    }

    /// Where Qt puts a new element (QTextHtmlParser::resolveParent()).
    void open(const QString &name)
    {
        const auto nearest = [this](std::initializer_list<QStringView> names) {
            for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
                if (isOneOf(m_open.at(i), names))
                    return i;
            }
            return qsizetype(-1);
        };
        if (name == u"td") {
            // Inside the nearest row; without one, Qt makes a table and a row for it.
            const qsizetype row = nearest({u"tr"});
            if (row >= 0) {
                truncate(row + 1);
            } else {
                push(u"table"_s);
                push(u"tr"_s);
            }
        } else if (name == u"th") {
            truncate(nearest({u"tr"}) + 1); // at the top when there is no row
        } else if (name == u"tr") {
            const qsizetype table = nearest({u"table", u"thead", u"tbody", u"tfoot"});
            if (table >= 0)
                truncate(table + 1);
            else
                push(u"table"_s);
        } else if (isOneOf(name, {u"thead", u"tbody", u"tfoot", u"caption"})) {
            truncate(nearest({u"table"}) + 1); // at the top when there is no table
        } else if (name == u"dt") {
            truncate(nearest({u"dl"}) + 1);
        } else if (name == u"dd") {
            truncate(nearest({u"dt", u"dl"}) + 1);
        } else if (name == u"li") {
            if (!m_open.isEmpty() && m_open.last() == u"li")
                truncate(m_open.size() - 1);
            if (const qsizetype list = nearest({u"ul", u"ol"}); list >= 0)
                m_listItems = std::max(m_listItems, ++m_items[list]);
        } else if (name == u"p") {
            // A paragraph closes the inline elements of the paragraph it follows.
            qsizetype block = m_open.size() - 1;
            while (block >= 0 && isInline(m_open.at(block)))
                --block;
            if (block >= 0 && m_open.at(block) == u"p")
                truncate(block);
        } else if (name == u"body") {
            if (!m_open.isEmpty() && m_open.last() == u"head")
                truncate(m_open.size() - 1);
        }
        push(name);
    }

    const QString &m_html;
    qsizetype m_pos = 0;
    QStringList m_open; ///< the open elements, outermost first
    QList<int> m_items; ///< for each open element, the items it holds (lists)
    int m_listItems = 0;
    int m_tables = 0;
    QString m_last;
    qsizetype m_textStart = 0; ///< where the text after the last tag starts
    QString m_length;
};

// --- resources ----------------------------------------------------------------------------

QImage blankImage()
{
    QImage image(1, 1, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    return image;
}

bool tooManyPixels(const QSize &size)
{
    return size.width() > DocumentLimits::ImageSide || size.height() > DocumentLimits::ImageSide
           || qint64(size.width()) * size.height() > DocumentLimits::ImagePixels;
}

/// How a resource is named in messages: a file by its name only, an address by its scheme.
QString shownName(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == u"data")
        return u"data:…"_s;
    const QString name = url.fileName();
    if (!scheme.isEmpty() && scheme != u"file" && scheme != u"qrc")
        return name.isEmpty() ? QString(scheme + u":…"_s) : QString(scheme + u":…/"_s + name);
    return name.isEmpty() ? url.toString() : name;
}

} // namespace

TemplateDocument::TemplateDocument(const QString &templateName, const QString &folder,
                                   QObject *parent)
    : QTextDocument(parent)
    , m_templateName(templateName)
    , m_folder(folder)
{}

Status TemplateDocument::checkShape(const QString &html, const QString &templateName)
{
    if (html.size() > DocumentLimits::HtmlChars) {
        return Error::validation(tr("%1: the filled-in document is far too long (more than %2 MB "
                                    "of HTML). Check the lists of the template, then print "
                                    "again.")
                                         .arg(templateName)
                                         .arg(DocumentLimits::HtmlChars / (1024 * 1024)));
    }
    ShapeReader reader(html);
    const auto lengthError = [&templateName](const QString &length) {
        return Error::validation(tr("%1: the length “%2” is far too large (at most %3 pixels, "
                                    "%4 for a font size): the document could not be laid out. "
                                    "Correct it in the template, then print again.")
                                         .arg(templateName, length.left(40))
                                         .arg(DocumentLimits::Length)
                                         .arg(DocumentLimits::FontPixels));
    };
    while (reader.next()) {
        if (reader.tables() > DocumentLimits::TableDepth) {
            return Error::validation(tr("%1: tables are nested more than %2 deep inside one "
                                        "another; laying them out would take far too long. "
                                        "Simplify the tables of the template (and close each "
                                        "one with “</table>”), then print again.")
                                             .arg(templateName)
                                             .arg(DocumentLimits::TableDepth));
        }
        if (reader.listItems() > DocumentLimits::ListItems) {
            return Error::validation(tr("%1: a list has more than %2 items; laying it out "
                                        "would take far too long. Split the list (or make it a "
                                        "table), then print again.")
                                             .arg(templateName)
                                             .arg(DocumentLimits::ListItems));
        }
        if (reader.depth() > DocumentLimits::ElementDepth) {
            return Error::validation(tr("%1: the HTML elements are nested more than %2 levels "
                                        "deep (at “<%3>”). Close each element the template "
                                        "opens (“</%3>”), then print again.")
                                             .arg(templateName)
                                             .arg(DocumentLimits::ElementDepth)
                                             .arg(reader.last().left(20)));
        }
    }
    if (!reader.tooLarge().isEmpty())
        return lengthError(reader.tooLarge());
    return {};
}

Status TemplateDocument::setTemplateHtml(const QString &html)
{
    PASSERELLE_CHECK(checkShape(html, m_templateName));
    setHtml(html);
    if (blockCount() > DocumentLimits::Blocks) {
        return Error::validation(tr("%1: the document has more than %2 paragraphs and table "
                                    "cells; laying it out would take far too long. Check the "
                                    "lists of the template, then print again.")
                                         .arg(m_templateName)
                                         .arg(DocumentLimits::Blocks));
    }
    // Every image now, before any layout: a refused one stops the printing before it starts.
    // (Style sheets and backgrounds were asked for by setHtml().) Each is also given both its
    // width and height, as Qt sizes it on the GUI thread (keeping its proportions): on another
    // thread — where Documents::makePdf() lays documents out — Qt gives an image with only a
    // width its own height instead.
    struct Sized
    {
        int position = 0;
        int length = 0;
        QTextImageFormat format;
    };
    QList<Sized> sized;
    for (QTextBlock block = begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            QString name = format.name();
            if (name.startsWith(u":/"_s)) // as Qt's image handler names resources
                name.prepend(u"qrc"_s);
            const QImage image = resource(ImageResource, QUrl(name)).value<QImage>();
            const bool hasWidth = format.hasProperty(QTextFormat::ImageWidth);
            const bool hasHeight = format.hasProperty(QTextFormat::ImageHeight);
            if ((hasWidth && hasHeight) || image.isNull())
                continue;
            const QSizeF natural = image.deviceIndependentSize();
            if (!hasWidth && !hasHeight) {
                format.setWidth(natural.width());
                format.setHeight(natural.height());
            } else if (!hasWidth) {
                format.setWidth(
                        qRound(qRound(format.height()) * natural.width() / natural.height()));
            } else {
                format.setHeight(
                        qRound(qRound(format.width()) * natural.height() / natural.width()));
            }
            sized.append({fragment.position(), fragment.length(), format});
        }
    }
    for (const Sized &s : std::as_const(sized)) {
        QTextCursor cursor(this);
        cursor.setPosition(s.position);
        cursor.setPosition(s.position + s.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(s.format);
    }
    return resourceStatus();
}

Status TemplateDocument::resourceStatus() const
{
    if (m_refused)
        return *m_refused;
    return {};
}

QVariant TemplateDocument::loadResource(int type, const QUrl &name)
{
    auto loaded = load(type, name);
    QVariant value;
    if (loaded) {
        value = std::move(loaded).value();
    } else {
        if (!m_refused)
            m_refused = loaded.error();
        // A stand-in, never a null value: Qt's image handler would then read the file itself
        // ("direct loading"), pipes and devices included.
        value = type == ImageResource ? QVariant(blankImage()) : QVariant(QByteArray(""));
    }
    // Each name is read once, however many times the document shows it.
    addResource(type, name, value);
    return value;
}

Error TemplateDocument::refusal(const QString &shown, const QString &why) const
{
    return Error::validation(tr("%1: the image or style sheet “%2” cannot be used: %3")
                                     .arg(m_templateName, shown, why));
}

Result<QVariant> TemplateDocument::load(int type, const QUrl &name)
{
    const QString shown = shownName(name);
    PASSERELLE_TRY(bytes, readBytes(name, shown));
    m_loadedBytes += bytes.size();
    if (m_loadedBytes > DocumentLimits::ResourcesTotalBytes) {
        return refusal(shown, tr("the images and style sheets of the document add up to more "
                                 "than %1 MB. Use smaller images.")
                                      .arg(DocumentLimits::ResourcesTotalBytes / (1024 * 1024)));
    }
    if (type == StyleSheetResource) {
        if (const QString length = tooLargeLength(QString::fromUtf8(bytes)); !length.isEmpty()) {
            return refusal(shown, tr("it holds the length “%1”, far too large (at most %2 "
                                     "pixels, %3 for a font size) for the document to be laid "
                                     "out. Correct it, then print again.")
                                          .arg(length.left(40))
                                          .arg(DocumentLimits::Length)
                                          .arg(DocumentLimits::FontPixels));
        }
    }
    if (type != ImageResource)
        return QVariant(bytes);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const auto tooLarge = [&](const QSize &size) {
        return refusal(shown, tr("the image is %1 × %2 pixels (at most %3 on a side and %4 "
                                 "million in all). Make it smaller, then print again.")
                                      .arg(size.width())
                                      .arg(size.height())
                                      .arg(DocumentLimits::ImageSide)
                                      .arg(DocumentLimits::ImagePixels / 1'000'000));
    };
    // The size is in the image's header: a huge image is refused before it is decoded.
    if (const QSize size = reader.size(); size.isValid() && tooManyPixels(size))
        return tooLarge(size);
    const QImage image = reader.read();
    if (image.isNull()) {
        return refusal(shown, tr("it is not an image Passerelle can read. Save it as PNG or "
                                 "JPEG, then print again."));
    }
    if (tooManyPixels(image.size()))
        return tooLarge(image.size());
    return QVariant(image);
}

Result<QByteArray> TemplateDocument::readBytes(const QUrl &name, const QString &shown)
{
    const QString scheme = name.scheme().toLower();
    if (scheme == u"data") {
        // An image written in the template itself (already within the size of the HTML).
        const QByteArray encoded = name.toEncoded(QUrl::RemoveScheme);
        const qsizetype comma = encoded.indexOf(',');
        if (comma < 0)
            return refusal(shown, tr("the data: address has no “,”."));
        QByteArray payload = QByteArray::fromPercentEncoding(encoded.mid(comma + 1));
        if (encoded.left(comma).toLower().endsWith(";base64"))
            payload = QByteArray::fromBase64(payload);
        if (payload.size() > DocumentLimits::ResourceBytes) {
            return refusal(shown, tr("it is larger than %1 MB. Use a smaller image.")
                                          .arg(DocumentLimits::ResourceBytes / (1024 * 1024)));
        }
        return payload;
    }
    QString path;
    if (scheme == u"qrc") {
        path = u':' + name.path();
    } else if (scheme.isEmpty() || scheme == u"file") {
        path = scheme == u"file" ? name.toLocalFile() : name.path();
        if (!path.startsWith(u":/"_s)) {
            if (m_folder.isEmpty()) {
                return refusal(shown, tr("the templates shipped with Passerelle load no file. "
                                         "Choose a templates folder in the settings and put "
                                         "the image in it."));
            }
            path = QDir(m_folder).absoluteFilePath(path); // an absolute path stays as it is
        }
    } else if (scheme == u"passerelle") {
        return refusal(shown, tr("Passerelle has no image of that name. The landlord's logo "
                                 "is “passerelle:logo”, given only when a logo is chosen: "
                                 "show it inside {{#organisation.logo}}…{{/organisation.logo}}."));
    } else {
        return refusal(shown, tr("only files of the templates folder are loaded, never "
                                 "addresses. Copy the image into the templates folder and "
                                 "name it alone (src=\"logo.png\")."));
    }

    if (path.startsWith(u":/"_s)) {
        // Compiled into Passerelle: no pipe or device can hide there.
        QFile resource(path);
        if (!QFileInfo(path).isFile() || !resource.open(QIODevice::ReadOnly))
            return refusal(shown, tr("Passerelle has no resource of that name."));
        if (resource.size() > DocumentLimits::ResourceBytes) {
            return refusal(shown, tr("it is larger than %1 MB. Use a smaller image.")
                                          .arg(DocumentLimits::ResourceBytes / (1024 * 1024)));
        }
        return resource.readAll();
    }
    // A file of the disk: only inside the templates folder, wherever its links lead
    // (canonical paths come from realpath(), which never opens the file).
    const QFileInfo info(path);
    const QString target = info.canonicalFilePath();
    const QString folder = QFileInfo(m_folder).canonicalFilePath();
    if (target.isEmpty()) {
        return refusal(shown, tr("there is no such file in the templates folder. Check its "
                                 "name, or copy it there."));
    }
    if (folder.isEmpty() || !target.startsWith(folder + u'/')) {
        return refusal(shown, tr("it is outside the templates folder, and only the templates "
                                 "folder's own files are loaded. Copy the image into the "
                                 "templates folder and name it alone (src=\"logo.png\")."));
    }
    auto read = SafeFiles::readRegularFile(target, DocumentLimits::ResourceBytes);
    if (!read)
        return refusal(shown, read.error().message);
    return std::move(read).value();
}

} // namespace Passerelle
