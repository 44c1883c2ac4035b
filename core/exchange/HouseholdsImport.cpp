#include "HouseholdsImport.h"

#include "domain/HouseholdStatus.h"
#include "households/HousingRules.h"
#include "storage/HouseholdRecordRepositories.h"
#include "storage/HouseholdRepository.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::Import {
namespace {

using Col = HouseholdsImport::Col;

/// More children than this is a typing error, not a household.
constexpr int MaxChildren = 20;

QString shown(const QDate &date)
{
    return date.toString(u"dd/MM/yyyy");
}

QString key(const QString &text)
{
    return ReferenceLists::normalizedKey(text);
}

/// Referral outcomes after which no support starts (only the referral is recorded).
bool startsNoSupport(const QString &outcome)
{
    return HouseholdStatus::isRefusal(outcome) || outcome == u"en_cours";
}

template<typename T>
bool same(const T &a, const T &b)
{
    return a == b;
}

bool same(const QString &a, const QString &b)
{
    return key(a) == key(b);
}

// Where the validation's field names are read from, per record kind.
const QHash<QString, int> &householdColumns()
{
    static const QHash<QString, int> columns = {
            {u"reference"_s, Col::Reference},
            {u"agencyId"_s, Col::Agency},
            {u"composition"_s, Col::Composition},
            {u"publics"_s, Col::Publics},
            {u"mainResourceSource"_s, Col::ResourceSources},
            {u"resourceSources"_s, Col::ResourceSources},
            {u"priorSituation"_s, Col::PriorSituation},
            {u"monthlyResources"_s, Col::Resources},
            {u"members"_s, Col::LastName},
            {u"members.lastName"_s, Col::LastName},
            {u"members.birthDate"_s, Col::BirthDate},
    };
    return columns;
}

const QHash<QString, int> &supportColumns()
{
    static const QHash<QString, int> columns = {
            {u"actionId"_s, Col::Action},        {u"householdKind"_s, Col::HouseholdKind},
            {u"startDate"_s, Col::SupportStart}, {u"endDate"_s, Col::SupportEnd},
            {u"outcome"_s, Col::SupportOutcome},
    };
    return columns;
}

const QHash<QString, int> &referralColumns()
{
    static const QHash<QString, int> columns = {
            {u"actionId"_s, Col::Action},
            {u"date"_s, Col::ReferralDate},
            {u"outcome"_s, Col::ReferralOutcome},
    };
    return columns;
}

const QHash<QString, int> &diagnosticColumns()
{
    static const QHash<QString, int> columns = {{u"date"_s, Col::DiagnosticDate}};
    return columns;
}

const QHash<QString, int> &meetingColumns()
{
    static const QHash<QString, int> columns = {{u"date"_s, Col::MeetingDate}};
    return columns;
}

const QHash<QString, int> &calColumns()
{
    static const QHash<QString, int> columns
            = {{u"date"_s, Col::CalDate}, {u"decision"_s, Col::CalDecision}};
    return columns;
}

const QHash<QString, int> &dwellingColumns()
{
    static const QHash<QString, int> columns = {
            {u"address"_s, Col::Address}, {u"typology"_s, Col::Typology}, {u"rent"_s, Col::Rent}};
    return columns;
}

const QHash<QString, int> &leaseColumns()
{
    static const QHash<QString, int> columns = {
            {u"dwellingId"_s, Col::Address},
            {u"type"_s, Col::LeaseType},
            {u"startDate"_s, Col::LeaseEntry},
            {u"endDate"_s, Col::LeaseExit},
    };
    return columns;
}

} // namespace

QList<ColumnSpec> HouseholdsImport::columns()
{
    // In the order of the Column enum.
    return {
            {u"reference"_s, true,
             Msg::tr("the unit's file number (one per household and action)")},
            {u"nom"_s, true, Msg::tr("the main tenant's last name")},
            {u"prenom"_s, true, Msg::tr("the main tenant's first name")},
            {u"date_naissance"_s, false, Msg::tr("the main tenant's date of birth")},
            {u"composition"_s, false, Msg::tr("the household's composition")},
            {u"nb_enfants"_s, false, Msg::tr("the number of children")},
            {u"publics"_s, false, Msg::tr("the publics of the household (several allowed)")},
            {u"type_menage"_s, true, Msg::tr("new entrant or existing tenant")},
            {u"agence"_s, true, Msg::tr("the agency (created if unknown)")},
            {u"dispositif"_s, true, Msg::tr("the action (created if unknown)")},
            {u"partenaire"_s, false, Msg::tr("the partner association (created if unknown)")},
            {u"situation_anterieure"_s, false, Msg::tr("the housing situation before")},
            {u"ressources_mensuelles"_s, false, Msg::tr("the monthly resources")},
            {u"source_ressources"_s, false, Msg::tr("the main source of resources")},
            {u"date_orientation"_s, false, Msg::tr("the date of the referral")},
            {u"issue_orientation"_s, false, Msg::tr("the outcome of the referral")},
            {u"date_diagnostic"_s, false, Msg::tr("the date of the diagnostic")},
            {u"date_rdv_tripartite"_s, false, Msg::tr("the date of the tripartite meeting")},
            {u"date_cal"_s, false, Msg::tr("the date of the allocation committee (CAL)")},
            {u"decision_cal"_s, false,
             Msg::tr("the decision of the allocation committee (CAL)")},
            {u"date_entree_logement"_s, false, Msg::tr("the first day of the first lease")},
            {u"type_bail"_s, false, Msg::tr("the lease type")},
            {u"date_glissement"_s, false, Msg::tr("the day the lease slides to the household")},
            {u"adresse"_s, false, Msg::tr("the dwelling's street address")},
            {u"commune"_s, false, Msg::tr("the dwelling's commune")},
            {u"typologie"_s, false, Msg::tr("the dwelling's type (T1 to T5)")},
            {u"qpv"_s, false, Msg::tr("the dwelling is in a priority neighbourhood (QPV)")},
            {u"loyer"_s, false, Msg::tr("the monthly rent")},
            // Required as a column; its value may be empty after a refusal (see parseRecord).
            {u"date_debut_accompagnement"_s, true, Msg::tr("the first day of support")},
            {u"date_fin_accompagnement"_s, false, Msg::tr("the last day of support")},
            {u"issue_accompagnement"_s, false, Msg::tr("the outcome of the support")},
            {u"date_sortie_logement"_s, false,
             Msg::tr("the last day of the last lease (the household left)")},
            {u"motif_sortie_logement"_s, false, Msg::tr("the reason for leaving the dwelling")},
    };
}

