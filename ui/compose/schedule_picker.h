#pragma once

#include "core/expected.h"
#include "publishing/schedule_time.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QRadioButton;

namespace travelflow {

// "Publish now" or "Schedule" at a wall-clock time in a chosen time zone (the system's by
// default). Shows where daylight saving moves or disambiguates the time.
class SchedulePicker : public QWidget
{
    Q_OBJECT

public:
    explicit SchedulePicker(QWidget *parent = nullptr);

    bool isScheduled() const;
    QByteArray timeZoneId() const;
    // The instant the chosen time fires at (only meaningful when scheduled).
    Expected<ScheduleResolution> resolution() const;
    // Back to "Publish now", an hour from now, the system time zone.
    void reset();

Q_SIGNALS:
    void changed();

private:
    void update();

    QRadioButton *m_now = nullptr;
    QRadioButton *m_later = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QComboBox *m_zone = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace travelflow
