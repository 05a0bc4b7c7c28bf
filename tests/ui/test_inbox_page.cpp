// The inbox area as a user meets it (offscreen).

#include "inbox/inbox_page.h"
#include "services/app_services.h"
#include "storage/database.h"
#include "support/test_env.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace travelflow;

class TestInboxPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AppServices> m_services;

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Database::open(m_dir.path());
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = std::move(*db);
        m_services = std::make_unique<AppServices>(*m_db, EndpointTable::defaults());
    }

    void showsAnEmptyStateWithAHint()
    {
        InboxPage page(*m_services);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *empty = page.findChild<QWidget *>(QStringLiteral("emptyState"));
        QVERIFY(empty);
        QVERIFY(!empty->accessibleDescription().isEmpty());
    }
};

TRAVELFLOW_TEST_MAIN(TestInboxPage, QApplication)
#include "test_inbox_page.moc"
