#include "HousingTab.h"

#include "AppContext.h"
#include "Lookups.h"
#include "forms/RecordList.h"
#include "households/HousingRules.h"
#include "widgets/FormWidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Passerelle::Ui {

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

    auto *layout = scrollingPage(this);
    QWidget *content = layout->parentWidget();
    layout->addWidget(buildHistory());

    m_details = new QWidget(content);
    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    auto *forms = new QHBoxLayout;
    forms->addWidget(buildDwelling(), 1);
    forms->addWidget(buildLease(), 1);
    details->addLayout(forms);
    details->addWidget(buildGlissant());
    details->addWidget(buildReviews());
    layout->addWidget(m_details);
    layout->addStretch();

    // Keyboard order: the history, its buttons, the dwelling, the lease, the bail glissant,
    // its reviews.
    const QList<QWidget *> order{m_leases,      m_entry,
                                 m_relogement,  m_glissement,
                                 m_removeLease, m_dwellingReference,
                                 m_address,     m_postalCode,
                                 m_commune,     m_typology,
                                 m_rent,        m_charges,
                                 m_furnished,   m_qpv,
                                 m_type,        m_startReason,
                                 m_start,       m_end,
                                 m_endReason,   m_leaseNotes,
                                 m_subletter,   m_expectedGlissement,
                                 m_conditions,  m_reviews};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

QString HousingTab::title() const
{
    return tr("Housing && lease");
}

QWidget *HousingTab::buildHistory()
{
    auto *box = group(tr("Housing history"), this);
    auto *layout = new QVBoxLayout(box);
    m_leases = recordTable(QStringLiteral("leases"),
                           {tr("Dwelling"), tr("Typology"), tr("Lease type"), tr("Start reason"),
                            tr("Start"), tr("End"), tr("End reason")},
                           box);
    m_leases->horizontalHeader()->setSectionResizeMode(ColumnDwelling, QHeaderView::Stretch);
    m_leases->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_leases);
    m_noLease = emptyState(tr("No lease recorded yet — record the household's entry into a "
                              "dwelling with “New entry…”."),
                           box);
    m_noLease->setObjectName(QStringLiteral("noLease"));
    layout->addWidget(m_noLease);

    auto *buttons = new QHBoxLayout;
    m_entry = new QPushButton(tr("&New entry…"), box);
    m_entry->setObjectName(QStringLiteral("newEntry"));
    m_entry->setToolTip(tr("The household enters a dwelling: a new lease starts."));
    m_relogement = new QPushButton(tr("Re&logement…"), box);
    m_relogement->setObjectName(QStringLiteral("relogement"));
    m_relogement->setToolTip(tr("The chosen lease ends the day before, and a new lease starts "
                                "in another dwelling."));
    m_glissement = new QPushButton(tr("&Glissement…"), box);
    m_glissement->setObjectName(QStringLiteral("glissement"));
    m_glissement->setToolTip(tr("The chosen bail glissant ends the day before, and a bail "
                                "direct starts the same day in the same dwelling."));
    m_removeLease = new QPushButton(tr("Remove the lease"), box);
    m_removeLease->setObjectName(QStringLiteral("removeLease"));
    buttons->addWidget(m_entry);
    buttons->addWidget(m_relogement);
    buttons->addWidget(m_glissement);
    buttons->addStretch();
    buttons->addWidget(m_removeLease);
    layout->addLayout(buttons);

    // The reviews shown follow: those of another lease do not hold the review chosen.
    m_leaseList.follow(m_leases, this, [this] {
        const Refreshing guard(this);
        fillForm();
        showProblems();
    });
    connect(m_entry, &QPushButton::clicked, this,
            [this] { startEvent(LeaseEventDialog::Kind::Entry); });
    connect(m_relogement, &QPushButton::clicked, this,
            [this] { startEvent(LeaseEventDialog::Kind::Relogement); });
    connect(m_glissement, &QPushButton::clicked, this,
            [this] { startEvent(LeaseEventDialog::Kind::Glissement); });
    connect(m_removeLease, &QPushButton::clicked, this, [this] {
        const Id id = m_leaseList.currentId();
        if (id == 0)
            return;
        edit(tr("Remove a lease"), [id](HouseholdFile &f) { HousingRules::removeLease(f, id); });
    });
    return box;
}