HouseholdsImport::HouseholdsImport(Context &context, const Sheet &sheet)
    : m_ctx(context)
    , m_sheet(sheet)
{}

QStringList HouseholdsImport::references() const
{
    QStringList refs;
    refs.reserve(m_households.size());
    for (const HouseholdData &h : m_households)
        refs << h.reference;
    return refs;
}

// --- reading -------------------------------------------------------------------------------

void HouseholdsImport::parse()
{
    for (const CsvRecord &record : m_sheet.table().records) {
        if (!m_ctx.step())
            return;
        parseRecord(record);
    }
    for (HouseholdData &h : m_households)
        checkHousehold(h);
}

template<typename T>
void HouseholdsImport::merge(Given<T> &into, const std::optional<T> &value, Row &row, int column)
{
    if (!row.isEmpty(column))
        into.present = true;
    if (!value)
        return;
    if (!into.value) {
        into.value = value;
        into.line = row.line();
        into.raw = row.text(column);
        return;
    }
    if (!same(*into.value, *value)) {
        row.error(column, Msg::tr("differs from “%1” given line %2 for the same household")
                                  .arg(into.raw)
                                  .arg(into.line));
    }
}

void HouseholdsImport::parseRecord(const CsvRecord &record)
{
    Row row(m_sheet, record, m_ctx.report.errors, m_ctx.refs);
    const auto textOf = [&row](int column) {
        const QString text = row.text(column);
        return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
    };

    const QString reference = row.required(Col::Reference);
    const QString lastName = row.required(Col::LastName);
    const QString firstName = row.required(Col::FirstName);
    const auto birthDate = row.date(Col::BirthDate);
    const auto composition = row.code(Col::Composition, ReferenceList::Composition);
    const auto children = row.count(Col::Children, MaxChildren);
    auto publics = row.codes(Col::Publics, ReferenceList::Public);
    if (publics)
        std::sort(publics->begin(), publics->end());
    const auto resources = row.cents(Col::Resources);
    const auto sources = row.codes(Col::ResourceSources, ReferenceList::ResourceSource);
    const auto prior = row.code(Col::PriorSituation, ReferenceList::PriorSituation);

    ActionLine line;
    line.line = row.line();
    if (!row.required(Col::HouseholdKind).isEmpty())
        line.householdKind
                = row.code(Col::HouseholdKind, ReferenceList::HouseholdKind).value_or(QString());
    line.agencyText = row.required(Col::Agency);
    line.actionText = row.required(Col::Action);
    line.partnerText = row.text(Col::Partner);
    line.referralDate = row.date(Col::ReferralDate);
    line.referralOutcome
            = row.code(Col::ReferralOutcome, ReferenceList::ReferralOutcome).value_or(QString());
    line.diagnosticDate = row.date(Col::DiagnosticDate);
    line.meetingDate = row.date(Col::MeetingDate);
    line.calDate = row.date(Col::CalDate);
    line.calDecision = row.code(Col::CalDecision, ReferenceList::CalDecision).value_or(QString());
    line.start = row.date(Col::SupportStart);
    line.end = row.date(Col::SupportEnd);
    line.outcome
            = row.code(Col::SupportOutcome, ReferenceList::SupportOutcome).value_or(QString());

    const auto entry = row.date(Col::LeaseEntry);
    const auto leaseType = row.code(Col::LeaseType, ReferenceList::LeaseType);
    const auto glissement = row.date(Col::Glissement);
    const auto typology = row.typology(Col::Typology);
    const auto qpv = row.yesNo(Col::Qpv);
    const auto rent = row.cents(Col::Rent);
    const auto exit = row.date(Col::LeaseExit);

    // Rules within the line. A value that could not be read was reported: the rules that
    // depend on it are left aside rather than adding a misleading second message.
    const bool outcomeUnreadable
            = !row.isEmpty(Col::ReferralOutcome) && line.referralOutcome.isEmpty();
    if (row.isEmpty(Col::SupportStart)) {
        if (!startsNoSupport(line.referralOutcome) && !outcomeUnreadable) {
            if (m_sheet.has(Col::SupportStart)) {
                row.errorWithoutValue(Col::SupportStart,
                                      Msg::tr("a value is required (unless the referral outcome "
                                              "is a refusal, no grounds for support or "
                                              "pending)"));
            } else {
                row.fail();
            }
        }
    } else if (HouseholdStatus::isRefusal(line.referralOutcome)) {
        row.error(Col::SupportStart,
                  Msg::tr("is given but the referral outcome is “%1”: no support follows")
                          .arg(m_ctx.refs.catalog().label(ReferenceList::ReferralOutcome,
                                                          line.referralOutcome)));
    }
    if (!row.isEmpty(Col::SupportEnd)) {
        if (row.isEmpty(Col::SupportStart) && startsNoSupport(line.referralOutcome))
            row.error(Col::SupportEnd, Msg::tr("is given without a start of support"));
        else if (line.start && line.end && *line.end < *line.start)
            row.error(Col::SupportEnd,
                      Msg::tr("is before the start of support (%1)").arg(shown(*line.start)));
        if (row.isEmpty(Col::SupportOutcome))
            row.requiredWith(Col::SupportOutcome, Col::SupportEnd);
    } else if (!row.isEmpty(Col::SupportOutcome)) {
        row.error(Col::SupportOutcome,
                  Msg::tr("needs a value in the column %1").arg(m_sheet.header(Col::SupportEnd)));
    }
    if (!row.isEmpty(Col::CalDate) && row.isEmpty(Col::CalDecision))
        row.requiredWith(Col::CalDecision, Col::CalDate);
    if (!row.isEmpty(Col::CalDecision) && row.isEmpty(Col::CalDate))
        row.requiredWith(Col::CalDate, Col::CalDecision);

    if (reference.isEmpty())
        return;
    auto found = m_byReference.constFind(reference);
    if (found == m_byReference.cend()) {
        HouseholdData fresh;
        fresh.reference = reference;
        fresh.firstLine = row.line();
        found = m_byReference.insert(reference, m_households.size());
        m_households.append(fresh);
    }
    HouseholdData &h = m_households[*found];

    if (!lastName.isEmpty() && !firstName.isEmpty()) {
        if (!h.lastName) {
            h.lastName = {lastName, row.line(), lastName, true};
            h.firstName = {firstName, row.line(), firstName, true};
        } else if (key(lastName) != key(*h.lastName) || key(firstName) != key(*h.firstName)) {
            row.error(key(lastName) != key(*h.lastName) ? Col::LastName : Col::FirstName,
                      Msg::tr("is not the name “%1” given line %2 for the same reference")
                              .arg(*h.lastName + u' ' + *h.firstName)
                              .arg(h.lastName.line));
        }
    }
    merge(h.birthDate, birthDate, row, Col::BirthDate);
    merge(h.composition, composition, row, Col::Composition);
    merge(h.children, children, row, Col::Children);
    merge(h.publics, publics, row, Col::Publics);
    merge(h.resources, resources, row, Col::Resources);
    merge(h.sources, sources, row, Col::ResourceSources);
    merge(h.priorSituation, prior, row, Col::PriorSituation);
    merge(h.address, textOf(Col::Address), row, Col::Address);
    merge(h.commune, textOf(Col::Commune), row, Col::Commune);
    merge(h.typology, typology, row, Col::Typology);
    merge(h.qpv, qpv, row, Col::Qpv);
    merge(h.rent, rent, row, Col::Rent);
    merge(h.entry, entry, row, Col::LeaseEntry);
    merge(h.leaseType, leaseType, row, Col::LeaseType);
    merge(h.glissement, glissement, row, Col::Glissement);
    merge(h.exit, exit, row, Col::LeaseExit);
    merge(h.exitReason, textOf(Col::LeaseExitReason), row, Col::LeaseExitReason);
    h.lines.append(line);
    if (row.failed())
        h.failed = true;
}

