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

} // namespace

HousingTab::HousingTab(HouseholdDocument &document, AppContext &context, const Lookups &lookups,
                       QWidget *parent)
    : HouseholdTab(document, context, lookups, parent)
{
    setObjectName(QStringLiteral("housing"));
    m_leaseMessages.setPrefix(QStringLiteral("lease."));
    m_leaseMessages.setFallback(QStringLiteral("startDate"));
    m_dwellingMessages.setPrefix(QStringLiteral("dwelling."));
    m_dwellingMessages.setFallback(QStringLiteral("address"));
    m_reviewMessages.setPrefix(QStringLiteral("review."));
    m_reviewMessages.setFallback(QStringLiteral("date"));

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

    connect(m_leases, &QTableWidget::currentCellChanged, this, [this](int row) {
        const Id id = rowId(m_leases, row);
        if (id != 0 && id != m_leaseId)
            showLease(id);
    });
    connect(m_entry, &QPushButton::clicked, this,
            [this] { startEvent(LeaseEventDialog::Kind::Entry); });
    connect(m_relogement, &QPushButton::clicked, this,
            [this] { startEvent(LeaseEventDialog::Kind::Relogement); });
    connect(m_glissement, &QPushButton::clicked, this,
            [this] { startEvent(LeaseEventDialog::Kind::Glissement); });
    connect(m_removeLease, &QPushButton::clicked, this, [this] {
        const Id id = m_leaseId;
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
    addRow(form, tr("&Address:"), m_address,
           m_dwellingMessages.add(QStringLiteral("address"), box));
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
           m_dwellingMessages.add(QStringLiteral("typology"), box));
    m_rent = new MoneyEdit(box);
    m_rent->setObjectName(QStringLiteral("dwelling.rent"));
    addRow(form, tr("Monthly &rent:"), m_rent, m_dwellingMessages.add(QStringLiteral("rent"), box));
    m_charges = new MoneyEdit(box);
    m_charges->setObjectName(QStringLiteral("dwelling.charges"));
    addRow(form, tr("Monthly c&harges:"), m_charges,
           m_dwellingMessages.add(QStringLiteral("charges"), box));
    m_furnished = new QCheckBox(tr("&Furnished"), box);
    m_furnished->setObjectName(QStringLiteral("dwelling.furnished"));
    m_qpv = new QCheckBox(tr("In a &QPV (priority neighbourhood of the city policy)"), box);
    m_qpv->setObjectName(QStringLiteral("dwelling.qpv"));
    form->addRow(QString(), m_furnished);
    form->addRow(QString(), m_qpv);

    connect(m_dwellingReference, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_dwellingReference->text().trimmed();
        editDwelling(tr("Change the dwelling number"), [text](Dwelling &d) { d.reference = text; });
    });
    connect(m_address, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_address->text().trimmed();
        editDwelling(tr("Change the address"), [text](Dwelling &d) { d.address = text; });
    });
    connect(m_postalCode, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_postalCode->text().trimmed();
        editDwelling(tr("Change the postal code"), [text](Dwelling &d) { d.postalCode = text; });
    });
    connect(m_commune, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_commune->text().trimmed();
        editDwelling(tr("Change the commune"), [text](Dwelling &d) { d.commune = text; });
    });
    connect(m_typology, &CodeCombo::codeEdited, this, [this](const QString &code) {
        editDwelling(tr("Change the typology"), [code](Dwelling &d) { d.typology = code; });
    });
    connect(m_rent, &MoneyEdit::centsEdited, this, [this](std::optional<Cents> cents) {
        editDwelling(tr("Change the rent"), [cents](Dwelling &d) { d.rent = cents; });
    });
    connect(m_charges, &MoneyEdit::centsEdited, this, [this](std::optional<Cents> cents) {
        editDwelling(tr("Change the charges"), [cents](Dwelling &d) { d.charges = cents; });
    });
    connect(m_furnished, &QCheckBox::clicked, this, [this](bool on) {
        editDwelling(tr("Change whether the dwelling is furnished"),
                     [on](Dwelling &d) { d.furnished = on; });
    });
    connect(m_qpv, &QCheckBox::clicked, this, [this](bool on) {
        editDwelling(tr("Change whether the dwelling is in a QPV"),
                     [on](Dwelling &d) { d.qpv = on; });
    });
    return box;
}

