#include "engagement_chart.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
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
    if (!f.from.isValid())
        f.from = f.to = QDateTime::currentDateTimeUtc();
    if (f.from == f.to) { // one moment: half an hour of room on both sides
        f.from = f.from.addSecs(-1800);
        f.to = f.to.addSecs(1800);
    }
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();
    const qreal plotTop = line * 2 + 8; // the legend is above
    const qreal plotBottom = height() - line - 14; // the time labels are below
    // As many round steps as fit with two lines between labels; small counts still get
    // a few steps (0 to 4) so a lone zero is not drawn against a 0-to-1 axis.
    const int rows = qBound(2, static_cast<int>((plotBottom - plotTop) / (line * 2)), 6);
    f.step = niceStep(qMax<qint64>(highest, 4), rows);
    f.top = qMax<qint64>(f.step, (highest + f.step - 1) / f.step * f.step);
    const QLocale locale;
    int labelWidth = 0;
    for (qint64 v = 0; v <= f.top; v += f.step)
        labelWidth = qMax(labelWidth, metrics.horizontalAdvance(locale.toString(v)));
    f.plot = QRectF(labelWidth + 12, plotTop, width() - labelWidth - 12 - 16, plotBottom - plotTop);
    return f;
}

QList<EngagementChart::Tick> EngagementChart::xTicks(const Frame &f) const
{
    const QLocale locale;
    const QFontMetrics metrics = fontMetrics();
    const QDateTime from = f.from.toLocalTime();
    const QDateTime to = f.to.toLocalTime();
    const qint64 span = f.from.msecsTo(f.to);
    if (span <= 0 || f.plot.width() <= 0)
        return {};

    // "30 Nov" or "Nov 30", as the locale orders day and month.
    const QString shortDate = locale.dateFormat(QLocale::ShortFormat);
    const bool monthFirst = shortDate.indexOf(QLatin1Char('M')) >= 0
        && shortDate.indexOf(QLatin1Char('M')) < shortDate.indexOf(QLatin1Char('d'));
    const QString dayMonth = monthFirst ? QStringLiteral("MMM d") : QStringLiteral("d MMM");
    // The locale's short time without seconds ("14:30", "2:30 PM").
    QString clock = locale.timeFormat(QLocale::ShortFormat);
    clock.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
    clock = clock.trimmed();

    struct Step
    {
        qint64 seconds = 0; // a step of a day or less, or whole days
        int months = 0;
    };
    static constexpr qint64 kDay = 86400;
    static const Step steps[] = {
        {60, 0},       {300, 0},       {600, 0},   {900, 0},   {1800, 0}, {3600, 0},
        {7200, 0},     {10800, 0},     {21600, 0}, {43200, 0}, {kDay, 0}, {2 * kDay, 0},
        {7 * kDay, 0}, {14 * kDay, 0}, {0, 1},     {0, 3},     {0, 6},    {0, 12},
    };
    const qint64 spanSeconds = span / 1000;

    const auto ticksFor = [&](const Step &step) {
        QList<QDateTime> at;
        if (step.months > 0) {
            QDate d(from.date().year(), from.date().month(), 1);
            for (; d <= to.date(); d = d.addMonths(1)) {
                const QDateTime t(d, QTime(0, 0));
                if ((d.month() - 1) % step.months == 0 && t >= from && t <= to)
                    at.append(t);
            }
        } else if (step.seconds >= kDay) {
            const qint64 days = step.seconds / kDay;
            for (QDate d = from.date(); d <= to.date(); d = d.addDays(1)) {
                const QDateTime t(d, QTime(0, 0));
                if (d.toJulianDay() % days == 0 && t >= from && t <= to)
                    at.append(t);
            }
        } else {
            // Round local clock times (09:00, 09:30, ...).
            const qint64 offset = from.offsetFromUtc();
            const qint64 local = from.toSecsSinceEpoch() + offset;
            qint64 t = (local + step.seconds - 1) / step.seconds * step.seconds;
            for (; t - offset <= to.toSecsSinceEpoch(); t += step.seconds)
                at.append(QDateTime::fromSecsSinceEpoch(t - offset).toLocalTime());
        }
        return at;
    };
    const auto labelFor = [&](const Step &step, const QDateTime &t) {
        if (step.months >= 12)
            return locale.toString(t.date(), QStringLiteral("yyyy"));
        if (step.months > 0)
            return locale.toString(t.date(),
                                   from.date().year() == to.date().year() ? QStringLiteral("MMM")
                                                                          : QStringLiteral("MMM yyyy"));
        if (step.seconds >= kDay)
            return locale.toString(t.date(), dayMonth);
        if (from.date() == to.date())
            return locale.toString(t.time(), clock);
        return tr("%1 %2").arg(locale.toString(t.date(), dayMonth), locale.toString(t.time(), clock));
    };
    const auto xOf = [&](const QDateTime &t) {
        return f.plot.left()
            + f.plot.width() * static_cast<double>(f.from.msecsTo(t)) / static_cast<double>(span);
    };

    const qreal gap = metrics.horizontalAdvance(QStringLiteral("MM"));
    QList<Tick> chosen;
    for (const Step &step : steps) {
        const qint64 seconds = step.months > 0 ? static_cast<qint64>(step.months) * 28 * kDay : step.seconds;
        if (spanSeconds / seconds > 200)
            continue; // far too many; a bigger step will do
        const QList<QDateTime> at = ticksFor(step);
        QList<Tick> ticks;
        qreal widest = 0;
        for (const QDateTime &t : at) {
            Tick tick;
            tick.x = xOf(t);
            tick.label.text = labelFor(step, t);
            widest = qMax<qreal>(widest, metrics.horizontalAdvance(tick.label.text));
            ticks.append(tick);
        }
        const qreal spacing
            = ticks.size() < 2 ? f.plot.width() : ticks.at(1).x - ticks.at(0).x; // steps are even
        chosen = ticks;
        if (spacing >= widest + gap)
            break;
    }
    if (chosen.isEmpty()) { // no round time inside: name the middle
        const QDateTime middle = f.from.addMSecs(span / 2).toLocalTime();
        Tick tick;
        tick.x = xOf(middle);
        tick.label.text = labelFor(spanSeconds >= kDay ? Step{kDay, 0} : Step{60, 0}, middle);
        chosen.append(tick);
    }

    // Centre each label under its tick inside the widget; drop any that would touch the last.
    QList<Tick> placed;
    const qreal top = f.plot.bottom() + 6;
    for (Tick tick : std::as_const(chosen)) {
        const qreal w = metrics.horizontalAdvance(tick.label.text);
        const qreal left = qBound<qreal>(1, tick.x - w / 2, width() - w - 2);
        tick.label.rect = QRectF(left, top, w, metrics.height());
        if (!placed.isEmpty() && placed.constLast().label.rect.right() + gap / 2 > left)
            continue;
        placed.append(tick);
    }
    return placed;
}

