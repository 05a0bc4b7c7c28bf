// One GUI per profile: a second `travelflow` hands over to the first and exits.

#include "single_instance.h"
#include "support/test_env.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace travelflow;

class TestSingleInstance : public QObject
{
    Q_OBJECT

    static bool waitForServer(const QString &name, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            QLocalSocket probe;
            probe.connectToServer(name);
            if (probe.waitForConnected(200)) {
                probe.disconnectFromServer();
                return true;
            }
            QTest::qWait(100);
        }
        return false;
    }

private Q_SLOTS:
    void serverNameIsPerProfile()
    {
        QCOMPARE(SingleInstance::serverName(QStringLiteral("/tmp/a/../b")),
                 SingleInstance::serverName(QStringLiteral("/tmp/b")));
        QVERIFY(SingleInstance::serverName(QStringLiteral("/tmp/a"))
                != SingleInstance::serverName(QStringLiteral("/tmp/b")));
    }

    void staleSocketIsTakenOver()
    {
        QTemporaryDir dir;
        const QString name = SingleInstance::serverName(dir.path());
        {
            // A server that accepts but never answers, like a hung or dead instance.
            QLocalServer mute;
            QVERIFY(mute.listen(name));
            mute.close();
        }
        SingleInstance instance(dir.path());
        QVERIFY(instance.claim());
    }

    void secondGuiActivatesTheFirstAndExits()
    {
        const QString gui = qEnvironmentVariable("TRAVELFLOW_GUI");
        QVERIFY2(QFile::exists(gui), "TRAVELFLOW_GUI must name the built travelflow (ctest sets it)");
        QTemporaryDir dir;

        QProcess first;
        first.setProcessChannelMode(QProcess::SeparateChannels);
        first.start(gui, {QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(first.waitForStarted());
        QVERIFY2(waitForServer(SingleInstance::serverName(dir.path()), 15000),
                 "first instance never listened");

        QByteArray err;
        const int code = test::runProcess(gui, {QStringLiteral("--data-dir"), dir.path()}, nullptr, &err);
        QCOMPARE(code, 0);
        QVERIFY2(err.contains("another instance is running"), err.constData());

        QByteArray firstLog;
        QTRY_VERIFY_WITH_TIMEOUT((firstLog += first.readAllStandardError()).contains("activation requested"),
                                 5000);
        QCOMPARE(first.state(), QProcess::Running); // the first one is still there

        // A second start can name the area the running window should show.
        QCOMPARE(test::runProcess(gui,
                                  {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--area"),
                                   QStringLiteral("inbox")},
                                  nullptr, &err),
                 0);
        QTRY_VERIFY_WITH_TIMEOUT((firstLog += first.readAllStandardError()).contains("show area inbox"),
                                 5000);
        err.clear();
        QCOMPARE(test::runProcess(gui,
                                  {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--area"),
                                   QStringLiteral("kitchen")},
                                  nullptr, &err),
                 2);
        QVERIFY2(err.contains("Unknown area 'kitchen'"), err.constData());

        // A different profile is a different instance; in sandbox mode it keeps the
        // simulator's world in its profile.
        QTemporaryDir other;
        QProcess third;
        third.start(gui, {QStringLiteral("--data-dir"), other.path(), QStringLiteral("--sandbox")});
        QVERIFY(third.waitForStarted());
        QVERIFY(waitForServer(SingleInstance::serverName(other.path()), 15000));
        QCOMPARE(third.state(), QProcess::Running);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(other.filePath(QStringLiteral("sandbox-state.json"))), 5000);

        for (QProcess *p : {&first, &third}) {
            p->terminate();
            if (!p->waitForFinished(5000)) {
                p->kill();
                p->waitForFinished();
            }
        }
    }
};

TRAVELFLOW_TEST_MAIN(TestSingleInstance, QApplication)
#include "test_single_instance.moc"
