#pragma once

#include "RecordEditor.h"

#include "storage/RetentionRepository.h"

namespace Passerelle::Ui {

/// Administration › Conservation: how long household files and the journal are kept (edited
/// as the Administration's records are: Undo, Redo, Revert, Save), the households due for
/// anonymisation (reference, agency, dates — no name), and the retention run that anonymises
/// the households ticked, with a confirmation that says what is erased.
class RetentionPage : public RecordEditorOf<RetentionSettings>
{
    Q_OBJECT

public:
    explicit RetentionPage(AppContext &context, QWidget *parent = nullptr);

    /// Reloads the periods (unless they have unsaved changes) and the households due.
    void refresh();
    QTableWidget *table() const { return m_table; }
    /// The households ticked in the list.
    QList<Id> ticked() const;
    /// Runs the retention on the households ticked; `confirm` false skips the question (tests).
    bool anonymise(bool confirm = true);

protected:
    Status load(Id id) override;
    Id currentId() const override { return 1; }
    /// None: the spin boxes keep the periods within their ranges.
    Problems problems() const override { return {}; }
    Result<Id> store() override;
    void showRecord() override { m_form->refresh(); }
    QString heading() const override { return tr("Retention periods"); }

private:
    /// The households due under the periods saved (not those being edited).
    void showCandidates();

    RetentionSettings m_settings;
    std::shared_ptr<Forms::Binder<RetentionSettings>> m_form;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_anonymise = nullptr;
};

} // namespace Passerelle::Ui
