#pragma once

#include "widgets/WidgetsFwd.h"

#include "domain/FollowUp.h"
#include "domain/Validation.h"
#include "editing/EditDocument.h"
#include "forms/Binder.h"
#include "storage/CommitteeSuggestionRepository.h"

#include <QHash>
#include <QWidget>

namespace Passerelle::Ui {

struct Lookups;

/// The households a follow-up committee reviews, in the order of the agenda, with the reason
/// of each and the decision taken: added from core's suggestions or by searching, moved,
/// removed; the decision and its notes edited beside the list. Every change is a step of the
/// committee's edit document.
class ReviewedHouseholds : public QWidget
{
    Q_OBJECT

public:
    ReviewedHouseholds(EditDocument<FollowUpCommittee> &document, AppContext &context,
                       const Lookups &lookups, QWidget *parent = nullptr);

    /// A committee was opened: its households' names are read, its first one chosen (the
    /// same row stays chosen when the same committee was read again, after a save).
    void opened(const FollowUpCommittee &committee, bool sameCommittee);
    /// Shows the document's committee; `problems` are the rules it breaks (empty while a
    /// blank form is not to be scolded).
    void refresh(const Problems &problems);
    /// Whether households can be added (a committee is open with its agency, and its date for
    /// the suggestions).
    void setOpen(bool open);
    bool focusSearch();

    /// Adds the households suggested by core after the user checked them in a dialog.
    void addSuggested();
    /// Adds one household at the end of the list (nothing when it is listed already).
    void addHousehold(Id householdId, const QString &reference, const QString &name,
                      const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using Label = CommitteeSuggestionRepository::HouseholdLabel;

    const FollowUpCommittee &committee() const { return m_document.edited(); }
    /// One step of the committee's document; `rowAfter` is the row chosen afterwards.
    void change(const QString &text, int rowAfter,
                const std::function<void(FollowUpCommittee &)> &edit,
                const QString &mergeKey = {});
    void fillTable();
    void fillDetail();
    void showProblems();
    void move(int delta);
    void remove();
    void openCurrent();
    void search();
    void addFound();
    QString reasonFor(Id householdId) const;
    /// The row of the household in the list (-1 when it is not listed).
    int rowOf(Id householdId) const;

    EditDocument<FollowUpCommittee> &m_document;
    AppContext &m_context;
    const Lookups &m_lookups;
    Forms::Binder<CommitteeReview> m_decisionForm;
    QHash<Id, Label> m_labels;
    Problems m_problems;
    int m_rowAfterChange = -1; ///< the row to select after the next edit
    bool m_filling = false;
    bool m_open = false;

    QPushButton *m_addSuggested = nullptr;
    QLineEdit *m_search = nullptr;
    QWidget *m_results = nullptr; ///< the households found and the button that adds one
    QListWidget *m_found = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_openFile = nullptr;
    QWidget *m_detail = nullptr;
    QLabel *m_detailHeading = nullptr;
    FieldMessage *m_message = nullptr;
};

} // namespace Passerelle::Ui
