#pragma once

#include "Page.h"
#include "documents/DocumentPrinter.h"
#include "domain/FollowUp.h"
#include "households/Lookups.h"

#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTimeEdit;
class QTimer;
class QTreeWidget;
class QUndoStack;

namespace Passerelle::Ui {

class CodeCombo;
class DateEdit;
class FieldMessage;
class FreeTextEdit;
class RecordCombo;

/// « Commissions de suivi »: the follow-up committees of the agency worked on (upcoming first,
/// then past), and the form of one committee: when and where, who takes part, the minutes, and
/// the households reviewed with the decision for each. Households are added from core's
/// suggestions (with their reasons) or by searching. Every edit can be undone until saved;
/// choosing another committee, leaving the page or closing the window with unsaved changes
/// asks first.
class CommitteesPage : public Page
{
    Q_OBJECT

public:
    explicit CommitteesPage(AppContext &context, QWidget *parent = nullptr);
    ~CommitteesPage() override;

    QString title() const override;
    QIcon icon() const override;
    void refresh() override;
    bool focusSearch() override;

    /// The committee as the form shows it (unsaved changes included).
    const FollowUpCommittee &committee() const { return m_edited; }
    bool isModified() const;
    QUndoStack *undoStack() const { return m_undo; }

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

    /// Adds the households suggested by core after the user checked them in a dialog.
    void addSuggestedHouseholds();
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
    struct Label
    {
        QString reference;
        QString name;
    };

    QWidget *buildList();
    QWidget *buildForm();
    QWidget *buildCommitteeBox();
    QWidget *buildReviewsBox();
    FieldMessage *message(const QString &field, QWidget *parent);

    void reloadList();
    void selectInList(Id id);
    void load(const FollowUpCommittee &committee);
    void loadLabels(const QList<Id> &ids);
    /// Records one undoable edit of the committee; consecutive edits with the same merge key
    /// (typing in one field) make one step.
    void change(const QString &text, int mergeKey,
                const std::function<void(FollowUpCommittee &)> &edit);
    void editReview(int row, const QString &text, int mergeKey,
                    const std::function<void(CommitteeReview &)> &edit);
    void setState(const FollowUpCommittee &state);
    void fillForm();
    void fillReviews();
    void fillDetail();
    void showProblems();
    void updateState();
    void moveReview(int delta);
    void removeReview();
    void openCurrentHousehold();
    void search();
    void addFound();
    QString reasonFor(Id householdId) const;
    Id agencyForNew() const;
    QList<std::pair<Id, QString>> agencyChoices() const;
    QString describe(const FollowUpCommittee &committee) const;

    Lookups m_lookups;
    FollowUpCommittee m_stored; ///< as saved (or the blank of a new committee)
    FollowUpCommittee m_edited; ///< as shown
    bool m_open = false;        ///< a committee (stored or new) is shown
    bool m_filling = false;
    bool m_showProblems = false;
    bool m_wasModified = false;
    bool m_selecting = false;
    bool m_asking = false;
    int m_rowAfterChange = -1; ///< the review row to select after the next edit
    QHash<Id, Label> m_labels;
    QUndoStack *m_undo = nullptr;
    QObject *m_watchedWindow = nullptr;

    QComboBox *m_agencyFilter = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_emptyList = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_modified = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_statusTimer = nullptr;
    RecordCombo *m_agency = nullptr;
    DateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QLineEdit *m_place = nullptr;
    QPlainTextEdit *m_participants = nullptr;
    FreeTextEdit *m_minutes = nullptr;
    QPushButton *m_addSuggested = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_found = nullptr;
    QPushButton *m_addFound = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTableWidget *m_reviews = nullptr;
    QLabel *m_emptyReviews = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_openFile = nullptr;
    QLabel *m_detailHeading = nullptr;
    CodeCombo *m_decision = nullptr;
    FreeTextEdit *m_decisionNotes = nullptr;
    QWidget *m_detail = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_agenda = nullptr;
    QHash<QString, FieldMessage *> m_messages;
};

} // namespace Passerelle::Ui
