#include "HousingTab.h"

#include "AppContext.h"
#include "Lookups.h"
#include "households/HousingRules.h"
#include "widgets/FormWidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Passerelle::Ui {

namespace {

/// An editable combo: one of its usual items, kept by its code (the item's data), or any text
/// written.
class CodeOrTextCombo : public QComboBox
{
public:
    using QComboBox::QComboBox;
    QString value() const
    {
        const QString text = currentText().trimmed();
        const int index = text.isEmpty() ? 0 : findText(text);
        return index > 0 ? itemData(index).toString() : text;
    }
    void setValue(const QString &value)
    {
        const QSignalBlocker blocker(this);
        const int index = value.isEmpty() ? 0 : findData(value);
        setCurrentIndex(std::max(0, index));
        if (index < 0)
            setEditText(value);
    }
};

} // namespace

namespace Forms {

template <>
struct Field<CodeOrTextCombo>
{
    static QString value(const CodeOrTextCombo *w) { return w->value(); }
    static void show(CodeOrTextCombo *w, const QString &v) { w->setValue(v); }
    /// Chosen in the list, or written (once the field is left).
    template <typename F>
    static void onEdit(CodeOrTextCombo *w, QObject *context, Commit, F f)
    {
        const auto commit = [w, f] { f(value(w), false); };
        QObject::connect(w, &QComboBox::activated, context, commit);
        QObject::connect(w->lineEdit(), &QLineEdit::editingFinished, context, commit);
    }
};

} // namespace Forms

using namespace TabForms;

namespace {

enum LeaseColumn {
    ColumnDwelling,
    ColumnTypology,
    ColumnType,
    ColumnStartReason,
    ColumnStart,
    ColumnEnd,
    ColumnEndReason,
    LeaseColumnCount
};
enum ReviewColumn { ReviewDate, ReviewOutcome, ReviewNotes };

const QString glissant = QStringLiteral("bail_glissant");

/// The reviews of a lease; an empty list, only ever read, when it has none (a review is
/// edited only once found in it).
QList<LeaseReview> &reviewsOf(HouseholdFile &f, Id leaseId)
{
    static QList<LeaseReview> none;
    const auto it = f.reviews.find(leaseId);
    return it != f.reviews.end() ? *it : none;
}

} // namespace

HousingTab::HousingTab(HouseholdDocument &document, AppContext &context, const Lookups &lookups,
                       QWidget *parent)
    : HouseholdTab(document, context, lookups, parent)
    , m_leaseList(this, document, [](HouseholdFile &f) -> QList<Lease> & { return f.leases; })
    , m_dwellingFields(
              this, [this] { return currentDwelling(); },
              [this](const auto &...edit) { editDwelling(edit...); })
    , m_reviewList(this, document, [this](HouseholdFile &f) -> QList<LeaseReview> & {
        return reviewsOf(f, m_leaseList.currentId());
    })
{
    setObjectName(QStringLiteral("housing"));
    m_leaseList.form().messages().setFallback(QStringLiteral("startDate"));
    m_dwellingFields.messages().setFallback(QStringLiteral("address"));
    m_reviewList.form().messages().setFallback(QStringLiteral("date"));

    // Keyboard order: the history, its buttons, the dwelling, the lease, the bail glissant,
    // its reviews (each part adds its fields).
    QList<QWidget *> order;
    auto *layout = scrollingPage(this);
    QWidget *content = layout->parentWidget();
    layout->addWidget(buildHistory(order));

    m_details = new QWidget(content);
    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    auto *forms = new QHBoxLayout;
    forms->addWidget(buildDwelling(order), 1);
    forms->addWidget(buildLease(order), 1);
    details->addLayout(forms);
    details->addWidget(buildGlissant(order));
    details->addWidget(buildReviews(order));
    layout->addWidget(m_details);
    layout->addStretch();
    tabOrder(order);
}

QString HousingTab::title() const
{
    return tr("Housing && lease");
}