QWidget *HousingTab::buildDwelling()
{
    const ReferenceCatalog &refs = lookups().catalog;
    auto *box = group(tr("Dwelling"), this);
    auto *form = new QFormLayout(box);
    m_dwellingReference = new QLineEdit(box);
    m_dwellingReference->setObjectName(QStringLiteral("dwelling.reference"));
    m_dwellingReference->setPlaceholderText(tr("the landlord's number, if known"));
    addRow(form, tr("Dwelling n&umber:"), m_dwellingReference, nullptr);
    m_address = new QLineEdit(box);
    m_address->setObjectName(QStringLiteral("dwelling.address"));
    auto &dwelling = m_dwellingFields;
    addRow(form, tr("&Address:"), m_address,
           dwelling.message(QStringLiteral("address"), m_address));
    m_postalCode = new QLineEdit(box);
    m_postalCode->setObjectName(QStringLiteral("dwelling.postalCode"));
    m_postalCode->setMaxLength(5);
    m_postalCode->setMaximumWidth(
            m_postalCode->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 20);
    addRow(form, tr("&Postal code:"), m_postalCode, nullptr);
    m_commune = new QLineEdit(box);
    m_commune->setObjectName(QStringLiteral("dwelling.commune"));
    addRow(form, tr("Co&mmune:"), m_commune, nullptr);
    m_typology = new CodeCombo(refs, ReferenceList::Typology, true, box);
    m_typology->setObjectName(QStringLiteral("dwelling.typology"));
    addRow(form, tr("T&ypology:"), m_typology,
           dwelling.message(QStringLiteral("typology"), m_typology));
    m_rent = new MoneyEdit(box);
    m_rent->setObjectName(QStringLiteral("dwelling.rent"));
    addRow(form, tr("Monthly &rent:"), m_rent, dwelling.message(QStringLiteral("rent"), m_rent));
    m_charges = new MoneyEdit(box);
    m_charges->setObjectName(QStringLiteral("dwelling.charges"));
    addRow(form, tr("Monthly c&harges:"), m_charges,
           dwelling.message(QStringLiteral("charges"), m_charges));
    m_furnished = new QCheckBox(tr("&Furnished"), box);
    m_furnished->setObjectName(QStringLiteral("dwelling.furnished"));
    m_qpv = new QCheckBox(tr("In a &QPV (priority neighbourhood of the city policy)"), box);
    m_qpv->setObjectName(QStringLiteral("dwelling.qpv"));
    form->addRow(QString(), m_furnished);
    form->addRow(QString(), m_qpv);

    dwelling.bind(m_dwellingReference, &Dwelling::reference, tr("Change the dwelling number"));
    dwelling.bind(m_address, &Dwelling::address, tr("Change the address"));
    dwelling.bind(m_postalCode, &Dwelling::postalCode, tr("Change the postal code"));
    dwelling.bind(m_commune, &Dwelling::commune, tr("Change the commune"));
    dwelling.bind(m_typology, &Dwelling::typology, tr("Change the typology"));
    dwelling.bind(m_rent, &Dwelling::rent, tr("Change the rent"));
    dwelling.bind(m_charges, &Dwelling::charges, tr("Change the charges"));
    dwelling.bind(m_furnished, &Dwelling::furnished,
                  tr("Change whether the dwelling is furnished"));
    dwelling.bind(m_qpv, &Dwelling::qpv, tr("Change whether the dwelling is in a QPV"));
    return box;
}