void HouseholdsImport::error(HouseholdData &household, int line, int column, const QString &value,
                             const QString &message)
{
    m_ctx.report.errors.append({m_sheet.fileName(), line, m_sheet.header(column), value, message});
    household.failed = true;
}

void HouseholdsImport::checkHousehold(HouseholdData &h)
{
    const auto requiredWith = [&](int line, int column, int givenColumn) {
        error(h, line, column, QString(),
              Msg::tr("a value is required when the column %1 is given")
                      .arg(m_sheet.header(givenColumn)));
    };
    // The lease: entry date and type go together, in a dwelling with an address.
    if (h.entry.present && !h.leaseType.present)
        requiredWith(h.entry.line ? h.entry.line : h.firstLine, Col::LeaseType, Col::LeaseEntry);
    if (h.leaseType.present && !h.entry.present)
        requiredWith(h.leaseType.line ? h.leaseType.line : h.firstLine, Col::LeaseEntry,
                     Col::LeaseType);
    // The street address is optional (IMPORT.md): a dwelling known by its commune is recorded
    // with what is known.
    if (!h.address.present && !h.commune.present) {
        const std::pair<bool, int> needing[] = {
                {h.entry.present, Col::LeaseEntry}, {h.leaseType.present, Col::LeaseType},
                {h.typology.present, Col::Typology},
                {h.rent.present, Col::Rent},        {h.qpv && *h.qpv, Col::Qpv},
        };
        for (const auto &[given, column] : needing) {
            if (given) {
                requiredWith(h.firstLine, Col::Address, column);
                break;
            }
        }
    }
    if (h.glissement) {
        const int line = h.glissement.line;
        const bool typeUnreadable = h.leaseType.present && !h.leaseType; // reported already
        if (!typeUnreadable && (!h.leaseType || *h.leaseType != u"bail_glissant")) {
            error(h, line, Col::Glissement, h.glissement.raw,
                  Msg::tr("is only possible when the column %1 is bail_glissant")
                          .arg(m_sheet.header(Col::LeaseType)));
        } else if (!typeUnreadable && h.entry && *h.glissement <= *h.entry) {
            error(h, line, Col::Glissement, h.glissement.raw,
                  Msg::tr("is not after the entry into the dwelling (%1)").arg(shown(*h.entry)));
        }
        if (h.exit && *h.glissement > *h.exit) {
            error(h, line, Col::Glissement, h.glissement.raw,
                  Msg::tr("is after the exit from the dwelling (%1)").arg(shown(*h.exit)));
        }
    }
    if (h.exit && h.entry && *h.exit < *h.entry) {
        error(h, h.exit.line, Col::LeaseExit, h.exit.raw,
              Msg::tr("is before the entry into the dwelling (%1)").arg(shown(*h.entry)));
    }
    if (h.exitReason && !h.exit.present) {
        error(h, h.exitReason.line, Col::LeaseExitReason, h.exitReason.raw,
              Msg::tr("needs a value in the column %1").arg(m_sheet.header(Col::LeaseExit)));
    }
}

