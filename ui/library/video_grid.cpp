#include "video_grid.h"

#include "video_list_model.h"

#include <QApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QResizeEvent>
#include <QScrollBar>

namespace travelflow {

namespace {

constexpr int kPadding = 8;
constexpr int kTextGap = 6;
constexpr qreal kRadius = 6;

QFont detailFont(const QFont &base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qMax(8, font.pixelSize() * 9 / 10));
    return font;
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

// A film frame with sprocket holes, in the text colour made faint.
void paintFilmIcon(QPainter *painter, const QRectF &box, const QColor &color)
{
    const qreal width = qMin(box.width() * 0.28, 56.0);
    const QRectF frame(box.center() - QPointF(width / 2, width * 0.36), QSizeF(width, width * 0.72));
    QPen pen(color);
    pen.setWidthF(2);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(frame, 4, 4);
    const qreal strip = width * 0.16;
    painter->drawLine(QPointF(frame.left() + strip, frame.top()),
                      QPointF(frame.left() + strip, frame.bottom()));
    painter->drawLine(QPointF(frame.right() - strip, frame.top()),
                      QPointF(frame.right() - strip, frame.bottom()));
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    const qreal hole = strip * 0.45;
    for (int i = 0; i < 3; ++i) {
        const qreal y = frame.top() + frame.height() * (0.22 + 0.28 * i) - hole / 2;
        painter->drawRect(QRectF(frame.left() + (strip - hole) / 2, y, hole, hole));
        painter->drawRect(QRectF(frame.right() - strip + (strip - hole) / 2, y, hole, hole));
    }
}

// A small pill in the thumbnail's top-left corner.
void paintBadge(QPainter *painter, const QRectF &box, const QFont &font, const QString &text,
                const QColor &fill)
{
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const QRectF pill(box.left() + 6, box.top() + 6, metrics.horizontalAdvance(text) + 12,
                      metrics.height() + 2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter->setPen(Qt::white);
    painter->drawText(pill, Qt::AlignCenter, text);
}

} // namespace

VideoTileDelegate::VideoTileDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

QSize VideoTileDelegate::tileSize(const QFontMetrics &metrics)
{
    // Two lines of text under the thumbnail: the name, then (smaller) duration and resolution.
    const int textHeight = metrics.height() * 2 + 2;
    return {kThumbnailSize.width() + 2 * kPadding,
            kPadding + kThumbnailSize.height() + kTextGap + textHeight + kPadding};
}

QSize VideoTileDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return tileSize(option.fontMetrics);
}

void VideoTileDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    const QPalette &palette = option.palette;
    const QColor text = palette.color(QPalette::Text);

    // The tile: tinted when selected, faintly when the mouse is over it.
    const QSize size = tileSize(option.fontMetrics);
    const QRectF tile(option.rect.left() + (option.rect.width() - size.width()) / 2.0, option.rect.top(),
                      size.width(), qMin(size.height(), option.rect.height()));
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    if (selected) {
        QPen pen(palette.color(QPalette::Highlight));
        pen.setWidthF(2);
        painter->setPen(pen);
        painter->setBrush(withAlpha(palette.color(QPalette::Highlight), 56));
        painter->drawRoundedRect(tile.adjusted(1, 1, -1, -1), kRadius + 2, kRadius + 2);
    } else if (option.state.testFlag(QStyle::State_MouseOver)) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(withAlpha(text, 20));
        painter->drawRoundedRect(tile.adjusted(1, 1, -1, -1), kRadius + 2, kRadius + 2);
    }

    // The thumbnail, fitted into the 16:9 box: black bars for other shapes, as a player has.
    const QRectF box(tile.left() + kPadding, tile.top() + kPadding, kThumbnailSize.width(),
                     kThumbnailSize.height());
    QPainterPath rounded;
    rounded.addRoundedRect(box, kRadius, kRadius);
    painter->save();
    painter->setClipPath(rounded);
    const auto pixmap = index.data(Qt::DecorationRole).value<QPixmap>();
    if (!pixmap.isNull()) {
        painter->fillRect(box, Qt::black);
        const QSizeF logical = QSizeF(pixmap.size()) / pixmap.devicePixelRatio();
        const QSizeF fitted = logical.scaled(box.size(), Qt::KeepAspectRatio);
        const QRectF target(box.center() - QPointF(fitted.width() / 2, fitted.height() / 2), fitted);
        painter->drawPixmap(target, pixmap, QRectF(QPointF(0, 0), QSizeF(pixmap.size())));
    } else {
        painter->fillRect(box, palette.color(QPalette::Mid));
        paintFilmIcon(painter, box, withAlpha(text, 120));
    }
    painter->restore();

    const QFont small = detailFont(option.font);
    switch (VideoListModel::PublishState(index.data(VideoListModel::PublishStateRole).toInt())) {
    case VideoListModel::PublishState::Posted:
        paintBadge(painter, box, small, tr("Posted"), QColor(0x2e, 0x7d, 0x32));
        break;
    case VideoListModel::PublishState::Failed:
        paintBadge(painter, box, small, tr("Failed"), QColor(0xc6, 0x28, 0x28));
        break;
    case VideoListModel::PublishState::Queued:
        paintBadge(painter, box, small, tr("Queued"), QColor(0x45, 0x5a, 0x64));
        break;
    case VideoListModel::PublishState::None: break;
    }

    // The name (elided in the middle, where names differ least), then duration and size.
    const int lineHeight = option.fontMetrics.height();
    const QRectF nameRect(box.left(), box.bottom() + kTextGap, box.width(), lineHeight);
    painter->setFont(option.font);
    painter->setPen(text);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideMiddle,
                                                    int(nameRect.width())));
    const QRectF detailRect(box.left(), nameRect.bottom() + 2, box.width(), lineHeight);
    painter->setFont(small);
    painter->setPen(withAlpha(text, 170));
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(index.data(VideoListModel::DetailsRole).toString(),
                                                     Qt::ElideRight, int(detailRect.width())));
    painter->restore();
}

VideoGridView::VideoGridView(QWidget *parent) : QListView(parent)
{
    setViewMode(QListView::IconMode);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setUniformItemSizes(true);
    setSpacing(0);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(false);
    setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_Hover);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setItemDelegate(new VideoTileDelegate(this));
    updateGrid();
}

void VideoGridView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    updateGrid();
}

void VideoGridView::changeEvent(QEvent *event)
{
    QListView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGrid();
}

void VideoGridView::updateGrid()
{
    const QSize tile = VideoTileDelegate::tileSize(fontMetrics()) + QSize(kSpacing, kSpacing);
    // The layout keeps room for the vertical scroll bar even while it is hidden, and wraps a
    // row whose cells end exactly at the edge: leave both spare.
    const int scrollBar = verticalScrollBar()->isVisible() ? 0 : verticalScrollBar()->sizeHint().width();
    const int available = qMax(tile.width(), viewport()->width() - scrollBar - 2 * spacing() - 2);
    const int columns = qMax(1, available / tile.width());
    const QSize grid(qMax(tile.width(), available / columns), tile.height());
    if (grid != gridSize())
        setGridSize(grid);
    verticalScrollBar()->setSingleStep(tile.height() / 4);
}

} // namespace travelflow
