#pragma once

#include "core/account.h"
#include "storage/interaction_repository.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace travelflow {

// The inbox's filters: leads only, unread only, a platform, an account and words to search
// for. filterChanged() fires at once for the switches and after a short pause in typing.
class InboxFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSearchDelayMs = 250;

    explicit InboxFilterBar(QWidget *parent = nullptr);

    void setAccounts(const QList<Account> &accounts);
    InteractionFilter filter() const;
    // Whether anything narrows the list (for the empty state's words).
    bool isFiltering() const;
    void focusSearch();

Q_SIGNALS:
    void filterChanged();

private:
    QCheckBox *m_leadsOnly = nullptr;
    QCheckBox *m_unreadOnly = nullptr;
    QComboBox *m_platform = nullptr;
    QComboBox *m_account = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer m_searchDelay;
};

} // namespace travelflow
