#pragma once

#include "accessibility.h"
#include "resultpanel.h"

#include <QPainter>
#include <QStyledItemDelegate>

namespace relink {

// The status column as a badge: Belvo's word on the status colour (text on every badge, so it
// never rests on colour alone).
class StatusBadgeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        option.widget->style()->drawControl(QStyle::CE_ItemViewItem, &background, painter,
                                            option.widget);
        const QString status = index.data().toString();
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        const int pad = metrics.height() / 3;
        QRect pill(QPoint(0, 0),
                   QSize(metrics.horizontalAdvance(status) + 2 * pad, metrics.height() + pad / 2));
        pill.moveCenter(option.rect.center());
        pill.moveLeft(option.rect.left() + pad);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(statusBadgeColour(status));
        painter->drawRoundedRect(pill, 4, 4);
        painter->setPen(readableTextOn(statusBadgeColour(status)));
        painter->setFont(bold);
        painter->drawText(pill, Qt::AlignCenter, status);
        painter->restore();
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QFont bold = option.font;
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        return {metrics.horizontalAdvance(index.data().toString()) + metrics.height() * 4 / 3,
                metrics.height() * 3 / 2};
    }
};

} // namespace relink
