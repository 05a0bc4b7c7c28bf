#include "engagement_chart.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

namespace travelflow {

namespace {

// 1, 2 or 5 times a power of ten, so the axis reads in round numbers.
qint64 niceStep(qint64 range, int ticks)
{
    const double raw = static_cast<double>(qMax<qint64>(range, 1)) / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    const double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return qMax<qint64>(1, static_cast<qint64>(nice * magnitude));
}

} // namespace

EngagementChart::EngagementChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("engagementChart"));
    setAccessibleName(tr("Engagement over time"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_series = {
        {tr("Views"), QColor(0x25, 0x63, 0xeb), {}, true},
        {tr("Likes"), QColor(0xe1, 0x1d, 0x48), {}, true},
        {tr("Comments"), QColor(0x16, 0xa3, 0x4a), {}, true},
        {tr("Shares"), QColor(0xd9, 0x77, 0x06), {}, true},
    };
}

void EngagementChart::setSnapshots(const QList<MetricsSnapshot> &snapshots)
{
    for (Series &s : m_series)
        s.points.clear();
    for (const MetricsSnapshot &snapshot : snapshots) {
        const std::optional<qint64> values[MetricCount]
            = {snapshot.views, snapshot.likes, snapshot.comments, snapshot.shares};
        for (int metric = 0; metric < MetricCount; ++metric) {
            if (values[metric])
                m_series[metric].points.append({snapshot.takenAt, *values[metric]});
        }
    }
    QStringList latest;
    const QLocale locale;
    for (const Series &s : std::as_const(m_series)) {
        if (!s.points.isEmpty())
            latest.append(tr("%1: %2").arg(s.name, locale.toString(s.points.constLast().value)));
    }
    setAccessibleDescription(
        latest.isEmpty() ? m_placeholder
                         : tr("%n snapshot(s); latest %1", nullptr, static_cast<int>(snapshots.size()))
                               .arg(latest.join(QStringLiteral(", "))));
    update();
}

void EngagementChart::setSeriesVisible(int metric, bool visible)
{
    if (metric < 0 || metric >= MetricCount)
        return;
    m_series[metric].visible = visible;
    update();
}

void EngagementChart::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

bool EngagementChart::hasPoints() const
{
    return std::any_of(m_series.cbegin(), m_series.cend(),
                       [](const Series &s) { return s.visible && !s.points.isEmpty(); });
}

EngagementChart::Frame EngagementChart::frame() const
{
    Frame f;
    qint64 highest = 0;
    for (const Series &s : m_series) {
        if (!s.visible)
            continue;
        for (const Point &p : s.points) {
            highest = qMax(highest, p.value);
            if (!f.from.isValid() || p.at < f.from)
                f.from = p.at;
            if (!f.to.isValid() || p.at > f.to)
                f.to = p.at;
        }
    }
    if (f.from == f.to) { // one moment: a little room on both sides
        f.from = f.from.addSecs(-1800);
        f.to = f.to.addSecs(1800);
    }
    f.step = niceStep(highest, 4);
    f.top = qMax<qint64>(f.step, (highest + f.step - 1) / f.step * f.step);
    const QFontMetrics metrics = fontMetrics();
    const int labelWidth = metrics.horizontalAdvance(QLocale().toString(f.top)) + 12;
    const int line = metrics.height();
    f.plot = QRectF(labelWidth, line * 2 + 8, width() - labelWidth - 16, height() - line * 4 - 12);
    return f;
}

QPointF EngagementChart::place(const Frame &f, const Point &p) const
{
    const double span = static_cast<double>(f.from.msecsTo(f.to));
    const double x = f.plot.left() + f.plot.width() * static_cast<double>(f.from.msecsTo(p.at)) / span;
    const double y
        = f.plot.bottom() - f.plot.height() * static_cast<double>(p.value) / static_cast<double>(f.top);
    return {x, y};
}

void EngagementChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));

    if (!hasPoints()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                         m_placeholder);
        return;
    }

    const Frame f = frame();
    const QLocale locale;
    const QFontMetrics metrics = fontMetrics();
    const QColor text = pal.color(QPalette::Text);

    // Legend along the top.
    qreal x = f.plot.left();
    for (const Series &s : std::as_const(m_series)) {
        if (!s.visible)
            continue;
        painter.fillRect(QRectF(x, 6, 10, 10), s.color);
        painter.setPen(text);
        painter.drawText(QPointF(x + 14, 6 + metrics.ascent() - 1), s.name);
        x += 14 + metrics.horizontalAdvance(s.name) + 16;
    }

    // Y axis: round numbers in the locale's format, faint grid lines.
    QColor grid = text;
    grid.setAlphaF(0.15F);
    for (qint64 v = 0; v <= f.top; v += f.step) {
        const qreal y
            = f.plot.bottom() - f.plot.height() * static_cast<double>(v) / static_cast<double>(f.top);
        painter.setPen(grid);
        painter.drawLine(QPointF(f.plot.left(), y), QPointF(f.plot.right(), y));
        painter.setPen(text);
        painter.drawText(QRectF(0, y - metrics.height() / 2.0, f.plot.left() - 6, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, locale.toString(v));
    }
    // X axis: dates (and times when the span is short) in local time.
    painter.setPen(text);
    painter.drawLine(f.plot.bottomLeft(), f.plot.bottomRight());
    painter.drawLine(f.plot.bottomLeft(), f.plot.topLeft());
    const bool days = f.from.daysTo(f.to) >= 2;
    const int ticks = qBound(2, static_cast<int>(f.plot.width() / 140), 6);
    const qint64 span = f.from.msecsTo(f.to);
    for (int i = 0; i <= ticks; ++i) {
        const QDateTime at = f.from.addMSecs(span * i / ticks).toLocalTime();
        const QString label = days ? locale.toString(at.date(), QLocale::ShortFormat)
                                   : locale.toString(at, QLocale::ShortFormat);
        const qreal tx = f.plot.left() + f.plot.width() * i / ticks;
        const qreal w = metrics.horizontalAdvance(label);
        const qreal left = qBound<qreal>(0, tx - w / 2, width() - w - 2);
        painter.drawLine(QPointF(tx, f.plot.bottom()), QPointF(tx, f.plot.bottom() + 4));
        painter.drawText(QPointF(left, f.plot.bottom() + 6 + metrics.ascent()), label);
    }

    // The lines, with a dot on each snapshot.
    for (const Series &s : std::as_const(m_series)) {
        if (!s.visible || s.points.isEmpty())
            continue;
        QPainterPath path;
        path.moveTo(place(f, s.points.constFirst()));
        for (const Point &p : s.points)
            path.lineTo(place(f, p));
        painter.setPen(QPen(s.color, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setBrush(s.color);
        for (const Point &p : s.points)
            painter.drawEllipse(place(f, p), 3, 3);
    }
}

void EngagementChart::mouseMoveEvent(QMouseEvent *event)
{
    QWidget::mouseMoveEvent(event);
    if (!hasPoints())
        return;
    const Frame f = frame();
    const QPointF at = event->position();
    const Series *best = nullptr;
    const Point *bestPoint = nullptr;
    qreal bestDistance = 8 * 8;
    for (const Series &s : std::as_const(m_series)) {
        if (!s.visible)
            continue;
        for (const Point &p : s.points) {
            const QPointF d = place(f, p) - at;
            const qreal distance = QPointF::dotProduct(d, d);
            if (distance <= bestDistance) {
                bestDistance = distance;
                best = &s;
                bestPoint = &p;
            }
        }
    }
    if (!best) {
        QToolTip::hideText();
        return;
    }
    const QLocale locale;
    QToolTip::showText(event->globalPosition().toPoint(),
                       tr("%1: %2\n%3")
                           .arg(best->name, locale.toString(bestPoint->value),
                                locale.toString(bestPoint->at.toLocalTime(), QLocale::ShortFormat)),
                       this);
}

} // namespace travelflow
