#include "DashboardTile.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionFocusRect>

namespace Passerelle::Ui {
namespace {

constexpr int Padding = 12;
constexpr int Radius = 6;

} // namespace

DashboardTile::DashboardTile(const QString &caption, Tone tone, QWidget *parent)
    : QAbstractButton(parent), m_caption(caption), m_tone(tone)
{
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setText(caption);
    updateAccessibleName();
}

void DashboardTile::setCount(int count)
{
    if (count == m_count)
        return;
    m_count = count;
    updateAccessibleName();
    update();
    Q_EMIT countChanged(count);
}

void DashboardTile::setCaption(const QString &caption)
{
    if (caption == m_caption)
        return;
    m_caption = caption;
    setText(caption);
    updateAccessibleName();
    updateGeometry();
    update();
}

void DashboardTile::updateAccessibleName()
{
    setAccessibleName(QString::number(m_count) + u' ' + m_caption);
}

QFont DashboardTile::countFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 2.2);
    f.setBold(true);
    return f;
}

QSize DashboardTile::sizeHint() const
{
    const QFontMetrics big(countFont());
    const QFontMetrics small(font());
    // Room for a caption on three lines: French captions are long ("Contrats arrivant à
    // échéance sous 30 jours") and eight tiles share the width of a laptop screen.
    return {std::max(140, small.horizontalAdvance(m_caption) / 3 + 2 * Padding),
            2 * Padding + big.height() + 4 + 3 * small.lineSpacing()};
}

QSize DashboardTile::minimumSizeHint() const
{
    return {110, sizeHint().height()};
}

bool DashboardTile::event(QEvent *event)
{
    if (event->type() == QEvent::HoverEnter || event->type() == QEvent::HoverLeave)
        update();
    return QAbstractButton::event(event);
}

void DashboardTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF frame = QRectF(rect()).adjusted(1, 1, -1, -1);
    QPainterPath path;
    path.addRoundedRect(frame, Radius, Radius);

    QColor background = pal.color(QPalette::Base);
    QColor border = pal.color(QPalette::Mid);
    if (isChecked()) {
        QColor tint = pal.color(QPalette::Highlight);
        tint.setAlpha(28);
        p.fillPath(path, background);
        background = tint;
        border = pal.color(QPalette::Highlight);
    } else if (underMouse()) {
        border = pal.color(QPalette::Highlight).lighter(130);
    }
    p.fillPath(path, background);
    p.setPen(QPen(border, isChecked() ? 2.0 : 1.0));
    p.drawPath(path);

    const QRect inner = rect().adjusted(Padding, Padding - 2, -Padding, -Padding + 2);
    const QFont big = countFont();
    const QFontMetrics bigMetrics(big);
    QColor countColour = pal.color(QPalette::Text);
    if (m_tone == Tone::Attention && m_count > 0)
        countColour = QColor(0xb3, 0x41, 0x1e); // a warm red that stays readable on white
    p.setFont(big);
    p.setPen(countColour);
    p.drawText(QRect(inner.left(), inner.top(), inner.width(), bigMetrics.height()),
               Qt::AlignLeft | Qt::AlignVCenter, QLocale().toString(m_count));

    p.setPen(pal.color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
    const QRect captionRect(inner.left(), inner.top() + bigMetrics.height() + 4, inner.width(),
                            inner.bottom() - inner.top() - bigMetrics.height() - 4);
    // Eight tiles share a laptop's width: a caption too long for its three lines is set a
    // little smaller rather than cut.
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    QFont caption = font();
    for (qreal scale = 1.0; scale >= 0.75; scale -= 0.05) {
        caption.setPointSizeF(font().pointSizeF() * scale);
        if (QFontMetrics(caption).boundingRect(captionRect, flags, m_caption).height()
            <= captionRect.height())
            break;
    }
    p.setFont(caption);
    p.drawText(captionRect, flags, m_caption);

    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(4, 4, -4, -4);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
    }
}

} // namespace Passerelle::Ui
