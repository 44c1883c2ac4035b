#pragma once

#include "domain/ReferenceCatalog.h"
#include "domain/Types.h"

#include <QHash>

#include <optional>

namespace Passerelle::Import {

// Readers of the cell values a French spreadsheet writes (IMPORT.md "What a file may look like").
// Each takes a trimmed, non-empty cell.

/// How a date cell reads.
enum class DateReading { Valid, BadFormat, Impossible };

/// dd/mm/yyyy, d/m/yyyy or yyyy-mm-dd. "31/02/2019" is well formed but Impossible.
DateReading readDate(const QString &text, QDate *date);

/// An amount in euros into cents: decimal comma or point (two decimals at most), spaces,
/// no-break and narrow no-break spaces between thousands, an optional "€". Digits are read one
/// by one: no floating point, no rounding.
std::optional<Cents> readCents(const QString &text);

/// oui/non, o/n, 1/0, x, true/false, yes/no, vrai/faux, ignoring case and accents.
std::optional<bool> readYesNo(const QString &text);

/// A whole number ≥ 0 (digits only, surrounding spaces allowed).
std::optional<int> readCount(const QString &text);

/// A code for a new agency, action or partner, from its name: ASCII letters and digits in
/// upper case, words joined by "-" ("Agence Toulouse Nord" → "AGENCE-TOULOUSE-NORD"), 36
/// characters at most. `fallback` when the name has no letter or digit.
QString derivedCode(const QString &name, const QString &fallback);

/// The reference catalog, matched many times: codes first, then labels (as
/// ReferenceCatalog::match does), with the answers remembered per cell text.
class ReferenceMatcher
{
public:
    explicit ReferenceMatcher(ReferenceCatalog catalog);

    std::optional<QString> match(ReferenceList list, const QString &text);
    /// Several values separated by "|" or ",". A label may itself contain commas ("Sortant
    /// d'hébergement (CHRS, hôtel, ALT)"): the longest run of comma-separated pieces that
    /// matches wins. Gives the codes, without repeats, in the order written; or the first piece
    /// that matches nothing in `unknown`.
    std::optional<QStringList> matchSeveral(ReferenceList list, const QString &text,
                                            QString *unknown);
    /// A typology: codes and labels of the list, and "T 3", "3", "T7" (→ T6+).
    std::optional<QString> matchTypology(const QString &text);

    const ReferenceCatalog &catalog() const { return m_catalog; }

private:
    struct Index
    {
        QHash<QString, QString> codes;  ///< normalised code → code
        QHash<QString, QString> labels; ///< normalised label → code
    };
    const Index &index(ReferenceList list);

    ReferenceCatalog m_catalog;
    QHash<int, Index> m_indexes;
    QHash<int, QHash<QString, std::optional<QString>>> m_memo;
};

} // namespace Passerelle::Import
