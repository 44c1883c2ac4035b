#include "ValueParsers.h"

#include <QDate>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::Import {
namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// Reads 1 to `maxDigits` digits at `*pos`.
std::optional<int> digits(QStringView text, qsizetype *pos, int minDigits, int maxDigits)
{
    int value = 0;
    int count = 0;
    while (*pos < text.size() && isDigit(text[*pos]) && count < maxDigits) {
        value = value * 10 + (text[*pos].unicode() - u'0');
        ++*pos;
        ++count;
    }
    if (count < minDigits || (*pos < text.size() && isDigit(text[*pos])))
        return std::nullopt;
    return value;
}

/// A time of day after the date, as a spreadsheet adds to dates with a time: " 00:00[:00]".
bool isTimeSuffix(QStringView rest)
{
    rest = rest.trimmed();
    if (rest.isEmpty())
        return true;
    qsizetype pos = 0;
    const auto h = digits(rest, &pos, 1, 2);
    if (!h || pos >= rest.size() || rest[pos] != u':')
        return false;
    ++pos;
    const auto m = digits(rest, &pos, 2, 2);
    if (!m)
        return false;
    if (pos < rest.size() && rest[pos] == u':') {
        ++pos;
        if (!digits(rest, &pos, 2, 2))
            return false;
    }
    return pos == rest.size() && *h < 24 && *m < 60;
}

bool isSpaceInNumber(QChar c)
{
    // space, no-break space, narrow no-break space, thin space
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

} // namespace

DateReading readDate(const QString &text, QDate *date)
{
    const QStringView t = QStringView(text).trimmed();
    qsizetype pos = 0;
    int day = 0;
    int month = 0;
    int year = 0;
    // Four leading digits: ISO yyyy-mm-dd; otherwise the French d/m/yyyy.
    qsizetype leading = 0;
    while (leading < t.size() && isDigit(t[leading]))
        ++leading;
    if (leading == 4) {
        const auto y = digits(t, &pos, 4, 4);
        if (!y || pos >= t.size() || t[pos] != u'-')
            return DateReading::BadFormat;
        ++pos;
        const auto m = digits(t, &pos, 1, 2);
        if (!m || pos >= t.size() || t[pos] != u'-')
            return DateReading::BadFormat;
        ++pos;
        const auto d = digits(t, &pos, 1, 2);
        if (!d)
            return DateReading::BadFormat;
        year = *y;
        month = *m;
        day = *d;
    } else {
        const auto d = digits(t, &pos, 1, 2);
        if (!d || pos >= t.size() || t[pos] != u'/')
            return DateReading::BadFormat;
        ++pos;
        const auto m = digits(t, &pos, 1, 2);
        if (!m || pos >= t.size() || t[pos] != u'/')
            return DateReading::BadFormat;
        ++pos;
        const auto y = digits(t, &pos, 4, 4);
        if (!y)
            return DateReading::BadFormat;
        year = *y;
        month = *m;
        day = *d;
    }
    if (!isTimeSuffix(t.sliced(pos)))
        return DateReading::BadFormat;
    const QDate result(year, month, day);
    if (!result.isValid() || year < 1000)
        return DateReading::Impossible;
    *date = result;
    return DateReading::Valid;
}

std::optional<Cents> readCents(const QString &text)
{
    QStringView t = QStringView(text).trimmed();
    if (t.endsWith(u'€'))
        t.chop(1);
    else if (t.startsWith(u'€'))
        t = t.sliced(1);
    t = t.trimmed();
    bool negative = false;
    if (t.startsWith(u'-')) {
        negative = true;
        t = t.sliced(1).trimmed();
    }
    qint64 units = 0;
    int integerDigits = 0;
    int decimals = 0;
    qint64 fraction = 0;
    bool inFraction = false;
    bool lastWasSpace = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t[i];
        if (isDigit(c)) {
            const int v = c.unicode() - u'0';
            if (inFraction) {
                if (++decimals > 2)
                    return std::nullopt; // below the cent: not an amount of money
                fraction = fraction * 10 + v;
            } else {
                if (++integerDigits > 13)
                    return std::nullopt;
                units = units * 10 + v;
            }
            lastWasSpace = false;
        } else if (isSpaceInNumber(c)) {
            // Thousands separators sit between digits of the integer part.
            if (inFraction || integerDigits == 0)
                return std::nullopt;
            lastWasSpace = true;
        } else if ((c == u',' || c == u'.') && !inFraction && integerDigits > 0 && !lastWasSpace) {
            inFraction = true;
        } else {
            return std::nullopt;
        }
    }
    if (integerDigits == 0 || lastWasSpace || (inFraction && decimals == 0))
        return std::nullopt;
    if (decimals == 1)
        fraction *= 10;
    const Cents cents = units * 100 + fraction;
    return negative ? -cents : cents;
}