void HouseholdsImport::resolveDirectories()
{
    // In file order, so that an agency, action or partner is created (with its warning) at
    // the first line that names it.
    QList<std::pair<HouseholdData *, ActionLine *>> inFileOrder;
    for (HouseholdData &h : m_households) {
        for (ActionLine &line : h.lines)
            inFileOrder.append({&h, &line});
    }
    std::sort(inFileOrder.begin(), inFileOrder.end(),
              [](const auto &a, const auto &b) { return a.second->line < b.second->line; });
    for (auto &[h, line] : inFileOrder) {
        if (m_ctx.stopped())
            return;
        const auto resolve = [&](DirectoryKind kind, const QString &text, int column, Id *id) {
            if (text.isEmpty())
                return;
            if (const auto found = m_ctx.resolve(kind, text, m_sheet, line->line, column))
                *id = *found;
            else
                h->failed = true; // reported (once per text)
        };
        resolve(DirectoryKind::Agency, line->agencyText, Col::Agency, &line->agencyId);
        resolve(DirectoryKind::Action, line->actionText, Col::Action, &line->actionId);
        resolve(DirectoryKind::Partner, line->partnerText, Col::Partner, &line->partnerId);
    }

    // A household belongs to one agency, and has one line per action.
    for (HouseholdData &h : m_households) {
        QHash<Id, int> actionLines;
        const ActionLine *agencyLine = nullptr;
        for (ActionLine &line : h.lines) {
            if (line.agencyId > 0) {
                if (!agencyLine) {
                    agencyLine = &line;
                    h.agencyId = line.agencyId;
                } else if (line.agencyId != h.agencyId) {
                    error(h, line.line, Col::Agency, line.agencyText,
                          Msg::tr("differs from “%1” given line %2 for the same household")
                                  .arg(agencyLine->agencyText)
                                  .arg(agencyLine->line));
                }
            }
            if (line.actionId > 0) {
                if (actionLines.contains(line.actionId)) {
                    error(h, line.line, Col::Action, line.actionText,
                          Msg::tr("appears again for this reference (first line %1): a household "
                                  "has one line per action")
                                  .arg(actionLines.value(line.actionId)));
                    line.actionId = 0;
                } else {
                    actionLines.insert(line.actionId, line.line);
                }
            }
        }
    }
}

// --- writing -------------------------------------------------------------------------------
//
// New records go in batches through the repositories' insertMany() (prepared statements, a
// few queries to check them): a file of 10 000 households takes seconds, not minutes. Changed
// records are saved one by one. When a batch is refused, its rows are saved one by one, so
// that every problem is reported on its own line.

template<typename Repository, typename T>
QList<bool> HouseholdsImport::insertAll(const Repository &repository, QList<T> &rows,
                                        const QList<int> &lines)
{
    QList<bool> inserted(rows.size(), false);
    if (rows.isEmpty() || m_ctx.stopped())
        return inserted;
    qsizetype failed = -1;
    const Status bulk = repository.insertMany(m_ctx.scope, rows, &failed);
    if (bulk) {
        inserted.fill(true);
        return inserted;
    }
    if (Context::isFatal(bulk.error())) {
        m_ctx.fail(bulk.error(), m_sheet.fileName(), failed >= 0 ? lines.at(failed) : 0);
        return inserted;
    }
    for (qsizetype i = 0; i < rows.size() && !m_ctx.stopped(); ++i) {
        const Status saved = repository.save(m_ctx.scope, rows[i]);
        if (saved)
            inserted[i] = true;
        else
            m_ctx.fail(saved.error(), m_sheet.fileName(), lines.at(i));
    }
    return inserted;
}

void HouseholdsImport::write(qint64 progressUnits)
{
    // Four passes over the households, a quarter of the progress each; a step per household.
    const qsizetype count = m_households.size();
    const qint64 quarter = progressUnits / 4;
    m_written = QList<Written>(count);
    m_ctx.beginPhase(quarter, count);
    writeHouseholds();
    for (qsizetype i = 0; i < count; ++i) {
        if (m_written.at(i).ok)
            m_ctx.householdIds.insert(m_households.at(i).reference, m_written.at(i).household.id);
        else
            m_ctx.failedReferences.insert(m_households.at(i).reference);
    }
    m_ctx.beginPhase(quarter, count);
    writeDwellings();
    m_ctx.beginPhase(quarter, 2 * count);
    writeLeases();
    m_ctx.beginPhase(progressUnits - 3 * quarter, count);
    writeLines();
}

