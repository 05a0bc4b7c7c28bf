// parseRfc3339 reads the platforms' common form itself; whatever it is given, the answer
// must be exactly Qt's ISO 8601 reading of the same text.

#include "common/rfc3339_time.h"

#include <QTest>

using travelflow::parseRfc3339;

class TestRfc3339Time : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsQtsIsoParser_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text :
             {"2024-05-01T10:00:00Z", "2024-05-01T10:00:00.123Z", "1999-12-31T23:59:59Z",
              "2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z", "2024-05-01T24:00:00Z",
              "2024-05-01T10:60:00Z", "2024-05-01T10:00:00+02:00", "2024-05-01T10:00:00.1234Z",
              "2024-05-01 10:00:00Z", "2024-05-0xT10:00:00Z", "2024-05-01T10:00:00", "2024-05-01", "",
              "not a time", "2024-05-01T10:00:00.999Z", "0001-01-01T00:00:00Z"})
            QTest::newRow(text) << QString::fromLatin1(text);
    }

    void sameAsQtsIsoParser()
    {
        QFETCH(QString, text);
        const QDateTime ours = parseRfc3339(text);
        const QDateTime qts = QDateTime::fromString(text, Qt::ISODate);
        QCOMPARE(ours.isValid(), qts.isValid());
        if (qts.isValid()) {
            QCOMPARE(ours, qts);
            QCOMPARE(ours.timeSpec(), qts.timeSpec());
            QCOMPARE(ours.toMSecsSinceEpoch(), qts.toMSecsSinceEpoch());
        }
    }

    void commonFormIsUtcToTheMillisecond()
    {
        const QDateTime t = parseRfc3339(QStringLiteral("2024-05-01T10:20:30.456Z"));
        QCOMPARE(t.timeSpec(), Qt::UTC);
        QCOMPARE(t.date(), QDate(2024, 5, 1));
        QCOMPARE(t.time(), QTime(10, 20, 30, 456));
    }
};

QTEST_GUILESS_MAIN(TestRfc3339Time)
#include "test_rfc3339_time.moc"
