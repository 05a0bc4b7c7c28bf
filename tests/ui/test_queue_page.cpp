// The queue area as a user meets it (offscreen).

#include "queue/queue_page.h"
#include "services/app_services.h"
#include "storage/database.h"
#include "support/test_env.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace travelflow;

class TestQueuePage : public QObject
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
        QueuePage page(*m_services);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *empty = page.findChild<QWidget *>(QStringLiteral("emptyState"));
        QVERIFY(empty);
        QVERIFY(!empty->accessibleDescription().isEmpty());
    }
};

TRAVELFLOW_TEST_MAIN(TestQueuePage, QApplication)
#include "test_queue_page.moc"