bool HouseholdsImport::buildHousehold(HouseholdData &data, const Household *stored,
                                      Household &household)
{
    household = stored ? *stored : Household();
    // The main tenant: the titulaire (or, lacking one, the first member).
    qsizetype main = -1;
    for (qsizetype i = 0; i < household.members.size(); ++i) {
        if (household.members.at(i).role == u"titulaire") {
            main = i;
            break;
        }
    }
    if (stored) {
        const Member *m = household.mainMember();
        if (m
            && (key(m->lastName) != key(*data.lastName)
                || key(m->firstName) != key(*data.firstName))) {
            const bool lastDiffers = key(m->lastName) != key(*data.lastName);
            error(data, data.lastName.line, lastDiffers ? Col::LastName : Col::FirstName,
                  lastDiffers ? *data.lastName : *data.firstName,
                  Msg::tr("is not the name “%1” of the household already recorded with this "
                          "reference")
                          .arg(household.displayName()));
            return false;
        }
        if (main < 0 && !household.members.isEmpty())
            main = 0;
    }
    if (main < 0) {
        Member titulaire;
        titulaire.lastName = *data.lastName;
        titulaire.firstName = *data.firstName;
        titulaire.role = u"titulaire"_s;
        titulaire.signsContract = true;
        household.members.prepend(titulaire);
        main = 0;
    }
    if (data.birthDate)
        household.members[main].birthDate = *data.birthDate;

    household.reference = data.reference;
    household.agencyId = data.agencyId;
    if (data.composition)
        household.composition = *data.composition;
    if (data.publics)
        household.publics = *data.publics;
    if (data.resources) {
        household.monthlyResources = *data.resources;
        household.resourcesKnown = true;
    }
    if (data.sources) {
        // The first source written is the main one.
        household.mainResourceSource = data.sources->value(0);
        household.resourceSources = *data.sources;
        std::sort(household.resourceSources.begin(), household.resourceSources.end());
    }
    if (data.priorSituation)
        household.priorSituation = *data.priorSituation;
    if (data.children) {
        // Exactly N children: anonymous ones are added or (those an earlier import added)
        // removed; children recorded with a first name or a birth date are kept.
        const QString familyName = household.members.at(main).lastName;
        int count = household.childrenCount();
        for (qsizetype i = household.members.size() - 1; i >= 0 && count > *data.children; --i) {
            const Member &m = household.members.at(i);
            if (m.role == u"enfant" && m.firstName.isEmpty() && !m.birthDate.isValid()) {
                household.members.removeAt(i);
                --count;
            }
        }
        for (; count < *data.children; ++count) {
            Member child;
            child.lastName = familyName;
            child.role = u"enfant"_s;
            household.members.append(child);
        }
        if (count > *data.children) {
            const QString message = Msg::tr("is less than the %1 children already recorded "
                                            "with a first name or a birth date: they are kept");
            m_ctx.report.warnings.append({m_sheet.fileName(), data.children.line,
                                          m_sheet.header(Col::Children), data.children.raw,
                                          message.arg(count), message});
        }
    }
    // As the repository stores them, so that an unchanged household compares equal.
    for (int i = 0; i < household.members.size(); ++i)
        household.members[i].position = i;
    std::sort(household.publics.begin(), household.publics.end());

    return m_ctx.check(Validation::check(household, m_ctx.refs.catalog(), m_ctx.today()), m_sheet,
                       data.firstLine, householdColumns());
}

void HouseholdsImport::writeHouseholds()
{
    const HouseholdRepository repository(m_ctx.db);
    QList<Household> fresh;
    QList<qsizetype> freshIndex;
    QList<int> freshLines;
    for (qsizetype i = 0; i < m_households.size() && m_ctx.step(); ++i) {
        HouseholdData &data = m_households[i];
        if (data.failed)
            continue;
        const auto found = m_ctx.existing.constFind(data.reference);
        const Household *stored = found != m_ctx.existing.cend() ? &*found : nullptr;
        Household household;
        if (!buildHousehold(data, stored, household)) {
            data.failed = true;
            continue;
        }
        if (!stored) {
            fresh << household;
            freshIndex << i;
            freshLines << data.firstLine;
            continue;
        }
        if (!(household == *stored)) {
            const Status saved = repository.save(m_ctx.scope, household);
            if (!saved) {
                m_ctx.fail(saved.error(), m_sheet.fileName(), data.firstLine);
                data.failed = true;
                continue;
            }
            ++m_ctx.report.householdsUpdated;
        }
        m_written[i] = {household, 0, true};
    }
    const QList<bool> inserted = insertAll(repository, fresh, freshLines);
    for (qsizetype k = 0; k < fresh.size(); ++k) {
        if (inserted.at(k)) {
            m_written[freshIndex.at(k)] = {fresh.at(k), 0, true};
            ++m_ctx.report.householdsCreated;
        } else {
            m_households[freshIndex.at(k)].failed = true;
        }
    }
}

bool HouseholdsImport::applyDwelling(const HouseholdData &data, Dwelling &dwelling)
{
    if (data.typology)
        dwelling.typology = *data.typology;
    if (data.qpv)
        dwelling.qpv = *data.qpv;
    if (data.rent)
        dwelling.rent = *data.rent;
    return m_ctx.check(Validation::check(dwelling, m_ctx.refs.catalog(),
                                         Validation::DwellingAddress::CommuneSuffices),
                       m_sheet,
                       data.address ? data.address.line : data.commune.line, dwellingColumns());
}

