#pragma once

#include <QWidget>

namespace travelflow {

class AppServices;

// Placeholder until the area is built (issue #8).
class InboxPage : public QWidget
{
    Q_OBJECT

public:
    explicit InboxPage(AppServices &services, QWidget *parent = nullptr);

    int newLeadCount() const { return 0; }

Q_SIGNALS:
    // The number of leads in state "new" changed.
    void newLeadCountChanged(int count);
};

} // namespace travelflow
