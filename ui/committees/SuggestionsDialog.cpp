#include "SuggestionsDialog.h"

#include "forms/TabForms.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Passerelle::Ui {

namespace {

enum Column { ReferenceColumn, NameColumn, ReasonsColumn };

} // namespace

SuggestionsDialog::SuggestionsDialog(const QList<CommitteeSuggestion> &suggestions,
                                     int alreadyListed, int noContactDays,
                                     const QString &heading, QWidget *parent)
    : QDialog(parent), m_suggestions(suggestions)
{
    setObjectName(QStringLiteral("suggestionsDialog"));
    setWindowTitle(tr("Suggested households"));
    auto *layout = new QVBoxLayout(this);
    auto *title = TabForms::heading(heading, 1.0, this);
    title->setWordWrap(true);
    layout->addWidget(title);
    auto *rule = new QLabel(tr("Households in support with an open alert, an overdue objective "
                               "or no contact for more than %n day(s) on the day of the "
                               "committee.",
                               nullptr, noContactDays),
                            this);
    rule->setWordWrap(true);
    layout->addWidget(rule);

    m_view = new QTreeWidget(this);
    m_view->setObjectName(QStringLiteral("suggestions"));
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setHeaderLabels({tr("Reference"), tr("Household"), tr("Reasons")});
    for (qsizetype i = 0; i < suggestions.size(); ++i) {
        const CommitteeSuggestion &s = suggestions.at(i);
        auto *item = new QTreeWidgetItem(m_view);
        item->setText(ReferenceColumn, s.reference);
        item->setText(NameColumn, s.name);
        item->setText(ReasonsColumn, s.reasonText());
        item->setToolTip(ReasonsColumn, s.reasonText());
        item->setData(ReferenceColumn, Qt::UserRole, qlonglong(i));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(ReferenceColumn, Qt::Checked);
    }
    m_view->header()->setStretchLastSection(true);
    m_view->resizeColumnToContents(ReferenceColumn);
    m_view->resizeColumnToContents(NameColumn);
    m_view->setColumnWidth(ReferenceColumn, m_view->columnWidth(ReferenceColumn) + 24);
    m_view->setMinimumHeight(220);
    layout->addWidget(m_view, 1);

    auto *count = new QLabel(this);
    count->setObjectName(QStringLiteral("count"));
    count->setWordWrap(true);
    QStringList notes;
    if (suggestions.isEmpty())
        notes << tr("No household to suggest: every household in support was met recently, "
                    "with no open alert and no overdue objective.");
    if (alreadyListed > 0)
        notes << tr("%n suggested household(s) already listed for this committee.", nullptr,
                    alreadyListed);
    count->setText(notes.join(u' '));
    count->setVisible(!notes.isEmpty());
    layout->addWidget(count);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *add = buttons->addButton(tr("&Add the checked households"),
                                          QDialogButtonBox::AcceptRole);
    add->setObjectName(QStringLiteral("addChecked"));
    add->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Nothing to add while no household is checked.
    const auto updateButton = [this, add] { add->setEnabled(!checked().isEmpty()); };
    connect(m_view, &QTreeWidget::itemChanged, this, updateButton);
    updateButton();
    TabForms::resizeWithinScreen(this, QSize(820, 460));
}

QList<CommitteeSuggestion> SuggestionsDialog::checked() const
{
    QList<CommitteeSuggestion> out;
    for (int i = 0; i < m_view->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_view->topLevelItem(i);
        if (item->checkState(ReferenceColumn) == Qt::Checked)
            out << m_suggestions.at(item->data(ReferenceColumn, Qt::UserRole).toLongLong());
    }
    return out;
}

} // namespace Passerelle::Ui
