#pragma once

#include <QWidget>

namespace travelflow {

// A page that says what an area of the window will hold until its feature lands.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &title, const QString &text, QWidget *parent = nullptr);
};

} // namespace travelflow
