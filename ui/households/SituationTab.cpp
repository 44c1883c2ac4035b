#include "SituationTab.h"

#include "AppContext.h"
#include "Lookups.h"
#include "TabForms.h"
#include "domain/Consent.h"
#include "domain/Validation.h"
#include "widgets/FormWidgets.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Passerelle::Ui {

namespace {

enum MemberColumn { MemberLastName, MemberFirstName, MemberBirth, MemberRole, MemberSigns };
enum ReferralColumn {
    ReferralAction,
    ReferralDate,
    ReferralPartner,
    ReferralReferrer,
    ReferralReason,
    ReferralOutcome,
    ReferralOutcomeDate
};
enum SupportColumn {
    SupportAction,
    SupportKind,
    SupportPartner,
    SupportReferent,
    SupportStart,
    SupportIntensity
};

QGroupBox *group(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    return box;
}

} // namespace

SituationTab::SituationTab(HouseholdDocument &document, AppContext &context,
                           const Lookups &lookups, QWidget *parent)
    : HouseholdTab(document, context, lookups, parent)
{
    setObjectName(QStringLiteral("situation"));
    auto *page = TabForms::scrollingPage(this);
    QWidget *content = page->parentWidget();
    auto *columns = new QHBoxLayout;
    page->addLayout(columns);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    left->addWidget(buildIdentity());
    left->addStretch();
    right->addWidget(buildMembers());
    right->addWidget(buildSupports());
    auto *notesBox = group(tr("Notes shared with the association"), content);
    notesBox->setToolTip(tr("The partner association's referent reads these notes."));
    auto *notesLayout = new QVBoxLayout(notesBox);
    m_notes = new FreeTextEdit(notesBox);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setMinimumHeight(90);
    notesLayout->addWidget(m_notes);
    right->addWidget(notesBox);
    // The landlord's own notes: never shown to a partner referent (core leaves them out).
    auto *internalBox = group(tr("Notes internal to the landlord"), content);
    internalBox->setObjectName(QStringLiteral("internalNotesBox"));
    internalBox->setToolTip(tr("Never shown to the partner association."));
    auto *internalLayout = new QVBoxLayout(internalBox);
    m_internalNotes = new FreeTextEdit(internalBox);
    m_internalNotes->setObjectName(QStringLiteral("internalNotes"));
    m_internalNotes->setMinimumHeight(90);
    internalLayout->addWidget(m_internalNotes);
    right->addWidget(internalBox);
    internalBox->setVisible(context.scope().may(Permission::ReadInternalNotes));
    page->addWidget(buildReferrals());

    connect(m_notes, &FreeTextEdit::textEdited, this, [this](const QString &text) {
        edit(tr("Edit the notes"), [text](HouseholdFile &f) { f.household.notes = text; });
    });
    connect(m_internalNotes, &FreeTextEdit::textEdited, this, [this](const QString &text) {
        edit(tr("Edit the internal notes"),
             [text](HouseholdFile &f) { f.household.internalNotes = text; });
    });
}

QString SituationTab::title() const
{
    return tr("Situation");
}

