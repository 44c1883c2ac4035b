#include "SituationTab.h"

#include "AppContext.h"
#include "Lookups.h"
#include "TabForms.h"
#include "domain/Consent.h"
#include "domain/Validation.h"
#include "forms/RecordList.h"
#include "widgets/FormWidgets.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
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
    , m_householdFields(
              this, [this] { return &file().household; },
              [this](const QString &text, const QString &key,
                     const Forms::Binder<Household>::Change &change) {
                  this->document().edit(
                          text, [change](HouseholdFile &f) { change(f.household); }, key);
              })
    , m_memberList(this, document,
                   [](HouseholdFile &f) -> QList<Member> & { return f.household.members; })
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

    m_householdFields.bind(m_notes, &Household::notes, tr("Edit the notes"));
    m_householdFields.bind(m_internalNotes, &Household::internalNotes,
                           tr("Edit the internal notes"));
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
    auto &household = m_householdFields;
    // Each field is named after the rule field whose message shows under it.
    auto addRow = [&](const QString &label, QWidget *field, const QString &name) {
        field->setObjectName(name);
        form->addRow(label, TabForms::withMessage(field, household.message(name, field), box));
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
            household.bind(
                    check,
                    [code](const Household &h) { return h.consentInformation.contains(code); },
                    [code](Household &h, bool told) {
                        QStringList codes; // in the order of Consent::codes()
                        for (const QString &c : Consent::codes()) {
                            if (c == code ? told : h.consentInformation.contains(c))
                                codes << c;
                        }
                        h.consentInformation = codes;
                    },
                    tr("Change what was explained at consent"));
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

    household.bind(m_reference, &Household::reference, tr("Change the reference"));
    household.bind(m_agency, &Household::agencyId, tr("Change the agency"));
    household.bind(m_cesf, &Household::cesfUserId, tr("Change the CESF referent"));
    household.bind(m_phone, &Household::phone, tr("Change the phone"));
    household.bind(m_email, &Household::email, tr("Change the email"));
    household.bind(m_consent, &Household::consentDate, tr("Change the date of consent"));
    household.bind(m_composition, &Household::composition, tr("Change the composition"));
    household.bind(m_publics, &Household::publics, tr("Change the publics"));
    household.bind(m_prior, &Household::priorSituation, tr("Change the situation before entry"));
    household.bind(
            m_resources,
            [](const Household &h) {
                return h.resourcesKnown ? std::optional<Cents>(h.monthlyResources) : std::nullopt;
            },
            [](Household &h, std::optional<Cents> cents) {
                h.monthlyResources = cents.value_or(0);
                h.resourcesKnown = cents.has_value();
            },
            tr("Change the monthly income"));
    household.bind(
            m_mainSource, [](const Household &h) { return h.mainResourceSource; },
            [](Household &h, const QString &code) {
                h.mainResourceSource = code;
                if (!code.isEmpty() && !h.resourceSources.contains(code)) {
                    h.resourceSources << code;
                    std::sort(h.resourceSources.begin(), h.resourceSources.end());
                }
            },
            tr("Change the main source of income"));
    household.bind(m_sources, &Household::resourceSources, tr("Change the sources of income"));
    return box;
}

