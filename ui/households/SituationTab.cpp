#include "SituationTab.h"

#include "AppContext.h"
#include "Lookups.h"
#include "domain/Consent.h"
#include "domain/Validation.h"
#include "households/PathRules.h"
#include "widgets/FormWidgets.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Passerelle::Ui {

using namespace TabForms;

namespace {

enum MemberColumn { MemberLastName, MemberFirstName, MemberBirth, MemberRole, MemberSigns };

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
    , m_pathFields(
              this, [this] { return &file(); },
              [this](const QString &text, const Forms::Binder<HouseholdFile>::Change &change,
                     const QString &key) { this->document().edit(text, change, key); })
{
    setObjectName(QStringLiteral("situation"));
    auto *page = scrollingPage(this);
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
    // A free text of the household, in a box of its own.
    const auto notes = [&](const QString &title, const QString &toolTip, const QString &name,
                           QString Household::*member, const QString &text) {
        auto *box = group(title, content);
        box->setToolTip(toolTip);
        auto *layout = new QVBoxLayout(box);
        auto *edit = m_householdFields.bind(new FreeTextEdit(box), member, text);
        edit->setObjectName(name);
        edit->setMinimumHeight(90);
        layout->addWidget(edit);
        right->addWidget(box);
        return box;
    };
    notes(tr("Notes shared with the association"),
          tr("The partner association's referent reads these notes."), QStringLiteral("notes"),
          &Household::notes, tr("Edit the notes"));
    // The landlord's own notes: never shown to a partner referent (core leaves them out).
    QGroupBox *internalBox
            = notes(tr("Notes internal to the landlord"),
                    tr("Never shown to the partner association."), QStringLiteral("internalNotes"),
                    &Household::internalNotes, tr("Edit the internal notes"));
    internalBox->setObjectName(QStringLiteral("internalNotesBox"));
    internalBox->setVisible(context.scope().may(Permission::ReadInternalNotes));
    page->addWidget(buildReferrals());
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
    // Each field is named after the rule field whose message shows under it; `bound` is the
    // member bound (or its getter and setter) and the name of the edit.
    const auto row
            = [&](const QString &label, auto *field, const QString &name, const auto &...bound) {
                  return household.row(form, label, field, name, bound..., name);
              };

    row(tr("&Reference:"), new QLineEdit(box), QStringLiteral("reference"), &Household::reference,
        tr("Change the reference"));
    row(tr("A&gency:"), recordChoice(false, lookups().agencyChoices(), box),
        QStringLiteral("agencyId"), &Household::agencyId, tr("Change the agency"));
    m_cesf = row(tr("&CESF referent:"), new RecordCombo(true, box), QStringLiteral("cesfUserId"),
                 &Household::cesfUserId, tr("Change the CESF referent"));
    row(tr("&Phone:"), new QLineEdit(box), QStringLiteral("phone"), &Household::phone,
        tr("Change the phone"));
    row(tr("E&mail:"), new QLineEdit(box), QStringLiteral("email"), &Household::email,
        tr("Change the email"));
    row(tr("Consent to data &processing:"), new DateEdit(box), QStringLiteral("consentDate"),
        &Household::consentDate, tr("Change the date of consent"));
    {
        // What the household was told when it consented (RGPD, articles 13 and 14).
        auto *explained = new QWidget(box);
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
        const QString name = QStringLiteral("consentInformation");
        household.addRow(form, tr("Explained at consent:"), explained, name, name);
    }
    row(tr("C&omposition:"), new CodeCombo(refs, ReferenceList::Composition, true, box),
        QStringLiteral("composition"), &Household::composition, tr("Change the composition"));
    row(tr("P&ublics:"), new CodeChecklist(refs, ReferenceList::Public, box),
        QStringLiteral("publics"), &Household::publics, tr("Change the publics"))
            ->setMinimumHeight(150);
    row(tr("Situation &before entry:"),
        new CodeCombo(refs, ReferenceList::PriorSituation, true, box),
        QStringLiteral("priorSituation"), &Household::priorSituation,
        tr("Change the situation before entry"));
    row(
            tr("Monthly &income:"), new MoneyEdit(box), QStringLiteral("monthlyResources"),
            [](const Household &h) {
                return h.resourcesKnown ? std::optional<Cents>(h.monthlyResources) : std::nullopt;
            },
            [](Household &h, std::optional<Cents> cents) {
                h.monthlyResources = cents.value_or(0);
                h.resourcesKnown = cents.has_value();
            },
            tr("Change the monthly income"));
    row(
            tr("Main &source of income:"),
            new CodeCombo(refs, ReferenceList::ResourceSource, true, box),
            QStringLiteral("mainResourceSource"),
            [](const Household &h) { return h.mainResourceSource; },
            [](Household &h, const QString &code) {
                h.mainResourceSource = code;
                if (!code.isEmpty() && !h.resourceSources.contains(code)) {
                    h.resourceSources << code;
                    std::sort(h.resourceSources.begin(), h.resourceSources.end());
                }
            },
            tr("Change the main source of income"));
    row(tr("All sources of income:"), new CodeChecklist(refs, ReferenceList::ResourceSource, box),
        QStringLiteral("resourceSources"), &Household::resourceSources,
        tr("Change the sources of income"))
            ->setMinimumHeight(110);
    return box;
}

QWidget *SituationTab::buildMembers()
{
    auto *box = group(tr("Members"), this);
    ListSection list(box,
                     recordTable(QStringLiteral("members"),
                                 {tr("Last name"), tr("First name"), tr("Birth date"), tr("Role"),
                                  tr("Signs")},
                                 box),
                     tr("No member yet — add the household's members with “Add a member”."));
    // The names share the room left by the dates, roles and signatures, which keep their width.
    list.table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (const int column : {MemberBirth, MemberRole, MemberSigns})
        list.table->horizontalHeader()->setSectionResizeMode(column,
                                                             QHeaderView::ResizeToContents);
    list.table->setMinimumHeight(150);
    list.empty->setObjectName(QStringLiteral("noMember"));
    list.list->insertWidget(2, m_householdFields.messages().add(QStringLiteral("members"), box));
    auto *add = list.button(tr("Add a member"), QStringLiteral("addMember"));
    // The member chosen in the list is edited in the form under it.
    list.form->setObjectName(QStringLiteral("memberForm"));
    auto &member = m_memberList.form();
    auto *form = list.fields;
    member.row(form, tr("&Last name:"), new QLineEdit(list.form), QStringLiteral("member.lastName"),
               &Member::lastName, tr("Change a last name"));
    m_firstName = member.row(form, tr("&First name:"), new QLineEdit(list.form),
                             QStringLiteral("member.firstName"), &Member::firstName,
                             tr("Change a first name"));
    member.row(form, tr("Ci&vility:"),
               new CodeCombo(lookups().catalog, ReferenceList::Civility, true, list.form),
               QStringLiteral("member.civility"), &Member::civility, tr("Change a civility"));
    member.row(form, tr("Birth &date:"), compact(new DateEdit(list.form)),
               QStringLiteral("member.birthDate"), &Member::birthDate, tr("Change a birth date"));
    member.row(form, tr("Rol&e:"),
               new CodeCombo(lookups().catalog, ReferenceList::MemberRole, false, list.form),
               QStringLiteral("member.role"), &Member::role, tr("Change a role"));
    member.row(form, QString(), new QCheckBox(tr("Signs the co&ntract"), list.form),
               QStringLiteral("member.signsContract"), &Member::signsContract,
               tr("Change who signs the contract"));
    m_memberList.attach(list, list.button(tr("Remove"), QStringLiteral("removeMember")), this,
                        tr("Remove a member"));

    connect(add, &QPushButton::clicked, this, [this] {
        addRecord(m_memberList, tr("Add a member"), m_firstName, [](HouseholdFile &f, Id id) {
            Member m;
            m.id = id;
            m.lastName = f.household.mainMember() ? f.household.mainMember()->lastName : QString();
            m.role = f.household.members.isEmpty() ? QStringLiteral("titulaire")
                                                   : QStringLiteral("enfant");
            f.household.members << m;
        });
    });
    return box;
}

QWidget *SituationTab::buildSupports()
{
    auto *box = group(tr("Supports (one per action)"), this);
    ListSection list(
            box,
            recordTable(QStringLiteral("supports"),
                        {tr("Action"), tr("Household kind"), tr("Association"),
                         tr("Association's referent"), tr("Start of support"), tr("Intensity")},
                        box),
            tr("No support yet — add the action that follows the household with “Add a "
               "support”."));
    list.table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list.table->horizontalHeader()->setStretchLastSection(true);
    list.list->insertWidget(2, m_householdFields.messages().add(QStringLiteral("supports"), box));
    auto *add = list.button(tr("Add a support"), QStringLiteral("addSupport"));

    // The support chosen, edited in the form under the list.
    list.fields->setContentsMargins(0, 0, 0, 0);
    auto *form = list.fields;
    QWidget *parent = list.form;
    auto &support = m_supportList.form();
    support.row(form, tr("Act&ion:"), recordChoice(false, lookups().actionChoices(), parent),
                QStringLiteral("support.actionId"), &Support::actionId, tr("Change the action"));
    support.row(form, tr("Household &kind:"),
                new CodeCombo(lookups().catalog, ReferenceList::HouseholdKind, false, parent),
                QStringLiteral("support.householdKind"), &Support::householdKind,
                tr("Change the household kind"));
    support.row(form, tr("Associa&tion:"), recordChoice(true, lookups().partnerChoices(), parent),
                QStringLiteral("support.partnerId"), &Support::partnerId,
                tr("Change the association"));
    support.row(form, tr("Its refere&nt:"), new QLineEdit(parent),
                QStringLiteral("support.partnerReferent"), &Support::partnerReferent,
                tr("Change the association's referent"));
    auto *start = compact(new DateEdit(parent));
    support.addRow(form, tr("&Start of support:"), start, QStringLiteral("support.startDate"));
    m_pathFields.bind(
            start,
            [this](const HouseholdFile &) {
                const Support *s = m_supportList.current();
                return s ? s->startDate : QDate();
            },
            [this](HouseholdFile &f, const QDate &date) {
                if (const Support *s = m_supportList.current())
                    PathRules::setSupportStart(f, s->id, date);
            },
            tr("Change the start of support"));
    support.row(form, tr("Intensit&y:"),
                new CodeCombo(lookups().catalog, ReferenceList::SupportIntensity, true, parent),
                QStringLiteral("support.intensity"), &Support::intensity,
                tr("Change the intensity"));
    m_supportList.attach(list, list.button(tr("Remove"), QStringLiteral("removeSupport")), this,
                         tr("Remove a support"), [this] { m_pathFields.refresh(); });

    connect(add, &QPushButton::clicked, this, [this] {
        addRecord(m_supportList, tr("Add a support"), nullptr, [this](HouseholdFile &f, Id id) {
            Support s;
            s.id = id;
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
    return box;
}

QWidget *SituationTab::buildReferrals()
{
    auto *box = group(tr("Referrals"), this);
    ListSection list(
            box,
            recordTable(QStringLiteral("referrals"),
                        {tr("Action"), tr("Date"), tr("Referred by"), tr("Referrer"), tr("Reason"),
                         tr("Outcome"), tr("Outcome on")},
                        box),
            tr("No referral recorded — add who referred the household with “Add a referral”."),
            FormPlace::Beside);
    list.table->setToolTip(tr("Who referred the household, why, and what became of the "
                              "referral (accepted, refused...): the year-end review counts "
                              "the outcomes."));
    list.list->insertWidget(2,
                            m_householdFields.messages().add(QStringLiteral("referrals"), box));
    auto *add = list.button(tr("Add a referral"), QStringLiteral("addReferral"));

    // The referral chosen, edited in the form beside the list.
    auto *form = list.fields;
    QWidget *parent = list.form;
    auto &referral = m_referralList.form();
    referral.row(form, tr("Actio&n:"), recordChoice(false, lookups().actionChoices(), parent),
                 QStringLiteral("referral.actionId"), &Referral::actionId, tr("Change the action"));
    referral.row(form, tr("Referred o&n:"), compact(new DateEdit(parent)),
                 QStringLiteral("referral.date"), &Referral::date,
                 tr("Change the date of the referral"));
    referral.row(form, tr("Referred b&y:"), recordChoice(true, lookups().partnerChoices(), parent),
                 QStringLiteral("referral.partnerId"), &Referral::partnerId,
                 tr("Change who referred"));
    referral.row(form, tr("Re&ferrer:"), new QLineEdit(parent),
                 QStringLiteral("referral.referrerName"), &Referral::referrerName,
                 tr("Change who referred"));
    referral.row(form, tr("Rea&son:"), new QLineEdit(parent), QStringLiteral("referral.reason"),
                 &Referral::reason, tr("Change the reason of the referral"));
    auto *outcome = new CodeCombo(lookups().catalog, ReferenceList::ReferralOutcome, true, parent);
    referral.addRow(form, tr("O&utcome:"), outcome, QStringLiteral("referral.outcome"));
    // Deciding gives the outcome its date (the user can change it).
    m_pathFields.bind(
            outcome,
            [this](const HouseholdFile &) {
                const Referral *r = m_referralList.current();
                return r ? r->outcome : QString();
            },
            [this](HouseholdFile &f, const QString &code) {
                if (const Referral *r = m_referralList.current())
                    PathRules::setReferralOutcome(f, r->id, code, context().today());
            },
            tr("Change the outcome of the referral"));
    referral.row(form, tr("Outcome o&n:"), compact(new DateEdit(parent)),
                 QStringLiteral("referralOutcomeDate"), &Referral::outcomeDate,
                 tr("Change the date of the outcome"));
    m_referralList.attach(list, list.button(tr("Remove"), QStringLiteral("removeReferral")),
                          this, tr("Remove a referral"), [this] { m_pathFields.refresh(); });

    connect(add, &QPushButton::clicked, this, [this] {
        const QDate today = context().today();
        addRecord(m_referralList, tr("Add a referral"), nullptr, [today](HouseholdFile &f, Id id) {
            Referral r;
            r.id = id;
            r.date = today;
            r.outcome = QStringLiteral("en_cours");
            if (!f.supports.isEmpty())
                r.actionId = f.supports.first().actionId;
            f.referrals << r;
        });
    });
    return box;
}

void SituationTab::refresh()
{
    Refreshing guard(this);
    m_cesf->setRecords(lookups().cesfChoices(file().household.agencyId));
    m_householdFields.refresh();
    const Lookups &l = lookups();
    m_memberList.show(
            [&l](const Member &m) {
                return QStringList{m.lastName, m.firstName, dateText(m.birthDate),
                                   l.catalog.label(ReferenceList::MemberRole, m.role)};
            },
            [this](int row, const Member &m) {
                setCell(m_memberList.table(), row, MemberSigns, QString())
                        ->setCheckState(m.signsContract ? Qt::Checked : Qt::Unchecked);
            });
    m_supportList.show([&l](const Support &s) {
        return QStringList{l.actionCode(s.actionId),
                           l.catalog.label(ReferenceList::HouseholdKind, s.householdKind),
                           l.partnerName(s.partnerId),
                           s.partnerReferent,
                           dateText(s.startDate),
                           l.catalog.label(ReferenceList::SupportIntensity, s.intensity)};
    });
    m_referralList.show([&l](const Referral &r) {
        return QStringList{l.actionCode(r.actionId),
                           dateText(r.date),
                           l.partnerName(r.partnerId),
                           r.referrerName,
                           firstLine(r.reason),
                           l.catalog.label(ReferenceList::ReferralOutcome, r.outcome),
                           dateText(r.outcomeDate)};
    });
    m_referralList.table()->resizeColumnsToContents();
    m_pathFields.refresh();
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