QWidget *SituationTab::buildIdentity()
{
    const ReferenceCatalog &refs = lookups().catalog;
    auto *box = group(tr("Household"), this);
    auto *form = new QFormLayout(box);
    auto addRow = [&](const QString &label, QWidget *field, const QString &name) {
        field->setObjectName(name);
        auto *cell = new QWidget(box);
        auto *v = new QVBoxLayout(cell);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(1);
        v->addWidget(field);
        v->addWidget(m_messages.add(name, this));
        form->addRow(label, cell);
    };

    m_reference = new QLineEdit(box);
    addRow(tr("&Reference:"), m_reference, QStringLiteral("reference"));
    m_agency = new RecordCombo(false, box);
    m_agency->setRecords(lookups().agencyChoices());
    addRow(tr("A&gency:"), m_agency, QStringLiteral("agencyId"));
    m_cesf = new RecordCombo(true, box);
    addRow(tr("&CESF referent:"), m_cesf, QStringLiteral("cesfUserId"));
    m_phone = new QLineEdit(box);
    addRow(tr("&Phone:"), m_phone, QStringLiteral("phone"));
    m_email = new QLineEdit(box);
    addRow(tr("E&mail:"), m_email, QStringLiteral("email"));
    m_consent = new DateEdit(box);
    addRow(tr("Consent to data &processing:"), m_consent, QStringLiteral("consentDate"));
    {
        // What the household was told when it consented (RGPD, articles 13 and 14).
        auto *explained = new QWidget(box);
        explained->setObjectName(QStringLiteral("consentInformation"));
        auto *v = new QVBoxLayout(explained);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(0);
        for (const QString &code : Consent::codes()) {
            auto *check = new QCheckBox(Consent::label(code), explained);
            check->setObjectName(code);
            v->addWidget(check);
            m_consentInformation << check;
            connect(check, &QCheckBox::clicked, this, [this] {
                QStringList codes;
                for (const QCheckBox *c : std::as_const(m_consentInformation)) {
                    if (c->isChecked())
                        codes << c->objectName();
                }
                edit(tr("Change what was explained at consent"),
                     [codes](HouseholdFile &f) { f.household.consentInformation = codes; });
            });
        }
        addRow(tr("Explained at consent:"), explained, QStringLiteral("consentInformation"));
    }
    m_composition = new CodeCombo(refs, ReferenceList::Composition, true, box);
    addRow(tr("C&omposition:"), m_composition, QStringLiteral("composition"));
    m_publics = new CodeChecklist(refs, ReferenceList::Public, box);
    m_publics->setMinimumHeight(150);
    addRow(tr("P&ublics:"), m_publics, QStringLiteral("publics"));
    m_prior = new CodeCombo(refs, ReferenceList::PriorSituation, true, box);
    addRow(tr("Situation &before entry:"), m_prior, QStringLiteral("priorSituation"));
    m_resources = new MoneyEdit(box);
    addRow(tr("Monthly &income:"), m_resources, QStringLiteral("monthlyResources"));
    m_mainSource = new CodeCombo(refs, ReferenceList::ResourceSource, true, box);
    addRow(tr("Main &source of income:"), m_mainSource, QStringLiteral("mainResourceSource"));
    m_sources = new CodeChecklist(refs, ReferenceList::ResourceSource, box);
    m_sources->setMinimumHeight(110);
    addRow(tr("All sources of income:"), m_sources, QStringLiteral("resourceSources"));

    connect(m_reference, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_reference->text().trimmed();
        edit(tr("Change the reference"), [text](HouseholdFile &f) { f.household.reference = text; });
    });
    connect(m_agency, &RecordCombo::idEdited, this, [this](Id id) {
        edit(tr("Change the agency"), [id](HouseholdFile &f) { f.household.agencyId = id; });
    });
    connect(m_cesf, &RecordCombo::idEdited, this, [this](Id id) {
        edit(tr("Change the CESF referent"), [id](HouseholdFile &f) { f.household.cesfUserId = id; });
    });
    connect(m_phone, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_phone->text().trimmed();
        edit(tr("Change the phone"), [text](HouseholdFile &f) { f.household.phone = text; });
    });
    connect(m_email, &QLineEdit::editingFinished, this, [this] {
        const QString text = m_email->text().trimmed();
        edit(tr("Change the email"), [text](HouseholdFile &f) { f.household.email = text; });
    });
    connect(m_consent, &DateEdit::dateEdited, this, [this](const QDate &date) {
        edit(tr("Change the date of consent"),
             [date](HouseholdFile &f) { f.household.consentDate = date; });
    });
    connect(m_composition, &CodeCombo::codeEdited, this, [this](const QString &code) {
        edit(tr("Change the composition"), [code](HouseholdFile &f) { f.household.composition = code; });
    });
    connect(m_publics, &CodeChecklist::codesEdited, this, [this](const QStringList &codes) {
        edit(tr("Change the publics"), [codes](HouseholdFile &f) { f.household.publics = codes; });
    });
    connect(m_prior, &CodeCombo::codeEdited, this, [this](const QString &code) {
        edit(tr("Change the situation before entry"),
             [code](HouseholdFile &f) { f.household.priorSituation = code; });
    });
    connect(m_resources, &MoneyEdit::centsEdited, this, [this](std::optional<Cents> cents) {
        edit(tr("Change the monthly income"), [cents](HouseholdFile &f) {
            f.household.monthlyResources = cents.value_or(0);
            f.household.resourcesKnown = cents.has_value();
        });
    });
    connect(m_mainSource, &CodeCombo::codeEdited, this, [this](const QString &code) {
        edit(tr("Change the main source of income"), [code](HouseholdFile &f) {
            f.household.mainResourceSource = code;
            if (!code.isEmpty() && !f.household.resourceSources.contains(code)) {
                f.household.resourceSources << code;
                std::sort(f.household.resourceSources.begin(), f.household.resourceSources.end());
            }
        });
    });
    connect(m_sources, &CodeChecklist::codesEdited, this, [this](const QStringList &codes) {
        edit(tr("Change the sources of income"),
             [codes](HouseholdFile &f) { f.household.resourceSources = codes; });
    });
    return box;
}

