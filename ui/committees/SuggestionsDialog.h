#pragma once

#include "widgets/WidgetsFwd.h"

#include "committees/CommitteeSuggestions.h"

#include <QDialog>

namespace Passerelle::Ui {

/// The households core suggests for a follow-up committee, each with its reasons, to check
/// before adding them (all checked at first). Households the committee already lists are left
/// out.
class SuggestionsDialog : public QDialog
{
    Q_OBJECT

public:
    /// `heading` says for which agency and day; `alreadyListed` counts the suggestions left out.
    SuggestionsDialog(const QList<CommitteeSuggestion> &suggestions, int alreadyListed,
                      int noContactDays, const QString &heading, QWidget *parent = nullptr);

    /// The suggestions still checked, in their order.
    QList<CommitteeSuggestion> checked() const;
    QTreeWidget *view() const { return m_view; }

private:
    QList<CommitteeSuggestion> m_suggestions;
    QTreeWidget *m_view = nullptr;
};

} // namespace Passerelle::Ui