void HouseholdsImport::writeDwellings()
{
    // Households at the same address share the dwelling (found ignoring case and accents, as
    // DwellingRepository::findByAddress does).
    const DwellingRepository repository(m_ctx.db);
    QList<Dwelling> fresh;
    QList<int> freshLines;
    QHash<QString, qsizetype> freshByKey;
    QStringList keys(m_households.size());
    for (qsizetype i = 0; i < m_households.size() && m_ctx.step(); ++i) {
        const HouseholdData &data = m_households.at(i);
        if (!m_written.at(i).ok)
            continue;
        if (!data.address) {
            if (data.commune)
                writeDwellingWithoutAddress(i);
            continue;
        }
        const QString commune = data.commune ? *data.commune : QString();
        const QString where = Context::dwellingKey(*data.address, commune);
        keys[i] = where;
        if (const auto known = m_ctx.dwellings.find(where); known != m_ctx.dwellings.end()) {
            Dwelling dwelling = *known;
            if (!applyDwelling(data, dwelling) || dwelling == *known)
                continue;
            const Status saved = repository.save(m_ctx.scope, dwelling);
            if (!saved)
                m_ctx.fail(saved.error(), m_sheet.fileName(), data.address.line);
            else
                *known = dwelling;
        } else if (const auto pending = freshByKey.constFind(where);
                   pending != freshByKey.cend()) {
            applyDwelling(data, fresh[*pending]);
        } else {
            Dwelling dwelling;
            dwelling.address = *data.address;
            dwelling.commune = commune;
            dwelling.agencyId = m_written.at(i).household.agencyId;
            if (!applyDwelling(data, dwelling))
                continue;
            freshByKey.insert(where, fresh.size());
            fresh << dwelling;
            freshLines << data.address.line;
        }
    }
    const QList<bool> inserted = insertAll(repository, fresh, freshLines);
    for (auto it = freshByKey.cbegin(); it != freshByKey.cend(); ++it) {
        if (inserted.at(it.value()))
            m_ctx.dwellings.insert(it.key(), fresh.at(it.value()));
    }
    for (qsizetype i = 0; i < m_households.size(); ++i) {
        if (!keys.at(i).isEmpty())
            m_written[i].dwellingId = m_ctx.dwellings.value(keys.at(i)).id;
    }
}

void HouseholdsImport::writeDwellingWithoutAddress(qsizetype i)
{
    // Known by its commune only: the household's own dwelling, never shared with another one
    // (nothing says it is the same). On a new import of the file, the dwelling of its lease of
    // that date is found again.
    const HouseholdData &data = m_households.at(i);
    Written &written = m_written[i];
    const DwellingRepository repository(m_ctx.db);
    Dwelling dwelling;
    if (data.entry) {
        for (const Lease &l : m_ctx.leases.value(written.household.id)) {
            if (l.startDate != *data.entry || l.dwellingId <= 0)
                continue;
            auto stored = repository.get(l.dwellingId);
            if (stored && stored->address.trimmed().isEmpty())
                dwelling = *stored;
            break;
        }
    }
    const Dwelling before = dwelling;
    dwelling.commune = *data.commune;
    if (dwelling.agencyId <= 0)
        dwelling.agencyId = written.household.agencyId;
    if (!applyDwelling(data, dwelling))
        return;
    if (dwelling.id > 0 && dwelling == before) {
        written.dwellingId = dwelling.id;
        return;
    }
    const Status saved = repository.save(m_ctx.scope, dwelling,
                                         Validation::DwellingAddress::CommuneSuffices);
    if (!saved) {
        m_ctx.fail(saved.error(), m_sheet.fileName(), data.commune.line);
        return;
    }
    written.dwellingId = dwelling.id;
}

