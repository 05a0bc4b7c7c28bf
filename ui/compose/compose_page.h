#pragma once

#include <QWidget>

namespace travelflow {

class AppServices;

// Placeholder until the area is built (issue #8).
class ComposePage : public QWidget
{
    Q_OBJECT

public:
    explicit ComposePage(AppServices &services, QWidget *parent = nullptr);

    // Starts a post for this library video.
    void setVideo(qint64 videoId);

Q_SIGNALS:
    // A post was stored and its jobs queued.
    void posted(qint64 postId);
};

} // namespace travelflow
