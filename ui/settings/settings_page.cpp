#include "settings_page.h"

#include "platform_credentials_box.h"
#include "preferences.h"
#include "services/app_services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace travelflow {

SettingsPage::SettingsPage(AppServices &services, QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);

    auto *appsTitle = new QLabel(tr("Platform apps"), content);
    QFont font = appsTitle->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    appsTitle->setFont(font);
    layout->addWidget(appsTitle);
    auto *appsHint = new QLabel(tr("TravelFlow signs in to each platform through your own developer app. Its "
                                   "credentials are kept only in the system keychain."),
                                content);
    appsHint->setWordWrap(true);
    appsHint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(appsHint);
    for (const Platform platform : {Platform::TikTok, Platform::Instagram, Platform::YouTube}) {
        auto *box = new PlatformCredentialsBox(platform, services.accounts().credentials(), content);
        m_credentials.append(box);
        layout->addWidget(box);
    }
    layout->addWidget(buildGeneral());
    layout->addWidget(buildNotifications());
    layout->addStretch(1);
    scroll->setWidget(content);
}

QWidget *SettingsPage::buildGeneral()
{
    auto *box = new QGroupBox(tr("General"), this);
    auto *form = new QFormLayout(box);

    auto *language = new QComboBox(box);
    language->setObjectName(QStringLiteral("languageCombo"));
    language->setAccessibleName(tr("Interface language"));
    language->addItem(tr("System language"), QString());
    // Language names stay in their own language so people can find theirs.
    language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    language->setCurrentIndex(std::max(0, language->findData(Preferences::language())));
    connect(language, &QComboBox::currentIndexChanged, this,
            [language](int index) { Preferences::setLanguage(language->itemData(index).toString()); });
    form->addRow(tr("&Language:"), language);
    auto *note = new QLabel(tr("Takes effect after TravelFlow restarts."), box);
    note->setObjectName(QStringLiteral("languageNote"));
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), note);

    auto *minimised = new QCheckBox(tr("Start &minimised to the tray"), box);
    minimised->setObjectName(QStringLiteral("startMinimised"));
    minimised->setAccessibleName(minimised->text().remove(QLatin1Char('&')));
    minimised->setChecked(Preferences::startMinimised());
    connect(minimised, &QCheckBox::toggled, this, [](bool on) { Preferences::setStartMinimised(on); });
    form->addRow(minimised);
    return box;
}

QWidget *SettingsPage::buildNotifications()
{
    auto *box = new QGroupBox(tr("Notifications"), this);
    auto *layout = new QVBoxLayout(box);

    auto *leads = new QCheckBox(tr("New &leads in the inbox"), box);
    leads->setObjectName(QStringLiteral("notifyNewLeads"));
    leads->setAccessibleName(tr("Notify about new leads"));
    leads->setChecked(Preferences::notifyNewLeads());
    connect(leads, &QCheckBox::toggled, this, [](bool on) { Preferences::setNotifyNewLeads(on); });
    layout->addWidget(leads);

    auto *results = new QCheckBox(tr("&Publishing results (published or failed)"), box);
    results->setObjectName(QStringLiteral("notifyPublishResults"));
    results->setAccessibleName(tr("Notify about publishing results"));
    results->setChecked(Preferences::notifyPublishResults());
    connect(results, &QCheckBox::toggled, this, [](bool on) { Preferences::setNotifyPublishResults(on); });
    layout->addWidget(results);
    return box;
}

void SettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The keychain may have changed meanwhile (the CLI also saves credentials).
    for (auto *box : std::as_const(m_credentials))
        box->refresh();
}

} // namespace travelflow
