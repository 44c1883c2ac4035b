#include "ImportContext.h"
#include "Clock.h"

#include "storage/DirectoryRepositories.h"
#include "storage/HouseholdRecordRepositories.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::Import {

// --- Sheet ---------------------------------------------------------------------------------

Sheet::Sheet(QString fileName, CsvTable table, const QList<ColumnSpec> &specs,
             QList<Problem> &errors, QList<Problem> &warnings)
    : m_fileName(std::move(fileName))
    , m_table(std::move(table))
    , m_specs(specs)
    , m_index(specs.size(), -1)
    , m_headers(specs.size())
{
    QHash<QString, int> known;
    for (int s = 0; s < m_specs.size(); ++s)
        known.insert(ReferenceLists::normalizedKey(m_specs.at(s).name), s);
    const int line = m_table.headerLine;
    for (int i = 0; i < m_table.header.size(); ++i) {
        QString name = m_table.header.at(i).trimmed();
        if (name.startsWith(QChar(0xFEFF)))
            name = name.mid(1).trimmed();
        if (name.isEmpty()) {
            const bool hasData = std::any_of(
                    m_table.records.cbegin(), m_table.records.cend(),
                    [i](const CsvRecord &r) { return !r.fields.at(i).trimmed().isEmpty(); });
            if (hasData) {
                warnings.append({m_fileName, line, QString(), QString(),
                                 Msg::tr("a column without a name is ignored")});
            }
            continue;
        }
        const auto spec = known.constFind(ReferenceLists::normalizedKey(name));
        if (spec == known.cend()) {
            warnings.append(
                    {m_fileName, line, name, QString(), Msg::tr("unknown column, ignored")});
            m_unknown << name;
            continue;
        }
        if (m_index.at(*spec) >= 0) {
            errors.append(
                    {m_fileName, line, name, QString(), Msg::tr("the column appears twice")});
            continue;
        }
        m_index[*spec] = i;
        m_headers[*spec] = name;
    }
    for (int s = 0; s < m_specs.size(); ++s) {
        if (m_specs.at(s).required && m_index.at(s) < 0) {
            errors.append({m_fileName, line, m_specs.at(s).name, QString(),
                           Msg::tr("required column missing")});
        }
    }
}

QString Sheet::header(int column) const
{
    return m_index.at(column) >= 0 ? m_headers.at(column) : m_specs.at(column).name;
}

QString Sheet::cell(const CsvRecord &record, int column) const
{
    const int i = m_index.at(column);
    return i >= 0 ? record.fields.at(i).trimmed() : QString();
}

// --- Row -----------------------------------------------------------------------------------

Row::Row(const Sheet &sheet, const CsvRecord &record, QList<Problem> &errors,
         ReferenceMatcher &refs)
    : m_sheet(sheet)
    , m_record(record)
    , m_errors(errors)
    , m_refs(refs)
{}

void Row::error(int column, const QString &message)
{
    m_errors.append({m_sheet.fileName(), line(), m_sheet.header(column), text(column), message});
    m_failed = true;
}

void Row::errorWithoutValue(int column, const QString &message)
{
    m_errors.append({m_sheet.fileName(), line(), m_sheet.header(column), QString(), message});
    m_failed = true;
}

void Row::requiredWith(int column, int givenColumn)
{
    errorWithoutValue(column, Msg::tr("a value is required when the column %1 is given")
                                      .arg(m_sheet.header(givenColumn)));
}

QString Row::required(int column)
{
    const QString value = text(column);
    if (value.isEmpty()) {
        if (m_sheet.has(column))
            errorWithoutValue(column, Msg::tr("a value is required"));
        else
            m_failed = true; // the missing column was reported once, at the header
    }
    return value;
}

std::optional<QDate> Row::date(int column)
{
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    QDate date;
    switch (readDate(value, &date)) {
    case DateReading::Valid:
        return date;
    case DateReading::Impossible:
        error(column, Msg::tr("is not a date"));
        break;
    case DateReading::BadFormat:
        error(column, Msg::tr("is not a date (accepted formats: dd/mm/yyyy or yyyy-mm-dd)"));
        break;
    }
    return std::nullopt;
}

std::optional<Cents> Row::cents(int column)
{
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    const auto cents = readCents(value);
    if (!cents)
        error(column, Msg::tr("is not an amount (for example 1 234,50 €)"));
    return cents;
}

std::optional<int> Row::count(int column, int maximum)
{
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    const auto n = readCount(value);
    if (!n) {
        error(column, Msg::tr("is not a whole number of 0 or more"));
        return std::nullopt;
    }
    if (*n > maximum) {
        error(column, Msg::tr("is too large (%1 at most)").arg(maximum));
        return std::nullopt;
    }
    return n;
}

