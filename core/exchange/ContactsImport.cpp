#include "ContactsImport.h"

#include "storage/HouseholdRecordRepositories.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::Import {
namespace {

using Col = ContactsImport::Col;

/// A contact longer than a day is a typing error.
constexpr int MaxMinutes = 24 * 60;

/// What makes two contacts the same (IMPORT.md): household, date, type and author, the
/// author written ignoring case and accents.
struct ContactKey
{
    Id household = 0;
    qint64 day = 0;
    QString type;
    QString author;

    bool operator==(const ContactKey &) const = default;
};

size_t qHash(const ContactKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.household, key.day, key.type, key.author);
}

} // namespace

QList<ColumnSpec> ContactsImport::columns()
{
    // In the order of the Column enum.
    return {
            {u"reference"_s, true,
             Msg::tr("the household's reference (as in the households file)")},
            {u"dispositif"_s, false, Msg::tr("the action (when the household has several)")},
            {u"date"_s, true, Msg::tr("the date of the contact")},
            {u"type"_s, true, Msg::tr("the type of contact")},
            {u"duree_minutes"_s, false, Msg::tr("the duration in minutes")},
            {u"auteur"_s, false, Msg::tr("who made the contact")},
            {u"note"_s, false, Msg::tr("the note (free text)")},
    };
}

ContactsImport::ContactsImport(Context &context, const Sheet &sheet, QString householdsFile)
    : m_ctx(context)
    , m_sheet(sheet)
    , m_householdsFile(std::move(householdsFile))
{}

QStringList ContactsImport::references() const
{
    return m_references;
}

void ContactsImport::parse()
{
    QSet<QString> seen;
    const QDate today = m_ctx.today();
    m_lines.reserve(m_sheet.table().records.size());
    for (const CsvRecord &record : m_sheet.table().records) {
        if (!m_ctx.step())
            return;
        Row row(m_sheet, record, m_ctx.report.errors, m_ctx.refs);
        Line line;
        line.line = row.line();
        line.reference = row.required(Col::Reference);
        line.actionText = row.text(Col::Action);
        if (!row.required(Col::Date).isEmpty()) {
            if (const auto date = row.date(Col::Date)) {
                if (*date < Validation::earliestDate())
                    row.error(Col::Date, Msg::tr("is before 1990"));
                else if (today.isValid() && *date > today)
                    row.error(Col::Date, Msg::tr("is in the future"));
                else
                    line.date = *date;
            }
        }
        if (!row.required(Col::Type).isEmpty())
            line.type = row.code(Col::Type, ReferenceList::ContactType).value_or(QString());
        line.duration = row.count(Col::Duration, MaxMinutes);
        line.author = row.text(Col::Author);
        line.note = row.text(Col::Note);
        if (!line.reference.isEmpty() && !seen.contains(line.reference)) {
            seen.insert(line.reference);
            m_references << line.reference;
        }
        if (!row.failed())
            m_lines.append(std::move(line));
    }
}

