// The queue's backoff: pure arithmetic, so every case pins the random draw.

#include "publishing/retry_policy.h"

#include <QTest>

#include <algorithm>
#include <limits>

using namespace travelflow;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capDoublesPerAttempt()
    {
        const RetryPolicy policy; // base 30 s, max 3600 s
        // At random 0 the delay is exactly half the cap, which shows the doubling.
        QCOMPARE(policy.delaySeconds(1, 0.0), qint64{15});
        QCOMPARE(policy.delaySeconds(2, 0.0), qint64{30});
        QCOMPARE(policy.delaySeconds(3, 0.0), qint64{60});
        QCOMPARE(policy.delaySeconds(4, 0.0), qint64{120});
        QCOMPARE(policy.delaySeconds(0, 0.0), qint64{15}); // nonsense attempt counts as the first
    }

    void capStopsAtMaxSeconds()
    {
        const RetryPolicy policy;
        // 30 * 2^7 = 3840 > 3600: the cap holds from attempt 8 on.
        QCOMPARE(policy.delaySeconds(7, 0.0), qint64{960});
        QCOMPARE(policy.delaySeconds(7, 0.999), qint64{1920});
        QCOMPARE(policy.delaySeconds(8, 0.0), qint64{1800});
        QCOMPARE(policy.delaySeconds(8, 0.999), qint64{3599}); // 1801 whole seconds: 0.999 is one short
        QCOMPARE(policy.delaySeconds(20, 1.0), qint64{3600}); // 1.0 is treated as just below 1
    }

    void jitterStaysWithinHalfCapAndCap()
    {
        const RetryPolicy policy;
        for (int attempt = 1; attempt <= 10; ++attempt) {
            const qint64 cap = std::min<qint64>(3600, qint64{30} << (attempt - 1));
            for (double random : {0.0, 0.25, 0.5, 0.999, 1.0}) {
                const qint64 delay = policy.delaySeconds(attempt, random);
                QVERIFY2(delay >= cap / 2 && delay <= cap, qPrintable(QString::number(delay)));
            }
        }
        QCOMPARE(policy.delaySeconds(1, 0.999), qint64{30}); // the top of the range is reachable
        QCOMPARE(policy.delaySeconds(1, 0.5), qint64{23});
    }

    void retryAfterIsAFloor()
    {
        const RetryPolicy policy;
        QCOMPARE(policy.delaySeconds(1, 0.0, 300), qint64{300}); // above the jitter: the server wins
        QCOMPARE(policy.delaySeconds(3, 0.999, 10), qint64{120}); // below: our backoff stands
        QCOMPARE(policy.delaySeconds(9, 0.999, 7200), qint64{7200}); // even past maxSeconds
        QCOMPARE(policy.delaySeconds(1, 0.0, -5), qint64{15}); // a broken header changes nothing
    }

    void exhaustedAtMaxAttempts()
    {
        const RetryPolicy policy(RetryPolicy::Config{.maxAttempts = 3, .baseSeconds = 10, .maxSeconds = 100});
        QCOMPARE(policy.config().maxAttempts, 3);
        QVERIFY(!policy.exhausted(0));
        QVERIFY(!policy.exhausted(2));
        QVERIFY(policy.exhausted(3));
        QVERIFY(policy.exhausted(4));
        QCOMPARE(policy.delaySeconds(5, 0.999), qint64{100});
    }

    void largeAttemptsDoNotOverflow()
    {
        const RetryPolicy policy;
        QCOMPARE(policy.delaySeconds(100, 0.0), qint64{1800});
        QCOMPARE(policy.delaySeconds(100, 0.999), qint64{3599});

        const qint64 huge = std::numeric_limits<qint64>::max();
        const RetryPolicy unbounded(
            RetryPolicy::Config{.maxAttempts = 6, .baseSeconds = 30, .maxSeconds = huge});
        const qint64 delay = unbounded.delaySeconds(100, 0.999);
        QVERIFY(delay >= huge / 2 && delay <= huge);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "test_retry_policy.moc"
