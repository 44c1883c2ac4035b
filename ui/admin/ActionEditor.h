#pragma once

#include "widgets/WidgetsFwd.h"

#include "RecordEditor.h"
#include "storage/DirectoryRepositories.h"
#include "domain/Action.h"

#include <QHash>

namespace Passerelle::Ui {

/// The actions (dispositifs): the list, the form of one action, its funding lines and
/// expenses (each listed, the one chosen edited in the form under its list), and its totals
/// (granted, received, spent, balance).
class ActionEditor : public RepositoryEditorOf<Action, ActionRepository>
{
    Q_OBJECT

public:
    explicit ActionEditor(AppContext &context, QWidget *parent = nullptr);

    const Action &action() const { return m_action; }
    ChildTable *fundingLines() const { return m_funding; }
    ChildTable *expenses() const { return m_expenses; }

protected:
    QStringList listHeaders() const override;
    Result<QList<ListRow>> listRows() const override;
    void showRecord() override;
    QString heading() const override;
    void lookupsChanged() override;
    void recordEdited() override;

private:
    /// The group boxes of the form; `order` gets their fields in the order of the Tab key.
    QWidget *buildIdentity(QList<QWidget *> &order);
    QWidget *buildTargets(QList<QWidget *> &order);
    QWidget *buildTotals();
    void buildFunding();
    void buildExpenses();
    void buildPublics();
    void showTotals();
    QList<std::pair<Id, QString>> partnerChoices() const;
    /// The partners offered as lead partner and as the payee of an expense.
    void showPartnerChoices();

    Action m_action;
    std::shared_ptr<Forms::Binder<Action>> m_form;
    std::shared_ptr<Forms::Binder<Action>> m_publicsForm; ///< made again with the list of publics
    QWidget *m_publicsHolder = nullptr;
    CodeChecklist *m_publics = nullptr;
    RecordCombo *m_lead = nullptr;
    RecordCombo *m_paidTo = nullptr; ///< of the expense chosen
    ChildTable *m_funding = nullptr;
    ChildTable *m_expenses = nullptr;
    QHash<QString, QLabel *> m_totals;
};

} // namespace Passerelle::Ui
