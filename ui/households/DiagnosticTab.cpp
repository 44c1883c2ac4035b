#include "DiagnosticTab.h"

#include "AppContext.h"
#include "Lookups.h"
#include "households/DiagnosticComparison.h"
#include "widgets/FormWidgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Passerelle::Ui {

using namespace TabForms;

namespace {

enum DomainColumn { DomainName, DomainLevel, DomainObservation };
enum CompareColumn { CompareDomain, CompareEntry, CompareLatest, CompareChange };

/// The choices of a level, in the order people read them.
QList<int> levelChoices()
{
    return {DiagnosticTab::NotFilledIn,  int(DiagnosticLevel::None),
            int(DiagnosticLevel::Light), int(DiagnosticLevel::Important),
            int(DiagnosticLevel::Major), int(DiagnosticLevel::NotEvaluated)};
}

std::optional<DiagnosticLevel> toLevel(int value)
{
    return value == DiagnosticTab::NotFilledIn ? std::nullopt
                                               : std::optional(DiagnosticLevel(value));
}

QColor trendColour(DomainTrend trend)
{
    switch (trend) {
    case DomainTrend::Better:
        return QColor(0x1b, 0x7a, 0x2f);
    case DomainTrend::Worse:
        return QColor(0xb0, 0x00, 0x20);
    default:
        return QColor();
    }
}

} // namespace

DiagnosticTab::DiagnosticTab(HouseholdDocument &document, AppContext &context,
                             const Lookups &lookups, QWidget *parent)
    : HouseholdTab(document, context, lookups, parent)
    , m_diagnosticList(this, document,
                       [](HouseholdFile &f) -> QList<Diagnostic> & { return f.diagnostics; })
{
    setObjectName(QStringLiteral("diagnostic"));
    m_diagnosticList.form().messages().setPrefix(QStringLiteral("diagnostic."));
    m_diagnosticList.form().messages().setFallback(QStringLiteral("date"));

    QList<QWidget *> order; // the keyboard order of the tab
    auto *layout = scrollingPage(this);
    layout->addLayout(buildDiagnostics(order));
    layout->addWidget(buildDomains(order));
    layout->addWidget(buildComparison(order));
    layout->addStretch();
    tabOrder(order);
}

QString DiagnosticTab::title() const
{
    return tr("Diagnostic");
}

QLayout *DiagnosticTab::buildDiagnostics(QList<QWidget *> &order)
{
    auto *box = group(tr("Diagnostics"), this);
    // The form of the diagnostic chosen stands in its own box beside the list, hidden (not
    // disabled) while none is chosen.
    auto *formBox = group(tr("The diagnostic"), this);
    ListSection list(box,
                     recordTable(QStringLiteral("diagnostics"),
                                 {tr("Date"), tr("Kind"), tr("Author"), tr("Association")}, box),
                     tr("No diagnostic yet — add the entry diagnostic written by the "
                        "association's referent."),
                     formBox);
    list.table->setMinimumHeight(120);
    list.list->setStretch(0, 1);
    list.list->setStretch(1, 1);
    list.empty->setObjectName(QStringLiteral("noDiagnostic"));
    auto *add = list.button(tr("Add a dia&gnostic"), QStringLiteral("addDiagnostic"));
    add->setToolTip(tr("The first is the entry diagnostic; the next ones are interim "
                       "diagnostics (choose “exit” for the last)."));
    auto *remove = list.button(tr("Remove"), QStringLiteral("removeDiagnostic"));
    order << list.table << remove;
    auto *date = buildForm(list, order);
    m_diagnosticList.attach(list, remove, this, tr("Remove a diagnostic"), [this] { fillForm(); });

    connect(add, &QPushButton::clicked, this, [this, date] {
        const QDate today = context().today();
        addRecord(m_diagnosticList, tr("Add a diagnostic"), date, [today](HouseholdFile &f, Id id) {
            Diagnostic d;
            d.id = id;
            d.householdId = f.household.id;
            d.date = today;
            const bool hasEntry
                    = std::any_of(f.diagnostics.cbegin(), f.diagnostics.cend(),
                                  [](const Diagnostic &x) { return x.kind == u"entree"; });
            d.kind = hasEntry ? QStringLiteral("revision") : QStringLiteral("entree");
            if (!f.supports.isEmpty()) {
                const Support &s = f.supports.first();
                d.actionId = s.actionId;
                d.partnerId = s.partnerId;
                d.author = s.partnerReferent;
            }
            f.diagnostics << d;
        });
    });
    auto *top = new QHBoxLayout;
    top->addWidget(box, 2);
    top->addWidget(formBox, 3);
    return top;
}

