// FileSliceDevice: exactly the window's bytes, seekable, and refusing a file that shrank.

#include "common/file_slice_device.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace travelflow;

class TestFileSliceDevice : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_content;

private Q_SLOTS:
    void initTestCase()
    {
        for (int i = 0; i < 100000; ++i)
            m_content.append(static_cast<char>(i % 251));
        m_path = m_dir.filePath(QStringLiteral("clip.bin"));
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_content);
    }

    void readsExactlyTheWindow()
    {
        FileSliceDevice d(m_path, 1000, 50000);
        QVERIFY(d.open(QIODevice::ReadOnly));
        QCOMPARE(d.size(), 50000);
        QVERIFY(!d.isSequential());
        QByteArray got;
        char buffer[4096];
        qint64 n = 0;
        while ((n = d.read(buffer, sizeof buffer)) > 0)
            got.append(buffer, n);
        QCOMPARE(got, m_content.mid(1000, 50000));
        QVERIFY(d.atEnd());
    }

    void seeksWithinTheWindow()
    {
        FileSliceDevice d(m_path, 20000, 30000);
        QVERIFY(d.open(QIODevice::ReadOnly));
        QVERIFY(d.seek(29990));
        QCOMPARE(d.readAll(), m_content.mid(49990, 10));
        QVERIFY(d.seek(0));
        QCOMPARE(d.read(5), m_content.mid(20000, 5));
        QVERIFY(!d.seek(30001));
        QVERIFY(!d.seek(-1));
    }

    void lastWindowAndEmptyWindow()
    {
        FileSliceDevice tail(m_path, 99990, 10);
        QVERIFY(tail.open(QIODevice::ReadOnly));
        QCOMPARE(tail.readAll(), m_content.right(10));
        FileSliceDevice empty(m_path, 5, 0);
        QVERIFY(empty.open(QIODevice::ReadOnly));
        QVERIFY(empty.readAll().isEmpty());
    }

    void refusesWindowsPastTheEndAndWriting()
    {
        FileSliceDevice past(m_path, 90000, 20000);
        QVERIFY(!past.open(QIODevice::ReadOnly));
        QVERIFY(past.errorString().contains(QStringLiteral("shorter")));
        FileSliceDevice missing(m_dir.filePath(QStringLiteral("nope.bin")), 0, 1);
        QVERIFY(!missing.open(QIODevice::ReadOnly));
        FileSliceDevice writable(m_path, 0, 10);
        QVERIFY(!writable.open(QIODevice::ReadWrite));
    }
};

TRAVELFLOW_TEST_MAIN(TestFileSliceDevice, QCoreApplication)
#include "test_file_slice_device.moc"