QWidget *SituationTab::buildMembers()
{
    auto *box = group(tr("Members"), this);
    auto *layout = new QVBoxLayout(box);
    m_members = TabForms::recordTable(
            QStringLiteral("members"),
            {tr("Last name"), tr("First name"), tr("Birth date"), tr("Role"), tr("Signs")}, box);
    // The names share the room left by the dates, roles and signatures, which keep their width.
    m_members->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (const int column : {MemberBirth, MemberRole, MemberSigns})
        m_members->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_members->setMinimumHeight(150);
    layout->addWidget(m_members);
    m_noMember = TabForms::emptyState(tr("No member yet — add the household's members with "
                                         "“Add a member”."),
                                      box);
    m_noMember->setObjectName(QStringLiteral("noMember"));
    layout->addWidget(m_noMember);
    layout->addWidget(m_householdFields.messages().add(QStringLiteral("members"), box));
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add a member"), box);
    add->setObjectName(QStringLiteral("addMember"));
    m_removeMember = new QPushButton(tr("Remove"), box);
    m_removeMember->setObjectName(QStringLiteral("removeMember"));
    buttons->addWidget(add);
    buttons->addWidget(m_removeMember);
    buttons->addStretch();
    layout->addLayout(buttons);

    // The member chosen in the list is edited in the form under it.
    m_memberForm = new QWidget(box);
    m_memberForm->setObjectName(QStringLiteral("memberForm"));
    auto *form = new QFormLayout(m_memberForm);
    form->setContentsMargins(0, 6, 0, 0);
    const auto addRow = [&](const QString &label, QWidget *field, const QString &name) {
        m_memberList.form().addRow(form, label, field, name);
    };
    m_lastName = new QLineEdit(m_memberForm);
    addRow(tr("&Last name:"), m_lastName, QStringLiteral("member.lastName"));
    m_firstName = new QLineEdit(m_memberForm);
    addRow(tr("&First name:"), m_firstName, QStringLiteral("member.firstName"));
    m_birthDate = TabForms::compact(new DateEdit(m_memberForm));
    addRow(tr("Birth &date:"), m_birthDate, QStringLiteral("member.birthDate"));
    m_role = new CodeCombo(lookups().catalog, ReferenceList::MemberRole, false, m_memberForm);
    addRow(tr("Rol&e:"), m_role, QStringLiteral("member.role"));
    m_signs = new QCheckBox(tr("Signs the co&ntract"), m_memberForm);
    m_signs->setObjectName(QStringLiteral("member.signsContract"));
    form->addRow(QString(), m_signs);
    layout->addWidget(m_memberForm);

    m_memberList.follow(m_members, this, [this] { fillMemberForm(); });
    connect(add, &QPushButton::clicked, this, [this] {
        // The id the member will get: the edit applies to a copy of this same file.
        const Id id = file().nextTemporaryId();
        m_memberList.setCurrentId(id);
        edit(tr("Add a member"), [id](HouseholdFile &f) {
            Member m;
            m.id = id;
            m.lastName = f.household.mainMember() ? f.household.mainMember()->lastName : QString();
            m.role = f.household.members.isEmpty() ? QStringLiteral("titulaire")
                                                   : QStringLiteral("enfant");
            f.household.members << m;
        });
        m_firstName->setFocus();
    });
    connect(m_removeMember, &QPushButton::clicked, this,
            [this] { m_memberList.remove(tr("Remove a member")); });
    auto &member = m_memberList.form();
    member.bind(m_lastName, &Member::lastName, tr("Change a last name"));
    member.bind(m_firstName, &Member::firstName, tr("Change a first name"));
    member.bind(m_birthDate, &Member::birthDate, tr("Change a birth date"));
    member.bind(m_role, &Member::role, tr("Change a role"));
    member.bind(m_signs, &Member::signsContract, tr("Change who signs the contract"));
    return box;
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
    layout->addWidget(m_householdFields.messages().add(QStringLiteral("supports"), box));
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
    layout->addWidget(m_householdFields.messages().add(QStringLiteral("referrals"), box));
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
    const QSignalBlocker blocker(m_members); // filling chooses no row
    m_members->setRowCount(int(members.size()));
    for (int row = 0; row < members.size(); ++row) {
        const Member &m = members.at(row);
        TabForms::setCell(m_members, row, MemberLastName, m.lastName);
        TabForms::setRowId(m_members, row, m.id);
        TabForms::setCell(m_members, row, MemberFirstName, m.firstName);
        TabForms::setCell(m_members, row, MemberBirth, TabForms::dateText(m.birthDate));
        TabForms::setCell(m_members, row, MemberRole,
                          lookups().catalog.label(ReferenceList::MemberRole, m.role));
        TabForms::setCell(m_members, row, MemberSigns, QString())
                ->setCheckState(m.signsContract ? Qt::Checked : Qt::Unchecked);
    }
    m_memberList.setCurrentId(
            TabForms::showRecords(m_members, m_noMember, m_memberList.currentId()));
}

void SituationTab::fillMemberForm()
{
    const bool chosen = m_memberList.current() != nullptr;
    m_memberForm->setEnabled(chosen);
    m_removeMember->setEnabled(chosen);
    m_memberList.form().refresh();
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
    m_cesf->setRecords(lookups().cesfChoices(file().household.agencyId));
    m_householdFields.refresh();
    fillMembers();
    fillMemberForm();
    fillSupports();
    fillReferrals();
    showProblems();
}

void SituationTab::showProblems()
{
    // The members' problems show under the list ("members[1].lastName" → "members"), those of
    // each support and referral under theirs, named after it.
    Problems problems = Validation::check(file().household, lookups().catalog, context().today());
    for (const Support &s : file().supports) {
        for (const FieldProblem &p : Validation::check(s, lookups().catalog))
            problems.append(
                    {QStringLiteral("supports"), lookups().actionCode(s.actionId) + QChar(0x00A0)
                                                         + QStringLiteral(": ") + p.message});
    }
    for (const Referral &r : file().referrals) {
        for (const FieldProblem &p : Validation::check(r, lookups().catalog, context().today()))
            problems.append({QStringLiteral("referrals"),
                             r.date.toString(QStringLiteral("dd/MM/yyyy")) + QChar(0x00A0)
                                     + QStringLiteral(": ") + p.message});
    }
    m_householdFields.showProblems(problems);
}

} // namespace Passerelle::Ui
