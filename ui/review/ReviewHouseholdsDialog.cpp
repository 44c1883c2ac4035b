#include "ReviewHouseholdsDialog.h"

#include "AppContext.h"
#include "exchange/HouseholdListExport.h"
#include "files/FileDialogs.h"
#include "forms/TabForms.h"
#include "io/SafeFiles.h"
#include "models/HouseholdListModel.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace Passerelle::Ui {

ReviewHouseholdsDialog::ReviewHouseholdsDialog(AppContext &context, const QString &figure,
                                               const QList<Id> &households, QWidget *parent)
    : QDialog(parent), m_context(context), m_ids(households)
{
    setObjectName(u"reviewHouseholds"_s);
    std::sort(m_ids.begin(), m_ids.end());
    m_ids.erase(std::unique(m_ids.begin(), m_ids.end()), m_ids.end());
    setWindowTitle(tr("Households behind « %1 »").arg(figure));
    TabForms::resizeWithinScreen(this, QSize(900, 480));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    m_model = new HouseholdListModel(context.db(), context.scope(), this);
    HouseholdFilter filter;
    filter.ids = m_ids;
    const Status loaded = m_model->reload(filter);
    auto *view = TabForms::recordView(m_model, u"households"_s, HouseholdListModel::ReferenceColumn,
                                      this);
    view->resizeColumnsToContents();
    layout->addWidget(view, 1);
    intro->setText(tr("%n household(s). Double-click a household to open its file.", nullptr,
                      int(m_model->totalCount())));
    m_message = new QLabel(this);
    m_message->setObjectName(u"message"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setVisible(!loaded);
    if (!loaded)
        m_message->setText(loaded.error().message);
    layout->addWidget(m_message);
    connect(view, &QTableView::activated, this, &ReviewHouseholdsDialog::open);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (context.scope().may(Permission::ExportHouseholds)) {
        const QList<std::pair<QString, QString>> formats{{u"csv"_s, tr("Export as CSV…")},
                                                         {u"xlsx"_s, tr("Export as Excel…")}};
        for (const auto &[format, text] : formats) {
            QPushButton *b = buttons->addButton(text, QDialogButtonBox::ActionRole);
            b->setObjectName(u"export_"_s + format);
            b->setEnabled(m_model->totalCount() > 0);
            connect(b, &QPushButton::clicked, this, [this, f = format] { exportAs(f); });
        }
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

int ReviewHouseholdsDialog::rowCount() const
{
    return int(m_model->totalCount());
}

void ReviewHouseholdsDialog::open(const QModelIndex &index)
{
    const Id id = m_model->data(index, HouseholdListModel::IdRole).toLongLong();
    if (id > 0)
        Q_EMIT m_context.openHouseholdRequested(id, QString());
}

QString ReviewHouseholdsDialog::exportTo(const QString &format, const QString &path)
{
    HouseholdFilter filter;
    filter.ids = m_ids;
    // The export is journaled with its file: no entry for a file that could not be written.
    Transaction tx(m_context.db());
    if (!tx.status())
        return tx.status().error().message;
    auto bytes = HouseholdListExport::write(
        m_context.db(), m_context.scope(), filter,
        HouseholdListExport::formatNamed(format).value_or(HouseholdListExport::Format::Csv));
    if (!bytes)
        return bytes.error().message;
    if (const Status written = SafeFiles::writeAtomically(path, *bytes); !written)
        return written.error().message;
    if (const Status committed = tx.commit(); !committed)
        return committed.error().message;
    return {};
}

void ReviewHouseholdsDialog::exportAs(const QString &format)
{
    const QString path = FileDialogs::saveFile(
        this, tr("Export the list of households"), QDir::home().filePath(u"menages."_s + format),
        tr("%1 files (*.%2)").arg(format.toUpper(), format));
    if (path.isEmpty())
        return;
    const QString error = exportTo(format, path);
    m_message->setText(error.isEmpty() ? tr("List exported to %1.").arg(QDir::toNativeSeparators(path))
                                       : error);
    m_message->show();
}

} // namespace Passerelle::Ui