std::optional<bool> Row::yesNo(int column)
{
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    const auto answer = readYesNo(value);
    if (!answer)
        error(column, Msg::tr("is not a yes/no answer (oui, non, o, n, 1, 0, x or empty)"));
    return answer;
}

namespace {

QString unknownValueMessage(ReferenceList list)
{
    return Msg::tr("is not a known value of the list “%1” (give its code or its label)")
            .arg(ReferenceLists::title(list));
}

} // namespace

std::optional<QString> Row::code(int column, ReferenceList list)
{
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    const auto code = m_refs.match(list, value);
    if (!code)
        error(column, unknownValueMessage(list));
    return code;
}

std::optional<QStringList> Row::codes(int column, ReferenceList list)
{
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    QString unknown;
    const auto codes = m_refs.matchSeveral(list, value, &unknown);
    if (!codes) {
        m_errors.append({m_sheet.fileName(), line(), m_sheet.header(column), unknown,
                         unknownValueMessage(list)});
        m_failed = true;
    }
    return codes;
}

std::optional<QString> Row::typology(int column)
{
    const QString value = text(column);
    if (value.isEmpty())
        return std::nullopt;
    const auto code = m_refs.matchTypology(value);
    if (!code)
        error(column, unknownValueMessage(ReferenceList::Typology));
    return code;
}

// --- Directory -----------------------------------------------------------------------------

void Directory::add(const Entry &entry)
{
    m_entries.append(entry);
    if (!m_byCode.contains(entry.code))
        m_byCode.insert(entry.code, entry.id);
    const QString name = ReferenceLists::normalizedKey(entry.name);
    if (!name.isEmpty() && !m_byName.contains(name))
        m_byName.insert(name, entry.id);
    const QString codeKey = ReferenceLists::normalizedKey(entry.code);
    if (!m_byCodeKey.contains(codeKey))
        m_byCodeKey.insert(codeKey, entry.id);
    m_codes.insert(entry.code);
}

std::optional<Id> Directory::find(const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (const auto it = m_byCode.constFind(trimmed); it != m_byCode.cend())
        return *it;
    const QString key = ReferenceLists::normalizedKey(trimmed);
    if (const auto it = m_byName.constFind(key); it != m_byName.cend())
        return *it;
    if (const auto it = m_byCodeKey.constFind(key); it != m_byCodeKey.cend())
        return *it;
    return std::nullopt;
}

QString Directory::unusedCode(const QString &base) const
{
    if (!m_codes.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + u'-' + QString::number(n);
        if (!m_codes.contains(candidate))
            return candidate;
    }
}

QString Directory::codeOf(Id id) const
{
    for (const Entry &e : m_entries) {
        if (e.id == id)
            return e.code;
    }
    return QString();
}

// --- Context -------------------------------------------------------------------------------

Context::Context(Database &database, const Scope &actingScope, const Options &importOptions,
                 Report &importReport, ReferenceCatalog catalog)
    : db(database)
    , scope(actingScope)
    , options(importOptions)
    , report(importReport)
    , refs(std::move(catalog))
{}

QString Context::dwellingKey(const QString &address, const QString &commune)
{
    return ReferenceLists::normalizedKey(address) + u'\x1f'
           + ReferenceLists::normalizedKey(commune);
}

bool Context::loadDirectories()
{
    auto agencies = AgencyRepository(db).list();
    auto actions = ActionRepository(db).list();
    auto partners = PartnerRepository(db).list();
    auto dwellingList = DwellingRepository(db).list();
    for (const Error *e :
         {agencies ? nullptr : &agencies.error(), actions ? nullptr : &actions.error(),
          partners ? nullptr : &partners.error(),
          dwellingList ? nullptr : &dwellingList.error()}) {
        if (e) {
            fail(*e, QString(), 0);
            m_stopped = true;
            return false;
        }
    }
    for (const Agency &a : *agencies)
        m_agencies.add({a.id, a.code, a.name});
    for (const Action &a : *actions)
        m_actions.add({a.id, a.code, a.name});
    for (const Partner &p : *partners)
        m_partners.add({p.id, p.code, p.name});
    // The first of equal addresses, as DwellingRepository::findByAddress answers.
    for (const Dwelling &d : *dwellingList) {
        const QString key = dwellingKey(d.address, d.commune);
        if (!dwellings.contains(key))
            dwellings.insert(key, d);
    }
    return true;
}

Directory &Context::directory(DirectoryKind kind)
{
    switch (kind) {
    case DirectoryKind::Agency:
        return m_agencies;
    case DirectoryKind::Action:
        return m_actions;
    case DirectoryKind::Partner:
        break;
    }
    return m_partners;
}