QWidget *HousingTab::buildLease()
{
    const ReferenceCatalog &refs = lookups().catalog;
    auto *box = group(tr("Lease"), this);
    auto *form = new QFormLayout(box);
    m_type = new CodeCombo(refs, ReferenceList::LeaseType, false, box);
    m_type->setObjectName(QStringLiteral("lease.type"));
    addRow(form, tr("Lease &type:"), m_type, m_leaseMessages.add(QStringLiteral("type"), box));
    m_startReason = new CodeCombo(refs, ReferenceList::LeaseStartReason, true, box);
    m_startReason->setObjectName(QStringLiteral("lease.startReason"));
    addRow(form, tr("Start r&eason:"), m_startReason,
           m_leaseMessages.add(QStringLiteral("startReason"), box));
    m_start = new DateEdit(box);
    m_start->setObjectName(QStringLiteral("lease.startDate"));
    addRow(form, tr("&Start:"), m_start, m_leaseMessages.add(QStringLiteral("startDate"), box));
    m_end = new DateEdit(box);
    m_end->setObjectName(QStringLiteral("lease.endDate"));
    addRow(form, tr("En&d:"), m_end, m_leaseMessages.add(QStringLiteral("endDate"), box));
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

    connect(m_type, &CodeCombo::codeEdited, this, [this](const QString &code) {
        editLease(tr("Change the lease type"), [code](Lease &l) { l.type = code; });
    });
    connect(m_startReason, &CodeCombo::codeEdited, this, [this](const QString &code) {
        editLease(tr("Change the start reason"), [code](Lease &l) { l.startReason = code; });
    });
    connect(m_start, &DateEdit::dateEdited, this, [this](const QDate &date) {
        editLease(tr("Change the start of the lease"), [date](Lease &l) { l.startDate = date; });
    });
    connect(m_end, &DateEdit::dateEdited, this, [this](const QDate &date) {
        editLease(tr("Change the end of the lease"), [date](Lease &l) { l.endDate = date; });
    });
    auto commitEndReason = [this] {
        const QString text = m_endReason->currentText().trimmed();
        const int index = text.isEmpty() ? 0 : m_endReason->findText(text);
        const QString value = index > 0 ? m_endReason->itemData(index).toString() : text;
        editLease(tr("Change the end reason"), [value](Lease &l) { l.endReason = value; });
    };
    connect(m_endReason, &QComboBox::activated, this, commitEndReason);
    connect(m_endReason->lineEdit(), &QLineEdit::editingFinished, this, commitEndReason);
    connect(m_leaseNotes, &FreeTextEdit::textEdited, this, [this](const QString &text) {
        editLease(tr("Change the notes of the lease"), [text](Lease &l) { l.notes = text; });
    });
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
    addRow(form, tr("Su&b-letting association:"), m_subletter,
           m_leaseMessages.add(QStringLiteral("subletterPartnerId"), box));
    m_expectedGlissement = new DateEdit(box);
    m_expectedGlissement->setObjectName(QStringLiteral("lease.expectedGlissementDate"));
    addRow(form, tr("E&xpected glissement:"), m_expectedGlissement,
           m_leaseMessages.add(QStringLiteral("expectedGlissementDate"), box));
    m_conditions = new FreeTextEdit(box);
    m_conditions->setObjectName(QStringLiteral("lease.glissementConditions"));
    m_conditions->setMinimumHeight(70);
    m_conditions->setMaximumHeight(120);
    addRow(form, tr("Glissement &conditions:"), m_conditions, nullptr);

    connect(m_subletter, &RecordCombo::idEdited, this, [this](Id id) {
        editLease(tr("Change the sub-letting association"),
                  [id](Lease &l) { l.subletterPartnerId = id; });
    });
    connect(m_expectedGlissement, &DateEdit::dateEdited, this, [this](const QDate &date) {
        editLease(tr("Change the expected date of the glissement"),
                  [date](Lease &l) { l.expectedGlissementDate = date; });
    });
    connect(m_conditions, &FreeTextEdit::textEdited, this, [this](const QString &text) {
        editLease(tr("Change the conditions of the glissement"),
                  [text](Lease &l) { l.glissementConditions = text; });
    });
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
    addRow(form, tr("Date of the revie&w:"), m_reviewDate,
           m_reviewMessages.add(QStringLiteral("date"), m_reviewForm));
    m_reviewOutcome = new CodeCombo(lookups().catalog, ReferenceList::LeaseReviewOutcome, true,
                                    m_reviewForm);
    m_reviewOutcome->setObjectName(QStringLiteral("review.outcome"));
    addRow(form, tr("Outcome:"), m_reviewOutcome,
           m_reviewMessages.add(QStringLiteral("outcome"), m_reviewForm));
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

    connect(m_reviews, &QTableWidget::currentCellChanged, this, [this](int row) {
        const Id id = rowId(m_reviews, row);
        if (id != 0 && id != m_reviewId) {
            m_reviewId = id;
            const Refreshing guard(this);
            fillReviews();
        }
    });
    connect(add, &QPushButton::clicked, this, [this] {
        const Id leaseId = m_leaseId;
        if (leaseId == 0)
            return;
        const Id id = file().nextTemporaryId();
        const QDate today = context().today();
        m_reviewId = id;
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
        const Id leaseId = m_leaseId;
        const Id id = m_reviewId;
        edit(tr("Remove a review of the bail glissant"), [leaseId, id](HouseholdFile &f) {
            auto it = f.reviews.find(leaseId);
            if (it == f.reviews.end())
                return;
            it->removeIf([id](const LeaseReview &r) { return r.id == id; });
            if (it->isEmpty())
                f.reviews.erase(it);
        });
    });
    connect(m_reviewDate, &DateEdit::dateEdited, this, [this](const QDate &date) {
        editReview(tr("Change the date of the review"), [date](LeaseReview &r) { r.date = date; });
    });
    connect(m_reviewOutcome, &CodeCombo::codeEdited, this, [this](const QString &code) {
        editReview(tr("Change the outcome of the review"),
                   [code](LeaseReview &r) { r.outcome = code; });
    });
    connect(m_reviewNotes, &FreeTextEdit::textEdited, this, [this](const QString &text) {
        editReview(tr("Change the notes of the review"),
                   [text](LeaseReview &r) { r.notes = text; });
    });
    return box;
}

