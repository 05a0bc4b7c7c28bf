// LeadExporter against a real profile database: RFC 4180 quoting (comma, quote, CR, LF),
// UTF-8 text of any script, the header, a byte-order mark only when asked for, only what
// counts as a lead (the user's label over the classifier's), and an export of more leads
// than one page holds that has every lead exactly once, newest first.

#include "inbox/lead_exporter.h"
#include "storage/account_repository.h"
#include "storage/database.h"
#include "storage/interaction_repository.h"
#include "support/test_env.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace travelflow;

namespace {

const QStringList kHeader{QStringLiteral("platform"), QStringLiteral("account"), QStringLiteral("author"),
                          QStringLiteral("text"),     QStringLiteral("link"),    QStringLiteral("time"),
                          QStringLiteral("score"),    QStringLiteral("reason"),  QStringLiteral("state"),
                          QStringLiteral("notes")};

const QString kMixedText = QStringLiteral("Привет 👋 مرحبا שלום");

// An independent RFC 4180 reader: records of fields; false when the text is malformed
// (a quote inside an unquoted field, text after a closing quote, an unterminated quote,
// a record not ended by CRLF, or a bare CR or LF outside quotes).
bool parseCsv(const QString &text, QList<QStringList> *records)
{
    QStringList record;
    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and is closed
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            wasQuoted = false;
            fieldStarted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                return false;
            ++i;
            record.append(field);
            records->append(record);
            record.clear();
            field.clear();
            wasQuoted = false;
            fieldStarted = false;
        } else if (c == QLatin1Char('\n')) {
            return false;
        } else if (c == QLatin1Char('"')) {
            if (fieldStarted || wasQuoted)
                return false;
            quoted = true;
            fieldStarted = true;
        } else {
            if (wasQuoted)
                return false;
            field += c;
            fieldStarted = true;
        }
    }
    // Every record ends with CRLF: nothing may be left over.
    return !quoted && record.isEmpty() && field.isEmpty() && !fieldStarted;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestLeadExporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_instagram = 0;
    qint64 m_youtube = 0;
    int m_next = 0;

    Interaction lead(qint64 account, Platform platform, const QString &author, const QString &text)
    {
        Interaction i;
        i.accountId = account;
        i.platform = platform;
        i.kind = Interaction::Kind::Comment;
        i.remoteId = QStringLiteral("c%1").arg(++m_next);
        i.authorName = author;
        i.text = text;
        i.createdAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC).addSecs(m_next);
        i.leadLabel = Interaction::LeadLabel::Lead;
        i.leadScore = 0.8734;
        i.leadReason = QStringLiteral("asks about the price");
        i.permalink = QStringLiteral("https://example.com/p/%1").arg(m_next);
        return i;
    }

    qint64 insert(const Interaction &i)
    {
        auto stored = InteractionRepository(m_db->connection()).insertIfNew(i);
        return stored && stored->second ? stored->first : 0;
    }

    // Removes every interaction, so each test counts only its own.
    void clearInbox()
    {
        QSqlQuery q(m_db->connection());
        q.exec(QStringLiteral("DELETE FROM interactions"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = std::move(*db);
        AccountRepository accounts(m_db->connection());
        Account a;
        a.platform = Platform::Instagram;
        a.remoteId = QStringLiteral("17841400000000001");
        a.displayName = QStringLiteral("Travel, Co \"Best\""); // a comma and quotes in the account name
        auto id = accounts.upsert(a);
        QVERIFY(id);
        m_instagram = *id;
        a.platform = Platform::YouTube;
        a.remoteId = QStringLiteral("UCabc");
        a.displayName = QStringLiteral("Путешествия");
        id = accounts.upsert(a);
        QVERIFY(id);
        m_youtube = *id;
    }

    void init() { clearInbox(); }

    void fieldQuotesOnlyWhatNeedsIt()
    {
        QCOMPARE(LeadExporter::field(QStringLiteral("plain text")), QStringLiteral("plain text"));
        QCOMPARE(LeadExporter::field(QString()), QString());
        QCOMPARE(LeadExporter::field(kMixedText), kMixedText);
        QCOMPARE(LeadExporter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(LeadExporter::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(LeadExporter::field(QStringLiteral("\"")), QStringLiteral("\"\"\"\""));
        QCOMPARE(LeadExporter::field(QStringLiteral("one\r\ntwo")), QStringLiteral("\"one\r\ntwo\""));
        QCOMPARE(LeadExporter::field(QStringLiteral("one\ntwo")), QStringLiteral("\"one\ntwo\""));
        QCOMPARE(LeadExporter::field(QStringLiteral("one\rtwo")), QStringLiteral("\"one\rtwo\""));
    }

    void rfc4180QuotingAndUtf8()
    {
        struct Row
        {
            qint64 account;
            Platform platform;
            QString author;
            QString text;
            QString notes;
            std::optional<Interaction::LeadState> state;
        };
        const QList<Row> leads{
            {m_instagram, Platform::Instagram, QStringLiteral("tom.hikes"),
             QStringLiteral("How much, for two people?"), QString(), std::nullopt},
            {m_instagram, Platform::Instagram, QStringLiteral("anna \"and\" max"),
             QStringLiteral("She said \"book it\", so: when?"), QStringLiteral("call \"after 6\""),
             Interaction::LeadState::Contacted},
            {m_youtube, Platform::YouTube, QStringLiteral("olga, k"),
             QStringLiteral("line one\r\nline two\nline three\rline four"), QStringLiteral("two\nlines"),
             Interaction::LeadState::Won},
            {m_youtube, Platform::YouTube, QStringLiteral("дмитрий"), kMixedText + QStringLiteral(" 🇵🇹"),
             QStringLiteral("перезвонить"), Interaction::LeadState::Lost},
            {m_youtube, Platform::YouTube, QStringLiteral("plain"), QStringLiteral("  leading spaces  "),
             QString(), std::nullopt},
        };
        InteractionRepository repo(m_db->connection());
        QHash<QString, Interaction> byText;
        for (const Row &e : leads) {
            Interaction i = lead(e.account, e.platform, e.author, e.text);
            i.notes = e.notes;
            i.leadState = e.state;
            QVERIFY(insert(i) > 0);
            byText.insert(i.text, i);
        }
        // Not leads: the classifier's "not", and a classifier lead the user rejected.
        Interaction notLead = lead(m_youtube, Platform::YouTube, QStringLiteral("x"), QStringLiteral("nice"));
        notLead.leadLabel = Interaction::LeadLabel::Not;
        QVERIFY(insert(notLead) > 0);
        Interaction rejected
            = lead(m_youtube, Platform::YouTube, QStringLiteral("y"), QStringLiteral("rejected lead"));
        rejected.leadUserLabel = Interaction::LeadLabel::Not;
        QVERIFY(insert(rejected) > 0);
        // And a classifier "not" the user accepted as a lead.
        Interaction accepted = lead(m_instagram, Platform::Instagram, QStringLiteral("z"),
                                    QStringLiteral("accepted, by user"));
        accepted.leadLabel = Interaction::LeadLabel::Not;
        accepted.leadUserLabel = Interaction::LeadLabel::Lead;
        QVERIFY(insert(accepted) > 0);
        byText.insert(accepted.text, accepted);

        const QString path = m_dir.filePath(QStringLiteral("leads.csv"));
        const auto rows = LeadExporter::exportCsv(m_db->connection(), path, false);
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
        QCOMPARE(*rows, qint64(leads.size() + 1));

        const QByteArray bytes = readAll(path);
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.startsWith("platform,account,author,text,link,time,score,reason,state,notes\r\n"));
        QVERIFY(bytes.endsWith("\r\n"));
        // UTF-8, not some local code page; the exact quoting of a quote and a comma.
        QVERIFY(bytes.contains(kMixedText.toUtf8()));
        QVERIFY(bytes.contains(QByteArray("\"She said \"\"book it\"\", so: when?\"")));
        QVERIFY(bytes.contains(QByteArray(",\"Travel, Co \"\"Best\"\"\",")));
        QVERIFY(bytes.contains(QByteArray("\"line one\r\nline two\nline three\rline four\"")));
        QVERIFY(bytes.contains(QByteArray(",  leading spaces  ,"))); // nothing to quote, nothing trimmed
        QCOMPARE(QString::fromUtf8(bytes).toUtf8(), bytes); // valid UTF-8 throughout

        QList<QStringList> records;
        QVERIFY(parseCsv(QString::fromUtf8(bytes), &records));
        QCOMPARE(records.size(), leads.size() + 2);
        QCOMPARE(records.first(), kHeader);
        QSet<QString> seen;
        for (qsizetype r = 1; r < records.size(); ++r) {
            const QStringList &f = records.at(r);
            QCOMPARE(f.size(), kHeader.size());
            QVERIFY2(byText.contains(f.at(3)), qPrintable(f.at(3)));
            const Interaction &i = byText.value(f.at(3));
            seen.insert(i.text);
            QCOMPARE(f.at(0), platformName(i.platform));
            QCOMPARE(f.at(1),
                     i.accountId == m_instagram ? QStringLiteral("Travel, Co \"Best\"")
                                                : QStringLiteral("Путешествия"));
            QCOMPARE(f.at(2), i.authorName);
            QCOMPARE(f.at(3).toUtf8(), i.text.toUtf8()); // byte for byte
            QCOMPARE(f.at(4), i.permalink);
            QCOMPARE(QDateTime::fromString(f.at(5), Qt::ISODate), i.createdAt);
            QVERIFY(f.at(5).endsWith(QLatin1Char('Z')));
            QCOMPARE(f.at(6), QStringLiteral("0.873"));
            QCOMPARE(f.at(7), i.leadReason);
            QCOMPARE(f.at(8), leadStateName(i.leadState.value_or(Interaction::LeadState::New)));
            QCOMPARE(f.at(9), i.notes);
        }
        QCOMPARE(seen.size(), byText.size());
        // Newest first.
        for (qsizetype r = 2; r < records.size(); ++r)
            QVERIFY(QDateTime::fromString(records.at(r - 1).at(5), Qt::ISODate)
                    >= QDateTime::fromString(records.at(r).at(5), Qt::ISODate));
    }

    void bomOnlyWhenAskedFor()
    {
        QVERIFY(insert(lead(m_youtube, Platform::YouTube, QStringLiteral("a"), kMixedText)) > 0);
        const QString plain = m_dir.filePath(QStringLiteral("plain.csv"));
        const QString bom = m_dir.filePath(QStringLiteral("bom.csv"));
        QVERIFY(LeadExporter::exportCsv(m_db->connection(), plain, false));
        QVERIFY(LeadExporter::exportCsv(m_db->connection(), bom, true));
        const QByteArray a = readAll(plain);
        const QByteArray b = readAll(bom);
        QVERIFY(a.startsWith("platform,"));
        QVERIFY(b.startsWith("\xEF\xBB\xBFplatform,"));
        QCOMPARE(b.mid(3), a);
        QCOMPARE(a.count("\xEF\xBB\xBF"), 0);
    }

    void noLeadsGiveTheHeaderOnly()
    {
        Interaction i = lead(m_youtube, Platform::YouTube, QStringLiteral("a"), QStringLiteral("nice view"));
        i.leadLabel = Interaction::LeadLabel::Not;
        QVERIFY(insert(i) > 0);
        const QString path = m_dir.filePath(QStringLiteral("empty.csv"));
        const auto rows = LeadExporter::exportCsv(m_db->connection(), path, false);
        QVERIFY(rows);
        QCOMPARE(*rows, 0);
        QCOMPARE(readAll(path),
                 QByteArray("platform,account,author,text,link,time,score,reason,state,notes\r\n"));
    }

    void largeExportHasEveryLeadOnce()
    {
        // More than two pages of 1000, with ties on created_at across page boundaries and
        // non-leads in between.
        constexpr int kLeads = 2345;
        QList<Interaction> batch;
        const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        QSet<QString> expected;
        for (int n = 0; n < kLeads + 700; ++n) {
            Interaction i;
            i.accountId = n % 2 ? m_youtube : m_instagram;
            i.platform = n % 2 ? Platform::YouTube : Platform::Instagram;
            i.remoteId = QStringLiteral("bulk%1").arg(n);
            i.authorName = QStringLiteral("author %1").arg(n);
            const bool isLead = n < kLeads;
            i.text = isLead ? QStringLiteral("lead %1, \"price\"?\nline 2").arg(n)
                            : QStringLiteral("not a lead %1").arg(n);
            i.createdAt = base.addSecs(n / 7); // seven share each second
            i.leadLabel = isLead ? Interaction::LeadLabel::Lead : Interaction::LeadLabel::Not;
            i.leadScore = isLead ? 0.9 : 0.1;
            if (isLead)
                expected.insert(i.text);
            batch.append(i);
        }
        const auto stored = InteractionRepository(m_db->connection()).insertBatch(batch);
        QVERIFY(stored);

        const QString path = m_dir.filePath(QStringLiteral("big.csv"));
        const auto rows = LeadExporter::exportCsv(m_db->connection(), path, true);
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
        QCOMPARE(*rows, qint64(kLeads));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QList<QStringList> records;
        QVERIFY(parseCsv(QString::fromUtf8(bytes.mid(3)), &records));
        QCOMPARE(records.size(), kLeads + 1);
        QCOMPARE(records.first(), kHeader);
        QSet<QString> seen;
        for (qsizetype r = 1; r < records.size(); ++r) {
            const QString text = records.at(r).at(3);
            QVERIFY2(!seen.contains(text), qPrintable(text)); // no lead twice across pages
            seen.insert(text);
            if (r > 1)
                QVERIFY(QDateTime::fromString(records.at(r - 1).at(5), Qt::ISODate)
                        >= QDateTime::fromString(records.at(r).at(5), Qt::ISODate));
        }
        QCOMPARE(seen, expected);
    }

    void unwritablePathIsAnError()
    {
        QVERIFY(insert(lead(m_youtube, Platform::YouTube, QStringLiteral("a"), QStringLiteral("price?")))
                > 0);
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/leads.csv"));
        const auto rows = LeadExporter::exportCsv(m_db->connection(), path, false);
        QVERIFY(!rows);
        QCOMPARE(rows.error().code, QStringLiteral("export.open"));
        QVERIFY(rows.error().message.contains(path));
        QVERIFY(!QFile::exists(path));
    }
};

TRAVELFLOW_TEST_MAIN(TestLeadExporter, QCoreApplication)
#include "test_lead_exporter.moc"