DateEdit *DiagnosticTab::buildForm(const ListSection &list, QList<QWidget *> &order)
{
    const ReferenceCatalog &refs = lookups().catalog;
    QWidget *box = list.form;
    QFormLayout *form = list.fields;
    auto &diagnostic = m_diagnosticList.form();
    auto *date = diagnostic.row(form, tr("&Date:"), new DateEdit(box),
                                QStringLiteral("diagnostic.date"), &Diagnostic::date,
                                tr("Change the date of the diagnostic"), QStringLiteral("date"));
    m_action = new RecordCombo(true, box);
    auto *author = new QLineEdit(box);
    author->setPlaceholderText(tr("the referent who wrote it"));
    auto *partnersToMobilise = new CodeChecklist(refs, ReferenceList::PartnerField, box);
    order << date
          << diagnostic.row(form, tr("&Kind:"),
                            new CodeCombo(refs, ReferenceList::DiagnosticKind, false, box),
                            QStringLiteral("diagnostic.kind"), &Diagnostic::kind,
                            tr("Change the kind of diagnostic"), QStringLiteral("kind"))
          << diagnostic.row(form, tr("Ac&tion:"), m_action, QStringLiteral("diagnostic.actionId"),
                            &Diagnostic::actionId, tr("Change the action of the diagnostic"))
          << diagnostic.row(form, tr("A&uthor:"), author, QStringLiteral("diagnostic.author"),
                            &Diagnostic::author, tr("Change the author of the diagnostic"))
          << diagnostic.row(form, tr("Associatio&n:"),
                            recordChoice(true, lookups().partnerChoices(), box),
                            QStringLiteral("diagnostic.partnerId"), &Diagnostic::partnerId,
                            tr("Change the association of the diagnostic"))
          << diagnostic.row(form, tr("Recommended &intensity:"),
                            new CodeCombo(refs, ReferenceList::SupportIntensity, true, box),
                            QStringLiteral("diagnostic.recommendedIntensity"),
                            &Diagnostic::recommendedIntensity,
                            tr("Change the recommended intensity"),
                            QStringLiteral("recommendedIntensity"))
          << diagnostic.row(form, tr("Recommended &lease:"),
                            new CodeCombo(refs, ReferenceList::LeaseType, true, box),
                            QStringLiteral("diagnostic.recommendedLeaseType"),
                            &Diagnostic::recommendedLeaseType, tr("Change the recommended lease"),
                            QStringLiteral("recommendedLeaseType"))
          << diagnostic.row(form, tr("&Recommendation:"), sized(new FreeTextEdit(box), 70, 110),
                            QStringLiteral("diagnostic.recommendation"),
                            &Diagnostic::recommendation, tr("Change the recommendation"))
          << diagnostic.row(form, tr("&Partners to mobilise:"), partnersToMobilise,
                            QStringLiteral("diagnostic.partnersToMobilise"),
                            &Diagnostic::partnersToMobilise, tr("Change the partners to mobilise"),
                            QStringLiteral("partnersToMobilise"));
    partnersToMobilise->setFixedHeight(partnersToMobilise->sizeHintForRow(0)
                                       * (partnersToMobilise->count() + 1));
    return date;
}

