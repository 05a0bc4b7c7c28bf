#include "empty_state.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace travelflow {

EmptyState::EmptyState(const QString &icon, const QString &title, const QString &hint, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addStretch(1);

    auto *image = new QLabel(this);
    image->setAlignment(Qt::AlignCenter);
    image->setPixmap(
        QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)).pixmap(QSize(64, 64), devicePixelRatioF()));
    layout->addWidget(image);

    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    layout->addWidget(m_title);

    m_hint = new QLabel(hint, this);
    m_hint->setObjectName(QStringLiteral("emptyStateHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);
    layout->addStretch(2);
    setAccessibleName(title);
    setAccessibleDescription(hint);
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

void EmptyState::setHint(const QString &hint)
{
    m_hint->setText(hint);
    setAccessibleDescription(hint);
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::hint() const
{
    return m_hint->text();
}

} // namespace travelflow
