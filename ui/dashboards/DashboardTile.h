#pragma once

#include <QAbstractButton>

namespace Passerelle::Ui {

/// A tile of the dashboard: a big count over its caption. Checkable: the checked tile is the
/// list shown below the tiles. Counts that call for action are drawn in a warning colour.
class DashboardTile : public QAbstractButton
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum class Tone { Neutral, Attention };

    DashboardTile(const QString &caption, Tone tone, QWidget *parent = nullptr);

    int count() const { return m_count; }
    void setCount(int count);
    QString caption() const { return m_caption; }
    void setCaption(const QString &caption);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void countChanged(int count);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QFont countFont() const;
    void updateAccessibleName();

    QString m_caption;
    Tone m_tone;
    int m_count = 0;
};

} // namespace Passerelle::Ui