QWidget *DiagnosticTab::buildDomains(QList<QWidget *> &order)
{
    auto *box = group(tr("Situation domain by domain"), this);
    m_domainsBox = box;
    auto *layout = new QVBoxLayout(box);
    auto *legend = new QLabel(tr("Level: 0 no difficulty · 1 slight fragility · 2 significant "
                                 "difficulty · 3 major difficulty. “Not assessed” is an answer; "
                                 "“not filled in” means the domain was not looked at."),
                              box);
    legend->setWordWrap(true);
    layout->addWidget(legend);
    auto *columns = new QHBoxLayout;
    m_domains = recordTable(QStringLiteral("domains"),
                            {tr("Domain"), tr("Level"), tr("Observation")}, box);
    m_domains->setTabKeyNavigation(false);
    columns->addWidget(m_domains, 3);
    auto *observation = new QVBoxLayout;
    m_observation = sized(new FreeTextEdit(box), 120, 220);
    m_observation->setObjectName(QStringLiteral("diagnostic.observation"));
    m_observationTitle = addLabelled(observation, QString(), m_observation);
    m_observationTitle->setObjectName(QStringLiteral("observationTitle"));
    m_observationTitle->setWordWrap(true);
    observation->addStretch(1);
    columns->addLayout(observation, 2);
    layout->addLayout(columns);
    layout->addWidget(m_diagnosticList.form().messages().add(QStringLiteral("domains"), box));
    order << m_domains << m_observation;

    connect(m_domains, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_rowCodes.size() && m_rowCodes.at(row) != m_domain)
            showDomain(m_rowCodes.at(row));
    });
    // The observation of the domain chosen in the list, in the diagnostic chosen.
    m_diagnosticList.form().bind(
            m_observation,
            [this](const Diagnostic &d) {
                const DiagnosticDomainAssessment *a = d.assessment(m_domain);
                return a ? a->observation : QString();
            },
            [this](Diagnostic &d, const QString &text) {
                if (DiagnosticDomainAssessment *a = d.assessment(m_domain))
                    a->observation = text;
            },
            tr("Change an observation"));
    return box;
}

QWidget *DiagnosticTab::buildComparison(QList<QWidget *> &order)
{
    auto *box = group(tr("Change since the entry diagnostic"), this);
    auto *layout = new QVBoxLayout(box);
    m_comparisonHeading = new QLabel(box);
    m_comparisonHeading->setObjectName(QStringLiteral("comparisonHeading"));
    m_comparisonHeading->setWordWrap(true);
    layout->addWidget(m_comparisonHeading);
    m_comparison = recordTable(QStringLiteral("comparison"),
                               {tr("Domain"), tr("At entry"), tr("Latest"), tr("Change")}, box);
    layout->addWidget(m_comparison);
    order << m_comparison;
    m_comparisonSummary = new QLabel(box);
    m_comparisonSummary->setObjectName(QStringLiteral("comparisonSummary"));
    layout->addWidget(m_comparisonSummary);
    m_noComparison = emptyState(QString(), box);
    m_noComparison->setObjectName(QStringLiteral("noComparison"));
    layout->addWidget(m_noComparison);
    return box;
}

QStringList DiagnosticTab::domainCodes() const
{
    QStringList codes;
    for (const ReferenceItem &item : lookups().catalog.items(ReferenceList::DiagnosticDomain))
        codes << item.code;
    return codes;
}

void DiagnosticTab::ensureDomainRows(const QStringList &codes)
{
    if (codes == m_rowCodes)
        return;
    m_rowCodes = codes;
    const ReferenceCatalog &refs = lookups().catalog;
    m_domains->setRowCount(int(codes.size()));
    for (int row = 0; row < codes.size(); ++row) {
        const QString code = codes.at(row);
        const QString label = refs.label(ReferenceList::DiagnosticDomain, code);
        setCell(m_domains, row, DomainName, label)->setToolTip(label);
        setCell(m_domains, row, DomainObservation, QString());
        auto *level = new QComboBox(m_domains);
        level->setObjectName(QStringLiteral("level_") + code);
        for (int value : levelChoices())
            level->addItem(DiagnosticComparison::levelLabel(toLevel(value)), value);
        connect(level, &QComboBox::activated, this,
                [this, code, level] { setLevel(code, level->currentData().toInt()); });
        m_domains->setCellWidget(row, DomainLevel, level);
    }
    m_domains->resizeColumnToContents(DomainName);
    m_domains->setColumnWidth(DomainName, std::min(m_domains->columnWidth(DomainName), 330));
    m_domains->resizeColumnToContents(DomainLevel);
    fitRows(m_domains, int(codes.size()), int(codes.size()));
}