QWidget *HousingTab::buildLease()
{
    const ReferenceCatalog &refs = lookups().catalog;
    auto *box = group(tr("Lease"), this);
    auto *form = new QFormLayout(box);
    m_type = new CodeCombo(refs, ReferenceList::LeaseType, false, box);
    m_type->setObjectName(QStringLiteral("lease.type"));
    auto &lease = m_leaseList.form();
    addRow(form, tr("Lease &type:"), m_type, lease.message(QStringLiteral("type"), m_type));
    m_startReason = new CodeCombo(refs, ReferenceList::LeaseStartReason, true, box);
    m_startReason->setObjectName(QStringLiteral("lease.startReason"));
    addRow(form, tr("Start r&eason:"), m_startReason,
           lease.message(QStringLiteral("startReason"), m_startReason));
    m_start = new DateEdit(box);
    m_start->setObjectName(QStringLiteral("lease.startDate"));
    addRow(form, tr("&Start:"), m_start, lease.message(QStringLiteral("startDate"), m_start));
    m_end = new DateEdit(box);
    m_end->setObjectName(QStringLiteral("lease.endDate"));
    addRow(form, tr("En&d:"), m_end, lease.message(QStringLiteral("endDate"), m_end));
    m_endReason = new QComboBox(box);
    m_endReason->setObjectName(QStringLiteral("lease.endReason"));
    m_endReason->setEditable(true);
    m_endReason->setInsertPolicy(QComboBox::NoInsert);
    m_endReason->addItem(QString(), QString());
    for (const char *code : {"glissement", "relogement"}) {
        const QString c = QString::fromLatin1(code);
        m_endReason->addItem(HousingRules::endReasonLabel(c, refs), c);
    }
    m_endReason->lineEdit()->setPlaceholderText(tr("choose, or write the reason"));
    addRow(form, tr("End reason:"), m_endReason, nullptr);
    m_leaseNotes = new FreeTextEdit(box);
    m_leaseNotes->setObjectName(QStringLiteral("lease.notes"));
    m_leaseNotes->setMinimumHeight(70);
    m_leaseNotes->setMaximumHeight(110);
    addRow(form, tr("N&otes:"), m_leaseNotes, nullptr);

    lease.bind(m_type, &Lease::type, tr("Change the lease type"));
    lease.bind(m_startReason, &Lease::startReason, tr("Change the start reason"));
    lease.bind(m_start, &Lease::startDate, tr("Change the start of the lease"));
    lease.bind(m_end, &Lease::endDate, tr("Change the end of the lease"));
    // The end reason is chosen among the usual ones or written.
    auto commitEndReason = [this] {
        const QString text = m_endReason->currentText().trimmed();
        const int index = text.isEmpty() ? 0 : m_endReason->findText(text);
        const QString value = index > 0 ? m_endReason->itemData(index).toString() : text;
        m_leaseList.edit(tr("Change the end reason"), [value](Lease &l) { l.endReason = value; });
    };
    connect(m_endReason, &QComboBox::activated, this, commitEndReason);
    connect(m_endReason->lineEdit(), &QLineEdit::editingFinished, this, commitEndReason);
    lease.bind(m_leaseNotes, &Lease::notes, tr("Change the notes of the lease"));
    return box;
}

QWidget *HousingTab::buildGlissant()
{
    auto *box = group(tr("Bail glissant"), this);
    m_glissantBox = box;
    auto *form = new QFormLayout(box);
    m_subletter = new RecordCombo(true, box);
    m_subletter->setObjectName(QStringLiteral("lease.subletterPartnerId"));
    m_subletter->setRecords(lookups().partnerChoices());
    auto &lease = m_leaseList.form();
    addRow(form, tr("Su&b-letting association:"), m_subletter,
           lease.message(QStringLiteral("subletterPartnerId"), m_subletter));
    m_expectedGlissement = new DateEdit(box);
    m_expectedGlissement->setObjectName(QStringLiteral("lease.expectedGlissementDate"));
    addRow(form, tr("E&xpected glissement:"), m_expectedGlissement,
           lease.message(QStringLiteral("expectedGlissementDate"), m_expectedGlissement));
    m_conditions = new FreeTextEdit(box);
    m_conditions->setObjectName(QStringLiteral("lease.glissementConditions"));
    m_conditions->setMinimumHeight(70);
    m_conditions->setMaximumHeight(120);
    addRow(form, tr("Glissement &conditions:"), m_conditions, nullptr);

    lease.bind(m_subletter, &Lease::subletterPartnerId, tr("Change the sub-letting association"));
    lease.bind(m_expectedGlissement, &Lease::expectedGlissementDate,
               tr("Change the expected date of the glissement"));
    lease.bind(m_conditions, &Lease::glissementConditions,
               tr("Change the conditions of the glissement"));
    return box;
}