QWidget *HousingTab::buildHistory(QList<QWidget *> &order)
{
    auto *box = group(tr("Housing history"), this);
    ListSection list(box,
                     recordTable(QStringLiteral("leases"),
                                 {tr("Dwelling"), tr("Typology"), tr("Lease type"),
                                  tr("Start reason"), tr("Start"), tr("End"), tr("End reason")},
                                 box),
                     tr("No lease recorded yet — record the household's entry into a "
                        "dwelling with “New entry…”."));
    // The lease chosen shows in the parts under this box, not in a form of the list.
    list.form->hide();
    m_leases = list.table;
    m_leases->horizontalHeader()->setSectionResizeMode(ColumnDwelling, QHeaderView::Stretch);
    m_leases->horizontalHeader()->setStretchLastSection(false);
    m_noLease = list.empty;
    m_noLease->setObjectName(QStringLiteral("noLease"));

    using Kind = LeaseEventDialog::Kind;
    // A button that records an event of the history.
    const auto eventButton
            = [&](const QString &text, const QString &name, const QString &toolTip, Kind kind) {
                  QPushButton *b = list.button(text, name);
                  b->setToolTip(toolTip);
                  connect(b, &QPushButton::clicked, this, [this, kind] { startEvent(kind); });
                  return b;
              };
    auto *entry
            = eventButton(tr("&New entry…"), QStringLiteral("newEntry"),
                          tr("The household enters a dwelling: a new lease starts."), Kind::Entry);
    m_relogement = eventButton(tr("Re&logement…"), QStringLiteral("relogement"),
                               tr("The chosen lease ends the day before, and a new lease starts "
                                  "in another dwelling."),
                               Kind::Relogement);
    m_glissement = eventButton(tr("&Glissement…"), QStringLiteral("glissement"),
                               tr("The chosen bail glissant ends the day before, and a bail "
                                  "direct starts the same day in the same dwelling."),
                               Kind::Glissement);
    // Apart from the events, after the row's stretch.
    m_removeLease = new QPushButton(tr("Remove the lease"), box);
    m_removeLease->setObjectName(QStringLiteral("removeLease"));
    list.buttons->addWidget(m_removeLease);
    order << m_leases << entry << m_relogement << m_glissement << m_removeLease;

    // The reviews shown follow: those of another lease do not hold the review chosen.
    m_leaseList.follow(m_leases, this, [this] {
        const Refreshing guard(this);
        fillForm();
    });
    connect(m_removeLease, &QPushButton::clicked, this, [this] {
        const Id id = m_leaseList.currentId();
        if (id == 0)
            return;
        edit(tr("Remove a lease"), [id](HouseholdFile &f) { HousingRules::removeLease(f, id); });
    });
    return box;
}

