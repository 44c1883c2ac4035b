#pragma once

// Internal to the import: contacts.csv, one line per contact.

#include "exchange/ImportContext.h"

namespace Passerelle::Import {

class ContactsImport
{
public:
    /// The columns, in the order of columns().
    struct Col
    {
        enum : int { Reference, Action, Date, Type, Duration, Author, Note };
    };
    static QList<ColumnSpec> columns();

    /// `householdsFile` names the other file in messages about unknown references.
    ContactsImport(Context &context, const Sheet &sheet, QString householdsFile);

    /// Reads every line (values and dates).
    void parse();
    /// The distinct references of the file.
    QStringList references() const;
    /// Attaches the contacts to their households and inserts the new ones. Without
    /// `checkReferences` (households.csv could not be read), unknown references are not
    /// reported: they may be in the unread file. `progressUnits`: its share of the progress.
    void write(bool checkReferences, qint64 progressUnits);

private:
    struct Line
    {
        int line = 0;
        QString reference;
        QString actionText;
        QDate date;
        QString type;
        std::optional<int> duration;
        QString author;
        QString note;
    };

    Context &m_ctx;
    const Sheet &m_sheet;
    QString m_householdsFile;
    QList<Line> m_lines;
    QStringList m_references;
};

} // namespace Passerelle::Import
