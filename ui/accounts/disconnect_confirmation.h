#pragma once

#include "core/account.h"
#include "storage/account_repository.h"

#include <QCoreApplication>

class QAbstractButton;
class QMessageBox;
class QWidget;

namespace travelflow {

// The question asked before an account is disconnected: what exactly is deleted for this
// account, with counts. Cancel is the default (Enter and Escape keep everything); the
// destructive button is named "confirmDisconnect". The caller opens it (window-modal).
class DisconnectConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(DisconnectConfirmation)

public:
    static QMessageBox *create(const Account &account, const AccountDeletionSummary &summary, QWidget *parent,
                               QAbstractButton **confirm);
};

} // namespace travelflow
