#include "inbox_item_delegate.h"

#include "inbox_list_model.h"
#include "widgets/platform_style.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

namespace travelflow {

namespace {

constexpr int kMargin = 8;
constexpr int kIconSize = 24;
constexpr int kTextLines = 2;

// Lays `text` out in at most `maxLines` lines of `width`, the last one elided.
QStringList wrapLines(const QString &text, const QFont &font, int width, int maxLines)
{
    QString flat = text.left(2000); // more never fits in two lines
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QStringList lines;
    QTextLayout layout(flat, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    const QFontMetrics metrics(font);
    while (lines.size() < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lines.append(metrics.elidedText(flat.mid(line.textStart()), Qt::ElideRight, width));
            break;
        }
        lines.append(flat.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

} // namespace

InboxItemDelegate::InboxItemDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

QString InboxItemDelegate::relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, static_cast<int>(seconds / 60));
    if (seconds < qint64{24} * 3600)
        return tr("%n h ago", nullptr, static_cast<int>(seconds / 3600));
    const qint64 days = when.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days == 1)
        return tr("yesterday");
    if (days < 7)
        return tr("%n days ago", nullptr, static_cast<int>(days));
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

QSize InboxItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index);
    const int line = option.fontMetrics.lineSpacing();
    // Author line, two lines of text, the post line.
    return {qMax(200, option.rect.width()), kMargin * 2 + line * (2 + kTextLines) + 4};
}

void InboxItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The selection and hover background as the style draws it, without its text.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = (option.state & QStyle::State_Selected) != 0;
    const QPalette::ColorGroup group
        = (option.state & QStyle::State_Enabled) != 0 ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.65F);
    const bool archived
        = index.data(InboxListModel::StateRole).toInt() == static_cast<int>(Interaction::State::Archived);

    const bool unread = index.data(InboxListModel::UnreadRole).toBool();
    const bool lead = index.data(InboxListModel::LeadRole).toBool();
    const auto platform = static_cast<Platform>(index.data(InboxListModel::PlatformRole).toInt());
    const QRect area = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);

    painter->save();
    platformIcon(platform).paint(painter, QRect(area.left(), area.top(), kIconSize, kIconSize));
    const int left = area.left() + kIconSize + kMargin;
    const int width = area.right() - left;

    QFont bold = option.font;
    bold.setBold(unread);
    const QFontMetrics boldMetrics(bold);
    const int line = option.fontMetrics.lineSpacing();
    int y = area.top();

    // Right side of the first line: the time and, for a lead, its badge.
    const QString time = relativeTime(index.data(InboxListModel::CreatedAtRole).toDateTime(),
                                      QDateTime::currentDateTimeUtc());
    int right = area.right();
    painter->setFont(option.font);
    painter->setPen(dim);
    const int timeWidth = option.fontMetrics.horizontalAdvance(time);
    painter->drawText(QRect(right - timeWidth, y, timeWidth, line), Qt::AlignRight | Qt::AlignVCenter, time);
    right -= timeWidth + kMargin;
    if (lead) {
        const QString badge
            = tr("Lead %1%").arg(qRound(index.data(InboxListModel::LeadScoreRole).toDouble() * 100));
        const int badgeWidth = option.fontMetrics.horizontalAdvance(badge) + line + 10;
        const QRect badgeRect(right - badgeWidth, y, badgeWidth, line);
        // A small accent colour is fine for a badge; it stays readable on both themes.
        QColor accent(QStringLiteral("#2e9d58"));
        painter->setPen(Qt::NoPen);
        QColor fill = accent;
        fill.setAlphaF(0.18F);
        painter->setBrush(fill);
        painter->drawRoundedRect(badgeRect, 4, 4);
        QIcon(QStringLiteral(":/icons/lead.svg"))
            .paint(painter, QRect(badgeRect.left() + 3, y + 1, line - 2, line - 2));
        painter->setPen(selected ? text : accent.darker(110));
        painter->drawText(badgeRect.adjusted(line + 3, 0, -3, 0), Qt::AlignCenter, badge);
        right = badgeRect.left() - kMargin;
    }

    painter->setFont(bold);
    painter->setPen(text);
    const QString author = index.data(InboxListModel::AuthorRole).toString();
    painter->drawText(QRect(left, y, qMax(0, right - left), line), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(author.isEmpty() ? tr("Someone") : author, Qt::ElideRight,
                                             qMax(0, right - left)));
    y += line + 2;

    painter->setFont(option.font);
    painter->setPen(archived ? dim : text); // archived items step back
    const QStringList lines
        = wrapLines(index.data(InboxListModel::TextRole).toString(), option.font, width, kTextLines);
    for (const QString &l : lines) {
        painter->drawText(QRect(left, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, l);
        y += line;
    }
    if (lines.isEmpty()) {
        painter->setPen(dim);
        painter->drawText(QRect(left, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, tr("(no text)"));
    }

    const QString post = index.data(InboxListModel::PostTitleRole).toString();
    if (!post.isEmpty()) {
        y = area.top() + (line + 2) + line * kTextLines + 2;
        painter->setPen(dim);
        painter->drawText(
            QRect(left, y, width, line), Qt::AlignLeft | Qt::AlignVCenter,
            option.fontMetrics.elidedText(tr("on \u201c%1\u201d").arg(post), Qt::ElideRight, width));
    }
    painter->restore();
}

} // namespace travelflow