void ContactsImport::write(bool checkReferences, qint64 progressUnits)
{
    if (m_ctx.stopped())
        return;
    // Matching the lines is quick; inserting them is the work: a step of the progress per
    // contact inserted (one insertion: splitting it would journal a household's contacts in
    // several entries, and copy SQLite's pages to a savepoint journal once per part).
    m_ctx.beginPhase(progressUnits, m_lines.size());
    const QString file = m_sheet.fileName();
    ContactRepository repository(m_ctx.db);

    QHash<QString, QString> authorKeys;
    const auto keyOf = [&authorKeys](Id household, const QDate &date, const QString &type,
                                     const QString &author) {
        auto authorKey = authorKeys.constFind(author);
        if (authorKey == authorKeys.cend())
            authorKey = authorKeys.insert(author, ReferenceLists::normalizedKey(author));
        return ContactKey{household, date.toJulianDay(), type, *authorKey};
    };
    QSet<ContactKey> keys;
    {
        QList<Id> stored;
        for (const QString &reference : std::as_const(m_references)) {
            const auto it = m_ctx.existing.constFind(reference);
            if (it != m_ctx.existing.cend())
                stored << it->id;
        }
        const auto contacts = repository.forHouseholds(m_ctx.scope, stored);
        if (!contacts) {
            m_ctx.fail(contacts.error(), file, 0);
            return;
        }
        for (const QList<Contact> &list : *contacts) {
            for (const Contact &c : list)
                keys.insert(keyOf(c.householdId, c.date, c.type, c.author));
        }
    }

    // The actions of each household: those of its supports decide when the file may leave
    // the action out; those of its referrals may be named too.
    struct Actions
    {
        QList<Id> supported;
        QSet<Id> known;
    };
    QHash<Id, Actions> actionsOf;
    const auto actions = [&](Id household) -> const Actions & {
        auto it = actionsOf.find(household);
        if (it == actionsOf.end()) {
            Actions a;
            for (const Support &s : m_ctx.supports.value(household)) {
                if (!a.supported.contains(s.actionId))
                    a.supported << s.actionId;
                a.known.insert(s.actionId);
            }
            for (const Referral &r : m_ctx.referrals.value(household))
                a.known.insert(r.actionId);
            it = actionsOf.insert(household, a);
        }
        return *it;
    };

    QList<Contact> fresh;
    QList<int> freshLines;
    for (const Line &line : std::as_const(m_lines)) {
        if (m_ctx.failedReferences.contains(line.reference))
            continue; // the household's own problems are reported
        const Id household = m_ctx.householdIds.value(line.reference);
        if (household <= 0) {
            if (checkReferences) {
                m_ctx.report.errors.append(
                        {file, line.line, m_sheet.header(Col::Reference), line.reference,
                         Msg::tr("is not the reference of a household of %1 or of the database")
                                 .arg(m_householdsFile)});
            }
            continue;
        }
        const Actions &known = actions(household);
        Id actionId = 0;
        if (!line.actionText.isEmpty()) {
            const auto action = m_ctx.findAction(line.actionText);
            if (!action || !known.known.contains(*action)) {
                m_ctx.report.errors.append({file, line.line, m_sheet.header(Col::Action),
                                            line.actionText,
                                            Msg::tr("is not an action of this household")});
                continue;
            }
            actionId = *action;
        } else if (known.supported.size() > 1) {
            QStringList codes;
            for (Id id : known.supported)
                codes << m_ctx.actionCode(id);
            codes.sort();
            m_ctx.report.errors.append(
                    {file, line.line, m_sheet.header(Col::Action), QString(),
                     Msg::tr("a value is required: this household is supported in several "
                             "actions (%1)")
                             .arg(codes.join(u", "))});
            continue;
        } else if (known.supported.size() == 1) {
            actionId = known.supported.first();
        }

        Contact contact;
        contact.householdId = household;
        contact.actionId = actionId;
        contact.date = line.date;
        contact.type = line.type;
        contact.durationMinutes = line.duration;
        contact.author = line.author;
        contact.notes = line.note;
        // parse() checked what the contact's validation checks (date, type, duration): the
        // repository checks it again, and names the contact at fault if a rule was missed.
        ContactKey key = keyOf(household, contact.date, contact.type, contact.author);
        if (keys.contains(key)) {
            ++m_ctx.report.contactsAlreadyPresent;
            continue;
        }
        keys.insert(std::move(key));
        fresh.append(std::move(contact));
        freshLines.append(line.line);
    }
    if (fresh.isEmpty() || m_ctx.stopped())
        return;
    qsizetype failed = -1;
    const Status saved = repository.insertMany(m_ctx.scope, fresh, &failed,
                                               [this](qsizetype) { return m_ctx.step(); });
    if (m_ctx.report.cancelled)
        return; // stopped by the user: nothing was inserted, nothing is wrong
    if (!saved) {
        m_ctx.fail(saved.error(), file, failed >= 0 ? freshLines.at(failed) : 0);
        return;
    }
    m_ctx.report.contactsCreated += int(fresh.size());
}

} // namespace Passerelle::Import
