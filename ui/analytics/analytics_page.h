#pragma once

#include <QWidget>

namespace travelflow {

class AppServices;

// Placeholder until the area is built (issue #8).
class AnalyticsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AnalyticsPage(AppServices &services, QWidget *parent = nullptr);
};

} // namespace travelflow
