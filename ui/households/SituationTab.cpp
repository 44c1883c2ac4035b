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
              [this](const QString &text, const Forms::Binder<Household>::Change &change,
                     const QString &key) {
                  this->document().edit(
                          text, [change](HouseholdFile &f) { change(f.household); }, key);
              })
    , m_memberList(this, document,
                   [](HouseholdFile &f) -> QList<Member> & { return f.household.members; })
    , m_supportList(this, document, [](HouseholdFile &f) -> QList<Support> & { return f.supports; })
    , m_referralList(this, document,
                     [](HouseholdFile &f) -> QList<Referral> & { return f.referrals; })
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
            // A long text must not widen the column past half the window: cut, whole in its
            // tooltip.
            check->setMinimumWidth(1);
            check->setToolTip(Consent::label(code));
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
    m_supports = TabForms::recordTable(
            QStringLiteral("supports"),
            {tr("Action"), tr("Household kind"), tr("Association"), tr("Association's referent"),
             tr("Start of support"), tr("Intensity")},
            box);
    m_supports->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_supports->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_supports);
    m_noSupport = TabForms::emptyState(tr("No support yet — add the action that follows the "
                                          "household with “Add a support”."),
                                       box);
    layout->addWidget(m_noSupport);
    layout->addWidget(m_householdFields.messages().add(QStringLiteral("supports"), box));
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add a support"), box);
    add->setObjectName(QStringLiteral("addSupport"));
    m_removeSupport = new QPushButton(tr("Remove"), box);
    m_removeSupport->setObjectName(QStringLiteral("removeSupport"));
    buttons->addWidget(add);
    buttons->addWidget(m_removeSupport);
    buttons->addStretch();
    layout->addLayout(buttons);

    // The support chosen, edited in the form under the list.
    m_supportForm = new QWidget(box);
    auto *form = new QFormLayout(m_supportForm);
    form->setContentsMargins(0, 0, 0, 0);
    auto &support = m_supportList.form();
    auto *action = new RecordCombo(false, m_supportForm);
    action->setRecords(lookups().actionChoices());
    support.addRow(form, tr("Act&ion:"), action, QStringLiteral("support.actionId"));
    support.bind(action, &Support::actionId, tr("Change the action"));
    auto *kind = new CodeCombo(lookups().catalog, ReferenceList::HouseholdKind, false,
                               m_supportForm);
    support.addRow(form, tr("Household &kind:"), kind, QStringLiteral("support.householdKind"));
    support.bind(kind, &Support::householdKind, tr("Change the household kind"));
    auto *partner = new RecordCombo(true, m_supportForm);
    partner->setRecords(lookups().partnerChoices());
    support.addRow(form, tr("Associa&tion:"), partner, QStringLiteral("support.partnerId"));
    support.bind(partner, &Support::partnerId, tr("Change the association"));
    auto *referent = new QLineEdit(m_supportForm);
    support.addRow(form, tr("Its refere&nt:"), referent,
                   QStringLiteral("support.partnerReferent"));
    support.bind(referent, &Support::partnerReferent, tr("Change the association's referent"));
    auto *start = TabForms::compact(new DateEdit(m_supportForm));
    support.addRow(form, tr("&Start of support:"), start, QStringLiteral("support.startDate"));
    support.bind(start, &Support::startDate, tr("Change the start of support"));
    auto *intensity = new CodeCombo(lookups().catalog, ReferenceList::SupportIntensity, true,
                                    m_supportForm);
    support.addRow(form, tr("Intensit&y:"), intensity, QStringLiteral("support.intensity"));
    support.bind(intensity, &Support::intensity, tr("Change the intensity"));
    layout->addWidget(m_supportForm);

    m_supportList.follow(m_supports, this, [this] { fillSupportForm(); });
    connect(add, &QPushButton::clicked, this, [this] {
        m_supportList.setCurrentId(file().nextTemporaryId());
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
    connect(m_removeSupport, &QPushButton::clicked, this,
            [this] { m_supportList.remove(tr("Remove a support")); });
    return box;
}

QWidget *SituationTab::buildReferrals()
{
    auto *box = group(tr("Referrals"), this);
    auto *layout = new QHBoxLayout(box);
    auto *listColumn = new QVBoxLayout;
    m_referrals = TabForms::recordTable(QStringLiteral("referrals"),
                                        {tr("Action"), tr("Date"), tr("Referred by"),
                                         tr("Referrer"), tr("Reason"), tr("Outcome"),
                                         tr("Outcome on")},
                                        box);
    m_referrals->setToolTip(tr("Who referred the household, why, and what became of the "
                               "referral (accepted, refused...): the year-end review counts "
                               "the outcomes."));
    listColumn->addWidget(m_referrals);
    m_noReferral = TabForms::emptyState(tr("No referral recorded — add who referred the "
                                           "household with “Add a referral”."),
                                        box);
    listColumn->addWidget(m_noReferral);
    listColumn->addWidget(m_householdFields.messages().add(QStringLiteral("referrals"), box));
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add a referral"), box);
    add->setObjectName(QStringLiteral("addReferral"));
    m_removeReferral = new QPushButton(tr("Remove"), box);
    m_removeReferral->setObjectName(QStringLiteral("removeReferral"));
    buttons->addWidget(add);
    buttons->addWidget(m_removeReferral);
    buttons->addStretch();
    listColumn->addLayout(buttons);
    layout->addLayout(listColumn, 3);

    // The referral chosen, edited in the form beside the list.
    m_referralForm = new QWidget(box);
    auto *form = new QFormLayout(m_referralForm);
    form->setContentsMargins(0, 0, 0, 0);
    auto &referral = m_referralList.form();
    auto *action = new RecordCombo(false, m_referralForm);
    action->setRecords(lookups().actionChoices());
    referral.addRow(form, tr("Actio&n:"), action, QStringLiteral("referral.actionId"));
    referral.bind(action, &Referral::actionId, tr("Change the action"));
    auto *date = TabForms::compact(new DateEdit(m_referralForm));
    referral.addRow(form, tr("Referred o&n:"), date, QStringLiteral("referral.date"));
    referral.bind(date, &Referral::date, tr("Change the date of the referral"));
    auto *partner = new RecordCombo(true, m_referralForm);
    partner->setRecords(lookups().partnerChoices());
    referral.addRow(form, tr("Referred b&y:"), partner, QStringLiteral("referral.partnerId"));
    referral.bind(partner, &Referral::partnerId, tr("Change who referred"));
    auto *referrer = new QLineEdit(m_referralForm);
    referral.addRow(form, tr("Re&ferrer:"), referrer, QStringLiteral("referral.referrerName"));
    referral.bind(referrer, &Referral::referrerName, tr("Change who referred"));
    auto *reason = new QLineEdit(m_referralForm);
    referral.addRow(form, tr("Rea&son:"), reason, QStringLiteral("referral.reason"));
    referral.bind(reason, &Referral::reason, tr("Change the reason of the referral"));
    auto *outcome = new CodeCombo(lookups().catalog, ReferenceList::ReferralOutcome, true,
                                  m_referralForm);
    referral.addRow(form, tr("O&utcome:"), outcome, QStringLiteral("referral.outcome"));
    const QDate today = context().today();
    referral.bind(
            outcome, [](const Referral &r) { return r.outcome; },
            [today](Referral &r, const QString &code) {
                r.outcome = code;
                // Deciding gives the outcome its date (the user can change it).
                if (code != u"en_cours" && !code.isEmpty() && !r.outcomeDate.isValid())
                    r.outcomeDate = today;
            },
            tr("Change the outcome of the referral"));
    auto *outcomeDate = TabForms::compact(new DateEdit(m_referralForm));
    referral.addRow(form, tr("Outcome o&n:"), outcomeDate, QStringLiteral("referralOutcomeDate"));
    referral.bind(outcomeDate, &Referral::outcomeDate, tr("Change the date of the outcome"));
    layout->addWidget(m_referralForm, 2);

    m_referralList.follow(m_referrals, this, [this] { fillReferralForm(); });
    connect(add, &QPushButton::clicked, this, [this] {
        const QDate today = context().today();
        m_referralList.setCurrentId(file().nextTemporaryId());
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
    connect(m_removeReferral, &QPushButton::clicked, this,
            [this] { m_referralList.remove(tr("Remove a referral")); });
    return box;
}

void SituationTab::fillReferrals()
{
    const QList<Referral> &referrals = file().referrals;
    const QSignalBlocker blocker(m_referrals); // filling chooses no row
    m_referrals->setRowCount(int(referrals.size()));
    for (int row = 0; row < referrals.size(); ++row) {
        const Referral &r = referrals[row];
        const QStringList cells{
                lookups().actionCode(r.actionId), TabForms::dateText(r.date),
                lookups().partnerName(r.partnerId), r.referrerName, TabForms::firstLine(r.reason),
                lookups().catalog.label(ReferenceList::ReferralOutcome, r.outcome),
                TabForms::dateText(r.outcomeDate)};
        for (int column = 0; column < cells.size(); ++column)
            TabForms::setCell(m_referrals, row, column, cells.at(column));
        TabForms::setRowId(m_referrals, row, r.id);
    }
    m_referrals->resizeColumnsToContents();
    m_referralList.setCurrentId(
            TabForms::showRecords(m_referrals, m_noReferral, m_referralList.currentId()));
}

void SituationTab::fillReferralForm()
{
    const bool chosen = m_referralList.current() != nullptr;
    m_referralForm->setEnabled(chosen);
    m_removeReferral->setEnabled(chosen);
    m_referralList.form().refresh();
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
    const QSignalBlocker blocker(m_supports); // filling chooses no row
    m_supports->setRowCount(int(supports.size()));
    for (int row = 0; row < supports.size(); ++row) {
        const Support &s = supports[row];
        const QStringList cells{
                lookups().actionCode(s.actionId),
                lookups().catalog.label(ReferenceList::HouseholdKind, s.householdKind),
                lookups().partnerName(s.partnerId), s.partnerReferent,
                TabForms::dateText(s.startDate),
                lookups().catalog.label(ReferenceList::SupportIntensity, s.intensity)};
        for (int column = 0; column < cells.size(); ++column)
            TabForms::setCell(m_supports, row, column, cells.at(column));
        TabForms::setRowId(m_supports, row, s.id);
    }
    m_supportList.setCurrentId(
            TabForms::showRecords(m_supports, m_noSupport, m_supportList.currentId()));
}

void SituationTab::fillSupportForm()
{
    const bool chosen = m_supportList.current() != nullptr;
    m_supportForm->setEnabled(chosen);
    m_removeSupport->setEnabled(chosen);
    m_supportList.form().refresh();
}

void SituationTab::refresh()
{
    Refreshing guard(this);
    m_cesf->setRecords(lookups().cesfChoices(file().household.agencyId));
    m_householdFields.refresh();
    fillMembers();
    fillMemberForm();
    fillSupports();
    fillSupportForm();
    fillReferrals();
    fillReferralForm();
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