QWidget *HousingTab::buildDwelling(QList<QWidget *> &order)
{
    const ReferenceCatalog &refs = lookups().catalog;
    auto *box = group(tr("Dwelling"), this);
    auto *form = new QFormLayout(box);
    auto &dwelling = m_dwellingFields;
    auto *reference = new QLineEdit(box);
    reference->setPlaceholderText(tr("the landlord's number, if known"));
    auto *postalCode = new QLineEdit(box);
    postalCode->setMaxLength(5);
    postalCode->setMaximumWidth(
            postalCode->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 20);
    order << dwelling.row(form, tr("Dwelling n&umber:"), reference,
                          QStringLiteral("dwelling.reference"), &Dwelling::reference,
                          tr("Change the dwelling number"))
          << dwelling.row(form, tr("&Address:"), new QLineEdit(box),
                          QStringLiteral("dwelling.address"), &Dwelling::address,
                          tr("Change the address"), QStringLiteral("address"))
          << dwelling.row(form, tr("&Postal code:"), postalCode,
                          QStringLiteral("dwelling.postalCode"), &Dwelling::postalCode,
                          tr("Change the postal code"))
          << dwelling.row(form, tr("Co&mmune:"), new QLineEdit(box),
                          QStringLiteral("dwelling.commune"), &Dwelling::commune,
                          tr("Change the commune"))
          << dwelling.row(form, tr("T&ypology:"),
                          new CodeCombo(refs, ReferenceList::Typology, true, box),
                          QStringLiteral("dwelling.typology"), &Dwelling::typology,
                          tr("Change the typology"), QStringLiteral("typology"))
          << dwelling.row(form, tr("Monthly &rent:"), new MoneyEdit(box),
                          QStringLiteral("dwelling.rent"), &Dwelling::rent, tr("Change the rent"),
                          QStringLiteral("rent"))
          << dwelling.row(form, tr("Monthly c&harges:"), new MoneyEdit(box),
                          QStringLiteral("dwelling.charges"), &Dwelling::charges,
                          tr("Change the charges"), QStringLiteral("charges"));
    order << dwelling.row(form, QString(), new QCheckBox(tr("&Furnished"), box),
                          QStringLiteral("dwelling.furnished"), &Dwelling::furnished,
                          tr("Change whether the dwelling is furnished"))
          << dwelling.row(form, QString(),
                          new QCheckBox(tr("In a &QPV (priority neighbourhood of the city policy)"),
                                        box),
                          QStringLiteral("dwelling.qpv"), &Dwelling::qpv,
                          tr("Change whether the dwelling is in a QPV"));
    return box;
}

QWidget *HousingTab::buildLease(QList<QWidget *> &order)
{
    const ReferenceCatalog &refs = lookups().catalog;
    auto *box = group(tr("Lease"), this);
    auto *form = new QFormLayout(box);
    auto &lease = m_leaseList.form();
    // The end reason is chosen among the usual ones or written.
    auto *endReason = new CodeOrTextCombo(box);
    endReason->setEditable(true);
    endReason->setInsertPolicy(QComboBox::NoInsert);
    endReason->addItem(QString(), QString());
    for (const char *code : {"glissement", "relogement"}) {
        const QString c = QString::fromLatin1(code);
        endReason->addItem(HousingRules::endReasonLabel(c, refs), c);
    }
    endReason->lineEdit()->setPlaceholderText(tr("choose, or write the reason"));
    order << lease.row(form, tr("Lease &type:"),
                       new CodeCombo(refs, ReferenceList::LeaseType, false, box),
                       QStringLiteral("lease.type"), &Lease::type, tr("Change the lease type"),
                       QStringLiteral("type"))
          << lease.row(form, tr("Start r&eason:"),
                       new CodeCombo(refs, ReferenceList::LeaseStartReason, true, box),
                       QStringLiteral("lease.startReason"), &Lease::startReason,
                       tr("Change the start reason"), QStringLiteral("startReason"))
          << lease.row(form, tr("&Start:"), new DateEdit(box), QStringLiteral("lease.startDate"),
                       &Lease::startDate, tr("Change the start of the lease"),
                       QStringLiteral("startDate"))
          << lease.row(form, tr("En&d:"), new DateEdit(box), QStringLiteral("lease.endDate"),
                       &Lease::endDate, tr("Change the end of the lease"),
                       QStringLiteral("endDate"))
          << lease.row(form, tr("End reason:"), endReason, QStringLiteral("lease.endReason"),
                       &Lease::endReason, tr("Change the end reason"))
          << lease.row(form, tr("N&otes:"), sized(new FreeTextEdit(box), 70, 110),
                       QStringLiteral("lease.notes"), &Lease::notes,
                       tr("Change the notes of the lease"));
    return box;
}

