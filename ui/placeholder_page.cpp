#include "placeholder_page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace travelflow {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &text, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto *body = new QLabel(text, this);
    body->setWordWrap(true);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch(1);
}

} // namespace travelflow