void HouseholdsImport::writeLeases()
{
    const QString file = m_sheet.fileName();
    const LeaseRepository repository(m_ctx.db);
    const auto leaseAt = [](QList<Lease> &leases, const QDate &start) -> Lease * {
        for (Lease &l : leases) {
            if (l.startDate == start)
                return &l;
        }
        return nullptr;
    };
    const auto save = [&](Lease &lease, int line) {
        if (!m_ctx.check(Validation::check(lease, m_ctx.refs.catalog()), m_sheet, line,
                         leaseColumns())) {
            return false;
        }
        const Status saved = repository.save(m_ctx.scope, lease);
        if (!saved)
            m_ctx.fail(saved.error(), file, line);
        return saved.ok();
    };
    const auto byStart = [](const Lease &a, const Lease &b) {
        return a.startDate < b.startDate;
    };

    // The first lease: created, or updated when it changed.
    QList<Lease> fresh;
    QList<int> freshLines;
    for (qsizetype i = 0; i < m_households.size() && m_ctx.step(); ++i) {
        const HouseholdData &data = m_households.at(i);
        const Written &written = m_written.at(i);
        if (!written.ok || !data.entry || !data.leaseType || written.dwellingId <= 0)
            continue;
        QList<Lease> &leases = m_ctx.leases[written.household.id];
        if (Lease *stored = leaseAt(leases, *data.entry)) {
            Lease lease = *stored;
            lease.type = *data.leaseType;
            lease.dwellingId = written.dwellingId;
            if (!(lease == *stored) && save(lease, data.entry.line))
                *stored = lease;
            continue;
        }
        Lease lease;
        lease.householdId = written.household.id;
        lease.dwellingId = written.dwellingId;
        lease.type = *data.leaseType;
        lease.startReason = u"entree"_s;
        lease.startDate = *data.entry;
        if (lease.type == u"bail_glissant")
            lease.subletterPartnerId = data.lines.first().partnerId;
        if (data.exit && !data.glissement) {
            // Already left: the lease ends on the last day in the dwelling.
            lease.endDate = *data.exit;
            lease.endReason = data.exitReason ? *data.exitReason : QString();
        }
        if (!m_ctx.check(Validation::check(lease, m_ctx.refs.catalog()), m_sheet, data.entry.line,
                         leaseColumns())) {
            continue;
        }
        if (data.glissement) {
            // Both leases at once, by the rule the household file and the database use: the
            // bail glissant ends the day before, a bail direct starts that day in the same
            // dwelling and ends on the exit, if any.
            if (data.exit) {
                lease.endDate = *data.exit;
                lease.endReason = data.exitReason ? *data.exitReason : QString();
            }
            const auto slid = HousingRules::glissement(lease, *data.glissement, m_ctx.today());
            if (!slid) {
                m_ctx.fail(slid.error(), file, data.glissement.line,
                           m_sheet.header(Col::Glissement), data.glissement.raw);
                continue;
            }
            fresh << slid->ended << slid->direct;
            freshLines << data.entry.line << data.glissement.line;
            continue;
        }
        fresh << lease;
        freshLines << data.entry.line;
    }
    const QList<bool> inserted = insertAll(repository, fresh, freshLines);
    for (qsizetype k = 0; k < fresh.size(); ++k) {
        if (inserted.at(k)) {
            QList<Lease> &leases = m_ctx.leases[fresh.at(k).householdId];
            leases.append(fresh.at(k));
            std::sort(leases.begin(), leases.end(), byStart);
        }
    }

    // Then the glissement and the exit, household by household (few of them change).
    for (qsizetype i = 0; i < m_households.size() && m_ctx.step(); ++i) {
        HouseholdData &data = m_households[i];
        const Written &written = m_written.at(i);
        if (!written.ok || (!data.glissement && !data.exit))
            continue;
        const Id householdId = written.household.id;
        QList<Lease> &leases = m_ctx.leases[householdId];
        if (data.glissement && data.entry) {
            const int line = data.glissement.line;
            const bool recorded = std::any_of(leases.cbegin(), leases.cend(), [&](const Lease &l) {
                return l.startReason == u"glissement" && l.startDate == *data.glissement;
            });
            const Lease *glissant = leaseAt(leases, *data.entry);
            if (!recorded && glissant) {
                const auto direct
                        = repository.recordGlissement(m_ctx.scope, glissant->id, *data.glissement);
                if (!direct) {
                    m_ctx.fail(direct.error(), file, line, m_sheet.header(Col::Glissement),
                               data.glissement.raw);
                    continue;
                }
                auto reloaded = repository.forHousehold(m_ctx.scope, householdId);
                if (!reloaded) {
                    m_ctx.fail(reloaded.error(), file, line);
                    continue;
                }
                leases = *reloaded;
            }
        }
        if (!data.exit)
            continue;
        const int line = data.exit.line;
        if (leases.isEmpty()) {
            if (!data.entry.present) {
                error(data, line, Col::LeaseExit, QString(),
                      Msg::tr("no lease is known for this household: give the columns %1 and %2")
                              .arg(m_sheet.header(Col::LeaseEntry),
                                   m_sheet.header(Col::LeaseType)));
            }
            continue;
        }
        Lease &last = leases.last();
        if (*data.exit < last.startDate) {
            error(data, line, Col::LeaseExit, data.exit.raw,
                  Msg::tr("is before the start of the household's last lease (%1)")
                          .arg(shown(last.startDate)));
            continue;
        }
        Lease lease = last;
        lease.endDate = *data.exit;
        if (data.exitReason)
            lease.endReason = *data.exitReason;
        if (!(lease == last) && save(lease, line))
            last = lease;
    }
}

