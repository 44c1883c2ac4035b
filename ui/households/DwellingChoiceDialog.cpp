#include "DwellingChoiceDialog.h"

#include "AppContext.h"
#include "Lookups.h"
#include "domain/Validation.h"
#include "forms/TabForms.h"
#include "storage/HouseholdRecordRepositories.h"
#include "widgets/FormWidgets.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Passerelle::Ui {

using namespace TabForms;

namespace {
/// At most this many dwellings are listed: the user narrows the search instead of scrolling.
constexpr int MaxResults = 50;
} // namespace

DwellingChoiceDialog::DwellingChoiceDialog(AppContext &context, const Lookups &lookups,
                                           Id agencyId, QWidget *parent)
    : QDialog(parent), m_context(context), m_lookups(lookups), m_agencyId(agencyId)
{
    setObjectName(QStringLiteral("dwellingChoiceDialog"));
    setWindowTitle(tr("Dwelling proposed to the CAL"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint(tr("The dwelling the CAL decides on, before any lease: the entry "
                              "into it then starts from it."),
                           this));

    m_known = new QRadioButton(tr("One of the &landlord's dwellings"), this);
    m_known->setObjectName(QStringLiteral("knownDwelling"));
    m_known->setChecked(true);
    layout->addWidget(m_known);
    auto *known = new QWidget(this);
    auto *knownLayout = new QVBoxLayout(known);
    knownLayout->setContentsMargins(24, 0, 0, 0);
    m_search = new QLineEdit(known);
    m_search->setObjectName(QStringLiteral("dwellingSearch"));
    m_search->setPlaceholderText(tr("Address, commune or dwelling number"));
    m_search->setClearButtonEnabled(true);
    knownLayout->addWidget(m_search);
    m_results = recordTable(QStringLiteral("dwellingResults"),
                            {tr("Number"), tr("Address"), tr("Postal code"), tr("Commune"),
                             tr("Typology")},
                            known);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setMinimumHeight(160);
    knownLayout->addWidget(m_results, 1);
    m_count = hint(QString(), known);
    knownLayout->addWidget(m_count);
    layout->addWidget(known, 1);

    m_other = new QRadioButton(tr("&Another dwelling, entered here"), this);
    m_other->setObjectName(QStringLiteral("otherDwelling"));
    layout->addWidget(m_other);
    m_newForm = new QWidget(this);
    auto *form = new QFormLayout(m_newForm);
    form->setContentsMargins(24, 0, 0, 0);
    m_reference = new QLineEdit(m_newForm);
    m_address = new QLineEdit(m_newForm);
    m_postalCode = new QLineEdit(m_newForm);
    m_postalCode->setMaxLength(5);
    m_commune = new QLineEdit(m_newForm);
    m_typology = new CodeCombo(lookups.catalog, ReferenceList::Typology, true, m_newForm);
    addRow(form, tr("&Number:"), m_reference, nullptr);
    addRow(form, tr("A&ddress:"), m_address, nullptr);
    addRow(form, tr("&Postal code:"), m_postalCode, nullptr);
    addRow(form, tr("&Commune:"), m_commune, nullptr);
    addRow(form, tr("&Typology:"), m_typology, nullptr);
    m_address->setObjectName(QStringLiteral("newDwellingAddress"));
    m_commune->setObjectName(QStringLiteral("newDwellingCommune"));
    m_newForm->setEnabled(false);
    layout->addWidget(m_newForm);

    m_message = new FieldMessage(this);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Propose this dwelling"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &DwellingChoiceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const auto choose = [this, known] {
        known->setEnabled(m_known->isChecked());
        m_newForm->setEnabled(m_other->isChecked());
        m_message->setMessage({});
    };
    connect(m_known, &QRadioButton::toggled, this, choose);
    // Searching as one types, once the typing pauses.
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &DwellingChoiceDialog::search);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_results, &QTableWidget::itemDoubleClicked, this, &DwellingChoiceDialog::accept);
    search();
    resizeWithinScreen(this, QSize(720, 520));
    m_search->setFocus();
}

void DwellingChoiceDialog::search()
{
    const auto found
            = DwellingRepository(m_context.db()).search(m_search->text(), m_agencyId, MaxResults + 1);
    m_found = found ? *found : QList<Dwelling>();
    const bool more = m_found.size() > MaxResults;
    if (more)
        m_found.removeLast();
    m_results->setRowCount(int(m_found.size()));
    for (int row = 0; row < m_found.size(); ++row) {
        const Dwelling &d = m_found.at(row);
        const QStringList texts{d.reference, d.address, d.postalCode, d.commune,
                                m_lookups.catalog.label(ReferenceList::Typology, d.typology)};
        for (int column = 0; column < texts.size(); ++column)
            setCell(m_results, row, column, texts.at(column));
        setRowId(m_results, row, d.id);
    }
    m_results->resizeColumnsToContents();
    m_count->setText(!found ? found.error().message
                     : more ? tr("The first %1 dwellings: type more to narrow the search.")
                                      .arg(MaxResults)
                            : tr("%n dwelling(s) found.", nullptr, int(m_found.size())));
    if (!m_found.isEmpty())
        selectRow(m_results, 0);
}

Dwelling DwellingChoiceDialog::dwelling() const
{
    if (m_known->isChecked()) {
        const int row = m_results->currentRow();
        return row >= 0 && row < m_found.size() ? m_found.at(row) : Dwelling();
    }
    Dwelling d;
    d.reference = m_reference->text().trimmed();
    d.address = m_address->text().trimmed();
    d.postalCode = m_postalCode->text().trimmed();
    d.commune = m_commune->text().trimmed();
    d.typology = m_typology->code();
    d.agencyId = m_agencyId;
    return d;
}

void DwellingChoiceDialog::accept()
{
    if (m_known->isChecked()) {
        if (dwelling().id <= 0) {
            m_message->setMessage(tr("Choose a dwelling in the list, or enter another one."));
            return;
        }
    } else if (const Problems problems = Validation::check(dwelling(), m_lookups.catalog);
               !problems.isEmpty()) {
        m_message->setMessage(problems.first().message);
        return;
    }
    QDialog::accept();
}

} // namespace Passerelle::Ui