std::optional<bool> readYesNo(const QString &text)
{
    const QString key = ReferenceLists::normalizedKey(text);
    static const QStringList yes
            = {u"oui"_s, u"o"_s, u"1"_s, u"x"_s, u"true"_s, u"yes"_s, u"y"_s, u"vrai"_s};
    static const QStringList no = {u"non"_s, u"n"_s, u"0"_s, u"false"_s, u"no"_s, u"faux"_s};
    if (yes.contains(key))
        return true;
    if (no.contains(key))
        return false;
    return std::nullopt;
}

std::optional<int> readCount(const QString &text)
{
    const QStringView t = QStringView(text).trimmed();
    if (t.isEmpty() || t.size() > 9)
        return std::nullopt;
    int value = 0;
    for (const QChar c : t) {
        if (!isDigit(c))
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

QString derivedCode(const QString &name, const QString &fallback)
{
    const QString key = ReferenceLists::normalizedKey(name);
    QString code;
    bool pendingDash = false;
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        const bool keep = (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9');
        if (!keep) {
            pendingDash = !code.isEmpty();
            continue;
        }
        if (pendingDash) {
            code += u'-';
            pendingDash = false;
        }
        code += QChar(u >= u'a' && u <= u'z' ? char16_t(u - 32) : u);
    }
    if (code.size() > 36) {
        code.truncate(36);
        while (code.endsWith(u'-'))
            code.chop(1);
    }
    return code.isEmpty() ? fallback : code;
}

ReferenceMatcher::ReferenceMatcher(ReferenceCatalog catalog)
    : m_catalog(std::move(catalog))
{}

const ReferenceMatcher::Index &ReferenceMatcher::index(ReferenceList list)
{
    auto it = m_indexes.find(int(list));
    if (it != m_indexes.end())
        return *it;
    Index index;
    // The same precedence as ReferenceCatalog::match: any code before any label, and the
    // first entry in list order when two share a key.
    const QList<ReferenceItem> items = m_catalog.items(list, true);
    for (const ReferenceItem &item : items) {
        const QString key = ReferenceLists::normalizedKey(item.code);
        if (!index.codes.contains(key))
            index.codes.insert(key, item.code);
    }
    for (const ReferenceItem &item : items) {
        for (const QString &label : {item.frenchLabel, item.label}) {
            const QString key = ReferenceLists::normalizedKey(label);
            if (!key.isEmpty() && !index.labels.contains(key))
                index.labels.insert(key, item.code);
        }
    }
    return *m_indexes.insert(int(list), index);
}

std::optional<QString> ReferenceMatcher::match(ReferenceList list, const QString &text)
{
    auto &memo = m_memo[int(list)];
    const auto known = memo.constFind(text);
    if (known != memo.cend())
        return *known;
    const QString key = ReferenceLists::normalizedKey(text);
    std::optional<QString> result;
    if (!key.isEmpty()) {
        const Index &idx = index(list);
        if (const auto c = idx.codes.constFind(key); c != idx.codes.cend())
            result = *c;
        else if (const auto l = idx.labels.constFind(key); l != idx.labels.cend())
            result = *l;
    }
    memo.insert(text, result);
    return result;
}

std::optional<QStringList> ReferenceMatcher::matchSeveral(ReferenceList list, const QString &text,
                                                          QString *unknown)
{
    QStringList codes;
    const auto add = [&codes](const QString &code) {
        if (!codes.contains(code))
            codes << code;
    };
    if (const auto whole = match(list, text)) {
        add(*whole);
        return codes;
    }
    const QStringList parts = text.split(u'|');
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        if (const auto code = match(list, part.trimmed())) {
            add(*code);
            continue;
        }
        const QStringList pieces = part.split(u',');
        qsizetype i = 0;
        while (i < pieces.size()) {
            if (pieces.at(i).trimmed().isEmpty()) {
                ++i;
                continue;
            }
            bool found = false;
            for (qsizetype j = pieces.size(); j > i; --j) {
                const QString candidate = pieces.mid(i, j - i).join(u',').trimmed();
                if (const auto code = match(list, candidate)) {
                    add(*code);
                    i = j;
                    found = true;
                    break;
                }
            }
            if (!found) {
                if (unknown)
                    *unknown = pieces.at(i).trimmed();
                return std::nullopt;
            }
        }
    }
    return codes;
}

std::optional<QString> ReferenceMatcher::matchTypology(const QString &text)
{
    if (const auto code = match(ReferenceList::Typology, text))
        return code;
    QString compact = ReferenceLists::normalizedKey(text).remove(u' ');
    if (compact.startsWith(u't'))
        compact.remove(0, 1);
    if (const auto code = match(ReferenceList::Typology, u"t"_s + compact))
        return code;
    bool plus = false;
    for (const QString &suffix : {u"etplus"_s, u"plus"_s, u"+"_s}) {
        if (compact.endsWith(suffix)) {
            compact.chop(suffix.size());
            plus = true;
            break;
        }
    }
    const auto rooms = readCount(compact);
    if (!rooms || *rooms == 0)
        return std::nullopt;
    if (*rooms >= 6)
        return match(ReferenceList::Typology, u"t6_plus"_s);
    if (plus)
        return std::nullopt;
    return match(ReferenceList::Typology, u"t"_s + QString::number(*rooms));
}

} // namespace Passerelle::Import
