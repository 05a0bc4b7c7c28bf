#pragma once

#include <QStyledItemDelegate>

namespace travelflow {

// Draws the queue's progress cell as a progress bar with "12.3 MB of 40 MB · 2.1 MB/s ·
// 13 s left" in it; rows without progress get their text only.
class QueueProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace travelflow
