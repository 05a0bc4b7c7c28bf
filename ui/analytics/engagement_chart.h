#pragma once

#include "core/interaction.h"

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QWidget>

namespace travelflow {

// A line chart of one post's engagement over time, drawn with QPainter: one line per metric
// (views, likes, comments, shares) over the snapshots' times, with axes whose numbers follow
// the locale. Follows the palette (base background, text colour); the series have fixed
// accent colours. Hovering a point shows its value.
class EngagementChart : public QWidget
{
    Q_OBJECT

public:
    struct Point
    {
        QDateTime at;
        qint64 value = 0;
    };
    struct Series
    {
        QString name;
        QColor color;
        QList<Point> points; // oldest first; snapshots without this number are left out
        bool visible = true;
    };
    enum Metric {
        Views,
        Likes,
        Comments,
        Shares,
        MetricCount
    };

    explicit EngagementChart(QWidget *parent = nullptr);

    void setSnapshots(const QList<MetricsSnapshot> &snapshots);
    void setSeriesVisible(int metric, bool visible);
    const QList<Series> &series() const { return m_series; }
    // What the chart shows when it has no point; a sentence that says how to get some.
    void setPlaceholder(const QString &text);

    // A label along an axis and where it is drawn (in widget coordinates), for the current
    // size, series and locale. Labels never overlap and stay inside the widget.
    struct AxisLabel
    {
        QString text;
        QRectF rect;
    };
    QList<AxisLabel> xAxisLabels() const;
    QList<AxisLabel> yAxisLabels() const;

    QSize sizeHint() const override { return {480, 300}; }
    QSize minimumSizeHint() const override { return {240, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    struct Frame
    {
        QRectF plot;
        QDateTime from;
        QDateTime to;
        qint64 top = 1;
        qint64 step = 1;
    };
    struct Tick
    {
        qreal x = 0;
        AxisLabel label;
    };
    Frame frame() const;
    QList<Tick> xTicks(const Frame &f) const;
    QPointF place(const Frame &f, const Point &p) const;
    bool hasPoints() const;

    QList<Series> m_series;
    QString m_placeholder;
};

} // namespace travelflow
