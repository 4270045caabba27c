#include "ui/widgets/progressdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QPoint>
#include <QStyleOptionProgressBar>

namespace ul {

ProgressDelegate::ProgressDelegate(int progressRole, QObject *parent) : QStyledItemDelegate(parent), m_role(progressRole) {}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant progress = index.data(m_role);
    if (!progress.canConvert<QPoint>() || progress.value<QPoint>().y() <= 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QPoint p = progress.value<QPoint>();
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.minimum = 0;
    bar.maximum = p.y();
    bar.progress = qBound(0, p.x(), p.y());
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QVariant progress = index.data(m_role);
    if (progress.canConvert<QPoint>() && progress.value<QPoint>().y() > 0)
        size.setWidth(qMax(size.width(), option.fontMetrics.averageCharWidth() * 16));
    return size;
}

} // namespace ul