void DiagnosticTab::setLevel(const QString &domain, int level)
{
    const QStringList order = m_rowCodes;
    const auto change = [domain, level, order](Diagnostic &d) {
        for (qsizetype i = 0; i < d.domains.size(); ++i) {
            if (d.domains.at(i).domain != domain)
                continue;
            if (level == NotFilledIn)
                d.domains.removeAt(i);
            else
                d.domains[i].level = DiagnosticLevel(level);
            return;
        }
        if (level == NotFilledIn)
            return;
        d.domains.append({domain, DiagnosticLevel(level), QString()});
        // Domains stay in the order of the reference list.
        std::stable_sort(d.domains.begin(), d.domains.end(),
                         [&order](const auto &a, const auto &b) {
                             return order.indexOf(a.domain) < order.indexOf(b.domain);
                         });
    };
    m_diagnosticList.edit(tr("Change the level of a domain"), change);
    showDomain(domain);
}

void DiagnosticTab::showDiagnostic(Id id)
{
    m_diagnosticList.setCurrentId(id);
    const Refreshing guard(this);
    selectRow(m_diagnosticList.table(), rowOf(m_diagnosticList.table(), id));
    m_diagnosticList.showCurrent();
}

void DiagnosticTab::showDomain(const QString &domain)
{
    m_domain = domain;
    const Refreshing guard(this);
    fillObservation();
}

void DiagnosticTab::fillObservation()
{
    const QString domain = m_domain;
    selectRow(m_domains, int(m_rowCodes.indexOf(domain)));
    const Diagnostic *d = m_diagnosticList.current();
    const DiagnosticDomainAssessment *a = d ? d->assessment(domain) : nullptr;
    m_observationTitle->setText(
            tr("&Observation — %1")
                    .arg(lookups().catalog.label(ReferenceList::DiagnosticDomain, domain)));
    m_observation->setEnabled(a != nullptr);
    m_observation->editor()->setPlaceholderText(
            a ? QString() : tr("Choose a level for this domain first (“not assessed” will do)."));
    m_diagnosticList.form().refresh();
}

void DiagnosticTab::fillForm()
{
    const Diagnostic *d = m_diagnosticList.current();
    m_domainsBox->setVisible(d != nullptr);
    // The actions to choose from depend on the diagnostic: its action shows once they are set.
    m_action->setRecords(supportActionChoices(file(), lookups(), {d ? d->actionId : 0}));
    m_diagnosticList.form().refresh();
    fillDomains();
    m_diagnosticList.form().showProblems(
            d ? Validation::check(*d, lookups().catalog, context().today()) : Problems());
}

void DiagnosticTab::fillDomains()
{
    const Diagnostic *d = m_diagnosticList.current();
    QStringList codes = domainCodes();
    if (d) {
        for (const DiagnosticDomainAssessment &a : d->domains) {
            if (!codes.contains(a.domain))
                codes << a.domain;
        }
    }
    ensureDomainRows(codes);
    for (int row = 0; row < m_rowCodes.size(); ++row) {
        const DiagnosticDomainAssessment *a = d ? d->assessment(m_rowCodes.at(row)) : nullptr;
        auto *level = qobject_cast<QComboBox *>(m_domains->cellWidget(row, DomainLevel));
        if (level) {
            const QSignalBlocker blocker(level);
            level->setCurrentIndex(
                    std::max(0, level->findData(a ? int(a->level) : int(NotFilledIn))));
        }
        setCell(m_domains, row, DomainObservation, a ? firstLine(a->observation, 90) : QString());
        if (a)
            m_domains->item(row, DomainObservation)->setToolTip(a->observation);
    }
    if (!m_rowCodes.contains(m_domain))
        m_domain = m_rowCodes.value(0);
    fillObservation();
}