QList<EngagementChart::AxisLabel> EngagementChart::xAxisLabels() const
{
    if (!hasPoints())
        return {};
    QList<AxisLabel> labels;
    for (const Tick &tick : xTicks(frame()))
        labels.append(tick.label);
    return labels;
}

QList<EngagementChart::AxisLabel> EngagementChart::yAxisLabels() const
{
    if (!hasPoints())
        return {};
    const Frame f = frame();
    const QLocale locale;
    const QFontMetrics metrics = fontMetrics();
    QList<AxisLabel> labels;
    for (qint64 v = 0; v <= f.top; v += f.step) {
        const qreal y
            = f.plot.bottom() - f.plot.height() * static_cast<double>(v) / static_cast<double>(f.top);
        const QString text = locale.toString(v);
        const qreal w = metrics.horizontalAdvance(text);
        labels.append({text, QRectF(f.plot.left() - 6 - w, y - metrics.height() / 2.0, w, metrics.height())});
    }
    return labels;
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
    for (const AxisLabel &label : yAxisLabels()) {
        const qreal y = label.rect.center().y();
        painter.setPen(grid);
        painter.drawLine(QPointF(f.plot.left(), y), QPointF(f.plot.right(), y));
        painter.setPen(text);
        painter.drawText(label.rect, Qt::AlignRight | Qt::AlignVCenter, label.text);
    }
    // X axis: round local times, labelled as briefly as the span allows.
    painter.setPen(text);
    painter.drawLine(f.plot.bottomLeft(), f.plot.bottomRight());
    painter.drawLine(f.plot.bottomLeft(), f.plot.topLeft());
    for (const Tick &tick : xTicks(f)) {
        painter.drawLine(QPointF(tick.x, f.plot.bottom()), QPointF(tick.x, f.plot.bottom() + 4));
        painter.drawText(tick.label.rect, Qt::AlignCenter, tick.label.text);
    }

    // The lines, with a dot on each snapshot (outlined, so a lone point or one on the axis
    // still shows).
    for (const Series &s : std::as_const(m_series)) {
        if (!s.visible || s.points.isEmpty())
            continue;
        if (s.points.size() > 1) {
            QPainterPath path;
            path.moveTo(place(f, s.points.constFirst()));
            for (const Point &p : s.points)
                path.lineTo(place(f, p));
            painter.setPen(QPen(s.color, 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
        }
        painter.setPen(QPen(pal.color(QPalette::Base), 1.5));
        painter.setBrush(s.color);
        const qreal radius = s.points.size() > 1 ? 4 : 5;
        for (const Point &p : s.points)
            painter.drawEllipse(place(f, p), radius, radius);
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