QWidget *HousingTab::buildReviews()
{
    auto *box = group(tr("Reviews of the bail glissant (every 6 months)"), this);
    m_reviewsBox = box;
    auto *columns = new QHBoxLayout(box);
    auto *left = new QVBoxLayout;
    m_nextReview = new QLabel(box);
    m_nextReview->setObjectName(QStringLiteral("nextReview"));
    m_nextReview->setWordWrap(true);
    QFont bold = m_nextReview->font();
    bold.setBold(true);
    m_nextReview->setFont(bold);
    left->addWidget(m_nextReview);
    m_reviews = recordTable(QStringLiteral("leaseReviews"),
                            {tr("Date"), tr("Outcome"), tr("Notes")}, box);
    left->addWidget(m_reviews);
    m_noReview = emptyState(tr("No review yet — add one after each six-monthly meeting."), box);
    left->addWidget(m_noReview);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add a re&view"), box);
    add->setObjectName(QStringLiteral("addReview"));
    m_removeReview = new QPushButton(tr("Remove the review"), box);
    m_removeReview->setObjectName(QStringLiteral("removeReview"));
    buttons->addWidget(add);
    buttons->addWidget(m_removeReview);
    buttons->addStretch();
    left->addLayout(buttons);
    columns->addLayout(left, 3);

    m_reviewForm = new QWidget(box);
    auto *form = new QFormLayout(m_reviewForm);
    form->setContentsMargins(0, 0, 0, 0);
    m_reviewDate = new DateEdit(m_reviewForm);
    m_reviewDate->setObjectName(QStringLiteral("review.date"));
    auto &review = m_reviewList.form();
    addRow(form, tr("Date of the revie&w:"), m_reviewDate,
           review.message(QStringLiteral("date"), m_reviewDate));
    m_reviewOutcome = new CodeCombo(lookups().catalog, ReferenceList::LeaseReviewOutcome, true,
                                    m_reviewForm);
    m_reviewOutcome->setObjectName(QStringLiteral("review.outcome"));
    addRow(form, tr("Outcome:"), m_reviewOutcome,
           review.message(QStringLiteral("outcome"), m_reviewOutcome));
    m_reviewNotes = new FreeTextEdit(m_reviewForm);
    m_reviewNotes->setObjectName(QStringLiteral("review.notes"));
    m_reviewNotes->setMinimumHeight(70);
    m_reviewNotes->setMaximumHeight(120);
    addRow(form, tr("Notes of the review:"), m_reviewNotes, nullptr);
    columns->addWidget(m_reviewForm, 2);
    setTabOrder(m_reviews, add);
    setTabOrder(add, m_removeReview);
    setTabOrder(m_removeReview, m_reviewDate);
    setTabOrder(m_reviewDate, m_reviewOutcome);
    setTabOrder(m_reviewOutcome, m_reviewNotes);

    m_reviewList.follow(m_reviews, this, [this] {
        const Refreshing guard(this);
        fillReviews();
    });
    connect(add, &QPushButton::clicked, this, [this] {
        const Id leaseId = m_leaseList.currentId();
        if (leaseId == 0)
            return;
        const Id id = file().nextTemporaryId();
        const QDate today = context().today();
        m_reviewList.setCurrentId(id);
        edit(tr("Add a review of the bail glissant"), [leaseId, id, today](HouseholdFile &f) {
            LeaseReview r;
            r.id = id;
            r.leaseId = leaseId;
            r.date = today;
            f.reviews[leaseId].append(r);
        });
        m_reviewDate->setFocus();
    });
    connect(m_removeReview, &QPushButton::clicked, this, [this] {
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
    review.bind(m_reviewDate, &LeaseReview::date, tr("Change the date of the review"));
    review.bind(m_reviewOutcome, &LeaseReview::outcome, tr("Change the outcome of the review"));
    review.bind(m_reviewNotes, &LeaseReview::notes, tr("Change the notes of the review"));
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
    dialog->setLeaseType(kind == Kind::Relogement ? lease->type : QStringLiteral("bail_direct"));

    // The same rule checks the dialog's answer on a copy, then applies it to the file.
    auto apply = [kind, leaseId](HouseholdFile &f, const LeaseEventDialog &d) -> Result<Id> {
        switch (kind) {
        case Kind::Entry:
            return HousingRules::recordEntry(f, d.dwelling(), d.leaseType(), d.date());
        case Kind::Relogement:
            return HousingRules::recordRelogement(f, leaseId, d.dwelling(), d.leaseType(),
                                                  d.date());
        case Kind::Glissement:
            return HousingRules::recordGlissement(f, leaseId, d.date());
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
    showProblems();
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
    if (!lease)
        return;
    m_dwellingFields.refresh();
    m_leaseList.form().refresh();
    {
        const QSignalBlocker blocker(m_endReason);
        const int index = lease->endReason.isEmpty() ? 0 : m_endReason->findData(lease->endReason);
        m_endReason->setCurrentIndex(std::max(0, index));
        if (index < 0)
            m_endReason->setEditText(lease->endReason);
    }
    const bool isGlissant = lease->type == glissant;
    m_glissantBox->setVisible(isGlissant);
    m_reviewsBox->setVisible(isGlissant);
    fillReviews();
}

void HousingTab::fillReviews()
{
    const Lease *lease = m_leaseList.current();
    const QList<LeaseReview> reviews
            = lease ? file().reviews.value(lease->id) : QList<LeaseReview>();
    const ReferenceCatalog &refs = lookups().catalog;
    const QSignalBlocker blocker(m_reviews); // filling chooses no row
    m_reviews->setRowCount(int(reviews.size()));
    for (int row = 0; row < reviews.size(); ++row) {
        const LeaseReview &r = reviews.at(row);
        setCell(m_reviews, row, ReviewDate, dateText(r.date));
        setRowId(m_reviews, row, r.id);
        setCell(m_reviews, row, ReviewOutcome,
                refs.label(ReferenceList::LeaseReviewOutcome, r.outcome));
        setCell(m_reviews, row, ReviewNotes, firstLine(r.notes, 80));
        const Problems problems = Validation::check(r, refs);
        setRowProblems(m_reviews, row, problems);
    }
    m_reviews->resizeColumnToContents(ReviewDate);
    m_reviews->resizeColumnToContents(ReviewOutcome);
    fitRows(m_reviews, 2, 6);
    m_reviewList.setCurrentId(showRecords(m_reviews, m_noReview, m_reviewList.currentId()));

    const bool review = m_reviewList.current() != nullptr;
    m_reviewForm->setVisible(review);
    m_removeReview->setEnabled(review);
    m_reviewList.form().refresh();

    if (!lease) {
        m_nextReview->clear();
        return;
    }
    const QDate due = HousingRules::nextReviewDue(*lease, reviews);
    if (!due.isValid()) {
        m_nextReview->setText(tr("This bail glissant has ended: no review is due any more."));
        m_nextReview->setStyleSheet(QString());
    } else if (due < context().today()) {
        m_nextReview->setText(tr("Next review overdue since %1.").arg(dateText(due)));
        m_nextReview->setStyleSheet(QStringLiteral("color: #b00020;"));
    } else {
        m_nextReview->setText(tr("Next review due on %1.").arg(dateText(due)));
        m_nextReview->setStyleSheet(QString());
    }
}

void HousingTab::showProblems()
{
    const Lease *lease = m_leaseList.current();
    const ReferenceCatalog &refs = lookups().catalog;
    m_leaseList.form().showProblems(lease ? HousingRules::check(file(), *lease, refs) : Problems());
    m_dwellingFields.showProblems(
            lease ? Validation::check(file().dwellings.value(lease->dwellingId), refs)
                  : Problems());
    const LeaseReview *review = lease ? m_reviewList.current() : nullptr;
    m_reviewList.form().showProblems(review ? Validation::check(*review, refs) : Problems());
}

void HousingTab::refresh()
{
    const Refreshing guard(this);
    fillLeases();
    fillForm();
    showProblems();
}

} // namespace Passerelle::Ui