void HouseholdsImport::writeLines()
{
    const QString file = m_sheet.fileName();
    const Scope &scope = m_ctx.scope;
    const ReferenceCatalog &catalog = m_ctx.refs.catalog();
    const QDate today = m_ctx.today();

    const SupportRepository supportRepository(m_ctx.db);
    const ReferralRepository referralRepository(m_ctx.db);
    const CalDecisionRepository calRepository(m_ctx.db);
    QList<Support> freshSupports;
    QList<int> supportLines;
    QList<Referral> freshReferrals;
    QList<int> referralLines;
    QList<Diagnostic> freshDiagnostics;
    QList<int> diagnosticLines;
    QList<TripartiteMeeting> freshMeetings;
    QList<int> meetingLines;
    QList<CalDecision> freshDecisions;
    QList<int> decisionLines;
    // (household, date) of the diagnostics, meetings and decisions already planned: two lines
    // of a household may give the same date.
    QSet<std::pair<Id, qint64>> plannedDiagnostics;
    QSet<std::pair<Id, qint64>> plannedMeetings;
    QHash<std::pair<Id, qint64>, qsizetype> plannedDecisions;

    for (qsizetype i = 0; i < m_households.size() && m_ctx.step(); ++i) {
        const Written &written = m_written.at(i);
        if (!written.ok)
            continue;
        const Id householdId = written.household.id;
        for (const ActionLine &line : std::as_const(m_households.at(i).lines)) {
            if (line.actionId <= 0 || m_ctx.stopped())
                continue;

            if (line.start) {
                QList<Support> &supports = m_ctx.supports[householdId];
                const auto stored
                        = std::find_if(supports.begin(), supports.end(), [&](const Support &s) {
                              return s.actionId == line.actionId;
                          });
                const bool isNew = stored == supports.end();
                Support support;
                if (isNew) {
                    support.householdId = householdId;
                    support.actionId = line.actionId;
                } else {
                    support = *stored;
                }
                support.householdKind = line.householdKind;
                if (line.partnerId > 0)
                    support.partnerId = line.partnerId;
                support.startDate = *line.start;
                if (line.end)
                    support.endDate = *line.end;
                if (!line.outcome.isEmpty())
                    support.outcome = line.outcome;
                if ((isNew || !(support == *stored))
                    && m_ctx.check(Validation::check(support, catalog), m_sheet, line.line,
                                   supportColumns())) {
                    if (isNew) {
                        freshSupports << support;
                        supportLines << line.line;
                    } else if (const Status saved = supportRepository.save(scope, support);
                               !saved) {
                        m_ctx.fail(saved.error(), file, line.line);
                    } else {
                        *stored = support;
                        ++m_ctx.report.supportsUpdated;
                    }
                }
            }

            if (line.referralDate || !line.referralOutcome.isEmpty()) {
                QList<Referral> &referrals = m_ctx.referrals[householdId];
                const QDate date = line.referralDate.value_or(QDate());
                const auto stored
                        = std::find_if(referrals.begin(), referrals.end(), [&](const Referral &r) {
                              return r.actionId == line.actionId && r.date == date;
                          });
                const bool isNew = stored == referrals.end();
                Referral referral;
                if (isNew) {
                    referral.householdId = householdId;
                    referral.actionId = line.actionId;
                    referral.date = date;
                } else {
                    referral = *stored;
                }
                if (!line.referralOutcome.isEmpty())
                    referral.outcome = line.referralOutcome;
                if (line.partnerId > 0)
                    referral.partnerId = line.partnerId;
                if ((isNew || !(referral == *stored))
                    && m_ctx.check(Validation::check(referral, catalog, today), m_sheet, line.line,
                                   referralColumns())) {
                    if (isNew) {
                        freshReferrals << referral;
                        referralLines << line.line;
                    } else if (const Status saved = referralRepository.save(scope, referral);
                               !saved) {
                        m_ctx.fail(saved.error(), file, line.line);
                    } else {
                        *stored = referral;
                    }
                }
            }

            if (line.diagnosticDate) {
                const std::pair<Id, qint64> at{householdId, line.diagnosticDate->toJulianDay()};
                const auto &stored = m_ctx.diagnostics[householdId];
                const bool present
                        = plannedDiagnostics.contains(at)
                          || std::any_of(stored.cbegin(), stored.cend(), [&](const Diagnostic &d) {
                                 return d.date == *line.diagnosticDate;
                             });
                if (!present) {
                    Diagnostic diagnostic;
                    diagnostic.householdId = householdId;
                    diagnostic.actionId = line.actionId;
                    diagnostic.date = *line.diagnosticDate;
                    diagnostic.kind = u"entree"_s;
                    diagnostic.partnerId = line.partnerId;
                    if (m_ctx.check(Validation::check(diagnostic, catalog, today), m_sheet,
                                    line.line, diagnosticColumns())) {
                        plannedDiagnostics.insert(at);
                        freshDiagnostics << diagnostic;
                        diagnosticLines << line.line;
                    }
                }
            }

            if (line.meetingDate) {
                const std::pair<Id, qint64> at{householdId, line.meetingDate->toJulianDay()};
                const auto &stored = m_ctx.meetings[householdId];
                const bool present = plannedMeetings.contains(at)
                                     || std::any_of(stored.cbegin(), stored.cend(),
                                                    [&](const TripartiteMeeting &m) {
                                                        return m.date == *line.meetingDate;
                                                    });
                if (!present) {
                    TripartiteMeeting meeting;
                    meeting.householdId = householdId;
                    meeting.actionId = line.actionId;
                    meeting.date = *line.meetingDate;
                    meeting.purpose = u"entree"_s;
                    if (m_ctx.check(Validation::check(meeting, catalog), m_sheet, line.line,
                                    meetingColumns())) {
                        plannedMeetings.insert(at);
                        freshMeetings << meeting;
                        meetingLines << line.line;
                    }
                }
            }

            if (line.calDate && !line.calDecision.isEmpty()) {
                const std::pair<Id, qint64> at{householdId, line.calDate->toJulianDay()};
                QList<CalDecision> &decisions = m_ctx.calDecisions[householdId];
                const auto stored = std::find_if(
                        decisions.begin(), decisions.end(),
                        [&](const CalDecision &d) { return d.date == *line.calDate; });
                if (const auto planned = plannedDecisions.constFind(at);
                    planned != plannedDecisions.cend()) {
                    freshDecisions[*planned].decision = line.calDecision;
                } else if (stored == decisions.end()) {
                    CalDecision decision;
                    decision.householdId = householdId;
                    decision.actionId = line.actionId;
                    decision.date = *line.calDate;
                    decision.decision = line.calDecision;
                    decision.dwellingId = written.dwellingId;
                    if (m_ctx.check(Validation::check(decision, catalog), m_sheet, line.line,
                                    calColumns())) {
                        plannedDecisions.insert(at, freshDecisions.size());
                        freshDecisions << decision;
                        decisionLines << line.line;
                    }
                } else if (stored->decision != line.calDecision) {
                    CalDecision decision = *stored;
                    decision.decision = line.calDecision;
                    if (const Status saved = calRepository.save(scope, decision); !saved)
                        m_ctx.fail(saved.error(), file, line.line);
                    else
                        *stored = decision;
                }
            }
        }
    }

    const QList<bool> supportsInserted = insertAll(supportRepository, freshSupports, supportLines);
    for (qsizetype k = 0; k < freshSupports.size(); ++k) {
        if (supportsInserted.at(k)) {
            m_ctx.supports[freshSupports.at(k).householdId].append(freshSupports.at(k));
            ++m_ctx.report.supportsCreated;
        }
    }
    const QList<bool> referralsInserted
            = insertAll(referralRepository, freshReferrals, referralLines);
    for (qsizetype k = 0; k < freshReferrals.size(); ++k) {
        if (referralsInserted.at(k))
            m_ctx.referrals[freshReferrals.at(k).householdId].append(freshReferrals.at(k));
    }
    insertAll(DiagnosticRepository(m_ctx.db), freshDiagnostics, diagnosticLines);
    insertAll(MeetingRepository(m_ctx.db), freshMeetings, meetingLines);
    insertAll(calRepository, freshDecisions, decisionLines);
}

} // namespace Passerelle::Import
