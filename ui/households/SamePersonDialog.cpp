#include "SamePersonDialog.h"

#include "Lookups.h"
#include "forms/TabForms.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Passerelle::Ui {

using namespace TabForms;

SamePersonDialog::SamePersonDialog(const QList<PersonMatch> &matches, const Lookups &lookups,
                                   QWidget *parent)
    : QDialog(parent), m_matches(matches)
{
    setWindowTitle(tr("Already known?"));
    setObjectName(QStringLiteral("samePersonDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
            tr("%n person(s) with the same name and birth date already appear in the files "
               "you can see. If the household is one of them (referred again by another "
               "partner, or already a tenant), open its file instead of creating a second one.",
               nullptr, int(matches.size())),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = recordTable(QStringLiteral("samePeople"),
                          {tr("Reference"), tr("Household"), tr("Person"), tr("Born on"),
                           tr("Agency"), tr("Status")},
                          this);
    m_table->setRowCount(int(matches.size()));
    for (int row = 0; row < matches.size(); ++row) {
        const PersonMatch &m = matches.at(row);
        const QStringList texts{
                m.household.reference, m.household.displayName, m.member.fullName(),
                dateText(m.member.birthDate), lookups.agencyName(m.household.agencyId),
                lookups.catalog.label(ReferenceList::HouseholdStatus, m.household.status)};
        for (int column = 0; column < texts.size(); ++column)
            setCell(m_table, row, column, texts.at(column));
        setRowId(m_table, row, m.household.id);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    fitRows(m_table, 2, 8);
    selectRow(m_table, 0);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(this);
    auto *open = buttons->addButton(tr("&Open this file"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("openExisting"));
    auto *create = buttons->addButton(tr("&Create a new household"), QDialogButtonBox::ActionRole);
    create->setObjectName(QStringLiteral("createNew"));
    buttons->addButton(QDialogButtonBox::Cancel);
    open->setDefault(true);
    layout->addWidget(buttons);
    connect(open, &QPushButton::clicked, this, [this] { done(OpenExisting); });
    connect(create, &QPushButton::clicked, this, [this] { done(CreateNew); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this, open] { open->setEnabled(m_table->currentRow() >= 0); });
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this] { done(OpenExisting); });
    resize(760, sizeHint().height());
}

Id SamePersonDialog::chosenHousehold() const
{
    return rowId(m_table, m_table->currentRow());
}

} // namespace Passerelle::Ui
