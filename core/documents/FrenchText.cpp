#include "FrenchText.h"

#include <QDate>
#include <QTime>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::FrenchText {
namespace {

bool isHighPunctuation(QChar c)
{
    return c == u':' || c == u';' || c == u'!' || c == u'?';
}

/// Removes the trailing white space of `out`; true when there was some.
bool chopSpaces(QString &out)
{
    qsizetype n = out.size();
    while (n > 0 && out.at(n - 1).isSpace())
        --n;
    const bool had = n < out.size();
    out.truncate(n);
    return had;
}

/// Applies typography to the text between tags: entities (&amp; &#160;…) are copied as they
/// are, so that their ';' never gets a space.
QString textWithEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return typography(text);
    QString out;
    out.reserve(text.size() + 8);
    qsizetype from = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) != u'&') {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < text.size() && j - i <= 10
               && (text.at(j).isLetterOrNumber() || text.at(j) == u'#'))
            ++j;
        if (j < text.size() && j > i + 1 && text.at(j) == u';') {
            out += typography(text.mid(from, i - from));
            out += text.mid(i, j + 1 - i);
            from = j + 1;
            i = j + 1;
        } else {
            ++i;
        }
    }
    out += typography(text.mid(from));
    return out;
}

} // namespace

QString typography(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u' ' || c == u'\t') {
            // No double spaces; a space after a line break is indentation.
            if (!out.isEmpty() && out.back().isSpace())
                continue;
            out += u' ';
            continue;
        }
        if (c == u'«') {
            out += c;
            bool hadSpace = false;
            while (i + 1 < n && text.at(i + 1).isSpace() && text.at(i + 1) != u'\n') {
                hadSpace = true;
                ++i;
            }
            if (hadSpace || i + 1 < n)
                out += NoBreakSpace;
            continue;
        }
        if (c == u'»' || isHighPunctuation(c)) {
            const bool hadSpace = chopSpaces(out);
            bool space = hadSpace;
            if (!hadSpace && !out.isEmpty()) {
                const QChar previous = out.back();
                if (c == u'»') {
                    space = previous != u'«';
                } else {
                    // "Note:" gets its space; "14:30", "https://" and "?!" do not.
                    const QChar next = i + 1 < n ? text.at(i + 1) : QChar(u' ');
                    space = next.isSpace() && !isHighPunctuation(previous)
                            && (previous.isLetterOrNumber() || previous == u'»'
                                || previous == u')' || previous == u'.');
                }
            }
            if (space)
                out += (c == u':' || c == u'»') ? NoBreakSpace : NarrowNoBreakSpace;
            out += c;
            continue;
        }
        out += c;
    }
    return out;
}

QString htmlTypography(const QString &html)
{
    HtmlTypographer typographer;
    return typographer.process(html);
}

QString HtmlTypographer::process(const QString &html)
{
    QString out;
    out.reserve(html.size() + 16);
    QString pending; // text waiting for typography
    auto flush = [&] {
        if (!pending.isEmpty()) {
            out += textWithEntities(pending);
            pending.clear();
        }
    };
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html.at(i);
        switch (m_state) {
        case State::Text:
            if (c == u'<') {
                flush();
                if (html.mid(i, 4) == u"<!--") {
                    m_state = State::Comment;
                    out += u"<!--"_s;
                    i += 4;
                    continue;
                }
                const QString name = html.mid(i + 1, 6).toLower();
                m_rawAfterTag = name.startsWith(u"style"_s) ? u"</style"_s
                                : name.startsWith(u"script"_s) ? u"</script"_s
                                                                : QString();
                m_state = State::Tag;
                m_quote = QChar();
                out += c;
            } else {
                pending += c;
            }
            break;
        case State::Tag:
            out += c;
            if (!m_quote.isNull()) {
                if (c == m_quote)
                    m_quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                m_quote = c;
            } else if (c == u'>') {
                m_state = m_rawAfterTag.isEmpty() ? State::Text : State::Raw;
            }
            break;
        case State::Comment:
            if (html.mid(i, 3) == u"-->") {
                out += u"-->"_s;
                i += 3;
                m_state = State::Text;
                continue;
            }
            out += c;
            break;
        case State::Raw:
            if (c == u'<' && html.mid(i, m_rawAfterTag.size()).toLower() == m_rawAfterTag) {
                m_rawAfterTag.clear();
                m_state = State::Tag;
                m_quote = QChar();
            }
            out += c;
            break;
        }
        ++i;
    }
    flush();
    return out;
}

QString date(const QDate &date)
{
    if (!date.isValid())
        return {};
    static const char16_t *const months[] = {u"janvier", u"février", u"mars",     u"avril",
                                             u"mai",     u"juin",    u"juillet",  u"août",
                                             u"septembre", u"octobre", u"novembre", u"décembre"};
    const QString day = date.day() == 1 ? u"1er"_s : QString::number(date.day());
    return day + NoBreakSpace + QString::fromUtf16(months[date.month() - 1]) + u' '
           + QString::number(date.year());
}

QString longDate(const QDate &day)
{
    if (!day.isValid())
        return {};
    static const char16_t *const weekdays[] = {u"lundi", u"mardi",  u"mercredi", u"jeudi",
                                               u"vendredi", u"samedi", u"dimanche"};
    return QString::fromUtf16(weekdays[day.dayOfWeek() - 1]) + u' ' + date(day);
}

QString money(Cents cents)
{
    const bool negative = cents < 0;
    const quint64 magnitude = negative ? quint64(-(cents + 1)) + 1 : quint64(cents);
    const QString euros = QString::number(magnitude / 100);
    QString grouped;
    for (qsizetype i = 0; i < euros.size(); ++i) {
        if (i > 0 && (euros.size() - i) % 3 == 0)
            grouped += NarrowNoBreakSpace;
        grouped += euros.at(i);
    }
    const QString hundredths = u"%1"_s.arg(magnitude % 100, 2, 10, QChar(u'0'));
    return (negative ? u"-"_s : QString()) + grouped + u',' + hundredths + NoBreakSpace + u'€';
}

QString time(const QTime &time)
{
    if (!time.isValid())
        return {};
    QString text = QString::number(time.hour()) + NoBreakSpace + u'h';
    if (time.minute() != 0)
        text += NoBreakSpace + u"%1"_s.arg(time.minute(), 2, 10, QChar(u'0'));
    return text;
}

QString label(const ReferenceCatalog &catalog, ReferenceList list, const QString &code)
{
    if (code.isEmpty())
        return {};
    const QList<ReferenceItem> items = catalog.items(list, true);
    for (const ReferenceItem &item : items) {
        if (item.code == code)
            return item.frenchLabel.isEmpty() ? item.label : item.frenchLabel;
    }
    return code;
}

QString persons(qint64 count)
{
    return count <= 1 ? QString::number(count) + QStringLiteral(" personne")
                      : QString::number(count) + QStringLiteral(" personnes");
}

QString born(const QString &civility)
{
    if (civility == u"madame")
        return QStringLiteral("née");
    if (civility == u"monsieur")
        return QStringLiteral("né");
    return QStringLiteral("né(e)");
}

} // namespace Passerelle::FrenchText
