#pragma once

#include <QWidget>

namespace travelflow {

class AppServices;

// Placeholder until the area is built (issue #8).
class QueuePage : public QWidget
{
    Q_OBJECT

public:
    explicit QueuePage(AppServices &services, QWidget *parent = nullptr);
};

} // namespace travelflow
