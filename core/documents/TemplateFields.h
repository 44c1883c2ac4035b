#pragma once

#include "TemplateEngine.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Passerelle {

/// The names a document's templates may use, as the template editor lists them: each with its
/// kind, the list it belongs to (for the fields of a list's items) and the exact text to write
/// in a template. The list is what the comments of the shipped templates point to.
class TemplateFields
{
    Q_DECLARE_TR_FUNCTIONS(TemplateFields)

public:
    enum class Kind { Field, Flag, List };

    struct Row
    {
        QString name;
        Kind kind = Kind::Field;
        /// For a field of a list's items: the list it is written in (empty at the top level).
        QString parentList;
        /// Every list it is written in, outermost first (a list of a list's items has two).
        QStringList listPath;
        /// What to write in a template: "{{name}}", "{{#flag}}…{{/flag}}" or
        /// "{{#list}}…{{/list}}".
        QString usage;
    };

    /// Every name of `vocabulary`: the top-level names by name, each list followed by the
    /// names of its items (by name, recursively).
    static QList<Row> rows(const Vocabulary &vocabulary);

    /// "Field", "Condition" or "List", for people.
    static QString kindLabel(Kind kind);

    /// The value of `name` in `data` as the editor shows it for a chosen household: a text as
    /// it is, a flag "yes" or "no", a list "n item(s)"; empty when `data` has no such name.
    static QString sampleValue(const TemplateData &data, const QString &name);
    /// The value of `row` in `data`; for a field of a list's items, its value in the first item
    /// (empty when the list has none).
    static QString sampleValue(const TemplateData &data, const Row &row);

    /// The error of `source` as a template of `vocabulary`, with its line, or nothing when it
    /// compiles.
    static std::optional<TemplateError> compileError(const QString &source,
                                                     const QString &fileName,
                                                     const Vocabulary &vocabulary);
};

} // namespace Passerelle
