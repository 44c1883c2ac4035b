#pragma once

#include "widgets/WidgetsFwd.h"

#include "HouseholdTab.h"
#include "forms/RecordList.h"

namespace Passerelle::Ui {

/// Suivi: the contacts (newest first) with a quick-entry row that adds one with Enter, a
/// filter by type and the form of the selected contact; the alerts (unpaid rent, neighbour
/// conflict…) that can be closed; the reviews of the household by follow-up committees.
class FollowUpTab : public HouseholdTab
{
    Q_OBJECT

public:
    FollowUpTab(HouseholdDocument &document, AppContext &context, const Lookups &lookups,
                QWidget *parent = nullptr);

    QString title() const override;
    void refresh() override;

public Q_SLOTS:
    /// Puts the focus in the quick-entry row, ready for a new contact (Ctrl+N).
    void startNewContact();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildQuickEntry(QWidget *parent);
    // The contacts and the alerts add their fields to `order`, the keyboard order of the tab.
    QWidget *buildContacts(QWidget *parent, QList<QWidget *> &order);
    QWidget *buildAlerts(QWidget *parent, QList<QWidget *> &order);
    QWidget *buildReviews(QWidget *parent);
    void addQuickContact();
    void resetQuickEntry();
    QString cesfName() const;
    Id userIdNamed(const QString &name) const;
    void fillContacts();
    void fillAlerts();
    void fillReviews();
    void showProblems();

    Forms::RecordList<HouseholdFile, Contact> m_contactList;
    Forms::RecordList<HouseholdFile, Alert> m_alertList;
    bool m_quickPending = false;

    DateEdit *m_quickDate = nullptr;
    CodeCombo *m_quickType = nullptr;
    QSpinBox *m_quickDuration = nullptr;
    QLineEdit *m_quickAuthor = nullptr;
    QLineEdit *m_quickNote = nullptr;
    QPushButton *m_quickAdd = nullptr;
    FieldMessage *m_quickMessage = nullptr;

    QComboBox *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QTableWidget *m_contacts = nullptr;
    QLabel *m_noContact = nullptr;

    QPushButton *m_closeAlert = nullptr;

    QTableWidget *m_reviews = nullptr;
    QLabel *m_noReview = nullptr;

    QString m_proposedAuthor;
    QList<Contact> m_shownContacts;
    QString m_shownFilter;
};

} // namespace Passerelle::Ui