std::optional<Id> Context::resolve(DirectoryKind kind, const QString &text, const Sheet &sheet,
                                   int line, int column)
{
    auto &memo = m_resolved[int(kind)];
    if (const auto known = memo.constFind(text); known != memo.cend())
        return *known;
    Directory &dir = directory(kind);
    const QString header = sheet.header(column);
    const auto refuse = [&](const QString &message) -> std::optional<Id> {
        report.errors.append({sheet.fileName(), line, header, text, message});
        memo.insert(text, std::nullopt);
        return std::nullopt;
    };
    if (const auto found = dir.find(text)) {
        if (kind == DirectoryKind::Agency && !scope.allowsAgency(*found)) {
            return refuse(Msg::tr("is an agency other than yours: you may only import the "
                                  "households of your own agency"));
        }
        memo.insert(text, found);
        return found;
    }
    if (kind == DirectoryKind::Agency && !scope.coversAllAgencies()) {
        return refuse(Msg::tr("is not a known agency; only a user who sees every agency may "
                              "create one"));
    }

    Id id = 0;
    QString code;
    Status saved;
    QString warning;
    switch (kind) {
    case DirectoryKind::Agency: {
        Agency agency;
        agency.code = code = dir.unusedCode(derivedCode(text, u"AGENCE"_s));
        agency.name = text;
        saved = AgencyRepository(db).save(scope, agency);
        id = agency.id;
        warning = Msg::tr("is not a known agency: it is created with the code “%1”");
        break;
    }
    case DirectoryKind::Action: {
        Action action;
        action.code = code = dir.unusedCode(derivedCode(text, u"DISPOSITIF"_s));
        action.name = text;
        saved = ActionRepository(db).save(scope, action);
        id = action.id;
        warning = Msg::tr("is not a known action: it is created with the code “%1”");
        break;
    }
    case DirectoryKind::Partner: {
        Partner partner;
        partner.code = code = dir.unusedCode(derivedCode(text, u"PARTENAIRE"_s));
        partner.name = text;
        partner.kind = u"association"_s;
        saved = PartnerRepository(db).save(scope, partner);
        id = partner.id;
        warning = Msg::tr("is not a known partner: it is created (an association) with the code "
                          "“%1”");
        break;
    }
    }
    if (!saved) {
        fail(saved.error(), sheet.fileName(), line, header, text);
        memo.insert(text, std::nullopt);
        return std::nullopt;
    }
    dir.add({id, code, text});
    report.warnings.append({sheet.fileName(), line, header, text, warning.arg(code), warning});
    memo.insert(text, id);
    return id;
}

bool Context::isFatal(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Storage:
    case Error::Kind::Io:
    case Error::Kind::Schema:
        return true;
    default:
        return false;
    }
}

QDate Context::today() const
{
    const QDate real = Passerelle::Clock::today();
    return options.today.isValid() ? std::min(options.today, real) : real;
}

void Context::fail(const Error &error, const QString &file, int line, const QString &column,
                   const QString &value)
{
    report.errors.append({file, line, column, value, error.message});
    if (isFatal(error))
        m_stopped = true;
}

void Context::setProgressTotal(qint64 total)
{
    m_total = total;
    m_done = m_phaseStart = m_phaseUnits = m_phaseSteps = m_phaseTaken = 0;
    notify(0);
}

void Context::beginPhase(qint64 units, qint64 steps)
{
    m_phaseStart += m_phaseUnits;
    m_phaseUnits = std::max<qint64>(units, 0);
    m_phaseSteps = std::max<qint64>(steps, 1);
    m_phaseTaken = 0;
    notify(m_phaseStart);
}

bool Context::step()
{
    if (m_stopped)
        return false;
    if (m_phaseTaken < m_phaseSteps)
        ++m_phaseTaken;
    return notify(m_phaseStart + m_phaseUnits * m_phaseTaken / m_phaseSteps);
}

void Context::endProgress()
{
    m_phaseStart = m_total;
    m_phaseUnits = 0;
    // Said once the work is over (committed or rolled back): too late to cancel.
    notify(m_total, false);
}

bool Context::notify(qint64 done, bool mayCancel)
{
    if (report.cancelled)
        return false;
    m_done = std::clamp<qint64>(done, m_done, std::max(m_total, m_done));
    if (!options.progress || options.progress(m_done, m_total) || !mayCancel)
        return true;
    report.cancelled = true;
    m_stopped = true;
    return false;
}

bool Context::check(const Problems &problems, const Sheet &sheet, int line,
                    const QHash<QString, int> &columns)
{
    static const QRegularExpression index(u"\\[\\d+\\]"_s);
    QStringList seen;
    for (const FieldProblem &p : problems) {
        QString field = p.field;
        field.remove(index);
        const auto column = columns.constFind(field);
        const QString header = column != columns.cend() ? sheet.header(*column) : QString();
        const QString key = header + u'\x1f' + p.message;
        if (seen.contains(key))
            continue;
        seen << key;
        report.errors.append({sheet.fileName(), line, header, QString(), p.message});
    }
    return problems.isEmpty();
}

} // namespace Passerelle::Import
