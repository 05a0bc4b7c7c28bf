#pragma once

#include <QWidget>

class QLabel;

namespace travelflow {

// What an area shows while it has nothing to list: an icon, a title and one sentence that
// says how to fill it (e.g. "Drop videos here"). Pages put it in a QStackedWidget next to
// their list and switch between the two.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    EmptyState(const QString &icon, const QString &title, const QString &hint, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setHint(const QString &hint);
    QString title() const;
    QString hint() const;

private:
    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace travelflow
