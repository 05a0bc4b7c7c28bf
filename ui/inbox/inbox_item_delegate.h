#pragma once

#include <QDateTime>
#include <QStyledItemDelegate>

namespace travelflow {

// Draws one inbox row: the platform's icon, the author (bold while unread), when it came,
// a lead badge with its score, two lines of the text and the post it was written under.
// Colours come from the palette, so light and dark themes both read well.
class InboxItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit InboxItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "just now", "5 min ago", "yesterday", or the date.
    static QString relativeTime(const QDateTime &when, const QDateTime &now);
};

} // namespace travelflow