const Lease *HousingTab::currentLease() const
{
    return HousingRules::lease(file(), m_leaseId);
}

const LeaseReview *HousingTab::currentReview() const
{
    const auto it = file().reviews.constFind(m_leaseId);
    if (it == file().reviews.cend())
        return nullptr;
    for (const LeaseReview &r : *it) {
        if (r.id == m_reviewId)
            return &r;
    }
    return nullptr;
}

void HousingTab::editLease(const QString &text, const std::function<void(Lease &)> &change)
{
    const Id id = m_leaseId;
    if (id == 0)
        return;
    edit(text, [id, change](HouseholdFile &f) {
        for (Lease &l : f.leases) {
            if (l.id == id)
                change(l);
        }
    });
}

void HousingTab::editDwelling(const QString &text, const std::function<void(Dwelling &)> &change)
{
    const Lease *lease = currentLease();
    if (!lease)
        return;
    const Id id = lease->dwellingId;
    edit(text, [id, change](HouseholdFile &f) {
        auto it = f.dwellings.find(id);
        if (it != f.dwellings.end())
            change(*it);
    });
}

void HousingTab::editReview(const QString &text, const std::function<void(LeaseReview &)> &change)
{
    const Id leaseId = m_leaseId;
    const Id id = m_reviewId;
    if (!currentReview())
        return;
    edit(text, [leaseId, id, change](HouseholdFile &f) {
        auto it = f.reviews.find(leaseId);
        if (it == f.reviews.end())
            return;
        for (LeaseReview &r : *it) {
            if (r.id == id)
                change(r);
        }
    });
}