void DiagnosticTab::fillComparison()
{
    const ReferenceCatalog &refs = lookups().catalog;
    const QList<Diagnostic> &list = file().diagnostics;
    const ComparedDiagnostics chosen = DiagnosticComparison::choose(list);
    const bool complete = chosen.isComplete();
    m_comparison->setVisible(complete);
    m_comparisonSummary->setVisible(complete);
    m_comparisonHeading->setVisible(complete);
    m_noComparison->setVisible(!complete);
    if (!complete) {
        m_comparison->setRowCount(0);
        m_noComparison->setText(
                chosen.entry < 0 ? tr(
                        "No entry diagnostic yet: the change per domain shows here once there are "
                        "an entry diagnostic and a later one.")
                                 : tr("Only the entry diagnostic so far: the change per domain "
                                      "shows here once an "
                                      "interim or exit diagnostic is written."));
        return;
    }
    const Diagnostic &entry = list.at(chosen.entry);
    const Diagnostic &latest = list.at(chosen.latest);
    m_comparisonHeading->setText(
            tr("%1 of %2  →  %3 of %4")
                    .arg(refs.label(ReferenceList::DiagnosticKind, entry.kind),
                         dateText(entry.date),
                         refs.label(ReferenceList::DiagnosticKind, latest.kind),
                         dateText(latest.date)));
    const QList<DomainChange> changes = DiagnosticComparison::compare(entry, latest, domainCodes());
    m_comparison->setRowCount(int(changes.size()));
    for (int row = 0; row < changes.size(); ++row) {
        const DomainChange &c = changes.at(row);
        setCell(m_comparison, row, CompareDomain,
                refs.label(ReferenceList::DiagnosticDomain, c.domain));
        setCell(m_comparison, row, CompareEntry, DiagnosticComparison::levelLabel(c.entry));
        setCell(m_comparison, row, CompareLatest, DiagnosticComparison::levelLabel(c.latest));
        QTableWidgetItem *change = setCell(m_comparison, row, CompareChange,
                                           DiagnosticComparison::trendLabel(c.trend));
        change->setData(Qt::UserRole, int(c.trend));
        const QColor colour = trendColour(c.trend);
        change->setForeground(colour.isValid() ? QBrush(colour) : QBrush());
        QFont font = m_comparison->font();
        font.setBold(c.trend == DomainTrend::Better || c.trend == DomainTrend::Worse);
        change->setFont(font);
    }
    m_comparison->resizeColumnsToContents();
    fitRows(m_comparison, int(changes.size()), int(changes.size()));
    m_comparison->setColumnWidth(CompareDomain,
                                 std::min(m_comparison->columnWidth(CompareDomain), 380));
    const DomainChangeCounts counts = DiagnosticComparison::count(changes);
    m_comparisonSummary->setText(tr("Better: %1 · Worse: %2 · Unchanged: %3 · Not comparable: %4")
                                         .arg(counts.better)
                                         .arg(counts.worse)
                                         .arg(counts.same)
                                         .arg(counts.notComparable));
}

void DiagnosticTab::refresh()
{
    const Refreshing guard(this);
    const Lookups &l = lookups();
    const QDate today = context().today();
    m_diagnosticList.show(
            [&l](const Diagnostic &d) {
                return QStringList{dateText(d.date),
                                   l.catalog.label(ReferenceList::DiagnosticKind, d.kind),
                                   d.author, l.partnerName(d.partnerId)};
            },
            [this, &l, today](int row, const Diagnostic &d) {
                setRowProblems(m_diagnosticList.table(), row, Validation::check(d, l.catalog, today));
            });
    m_diagnosticList.table()->resizeColumnsToContents();
    fillComparison();
}

} // namespace Passerelle::Ui