QWidget *SituationTab::buildMembers()
{
    auto *box = group(tr("Members"), this);
    auto *layout = new QVBoxLayout(box);
    m_members = new QTableWidget(0, 5, box);
    m_members->setObjectName(QStringLiteral("members"));
    m_members->setHorizontalHeaderLabels(
        {tr("Last name"), tr("First name"), tr("Birth date"), tr("Role"), tr("Signs")});
    // The names share the room left by the dates, roles and signatures, which keep their width.
    m_members->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (const int column : {MemberBirth, MemberRole, MemberSigns})
        m_members->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_members->verticalHeader()->hide();
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setMinimumHeight(150);
    layout->addWidget(m_members);
    layout->addWidget(m_messages.add(QStringLiteral("members"), this));
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add a member"), box);
    add->setObjectName(QStringLiteral("addMember"));
    auto *remove = new QPushButton(tr("Remove"), box);
    remove->setObjectName(QStringLiteral("removeMember"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        edit(tr("Add a member"), [](HouseholdFile &f) {
            Member m;
            m.id = f.nextTemporaryId();
            m.lastName = f.household.mainMember() ? f.household.mainMember()->lastName : QString();
            m.role = f.household.members.isEmpty() ? QStringLiteral("titulaire")
                                                   : QStringLiteral("enfant");
            f.household.members << m;
        });
        m_members->setCurrentCell(m_members->rowCount() - 1, MemberFirstName);
        m_members->editItem(m_members->currentItem());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_members->currentRow();
        if (row < 0)
            return;
        edit(tr("Remove a member"), [row](HouseholdFile &f) {
            if (row < f.household.members.size())
                f.household.members.removeAt(row);
        });
    });
    connect(m_members, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        const int row = item->row();
        const QString text = item->text().trimmed();
        switch (item->column()) {
        case MemberLastName:
            editMember(row, [text](Member &m) { m.lastName = text; }, tr("Change a last name"));
            break;
        case MemberFirstName:
            editMember(row, [text](Member &m) { m.firstName = text; }, tr("Change a first name"));
            break;
        case MemberBirth: {
            QDate date = QDate::fromString(text, QStringLiteral("dd/MM/yyyy"));
            if (!date.isValid())
                date = QDate::fromString(text, QStringLiteral("d/M/yyyy"));
            if (!text.isEmpty() && !date.isValid()) {
                m_messages.message(QStringLiteral("members"))
                        ->setMessage(tr("“%1” is not a date: write it dd/mm/yyyy.").arg(text));
                return;
            }
            editMember(row, [date](Member &m) { m.birthDate = date; }, tr("Change a birth date"));
            break;
        }
        case MemberSigns: {
            const bool signs = item->checkState() == Qt::Checked;
            editMember(row, [signs](Member &m) { m.signsContract = signs; },
                       tr("Change who signs the contract"));
            break;
        }
        default:
            break;
        }
    });
    return box;
}

void SituationTab::editMember(int row, const std::function<void(Member &)> &change,
                              const QString &text)
{
    edit(text, [row, change](HouseholdFile &f) {
        if (row >= 0 && row < f.household.members.size())
            change(f.household.members[row]);
    });
}