QWidget *HousingTab::buildGlissant(QList<QWidget *> &order)
{
    auto *box = group(tr("Bail glissant"), this);
    m_glissantBox = box;
    auto *form = new QFormLayout(box);
    auto &lease = m_leaseList.form();
    order << lease.row(form, tr("Su&b-letting association:"),
                       recordChoice(true, lookups().partnerChoices(), box),
                       QStringLiteral("lease.subletterPartnerId"), &Lease::subletterPartnerId,
                       tr("Change the sub-letting association"),
                       QStringLiteral("subletterPartnerId"))
          << lease.row(form, tr("E&xpected glissement:"), new DateEdit(box),
                       QStringLiteral("lease.expectedGlissementDate"),
                       &Lease::expectedGlissementDate,
                       tr("Change the expected date of the glissement"),
                       QStringLiteral("expectedGlissementDate"))
          << lease.row(form, tr("Glissement &conditions:"), sized(new FreeTextEdit(box), 70, 120),
                       QStringLiteral("lease.glissementConditions"), &Lease::glissementConditions,
                       tr("Change the conditions of the glissement"));
    return box;
}

QWidget *HousingTab::buildReviews(QList<QWidget *> &order)
{
    auto *box = group(tr("Reviews of the bail glissant (every 6 months)"), this);
    m_reviewsBox = box;
    ListSection list(box,
                     recordTable(QStringLiteral("leaseReviews"),
                                 {tr("Date"), tr("Outcome"), tr("Notes")}, box),
                     tr("No review yet — add one after each six-monthly meeting."),
                     FormPlace::Beside);
    m_nextReview = heading(QString(), 1.0, box);
    m_nextReview->setObjectName(QStringLiteral("nextReview"));
    m_nextReview->setWordWrap(true);
    list.list->insertWidget(0, m_nextReview);
    auto *add = list.button(tr("Add a re&view"), QStringLiteral("addReview"));
    auto *remove = list.button(tr("Remove the review"), QStringLiteral("removeReview"));

    auto &review = m_reviewList.form();
    auto *date = review.row(list.fields, tr("Date of the revie&w:"), new DateEdit(list.form),
                            QStringLiteral("review.date"), &LeaseReview::date,
                            tr("Change the date of the review"), QStringLiteral("date"));
    order << list.table << add << remove << date
          << review.row(list.fields, tr("Outcome:"),
                        new CodeCombo(lookups().catalog, ReferenceList::LeaseReviewOutcome, true,
                                      list.form),
                        QStringLiteral("review.outcome"), &LeaseReview::outcome,
                        tr("Change the outcome of the review"), QStringLiteral("outcome"))
          << review.row(list.fields, tr("Notes of the review:"),
                        sized(new FreeTextEdit(list.form), 70, 120),
                        QStringLiteral("review.notes"), &LeaseReview::notes,
                        tr("Change the notes of the review"));
    // The form shows only while a review is chosen, with what is wrong in it.
    m_reviewList.attach(list, remove, this, {}, [this, form = list.form] {
        const LeaseReview *chosen = m_leaseList.current() ? m_reviewList.current() : nullptr;
        form->setVisible(chosen != nullptr);
        m_reviewList.form().showProblems(chosen ? Validation::check(*chosen, lookups().catalog)
                                                : Problems());
    });

    connect(add, &QPushButton::clicked, this, [this, date] {
        const Id leaseId = m_leaseList.currentId();
        if (leaseId == 0)
            return;
        const QDate today = context().today();
        addRecord(m_reviewList, tr("Add a review of the bail glissant"), date,
                  [leaseId, today](HouseholdFile &f, Id id) {
                      LeaseReview r;
                      r.id = id;
                      r.leaseId = leaseId;
                      r.date = today;
                      f.reviews[leaseId].append(r);
                  });
    });
    // Its last review gone, the lease has no list of reviews any more.
    connect(remove, &QPushButton::clicked, this, [this] {
        const Id leaseId = m_leaseList.currentId();
        const Id id = m_reviewList.currentId();
        edit(tr("Remove a review of the bail glissant"), [leaseId, id](HouseholdFile &f) {
            auto it = f.reviews.find(leaseId);
            if (it == f.reviews.end())
                return;
            it->removeIf([id](const LeaseReview &r) { return r.id == id; });
            if (it->isEmpty())
                f.reviews.erase(it);
        });
    });
    return box;
}

