#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

namespace Passerelle {

class TemplateData;

/// One value of a document's data: a text (printed escaped), a flag, or a list of items.
struct TemplateValue
{
    enum class Kind { Text, Flag, List };
    Kind kind = Kind::Text;
    QString text;
    bool flag = false;
    QList<TemplateData> items;
};

/// The data a template is filled with: named values, flags and lists of items (each item is
/// itself a TemplateData). Names may be dotted ("household.reference"): they are plain keys.
class TemplateData
{
public:
    TemplateData &set(const QString &name, const QString &text);
    TemplateData &set(const QString &name, qint64 number);
    TemplateData &setFlag(const QString &name, bool on);
    TemplateData &setList(const QString &name, QList<TemplateData> items);

    /// The value called `name` in this item (not in the enclosing ones), or nullptr.
    const TemplateValue *find(const QString &name) const;
    QStringList names() const { return m_values.keys(); }

private:
    QHash<QString, TemplateValue> m_values;
};

/// What a document provides to its templates: its fields, flags and lists (with the fields of
/// their items). A template that names anything else is refused before it is filled in, with
/// the line and the name — never printed with a blank.
class Vocabulary
{
public:
    enum class Kind { Field, Flag, List };

    Vocabulary &field(const QString &name) { return add(name, Kind::Field, {}); }
    Vocabulary &fields(const QStringList &names);
    Vocabulary &flag(const QString &name) { return add(name, Kind::Flag, {}); }
    Vocabulary &list(const QString &name, const Vocabulary &item)
    {
        return add(name, Kind::List, item);
    }

    struct Entry
    {
        Kind kind = Kind::Field;
        std::shared_ptr<const Vocabulary> item; ///< for a list: the vocabulary of its items
    };
    const Entry *find(const QString &name) const;
    /// Every name, for messages and documentation.
    QStringList names() const { return m_entries.keys(); }
    /// Every name with its entry, by name (the list of fields shown to template writers).
    QList<std::pair<QString, Entry>> entries() const;

private:
    Vocabulary &add(const QString &name, Kind kind, const Vocabulary &item);
    QHash<QString, Entry> m_entries;
};

/// Where a template goes wrong, for an editor that shows the error at its line: the line (1 for
/// the first; 0 when none applies) and what is wrong, without the file and the line.
struct TemplateError
{
    int line = 0;
    QString message;
};

/// A small mustache-like template, written for Passerelle's printed documents:
///   {{field}}              the value, HTML-escaped (line breaks kept), French typography
///   {{#name}}…{{/name}}    repeated for each item of a list; shown once for a true flag or a
///                          non-empty field
///   {{^name}}…{{/name}}    shown when the list is empty, the flag false or the field empty
///   {{! comment }}         left out
/// French typography is also applied to the template's own text (never inside tags,
/// attributes, comments or <style>). Errors are values with a French message that names the
/// template file, the line and the field.
class Template
{
    Q_DECLARE_TR_FUNCTIONS(Template)

public:
    /// Parses `source` and checks every name against `vocabulary`. `fileName` names the
    /// template in messages. Sections nested deeper than DocumentLimits::SectionDepth are
    /// refused (with the line).
    static Result<Template> compile(const QString &source, const QString &fileName,
                                    const Vocabulary &vocabulary);
    /// The same; on an error, `where` (when given) also receives its line and message apart.
    static Result<Template> compile(const QString &source, const QString &fileName,
                                    const Vocabulary &vocabulary, TemplateError *where);

    /// Reads `fileName` from `folder` when the folder holds a file of that name, otherwise the
    /// template shipped with Passerelle (resources, :/passerelle/templates/). An empty folder
    /// means the shipped templates; a folder that does not exist is an error. The folder's
    /// file is read through SafeFiles: only a regular file of at most
    /// DocumentLimits::TemplateBytes (a pipe, a device or a link to one is refused unopened).
    static Result<Template> load(const QString &fileName, const QString &folder,
                                 const Vocabulary &vocabulary);

    /// The HTML filled in with `data`. A name of the vocabulary absent from the data is an
    /// error that names it; so is HTML longer than DocumentLimits::HtmlChars, or lists
    /// repeated inside one another beyond DocumentLimits::RenderSteps.
    Result<QString> render(const TemplateData &data) const;
    /// The same; on an error, `where` (when given) also receives its line and message apart.
    Result<QString> render(const TemplateData &data, TemplateError *where) const;

    QString fileName() const { return m_fileName; }
    /// Where the template was read from (a file path, or a resource path).
    QString origin() const { return m_origin; }

    struct Node;

private:
    Template() = default;
    QString m_fileName;
    QString m_origin;
    std::shared_ptr<const QList<Node>> m_nodes;
};

} // namespace Passerelle
