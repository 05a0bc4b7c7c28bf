#include "schedule_picker.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QTimeZone>

#include <algorithm>

namespace travelflow {

SchedulePicker::SchedulePicker(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_now = new QRadioButton(tr("Publish &now"), this);
    m_now->setObjectName(QStringLiteral("publishNowRadio"));
    m_now->setAccessibleName(tr("Publish now"));
    m_later = new QRadioButton(tr("S&chedule"), this);
    m_later->setObjectName(QStringLiteral("scheduleRadio"));
    m_later->setAccessibleName(tr("Schedule for later"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_now);
    group->addButton(m_later);

    m_when = new QDateTimeEdit(this);
    m_when->setObjectName(QStringLiteral("scheduleDateTime"));
    m_when->setAccessibleName(tr("Scheduled date and time"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));

    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_zone->setAccessibleName(tr("Time zone of the scheduled time"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id), id);
    // The system's own id may be an alias the list lacks ("Etc/UTC"); it is the default.
    const QByteArray system = QTimeZone::systemTimeZoneId();
    if (m_zone->findData(system) < 0 && QTimeZone(system).isValid())
        m_zone->insertItem(0, QString::fromUtf8(system), system);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("scheduleNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    layout->addWidget(m_now, 0, 0);
    layout->addWidget(m_later, 0, 1);
    layout->addWidget(m_when, 0, 2);
    layout->addWidget(m_zone, 0, 3);
    layout->addWidget(m_note, 1, 0, 1, 4);
    layout->setColumnStretch(3, 1);

    connect(m_now, &QRadioButton::toggled, this, &SchedulePicker::update);
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, &SchedulePicker::update);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &SchedulePicker::update);
    reset();
}

bool SchedulePicker::isScheduled() const
{
    return m_later->isChecked();
}

QByteArray SchedulePicker::timeZoneId() const
{
    return m_zone->currentData().toByteArray();
}

Expected<ScheduleResolution> SchedulePicker::resolution() const
{
    const QDateTime wall = m_when->dateTime();
    return ScheduleTime::resolve(wall.date(), wall.time(), timeZoneId());
}

void SchedulePicker::reset()
{
    // The next full hour at least an hour ahead: a time that is still ahead when the user
    // finishes writing.
    QDateTime start = QDateTime::currentDateTime().addSecs(3600);
    start.setTime(QTime(start.time().hour(), 0));
    m_when->setDateTime(start);
    const int system = m_zone->findData(QTimeZone::systemTimeZoneId());
    m_zone->setCurrentIndex(std::max(system, 0));
    m_now->setChecked(true);
    update();
}

void SchedulePicker::update()
{
    const bool later = m_later->isChecked();
    m_when->setEnabled(later);
    m_zone->setEnabled(later);
    QString note;
    if (later) {
        const auto resolved = resolution();
        if (!resolved) {
            note = resolved.error().message;
        } else {
            note = tr("Goes out %1.").arg(ScheduleTime::describe(resolved->utc, timeZoneId()));
            if (!resolved->note.isEmpty())
                note = resolved->note + QLatin1Char(' ') + note;
        }
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    Q_EMIT changed();
}

} // namespace travelflow