const Dwelling *HousingTab::currentDwelling() const
{
    const Lease *lease = m_leaseList.current();
    if (!lease)
        return nullptr;
    const auto it = file().dwellings.constFind(lease->dwellingId);
    return it != file().dwellings.cend() ? &*it : nullptr;
}

void HousingTab::editDwelling(const QString &text, const std::function<void(Dwelling &)> &change,
                              const QString &mergeKey)
{
    const Lease *lease = m_leaseList.current();
    if (!lease)
        return;
    const Id id = lease->dwellingId;
    document().edit(
            text,
            [id, change](HouseholdFile &f) {
                auto it = f.dwellings.find(id);
                if (it != f.dwellings.end())
                    change(*it);
            },
            mergeKey);
}

void HousingTab::startEvent(LeaseEventDialog::Kind kind)
{
    using Kind = LeaseEventDialog::Kind;
    const Lease *lease = m_leaseList.current();
    if (kind != Kind::Entry && !lease)
        return;
    const Id leaseId = lease ? lease->id : 0;
    auto *dialog = new LeaseEventDialog(kind, file(), lookups(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QDate today = context().today();
    if (kind == Kind::Glissement && lease->expectedGlissementDate.isValid())
        dialog->setDate(lease->expectedGlissementDate);
    else
        dialog->setDate(today);
    if (kind == Kind::Entry) {
        // The entry starts from what came before it: the dwelling the CAL allocated, the
        // lease type the diagnostic recommended.
        const HousingRules::EntryProposal proposal = HousingRules::entryProposal(file());
        dialog->setLeaseType(proposal.leaseType);
        dialog->setDwellingId(proposal.dwellingId);
    } else {
        dialog->setLeaseType(kind == Kind::Relogement ? lease->type : QStringLiteral("bail_direct"));
    }

    // The same rule checks the dialog's answer on a copy, then applies it to the file.
    auto apply = [kind, leaseId, today](HouseholdFile &f, const LeaseEventDialog &d) -> Result<Id> {
        switch (kind) {
        case Kind::Entry:
            return HousingRules::recordEntry(f, d.dwelling(), d.leaseType(), d.date());
        case Kind::Relogement:
            return HousingRules::recordRelogement(f, leaseId, d.dwelling(), d.leaseType(),
                                                  d.date());
        case Kind::Glissement:
            return HousingRules::recordGlissement(f, leaseId, d.date(), today);
        }
        return Error::validation(QString());
    };
    dialog->setCheck([this, apply](const LeaseEventDialog &d) {
        HouseholdFile copy = file();
        const Result<Id> applied = apply(copy, d);
        return applied ? QString() : applied.error().message;
    });
    const QString text = kind == Kind::Entry        ? tr("Record an entry into a dwelling")
                         : kind == Kind::Relogement ? tr("Record a relogement")
                                                    : tr("Record a glissement");
    connect(dialog, &QDialog::accepted, this, [this, dialog, apply, text] {
        Id created = 0;
        edit(text, [&](HouseholdFile &f) {
            if (const Result<Id> applied = apply(f, *dialog))
                created = *applied;
        });
        if (created != 0)
            showLease(created);
    });
    dialog->open();
}

void HousingTab::showLease(Id leaseId)
{
    m_leaseList.setCurrentId(leaseId);
    m_reviewList.setCurrentId(0);
    const Refreshing guard(this);
    selectRow(m_leases, rowOf(m_leases, leaseId));
    fillForm();
}

void HousingTab::fillLeases()
{
    const ReferenceCatalog &refs = lookups().catalog;
    const QList<Lease> leases = HousingRules::history(file());
    const QSignalBlocker blocker(m_leases); // filling chooses no row
    m_leases->setRowCount(int(leases.size()));
    for (int row = 0; row < leases.size(); ++row) {
        const Lease &l = leases.at(row);
        const Dwelling d = file().dwellings.value(l.dwellingId);
        Dwelling place = d;
        place.typology.clear();
        setCell(m_leases, row, ColumnDwelling, HousingRules::dwellingLabel(place, refs));
        setRowId(m_leases, row, l.id);
        setCell(m_leases, row, ColumnTypology, refs.label(ReferenceList::Typology, d.typology));
        setCell(m_leases, row, ColumnType, refs.label(ReferenceList::LeaseType, l.type));
        setCell(m_leases, row, ColumnStartReason,
                refs.label(ReferenceList::LeaseStartReason, l.startReason));
        setCell(m_leases, row, ColumnStart, dateText(l.startDate));
        setCell(m_leases, row, ColumnEnd,
                l.endDate.isValid() ? dateText(l.endDate) : tr("running"));
        setCell(m_leases, row, ColumnEndReason, HousingRules::endReasonLabel(l.endReason, refs));
        setRowProblems(m_leases, row,
                       HousingRules::check(file(), l, refs) + Validation::check(d, refs));
    }
    m_leases->resizeColumnsToContents();
    m_leases->horizontalHeader()->setSectionResizeMode(ColumnDwelling, QHeaderView::Stretch);
    fitRows(m_leases, 2, 8);
    // The lease shown stays the same; when it is gone, the latest lease is shown.
    const Id shown = showRecords(m_leases, m_noLease, m_leaseList.currentId());
    if (shown != m_leaseList.currentId())
        m_reviewList.setCurrentId(0);
    m_leaseList.setCurrentId(shown);
}

void HousingTab::fillForm()
{
    const Lease *lease = m_leaseList.current();
    m_details->setVisible(lease != nullptr);
    m_relogement->setEnabled(lease != nullptr);
    m_removeLease->setEnabled(lease != nullptr);
    m_glissement->setEnabled(lease && lease->type == glissant && lease->endReason != u"glissement");
    showProblems();
    if (!lease)
        return;
    m_dwellingFields.refresh();
    m_leaseList.form().refresh();
    const bool isGlissant = lease->type == glissant;
    m_glissantBox->setVisible(isGlissant);
    m_reviewsBox->setVisible(isGlissant);
    fillReviews();
}

void HousingTab::fillReviews()
{
    const ReferenceCatalog &refs = lookups().catalog;
    m_reviewList.show(
            [&refs](const LeaseReview &r) {
                return QStringList{dateText(r.date),
                                   refs.label(ReferenceList::LeaseReviewOutcome, r.outcome),
                                   firstLine(r.notes, 80)};
            },
            [this, &refs](int row, const LeaseReview &r) {
                setRowProblems(m_reviewList.table(), row, Validation::check(r, refs));
            });
    m_reviewList.table()->resizeColumnToContents(ReviewDate);
    m_reviewList.table()->resizeColumnToContents(ReviewOutcome);
    fitRows(m_reviewList.table(), 2, 6);

    const Lease *lease = m_leaseList.current();
    if (!lease) {
        m_nextReview->clear();
        return;
    }
    const QDate due = HousingRules::nextReviewDue(*lease, m_reviewList.all());
    const bool overdue = due.isValid() && due < context().today();
    m_nextReview->setText(!due.isValid()
                                  ? tr("This bail glissant has ended: no review is due any more.")
                          : overdue ? tr("Next review overdue since %1.").arg(dateText(due))
                                    : tr("Next review due on %1.").arg(dateText(due)));
    m_nextReview->setStyleSheet(overdue ? QStringLiteral("color: #b00020;") : QString());
}

void HousingTab::showProblems()
{
    const Lease *lease = m_leaseList.current();
    const ReferenceCatalog &refs = lookups().catalog;
    m_leaseList.form().showProblems(lease ? HousingRules::check(file(), *lease, refs) : Problems());
    m_dwellingFields.showProblems(
            lease ? Validation::check(file().dwellings.value(lease->dwellingId), refs)
                  : Problems());
}

void HousingTab::refresh()
{
    const Refreshing guard(this);
    fillLeases();
    fillForm();
}

} // namespace Passerelle::Ui
