#pragma once

#include <QDateTime>
#include <QStyledItemDelegate>

namespace travelflow {

// Draws one inbox row: the platform's icon, the author (bold while unread), when it came,
// a lead badge with its score, up to two lines of the text and, when known, the post it was
// written under. Rows are as tall as what they show, measured with the font; the text is
// elided to the view's width, so the list never scrolls sideways. Colours come from the
// palette, so light and dark themes both read well.
class InboxItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // Inner spacing of a row, around and between its parts.
    static constexpr int kPadding = 6;
    static constexpr int kMargin = 8;
    static constexpr int kLineGap = 2;
    static constexpr int kIconSize = 24;
    static constexpr int kMaxTextLines = 2;
    // A time this far ahead of the local clock still reads "just now" (clocks drift a little).
    static constexpr qint64 kClockSkewSecs = 60;

    explicit InboxItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // For the past: "just now", "5 min ago", "3 h ago", "yesterday", "3 days ago", then the
    // date. A time in the future (a platform whose clock runs ahead) is shown as it is,
    // "30 Nov 14:05", since "just now" would be a guess.
    static QString relativeTime(const QDateTime &when, const QDateTime &now);
    // "30 Nov 14:05" (with the year when it is not `now`'s year), in the local time zone.
    static QString absoluteTime(const QDateTime &when, const QDateTime &now);
};

} // namespace travelflow