QWidget *SituationTab::buildSupports()
{
    auto *box = group(tr("Supports (one per action)"), this);
    auto *layout = new QVBoxLayout(box);
    m_supports = new QTableWidget(0, 6, box);
    m_supports->setObjectName(QStringLiteral("supports"));
    m_supports->setHorizontalHeaderLabels({tr("Action"), tr("Household kind"), tr("Association"),
                                           tr("Association's referent"), tr("Start of support"),
                                           tr("Intensity")});
    m_supports->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_supports->horizontalHeader()->setStretchLastSection(true);
    m_supports->verticalHeader()->hide();
    m_supports->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_supports->setMinimumHeight(110);
    layout->addWidget(m_supports);
    layout->addWidget(m_messages.add(QStringLiteral("supports"), this));
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add a support"), box);
    add->setObjectName(QStringLiteral("addSupport"));
    auto *remove = new QPushButton(tr("Remove"), box);
    remove->setObjectName(QStringLiteral("removeSupport"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        edit(tr("Add a support"), [this](HouseholdFile &f) {
            Support s;
            s.id = f.nextTemporaryId();
            for (const Action &a : lookups().actions) {
                if (!f.support(a.id)) {
                    s.actionId = a.id;
                    break;
                }
            }
            s.householdKind = QStringLiteral("nouvel_entrant");
            f.supports << s;
        });
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_supports->currentRow();
        if (row < 0)
            return;
        edit(tr("Remove a support"), [row](HouseholdFile &f) {
            if (row < f.supports.size())
                f.supports.removeAt(row);
        });
    });
    connect(m_supports, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() != SupportReferent)
            return;
        const QString text = item->text().trimmed();
        editSupport(item->row(), [text](Support &s) { s.partnerReferent = text; },
                    tr("Change the association's referent"));
    });
    return box;
}

QWidget *SituationTab::buildReferrals()
{
    auto *box = group(tr("Referrals"), this);
    auto *layout = new QVBoxLayout(box);
    m_referrals = new QTableWidget(0, 7, box);
    m_referrals->setObjectName(QStringLiteral("referrals"));
    m_referrals->setHorizontalHeaderLabels({tr("Action"), tr("Date"), tr("Referred by"),
                                            tr("Referrer"), tr("Reason"), tr("Outcome"),
                                            tr("Outcome on")});
    m_referrals->horizontalHeader()->setStretchLastSection(false);
    m_referrals->verticalHeader()->hide();
    m_referrals->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_referrals->setMinimumHeight(90);
    m_referrals->setToolTip(tr("Who referred the household, why, and what became of the "
                               "referral (accepted, refused...): the year-end review counts "
                               "the outcomes."));
    layout->addWidget(m_referrals);
    layout->addWidget(m_messages.add(QStringLiteral("referrals"), this));
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add a referral"), box);
    add->setObjectName(QStringLiteral("addReferral"));
    auto *remove = new QPushButton(tr("Remove"), box);
    remove->setObjectName(QStringLiteral("removeReferral"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const QDate today = context().today();
        edit(tr("Add a referral"), [today](HouseholdFile &f) {
            Referral r;
            r.id = f.nextTemporaryId();
            r.date = today;
            r.outcome = QStringLiteral("en_cours");
            if (!f.supports.isEmpty())
                r.actionId = f.supports.first().actionId;
            f.referrals << r;
        });
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_referrals->currentRow();
        if (row < 0)
            return;
        edit(tr("Remove a referral"), [row](HouseholdFile &f) {
            if (row < f.referrals.size())
                f.referrals.removeAt(row);
        });
    });
    connect(m_referrals, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        const QString text = item->text().trimmed();
        if (item->column() == ReferralReferrer) {
            editReferral(item->row(), [text](Referral &r) { r.referrerName = text; },
                         tr("Change who referred"));
        } else if (item->column() == ReferralReason) {
            editReferral(item->row(), [text](Referral &r) { r.reason = text; },
                         tr("Change the reason of the referral"));
        }
    });
    return box;
}

void SituationTab::editReferral(int row, const std::function<void(Referral &)> &change,
                                const QString &text)
{
    edit(text, [row, change](HouseholdFile &f) {
        if (row >= 0 && row < f.referrals.size())
            change(f.referrals[row]);
    });
}

