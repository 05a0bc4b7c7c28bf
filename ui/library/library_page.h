#pragma once

#include <QWidget>

namespace travelflow {

class AppServices;

// Placeholder until the area is built (issue #8).
class LibraryPage : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPage(AppServices &services, QWidget *parent = nullptr);

Q_SIGNALS:
    // The user asked to write a post for this video.
    void composeRequested(qint64 videoId);
};

} // namespace travelflow
