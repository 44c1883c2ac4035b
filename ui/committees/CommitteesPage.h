#pragma once

#include "widgets/WidgetsFwd.h"

#include "Page.h"
#include "documents/DocumentPrinter.h"
#include "domain/FollowUp.h"
#include "editing/EditDocument.h"
#include "households/Lookups.h"

namespace Passerelle::Ui {

class CommitteeForm;
class CommitteeList;
class ReviewedHouseholds;

/// « Commissions de suivi »: the follow-up committees of the agency worked on (upcoming first,
/// then past), and the form of one committee: when and where, who takes part, the minutes, and
/// the households reviewed with the decision for each. Households are added from core's
/// suggestions (with their reasons) or by searching. Every edit can be undone until saved;
/// choosing another committee, leaving the page or closing the window with unsaved changes
/// asks first. The page coordinates three parts: the list (CommitteeList), the form
/// (CommitteeForm) and the households reviewed (ReviewedHouseholds), which all show and edit
/// one EditDocument of the committee.
class CommitteesPage : public Page
{
    Q_OBJECT

public:
    explicit CommitteesPage(AppContext &context, QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;
    bool focusSearch() override;

    /// The committee as the form shows it (unsaved changes included).
    const FollowUpCommittee &committee() const { return m_document.edited(); }
    bool isModified() const { return m_open && m_document.isModified(); }
    QUndoStack *undoStack() { return m_document.undoStack(); }

    /// Shows a stored committee; asks first when the one shown has unsaved changes. False when
    /// the user chose to stay, or when the committee cannot be read.
    bool selectCommittee(Id id);
    /// Starts a new committee for the agency worked on; asks first like selectCommittee().
    bool newCommittee();
    /// Saves the committee shown (the decisions go to each household's journal). True when saved.
    bool save();
    /// Goes back to the committee as saved (undoable).
    void revert();
    /// Deletes the committee shown, after confirmation. True when deleted.
    bool deleteCommittee();
    /// Prints the agenda of the committee shown (the households to review, with no sensitive
    /// detail); saves it first, after asking, when it has unsaved changes. For a PDF, `pdfPath`
    /// (when given) is written instead of asking. True when printed.
    bool printAgenda(DocumentPrinter::Output output, const QString &pdfPath = {});
    /// Asks about unsaved changes (save, discard or stay); true when the page may be left.
    bool maybeLeave();

    /// Adds one household at the end of the list (nothing when it is listed already).
    void addHousehold(Id householdId, const QString &reference, const QString &name,
                      const QString &reason);

Q_SIGNALS:
    void modifiedChanged(bool modified);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildForm();
    void reloadList();
    void load(const FollowUpCommittee &committee);
    void close();
    void refreshForm();
    void updateState();
    Id agencyForNew() const;
    QList<std::pair<Id, QString>> agencyChoices() const;
    QString describe(const FollowUpCommittee &committee) const;

    Lookups m_lookups;
    EditDocument<FollowUpCommittee> m_document;
    bool m_open = false;         ///< a committee (stored or new) is shown
    bool m_showProblems = false; ///< a blank form is not scolded before its first edit
    bool m_asking = false;
    QObject *m_watchedWindow = nullptr;

    CommitteeList *m_list = nullptr;
    ReviewedHouseholds *m_reviews = nullptr;
    CommitteeForm *m_form = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_modified = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_statusTimer = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_agenda = nullptr;
};

} // namespace Passerelle::Ui