void HousingTab::startEvent(LeaseEventDialog::Kind kind)
{
    using Kind = LeaseEventDialog::Kind;
    const Lease *lease = currentLease();
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
    m_leaseId = leaseId;
    m_reviewId = 0;
    const Refreshing guard(this);
    selectRow(m_leases, rowOf(m_leases, leaseId));
    fillForm();
    showProblems();
}

void HousingTab::fillLeases()
{
    const ReferenceCatalog &refs = lookups().catalog;
    const QList<Lease> leases = HousingRules::history(file());
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
    const Id shown = showRecords(m_leases, m_noLease, m_leaseId);
    if (shown != m_leaseId)
        m_reviewId = 0;
    m_leaseId = shown;
}

void HousingTab::fillForm()
{
    const Lease *lease = currentLease();
    m_details->setVisible(lease != nullptr);
    m_relogement->setEnabled(lease != nullptr);
    m_removeLease->setEnabled(lease != nullptr);
    m_glissement->setEnabled(lease && lease->type == glissant && lease->endReason != u"glissement");
    if (!lease)
        return;
    const Dwelling d = file().dwellings.value(lease->dwellingId);
    m_dwellingReference->setText(d.reference);
    m_address->setText(d.address);
    m_postalCode->setText(d.postalCode);
    m_commune->setText(d.commune);
    m_typology->setCode(d.typology);
    m_rent->setCents(d.rent);
    m_charges->setCents(d.charges);
    m_furnished->setChecked(d.furnished);
    m_qpv->setChecked(d.qpv);

    m_type->setCode(lease->type);
    m_startReason->setCode(lease->startReason);
    m_start->setDate(lease->startDate);
    m_end->setDate(lease->endDate);
    {
        const QSignalBlocker blocker(m_endReason);
        const int index = lease->endReason.isEmpty() ? 0 : m_endReason->findData(lease->endReason);
        m_endReason->setCurrentIndex(std::max(0, index));
        if (index < 0)
            m_endReason->setEditText(lease->endReason);
    }
    m_leaseNotes->setText(lease->notes);

    const bool isGlissant = lease->type == glissant;
    m_glissantBox->setVisible(isGlissant);
    m_reviewsBox->setVisible(isGlissant);
    m_subletter->setId(lease->subletterPartnerId);
    m_expectedGlissement->setDate(lease->expectedGlissementDate);
    m_conditions->setText(lease->glissementConditions);
    fillReviews();
}

void HousingTab::fillReviews()
{
    const Lease *lease = currentLease();
    const QList<LeaseReview> reviews
            = lease ? file().reviews.value(lease->id) : QList<LeaseReview>();
    const ReferenceCatalog &refs = lookups().catalog;
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
    m_reviewId = showRecords(m_reviews, m_noReview, m_reviewId);

    const LeaseReview *review = currentReview();
    m_reviewForm->setVisible(review != nullptr);
    m_removeReview->setEnabled(review != nullptr);
    m_reviewDate->setDate(review ? review->date : QDate());
    m_reviewOutcome->setCode(review ? review->outcome : QString());
    m_reviewNotes->setText(review ? review->notes : QString());

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
    const Lease *lease = currentLease();
    if (!lease) {
        m_leaseMessages.clear();
        m_dwellingMessages.clear();
        m_reviewMessages.clear();
        return;
    }
    const ReferenceCatalog &refs = lookups().catalog;
    m_leaseMessages.show(HousingRules::check(file(), *lease, refs));
    m_dwellingMessages.show(Validation::check(file().dwellings.value(lease->dwellingId), refs));
    const LeaseReview *review = currentReview();
    m_reviewMessages.show(review ? Validation::check(*review, refs) : Problems());
}

void HousingTab::refresh()
{
    const Refreshing guard(this);
    fillLeases();
    fillForm();
    showProblems();
}

} // namespace Passerelle::Ui
