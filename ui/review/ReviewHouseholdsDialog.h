#pragma once

#include "widgets/WidgetsFwd.h"

#include "domain/Types.h"

#include <QDialog>

namespace Passerelle::Ui {

class HouseholdListModel;

/// The households behind a figure of the review (its drill-down), listed as the Ménages screen
/// lists them, each opening its file; the list exports for the staff (names included,
/// journaled as an export of households).
class ReviewHouseholdsDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewHouseholdsDialog(AppContext &context, const QString &figure, const QList<Id> &households,
                           QWidget *parent = nullptr);

    int rowCount() const;
    /// Writes the list to `path` in `format` ("csv", "xlsx"…); the error, if any, is returned.
    QString exportTo(const QString &format, const QString &path);

private:
    void open(const QModelIndex &index);
    void exportAs(const QString &format);

    AppContext &m_context;
    QList<Id> m_ids;
    HouseholdListModel *m_model = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Passerelle::Ui
