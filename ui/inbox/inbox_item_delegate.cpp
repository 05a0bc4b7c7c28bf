#include "inbox_item_delegate.h"

#include "inbox_list_model.h"
#include "widgets/platform_style.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>

namespace travelflow {

namespace {

constexpr int kMaxChars = 2000; // more never fits in two lines

QString flatText(const QString &text)
{
    QString flat = text.left(kMaxChars);
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return flat.trimmed();
}

// The width a row gets: the viewport's when the view asks for a size (the option's rect
// is then the whole view, frame and scroll bar included), else the option's rect.
int rowWidth(const QStyleOptionViewItem &option, bool painting)
{
    if (!painting) {
        if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
            return view->viewport()->width();
    }
    return option.rect.width();
}

// The text column's width in a row `width` wide: right of the icon, inside the margins.
int textWidth(int width)
{
    return qMax(0, width - 3 * InboxItemDelegate::kMargin - InboxItemDelegate::kIconSize);
}

// How many lines the text takes, at most kMaxTextLines ("(no text)" takes one).
int textLineCount(const QString &flat, const QFontMetrics &metrics, int width)
{
    if (flat.isEmpty() || metrics.horizontalAdvance(flat) <= width)
        return 1;
    return InboxItemDelegate::kMaxTextLines;
}

// Lays `flat` out in at most `maxLines` lines of `width`, the last one elided.
QStringList wrapLines(const QString &flat, const QFont &font, int width, int maxLines)
{
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

QString InboxItemDelegate::absoluteTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    const bool thisYear = local.date().year() == now.toLocalTime().date().year();
    // The locale's short time (14:05 or 2:05 PM), without the seconds some locales add.
    static const QRegularExpression seconds(QStringLiteral("[:.]s+"));
    const QString timeFormat = locale.timeFormat(QLocale::ShortFormat).remove(seconds);
    return locale.toString(local.date(), thisYear ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy"))
        + QLatin1Char(' ') + locale.toString(local.time(), timeFormat);
}

QString InboxItemDelegate::relativeTime(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    const qint64 seconds = when.secsTo(now);
    if (seconds < -kClockSkewSecs)
        return absoluteTime(when, now); // ahead of our clock: say when, not how long ago
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, static_cast<int>(seconds / 60));
    if (seconds < qint64{24} * 3600)
        return tr("%n h ago", nullptr, static_cast<int>(seconds / 3600));
    const QDate day = when.toLocalTime().date();
    const qint64 days = day.daysTo(now.toLocalTime().date());
    if (days == 1)
        return tr("yesterday");
    if (days < 7)
        return tr("%n days ago", nullptr, static_cast<int>(days));
    const bool thisYear = day.year() == now.toLocalTime().date().year();
    return QLocale().toString(day, thisYear ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy"));
}

QSize InboxItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics &metrics = option.fontMetrics;
    const int line = metrics.lineSpacing();
    const int lines = textLineCount(flatText(index.data(InboxListModel::TextRole).toString()), metrics,
                                    textWidth(rowWidth(option, false)));
    const bool post = !index.data(InboxListModel::PostTitleRole).toString().isEmpty();
    // Author line, the text, the post line when known.
    const int height = 2 * kPadding + line + kLineGap + lines * line + (post ? kLineGap + line : 0);
    // A small width: the view stretches rows to its width and never scrolls sideways.
    return {3 * kMargin + kIconSize + 8 * metrics.averageCharWidth(), qMax(height, kIconSize + 2 * kPadding)};
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
    const QRect area = option.rect.adjusted(kMargin, kPadding, -kMargin, -kPadding);
    const QFontMetrics &metrics = option.fontMetrics;
    const int line = metrics.lineSpacing();

    painter->save();
    painter->setClipRect(option.rect);
    // The icon sits centred on the author line.
    platformIcon(platform).paint(
        painter, QRect(area.left(), area.top() + (line - kIconSize) / 2, kIconSize, kIconSize));
    const int left = area.left() + kIconSize + kMargin;
    const int width = textWidth(rowWidth(option, true));
    const int end = left + width; // one past the text column's last pixel

    QFont bold = option.font;
    bold.setBold(unread);
    const QFontMetrics boldMetrics(bold);
    int y = area.top();

    // Right side of the first line: the time and, for a lead, its badge.
    const QString time = relativeTime(index.data(InboxListModel::CreatedAtRole).toDateTime(),
                                      QDateTime::currentDateTimeUtc());
    int right = end;
    painter->setFont(option.font);
    painter->setPen(dim);
    const int timeWidth = metrics.horizontalAdvance(time);
    if (timeWidth > 0) {
        painter->drawText(QRect(right - timeWidth, y, timeWidth, line), Qt::AlignRight | Qt::AlignVCenter,
                          time);
        right -= timeWidth + kMargin;
    }
    if (lead) {
        const QString badge
            = tr("Lead %1%").arg(qRound(index.data(InboxListModel::LeadScoreRole).toDouble() * 100));
        const int badgeWidth = metrics.horizontalAdvance(badge) + line + 10;
        // The badge steps aside when the author's name would have no room left.
        if (right - badgeWidth - left >= 6 * metrics.averageCharWidth()) {
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
    }

    painter->setFont(bold);
    painter->setPen(text);
    const QString author = index.data(InboxListModel::AuthorRole).toString();
    const int authorWidth = qMax(0, right - left);
    painter->drawText(
        QRect(left, y, authorWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
        boldMetrics.elidedText(author.isEmpty() ? tr("Someone") : author, Qt::ElideRight, authorWidth));
    y += line + kLineGap;

    painter->setFont(option.font);
    painter->setPen(archived ? dim : text); // archived items step back
    const QString flat = flatText(index.data(InboxListModel::TextRole).toString());
    const QStringList lines = wrapLines(flat, option.font, width, textLineCount(flat, metrics, width));
    for (const QString &l : lines) {
        painter->drawText(QRect(left, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, l);
        y += line;
    }
    if (lines.isEmpty()) {
        painter->setPen(dim);
        painter->drawText(QRect(left, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, tr("(no text)"));
        y += line;
    }

    const QString post = index.data(InboxListModel::PostTitleRole).toString();
    if (!post.isEmpty()) {
        y += kLineGap;
        painter->setPen(dim);
        painter->drawText(QRect(left, y, width, line), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(tr("on \u201c%1\u201d").arg(post), Qt::ElideRight, width));
    }
    // A faint rule between rows, in the text's colour so it suits both themes.
    if (!selected) {
        QColor rule = option.palette.color(group, QPalette::Text);
        rule.setAlphaF(0.08F);
        painter->setPen(rule);
        painter->drawLine(left, option.rect.bottom(), option.rect.right() - kMargin, option.rect.bottom());
    }
    painter->restore();
}

} // namespace travelflow
