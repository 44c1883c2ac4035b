#pragma once

#include "widgets/WidgetsFwd.h"

#include "RecordEditor.h"
#include "domain/Action.h"

namespace Passerelle::Ui {

class ChildTable;

/// The actions (dispositifs): the list, the form of one action, its funding lines and
/// expenses edited in place, and its totals (granted, received, spent, balance).
class ActionEditor : public RecordEditorOf<Action>
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
    Status load(Id id) override;
    Id currentId() const override { return m_action.id; }
    Problems problems() const override;
    Result<Id> store() override;
    void showRecord() override;
    QString heading() const override;
    void lookupsChanged() override;
    void recordEdited() override;

private:
    QWidget *buildIdentity();
    QWidget *buildTargets();
    QWidget *buildFunding();
    QWidget *buildExpenses();
    QWidget *buildTotals();
    void buildPublics();
    void showTotals();
    QList<std::pair<Id, QString>> partnerChoices() const;

    Action m_action;
    std::unique_ptr<Forms::Binder<Action>> m_form;
    std::unique_ptr<Forms::Binder<Action>> m_publicsForm; ///< made again with the list of publics
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_call = nullptr;
    QSpinBox *m_year = nullptr;
    CodeCombo *m_category = nullptr;
    QWidget *m_publicsHolder = nullptr;
    CodeChecklist *m_publics = nullptr;
    RecordCombo *m_lead = nullptr;
    QLineEdit *m_territory = nullptr;
    DateEdit *m_start = nullptr;
    DateEdit *m_end = nullptr;
    QSpinBox *m_newEntrants = nullptr;
    QSpinBox *m_existingTenants = nullptr;
    MoneyEdit *m_budget = nullptr;
    ChildTable *m_funding = nullptr;
    ChildTable *m_expenses = nullptr;
    QHash<QString, QLabel *> m_totals;
};

} // namespace Passerelle::Ui
