#pragma once

#include "domain/ReferenceCatalog.h"
#include "domain/Types.h"

#include <QString>

namespace Passerelle::FrenchText {

/// No-break space (before « : » and inside « »).
inline constexpr QChar NoBreakSpace = QChar(0x00A0);
/// Narrow no-break space (before ; ! ? and between thousands).
inline constexpr QChar NarrowNoBreakSpace = QChar(0x202F);

/// `text` with French typography: a no-break space before « : » and inside « », a narrow
/// no-break space before ; ! ?, no double spaces. Times (14:30) and addresses (https://…)
/// are left alone: a sign only gets a space when it is followed by a space or ends the text.
QString typography(const QString &text);

/// The same for HTML: only the text between tags changes (never tags, attributes, entities,
/// comments, <style> or <script>).
QString htmlTypography(const QString &html);

/// htmlTypography() over HTML that comes in pieces (the text of a template between its
/// fields): remembers whether the last piece ended inside a tag, a comment or a <style>.
class HtmlTypographer
{
public:
    QString process(const QString &html);
    /// True when the next piece starts in the text of the page (not inside a tag).
    bool inText() const { return m_state == State::Text; }

private:
    enum class State { Text, Tag, Comment, Raw };
    State m_state = State::Text;
    QChar m_quote;          ///< the quote of the attribute value being read, if any
    QString m_rawAfterTag;  ///< "</style" while reading a <style> tag: its content is raw
};

/// « 21 novembre 2026 », « 1er mars 2023 »; empty for an invalid date.
QString date(const QDate &date);
/// « mardi 21 novembre 2026 »; empty for an invalid date.
QString longDate(const QDate &date);
/// « 1 234,50 € » from cents (narrow no-break space between thousands), without a float.
QString money(Cents cents);
/// « 14 h 30 »; empty for an invalid time.
QString time(const QTime &time);
/// « 1 personne », « 2 personnes ».
QString persons(qint64 count);
/// « née » for ReferenceList::Civility « madame », « né » for « monsieur », « né(e) » when
/// the civility is not given.
QString born(const QString &civility);

/// The French label of a reference code (what people read on a printed document, whatever
/// the language of the interface), the administrator's label for an added code, the code
/// itself when it is unknown, empty for an empty code.
QString label(const ReferenceCatalog &catalog, ReferenceList list, const QString &code);

} // namespace Passerelle::FrenchText
