#include "disconnect_confirmation.h"

#include "widgets/platform_style.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>
#include <limits>

namespace travelflow {

namespace {

int count(qint64 n)
{
    return static_cast<int>(std::min<qint64>(n, std::numeric_limits<int>::max()));
}

} // namespace

QMessageBox *DisconnectConfirmation::create(const Account &account, const AccountDeletionSummary &summary,
                                            QWidget *parent, QAbstractButton **confirm)
{
    const QString platform = platformDisplayName(account.platform);
    const QString name = account.displayName.isEmpty() ? account.remoteId : account.displayName;

    QStringList items;
    items << tr("%n sign-in token(s) in the system keychain", nullptr, summary.keychainEntries);
    items << tr("%n post(s) planned or published to this account (caption, schedule, privacy)", nullptr,
                count(summary.postTargets));
    items << tr("%n publishing job(s)", nullptr, count(summary.publishJobs))
            + (summary.unfinishedJobs > 0
                   ? tr(", %n of them not published yet", nullptr, count(summary.unfinishedJobs))
                   : QString());
    items << tr("%n comment(s) and replies in the inbox", nullptr, count(summary.comments));
    items << tr("%n message(s)", nullptr, count(summary.messages));
    if (summary.pendingReplies > 0)
        items << tr("%n reply(ies) not sent yet", nullptr, count(summary.pendingReplies));
    items << tr("%n metrics snapshot(s)", nullptr, count(summary.metricsSnapshots));
    if (summary.remotePosts > 0)
        items << tr("the list of %n post(s) found on the account", nullptr, count(summary.remotePosts));

    QString list;
    for (const QString &item : std::as_const(items))
        list += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());

    auto *box = new QMessageBox(QMessageBox::Warning, tr("Disconnect account"),
                                tr("Disconnect %1 account %2 from TravelFlow?").arg(platform, name),
                                QMessageBox::Cancel, parent);
    box->setObjectName(QStringLiteral("disconnectConfirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
        QStringLiteral("<p>%1</p><ul>%2</ul><p>%3</p>")
            .arg(tr("TravelFlow will revoke its access at %1 and delete from this computer:")
                     .arg(platform)
                     .toHtmlEscaped(),
                 list,
                 tr("Your videos in the library, and what is already published on %1, stay.")
                     .arg(platform)
                     .toHtmlEscaped()));
    QPushButton *disconnect = box->addButton(tr("Disconnect"), QMessageBox::DestructiveRole);
    disconnect->setObjectName(QStringLiteral("confirmDisconnect"));
    disconnect->setAccessibleName(tr("Disconnect and delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setEscapeButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    *confirm = disconnect;
    return box;
}

} // namespace travelflow