void SituationTab::fillReferrals()
{
    const QList<Referral> &referrals = file().referrals;
    const QSignalBlocker blocker(m_referrals);
    m_referrals->setRowCount(int(referrals.size()));
    for (int row = 0; row < referrals.size(); ++row) {
        const Referral &r = referrals[row];
        auto *action = new RecordCombo(false, m_referrals);
        action->setRecords(lookups().actionChoices());
        action->setId(r.actionId);
        connect(action, &RecordCombo::idEdited, this, [this, row](Id id) {
            editReferral(row, [id](Referral &rr) { rr.actionId = id; }, tr("Change the action"));
        });
        m_referrals->setCellWidget(row, ReferralAction, action);
        auto *date = new DateEdit(m_referrals);
        date->setDate(r.date);
        connect(date, &DateEdit::dateEdited, this, [this, row](const QDate &d) {
            editReferral(row, [d](Referral &rr) { rr.date = d; },
                         tr("Change the date of the referral"));
        });
        m_referrals->setCellWidget(row, ReferralDate, date);
        auto *partner = new RecordCombo(true, m_referrals);
        partner->setRecords(lookups().partnerChoices());
        partner->setId(r.partnerId);
        connect(partner, &RecordCombo::idEdited, this, [this, row](Id id) {
            editReferral(row, [id](Referral &rr) { rr.partnerId = id; },
                         tr("Change who referred"));
        });
        m_referrals->setCellWidget(row, ReferralPartner, partner);
        m_referrals->setItem(row, ReferralReferrer, new QTableWidgetItem(r.referrerName));
        m_referrals->setItem(row, ReferralReason, new QTableWidgetItem(r.reason));
        auto *outcome = new CodeCombo(lookups().catalog, ReferenceList::ReferralOutcome, true,
                                      m_referrals);
        outcome->setCode(r.outcome);
        connect(outcome, &CodeCombo::codeEdited, this, [this, row](const QString &code) {
            const QDate today = context().today();
            editReferral(row, [code, today](Referral &rr) {
                rr.outcome = code;
                // Deciding gives the outcome its date (the user can change it).
                if (code != u"en_cours" && !code.isEmpty() && !rr.outcomeDate.isValid())
                    rr.outcomeDate = today;
            }, tr("Change the outcome of the referral"));
        });
        m_referrals->setCellWidget(row, ReferralOutcome, outcome);
        auto *outcomeDate = new DateEdit(m_referrals);
        outcomeDate->setObjectName(QStringLiteral("referralOutcomeDate"));
        outcomeDate->setDate(r.outcomeDate);
        connect(outcomeDate, &DateEdit::dateEdited, this, [this, row](const QDate &d) {
            editReferral(row, [d](Referral &rr) { rr.outcomeDate = d; },
                         tr("Change the date of the outcome"));
        });
        m_referrals->setCellWidget(row, ReferralOutcomeDate, outcomeDate);
    }
    m_referrals->resizeColumnsToContents();
    m_referrals->setColumnWidth(ReferralReason,
                                std::max(m_referrals->columnWidth(ReferralReason), 220));
}

void SituationTab::editSupport(int row, const std::function<void(Support &)> &change,
                               const QString &text)
{
    edit(text, [row, change](HouseholdFile &f) {
        if (row >= 0 && row < f.supports.size())
            change(f.supports[row]);
    });
}

void SituationTab::fillMembers()
{
    const QList<Member> &members = file().household.members;
    const QSignalBlocker blocker(m_members);
    m_members->setRowCount(int(members.size()));
    for (int row = 0; row < members.size(); ++row) {
        const Member &m = members[row];
        m_members->setItem(row, MemberLastName, new QTableWidgetItem(m.lastName));
        m_members->setItem(row, MemberFirstName, new QTableWidgetItem(m.firstName));
        m_members->setItem(row, MemberBirth,
                           new QTableWidgetItem(m.birthDate.toString(QStringLiteral("dd/MM/yyyy"))));
        auto *role = new CodeCombo(lookups().catalog, ReferenceList::MemberRole, false, m_members);
        role->setCode(m.role);
        connect(role, &CodeCombo::codeEdited, this, [this, row](const QString &code) {
            editMember(row, [code](Member &mm) { mm.role = code; }, tr("Change a role"));
        });
        m_members->setCellWidget(row, MemberRole, role);
        auto *signs = new QTableWidgetItem;
        signs->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        signs->setCheckState(m.signsContract ? Qt::Checked : Qt::Unchecked);
        m_members->setItem(row, MemberSigns, signs);
    }
}

