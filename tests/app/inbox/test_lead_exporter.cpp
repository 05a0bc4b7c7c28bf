#include <QtTest>
class T : public QObject { Q_OBJECT private Q_SLOTS: void todo() { QVERIFY(false); } };
QTEST_GUILESS_MAIN(T)
#include "test_lead_exporter.moc"
