#pragma once

#include <QListView>
#include <QSize>
#include <QStyledItemDelegate>

class QFontMetrics;

namespace travelflow {

// One library tile: the thumbnail fitted into a fixed 16:9 box (letterboxed for vertical
// clips, a film placeholder on the palette's mid colour while it is being made), a small
// badge for the publish state, and the file name and "duration · resolution" under it.
// Painted with the palette only, so light and dark themes both read well.
class VideoTileDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // The thumbnail box, in display (logical) pixels; thumbnails are made at twice that.
    static constexpr QSize kThumbnailSize{200, 112};

    explicit VideoTileDelegate(QObject *parent = nullptr);

    // The size of every tile for this font.
    static QSize tileSize(const QFontMetrics &metrics);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// The grid of tiles: spreads the columns over the whole width, so a wide window shows
// evenly spaced tiles instead of a ragged gap on the right.
class VideoGridView : public QListView
{
    Q_OBJECT

public:
    explicit VideoGridView(QWidget *parent = nullptr);

    // The space between tiles, in display pixels.
    static constexpr int kSpacing = 8;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateGrid();
};

} // namespace travelflow