void SituationTab::fillSupports()
{
    const QList<Support> &supports = file().supports;
    const QSignalBlocker blocker(m_supports);
    m_supports->setRowCount(int(supports.size()));
    for (int row = 0; row < supports.size(); ++row) {
        const Support &s = supports[row];
        auto *action = new RecordCombo(false, m_supports);
        action->setRecords(lookups().actionChoices());
        action->setId(s.actionId);
        connect(action, &RecordCombo::idEdited, this, [this, row](Id id) {
            editSupport(row, [id](Support &ss) { ss.actionId = id; }, tr("Change the action"));
        });
        m_supports->setCellWidget(row, SupportAction, action);
        auto *kind = new CodeCombo(lookups().catalog, ReferenceList::HouseholdKind, false,
                                   m_supports);
        kind->setCode(s.householdKind);
        connect(kind, &CodeCombo::codeEdited, this, [this, row](const QString &code) {
            editSupport(row, [code](Support &ss) { ss.householdKind = code; },
                        tr("Change the household kind"));
        });
        m_supports->setCellWidget(row, SupportKind, kind);
        auto *partner = new RecordCombo(true, m_supports);
        partner->setRecords(lookups().partnerChoices());
        partner->setId(s.partnerId);
        connect(partner, &RecordCombo::idEdited, this, [this, row](Id id) {
            editSupport(row, [id](Support &ss) { ss.partnerId = id; }, tr("Change the association"));
        });
        m_supports->setCellWidget(row, SupportPartner, partner);
        m_supports->setItem(row, SupportReferent, new QTableWidgetItem(s.partnerReferent));
        auto *start = new DateEdit(m_supports);
        start->setDate(s.startDate);
        connect(start, &DateEdit::dateEdited, this, [this, row](const QDate &date) {
            editSupport(row, [date](Support &ss) { ss.startDate = date; },
                        tr("Change the start of support"));
        });
        m_supports->setCellWidget(row, SupportStart, start);
        auto *intensity = new CodeCombo(lookups().catalog, ReferenceList::SupportIntensity, true,
                                        m_supports);
        intensity->setCode(s.intensity);
        connect(intensity, &CodeCombo::codeEdited, this, [this, row](const QString &code) {
            editSupport(row, [code](Support &ss) { ss.intensity = code; },
                        tr("Change the intensity"));
        });
        m_supports->setCellWidget(row, SupportIntensity, intensity);
    }
    m_supports->resizeColumnsToContents();
}

void SituationTab::refresh()
{
    Refreshing guard(this);
    const Household &h = file().household;
    m_reference->setText(h.reference);
    m_agency->setId(h.agencyId);
    m_cesf->setRecords(lookups().cesfChoices(h.agencyId));
    m_cesf->setId(h.cesfUserId);
    m_phone->setText(h.phone);
    m_email->setText(h.email);
    m_consent->setDate(h.consentDate);
    for (QCheckBox *check : std::as_const(m_consentInformation)) {
        const QSignalBlocker blocker(check);
        check->setChecked(h.consentInformation.contains(check->objectName()));
    }
    m_composition->setCode(h.composition);
    m_publics->setCodes(h.publics);
    m_prior->setCode(h.priorSituation);
    m_resources->setCents(h.resourcesKnown ? std::optional<Cents>(h.monthlyResources)
                                           : std::nullopt);
    m_mainSource->setCode(h.mainResourceSource);
    m_sources->setCodes(h.resourceSources);
    m_notes->setText(h.notes);
    m_internalNotes->setText(h.internalNotes);
    fillMembers();
    fillSupports();
    fillReferrals();
    showProblems();
}

void SituationTab::showProblems()
{
    QHash<QString, QStringList> byField;
    const Problems household = Validation::check(file().household, lookups().catalog,
                                                 context().today());
    for (const FieldProblem &p : household) {
        const QString field = p.field.startsWith(u"members") ? QStringLiteral("members")
                                                             : p.field;
        byField[field] << p.message;
    }
    for (const Support &s : file().supports) {
        for (const FieldProblem &p : Validation::check(s, lookups().catalog))
            byField[QStringLiteral("supports")]
                << lookups().actionCode(s.actionId) + QChar(0x00A0) + QStringLiteral(": ")
                       + p.message;
    }
    for (const Referral &r : file().referrals) {
        for (const FieldProblem &p : Validation::check(r, lookups().catalog, context().today()))
            byField[QStringLiteral("referrals")]
                << r.date.toString(QStringLiteral("dd/MM/yyyy")) + QChar(0x00A0)
                       + QStringLiteral(": ") + p.message;
    }
    m_messages.show(byField);
}

} // namespace Passerelle::Ui
