// The inbox area as a user meets it (offscreen), over a real profile database, the real
// Secret Service and the platform simulator over loopback: the empty state, the filters
// (leads, unread, platform, words in any script), reading an item marks it read, the lead
// state and the "not a lead" call persist, teach the lead finder and move the new-lead
// count, notes save themselves, the list pages through thousands of rows, "Sync now"
// brings a YouTube comment whose answer goes out through the reply outbox and shows in
// the thread once sent, and the leads export to CSV (plain or for Excel). Rows are as tall
// as what they show, never scroll sideways, and future times read as dates.

#include "inbox/inbox_item_delegate.h"
#include "inbox/inbox_list_model.h"
#include "inbox/inbox_page.h"
#include "leads/profile_lead_model.h"
#include "sandbox_server.h"
#include "services/app_services.h"
#include "storage/account_repository.h"
#include "storage/database.h"
#include "storage/interaction_repository.h"
#include "support/sandbox_accounts.h"
#include "support/sandbox_posts.h"
#include "support/sandbox_world.h"
#include "support/test_env.h"
#include "widgets/empty_state.h"
#include "youtube_simulator.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTest>

using namespace travelflow;
using namespace travelflow::sandbox;
using LeadLabel = Interaction::LeadLabel;

namespace {

const QString kPriceRu = QStringLiteral("Сколько стоит тур на Байкал? Какая цена для двоих? 🙏");
const QString kPretty = QStringLiteral("Красивое видео 😍");
const QString kPriceEn = QStringLiteral("What's the price for the Lisbon tour in May? Can I book for two?");
const QString kDrone = QStringLiteral("Nice drone shots! 🚁");
const QString kWhere = QStringLiteral("Где это снято? цена вопроса неважна");
const QString kTikTok = QStringLiteral("Хочу узнать про тур 💬");

} // namespace

class TestInboxPage : public QObject
{
    Q_OBJECT

    test::SandboxWorld m_world;
    std::unique_ptr<AppServices> m_services;
    QHash<Platform, qint64> m_accounts;
    std::unique_ptr<InboxPage> m_page;

    InboxPage &page()
    {
        m_page = std::make_unique<InboxPage>(*m_services);
        m_page->resize(1100, 700);
        m_page->show();
        m_page->activateWindow();
        if (!QTest::qWaitForWindowActive(m_page.get()))
            qWarning("page not active");
        return *m_page;
    }

    template<typename T>
    T *child(const char *name)
    {
        return m_page ? m_page->findChild<T *>(QLatin1String(name)) : nullptr;
    }

    InboxListModel *model() { return m_page->model(); }

    int rowWithText(const QString &text)
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->item(row)->text == text)
                return row;
        }
        return -1;
    }

    QStringList visibleTexts()
    {
        QStringList texts;
        for (int row = 0; row < model()->rowCount(); ++row)
            texts.append(model()->item(row)->text);
        return texts;
    }

    // Types text in any script (QTest::keyClicks knows Latin-1 only), one key per character.
    static void typeText(QWidget *widget, const QString &text)
    {
        for (const QChar c : text) {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }

    QSet<QString> visibleSet()
    {
        const QStringList texts = visibleTexts();
        return QSet<QString>(texts.cbegin(), texts.cend());
    }

    // Clicks the row the way a user does.
    bool clickRow(int row)
    {
        auto *list = child<QListView>("inboxList");
        if (!list || row < 0)
            return false;
        const QModelIndex index = model()->index(row);
        list->scrollTo(index);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        return list->currentIndex() == index;
    }

    void clickCheck(QCheckBox *check)
    {
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(6, check->height() / 2));
    }

    Interaction item(qint64 id)
    {
        auto i = InteractionRepository(m_world.database().connection()).get(id);
        return i && *i ? **i : Interaction();
    }

    qint64 idOf(const QString &text)
    {
        const int row = rowWithText(text);
        return row >= 0 ? model()->item(row)->id : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<OutgoingReply::State>();
        QString error;
        QVERIFY2(m_world.start(&error), qPrintable(error));
        m_services = std::make_unique<AppServices>(m_world.database(), m_world.endpoints());
        const auto youtube
            = test::connectSandboxAccount(m_world.database(), m_services->secrets(), m_services->nam(),
                                          m_world.endpoints(), Platform::YouTube);
        QVERIFY(youtube);
        m_accounts.insert(Platform::YouTube, youtube->id);
    }

    void cleanup() { m_page.reset(); }

    void showsAnEmptyStateWithAHint()
    {
        page();
        auto *empty = child<EmptyState>("emptyState");
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY(!empty->accessibleDescription().isEmpty());
        QCOMPARE(m_page->newLeadCount(), 0);
        QVERIFY(!child<QLabel>("tiktokNote")->isVisible()); // no TikTok account yet
        // Nothing to read at all: no conversation pane beside the hint.
        QVERIFY(!child<QWidget>("threadView")->isVisible());
    }

    void insertItems()
    {
        // Accounts on the other platforms, stored as a connect would store them.
        for (const Platform p : {Platform::Instagram, Platform::TikTok}) {
            Account a;
            a.platform = p;
            a.remoteId = platformName(p) + QStringLiteral("-me");
            a.displayName = QStringLiteral("Travel %1").arg(platformName(p));
            const auto id = AccountRepository(m_world.database().connection()).upsert(a);
            QVERIFY(id);
            m_accounts.insert(p, *id);
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<Interaction> items;
        const auto add = [&](Platform p, const QString &text, bool lead, int minutesAgo, bool read) {
            Interaction i;
            i.accountId = m_accounts.value(p);
            i.platform = p;
            i.remoteId = QStringLiteral("c%1").arg(items.size());
            i.remotePostId = QStringLiteral("post-1");
            i.authorName = QStringLiteral("Гость %1").arg(items.size());
            i.text = text;
            i.createdAt = now.addSecs(qint64{-60} * minutesAgo);
            i.leadLabel = lead ? LeadLabel::Lead : LeadLabel::Not;
            i.leadScore = lead ? 0.9 : 0.1;
            i.leadReason = lead ? QStringLiteral("asks for the price") : QString();
            i.state = read ? Interaction::State::Read : Interaction::State::New;
            items.append(i);
        };
        add(Platform::Instagram, kPriceRu, true, 5, false);
        add(Platform::Instagram, kPretty, false, 10 * 24 * 60, true); // 10 days old
        add(Platform::YouTube, kPriceEn, true, 20, false);
        add(Platform::YouTube, kDrone, false, 30, false);
        add(Platform::YouTube, kWhere, false, 40, true);
        add(Platform::TikTok, kTikTok, true, 50, false);
        QVERIFY(InteractionRepository(m_world.database().connection()).insertBatch(items));
    }

    void filtersChangeTheVisibleRows()
    {
        page();
        QTRY_COMPARE(model()->rowCount(), 6);
        QVERIFY(child<QListView>("inboxList")->isVisible());
        QVERIFY(child<QLabel>("tiktokNote")->isVisible());
        QCOMPARE(m_page->newLeadCount(), 3);

        auto *leads = child<QCheckBox>("leadsOnlyCheck");
        clickCheck(leads);
        QVERIFY(leads->isChecked());
        QTRY_COMPARE(model()->rowCount(), 3);
        QCOMPARE(visibleSet(), (QSet<QString>{kPriceRu, kPriceEn, kTikTok}));
        clickCheck(leads);

        auto *unread = child<QCheckBox>("unreadOnlyCheck");
        clickCheck(unread);
        QTRY_COMPARE(model()->rowCount(), 4);
        QVERIFY(!visibleTexts().contains(kPretty));
        QVERIFY(!visibleTexts().contains(kWhere));
        clickCheck(unread);
        QTRY_COMPARE(model()->rowCount(), 6);

        auto *platform = child<QComboBox>("platformFilter");
        platform->setFocus();
        platform->setCurrentIndex(platform->findData(static_cast<int>(Platform::Instagram)));
        QTRY_COMPARE(model()->rowCount(), 2);
        QCOMPARE(visibleSet(), (QSet<QString>{kPriceRu, kPretty}));
        platform->setCurrentIndex(0);
        QTRY_COMPARE(model()->rowCount(), 6);

        auto *account = child<QComboBox>("accountFilter");
        QCOMPARE(account->count(), 4); // all + three accounts
        account->setCurrentIndex(account->findData(m_accounts.value(Platform::YouTube)));
        QTRY_COMPARE(model()->rowCount(), 3);
        account->setCurrentIndex(0);
        QTRY_COMPARE(model()->rowCount(), 6);

        // Ctrl+F goes to the search field; the words filter after a short pause.
        child<QListView>("inboxList")->setFocus();
        auto *search = child<QLineEdit>("inboxSearch");
        QTest::keyClick(m_page.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        typeText(search, QStringLiteral("цена"));
        QTRY_COMPARE(model()->rowCount(), 2);
        QCOMPARE(visibleSet(), (QSet<QString>{kPriceRu, kWhere}));

        // Nothing found: an empty state that says why.
        search->clear();
        typeText(search, QStringLiteral("zzqx"));
        auto *empty = child<EmptyState>("emptyState");
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(empty->title() != tr("No comments yet"));
        QVERIFY(!empty->hint().isEmpty());
        search->clear();
        QTRY_COMPARE(model()->rowCount(), 6);
    }

    void threadPaneShowsAHintUntilSomethingIsSelected()
    {
        page();
        QTRY_COMPARE(model()->rowCount(), 6);
        QVERIFY(child<QWidget>("threadView")->isVisible());
        auto *hint = child<EmptyState>("threadEmptyState");
        QVERIFY(hint);
        QVERIFY(hint->isVisible());
        QVERIFY(!hint->hint().isEmpty());
        QVERIFY(!child<QWidget>("threadContent")->isVisible());
        QVERIFY(!child<QPlainTextEdit>("replyEdit")->isVisible());
        QVERIFY(clickRow(rowWithText(kPretty))); // read already: selecting it changes nothing
        QTRY_VERIFY(child<QWidget>("threadContent")->isVisible());
        QVERIFY(!hint->isVisible());
        QVERIFY(child<QPlainTextEdit>("replyEdit")->isVisible());
        QVERIFY(child<QLabel>("threadHeader")->text().contains(item(idOf(kPretty)).authorName));
        // A filter that drops the selected item empties the pane again.
        typeText(child<QLineEdit>("inboxSearch"), QStringLiteral("zzqx"));
        QTRY_VERIFY(hint->isVisible());
        QVERIFY(child<QWidget>("threadView")->isVisible()); // the filter may change back
    }

    void rowsFitTheirContentAndTheWidth()
    {
        page();
        QTRY_COMPARE(model()->rowCount(), 6);
        auto *list = child<QListView>("inboxList");
        QVERIFY(!list->horizontalScrollBar()->isVisible());
        const int line = list->fontMetrics().lineSpacing();
        // The rows used to be author + two text lines + the post line tall, whatever they held.
        const int oldHeight = 2 * 8 + 4 * line + 4;
        const QRect shortRow = list->visualRect(model()->index(rowWithText(kDrone)));
        QVERIFY2(shortRow.height() < oldHeight,
                 qPrintable(QStringLiteral("%1 >= %2").arg(shortRow.height()).arg(oldHeight)));
        QVERIFY(shortRow.height() >= 2 * line); // the author and the text line
        QVERIFY(shortRow.right() <= list->viewport()->width()); // nothing behind the scroll bar
        for (int row = 0; row < model()->rowCount(); ++row)
            QVERIFY(list->visualRect(model()->index(row)).width() <= list->viewport()->width());

        // The delegate measures with the font: a post line and a second text line add a line each.
        InboxItemDelegate delegate;
        QStandardItemModel items;
        const auto addRow = [&](const QString &text, const QString &post) {
            auto *row = new QStandardItem;
            row->setData(QStringLiteral("anna"), InboxListModel::AuthorRole);
            row->setData(text, InboxListModel::TextRole);
            row->setData(post, InboxListModel::PostTitleRole);
            items.appendRow(row);
            return items.index(items.rowCount() - 1, 0);
        };
        QStyleOptionViewItem option;
        option.initFrom(list);
        option.rect = QRect(0, 0, 400, 10);
        const QModelIndex plain = addRow(QStringLiteral("Nice!"), QString());
        const QModelIndex onPost = addRow(QStringLiteral("Nice!"), QStringLiteral("Lisbon by tram 28"));
        const QModelIndex longText = addRow(QString(300, QLatin1Char('a')) + QStringLiteral(" b"), QString());
        const int plainHeight = delegate.sizeHint(option, plain).height();
        QVERIFY(plainHeight < oldHeight);
        QCOMPARE(delegate.sizeHint(option, onPost).height(),
                 plainHeight + line + InboxItemDelegate::kLineGap);
        QCOMPARE(delegate.sizeHint(option, longText).height(), plainHeight + line); // at most two lines
        QVERIFY(delegate.sizeHint(option, longText).width() <= option.rect.width());
    }

    void timesInTheFutureReadAsDates()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(InboxItemDelegate::relativeTime(now.addSecs(-10), now), tr("just now"));
        QCOMPARE(InboxItemDelegate::relativeTime(now.addSecs(10), now), tr("just now")); // clocks drift
        QVERIFY(InboxItemDelegate::relativeTime(now.addSecs(-300), now).contains(QLatin1String("5 min")));
        QVERIFY(InboxItemDelegate::relativeTime(now.addSecs(-10800), now).contains(QLatin1String("3 h")));
        // A platform whose clock runs ahead: the time as it is, not "just now".
        QDateTime ahead = now.addSecs(3 * 3600 + 5 * 60);
        ahead.setTime(QTime(ahead.time().hour(), ahead.time().minute(), 42));
        const QString shown = InboxItemDelegate::relativeTime(ahead, now);
        QVERIFY2(shown != tr("just now") && !shown.contains(QLatin1String("ago")), qPrintable(shown));
        QCOMPARE(shown, InboxItemDelegate::absoluteTime(ahead, now));
        const QDateTime local = ahead.toLocalTime();
        QVERIFY2(shown.startsWith(QString::number(local.date().day()) + QLatin1Char(' ')), qPrintable(shown));
        // Hours and minutes, without the seconds.
        QVERIFY2(shown.contains(local.time().toString(QStringLiteral(":mm"))), qPrintable(shown));
        QVERIFY2(!shown.contains(local.time().toString(QStringLiteral("mm:ss"))), qPrintable(shown));
        if (local.date().year() == now.toLocalTime().date().year())
            QVERIFY(!shown.contains(QString::number(local.date().year())));
        const QString nextYear = InboxItemDelegate::relativeTime(now.addDays(400), now);
        QVERIFY2(nextYear.contains(QString::number(now.addDays(400).toLocalTime().date().year())),
                 qPrintable(nextYear));
        // Long ago: the date.
        const QDateTime old = now.addDays(-10);
        QVERIFY(InboxItemDelegate::relativeTime(old, now).startsWith(
            QString::number(old.toLocalTime().date().day()) + QLatin1Char(' ')));
    }

    void selectingAnItemMarksItRead()
    {
        page();
        QTRY_COMPARE(model()->rowCount(), 6);
        const qint64 id = idOf(kDrone);
        QCOMPARE(item(id).state, Interaction::State::New);
        QVERIFY(model()->index(rowWithText(kDrone)).data(InboxListModel::UnreadRole).toBool());
        QVERIFY(clickRow(rowWithText(kDrone)));
        QTRY_COMPARE(item(id).state, Interaction::State::Read);
        QVERIFY(!model()->index(rowWithText(kDrone)).data(InboxListModel::UnreadRole).toBool());
        QVERIFY(child<QLabel>("threadHeader")->text().contains(item(id).authorName));
        auto *thread = child<QListWidget>("threadList");
        QCOMPARE(thread->count(), 1);
        QVERIFY(thread->item(0)->text().contains(kDrone));

        // Arrow keys move the selection (and read the next item).
        const int row = rowWithText(kDrone);
        QTest::keyClick(child<QListView>("inboxList"), Qt::Key_Down);
        const qint64 next = model()->item(row + 1)->id;
        QTRY_VERIFY(child<QLabel>("threadHeader")->text().contains(item(next).authorName));
    }

    void leadStateChangeMovesTheNewLeadCount()
    {
        page();
        QTRY_COMPARE(model()->rowCount(), 6);
        QCOMPARE(m_page->newLeadCount(), 3);
        QSignalSpy spy(m_page.get(), &InboxPage::newLeadCountChanged);
        const qint64 id = idOf(kPriceEn);
        QVERIFY(clickRow(rowWithText(kPriceEn)));
        QVERIFY(child<QLabel>("leadVerdict")->text().contains(QLatin1String("asks for the price")));
        auto *combo = child<QComboBox>("leadStateCombo");
        QVERIFY(combo->isEnabled());
        QCOMPARE(combo->currentText(), tr("New"));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down); // to "Contacted"
        QTRY_COMPARE(item(id).leadState, std::optional(Interaction::LeadState::Contacted));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.last().at(0).toInt(), 2);
        QCOMPARE(m_page->newLeadCount(), 2);
    }

    void notALeadLeavesTheLeadsAndTeaches()
    {
        page();
        clickCheck(child<QCheckBox>("leadsOnlyCheck"));
        QTRY_COMPARE(model()->rowCount(), 3);
        const int countBefore = m_page->newLeadCount();
        const QString similar = QStringLiteral("Сколько стоит тур на Байкал для троих?");
        double before = 0;
        {
            auto profile = leads::ProfileLeadModel::load(m_world.database().connection());
            QVERIFY(profile);
            before = profile->classifier().score(similar);
        }
        const qint64 id = idOf(kPriceRu);
        QVERIFY(clickRow(rowWithText(kPriceRu)));
        auto *notLead = child<QPushButton>("notLeadButton");
        QVERIFY(notLead->isVisible());
        QTest::mouseClick(notLead, Qt::LeftButton);
        QTRY_COMPARE(model()->rowCount(), 2);
        QCOMPARE(rowWithText(kPriceRu), -1);
        QCOMPARE(item(id).leadUserLabel, std::optional(LeadLabel::Not));
        QCOMPARE(m_page->newLeadCount(), countBefore - 1);
        {
            auto profile = leads::ProfileLeadModel::load(m_world.database().connection());
            QVERIFY(profile);
            const double after = profile->classifier().score(similar);
            QVERIFY2(after < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        }

        // L on the list calls the selected item a lead again (when the list has focus).
        clickCheck(child<QCheckBox>("leadsOnlyCheck"));
        QTRY_COMPARE(model()->rowCount(), 6);
        QVERIFY(clickRow(rowWithText(kPriceRu)));
        QTRY_VERIFY(child<QPushButton>("markLeadButton")->isVisible());
        QTest::keyClick(child<QListView>("inboxList"), Qt::Key_L);
        QTRY_COMPARE(item(id).leadUserLabel, std::optional(LeadLabel::Lead));
        QCOMPARE(m_page->newLeadCount(), countBefore);
        QVERIFY(model()->index(rowWithText(kPriceRu)).data(InboxListModel::LeadRole).toBool());
        // E archives it.
        QTest::keyClick(child<QListView>("inboxList"), Qt::Key_E);
        QTRY_COMPARE(item(id).state, Interaction::State::Archived);
    }

    void notesSaveThemselves()
    {
        page();
        QTRY_COMPARE(model()->rowCount(), 6);
        const qint64 id = idOf(kWhere);
        QVERIFY(clickRow(rowWithText(kWhere)));
        auto *notes = child<QPlainTextEdit>("notesEdit");
        QTest::mouseClick(notes->viewport(), Qt::LeftButton);
        typeText(notes, QStringLiteral("Перезвонить в пятницу"));
        QTRY_COMPARE(item(id).notes, QStringLiteral("Перезвонить в пятницу")); // after a pause
        typeText(notes, QStringLiteral(" утром"));
        QVERIFY(clickRow(rowWithText(kDrone))); // leaving saves at once
        QCOMPARE(item(id).notes, QStringLiteral("Перезвонить в пятницу утром"));
        QVERIFY(clickRow(rowWithText(kWhere)));
        QCOMPARE(notes->toPlainText(), QStringLiteral("Перезвонить в пятницу утром"));
    }

    void instagramPrivateReplyOnlyWhereAllowed()
    {
        page();
        QTRY_COMPARE(model()->rowCount(), 6);
        QVERIFY(clickRow(rowWithText(kPretty))); // 10 days old
        QVERIFY(!child<QCheckBox>("privateReplyCheck")->isVisible());
        auto *note = child<QLabel>("privateReplyNote");
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QLatin1String("7 days")));
        QVERIFY(clickRow(rowWithText(kPriceRu)));
        QVERIFY(child<QCheckBox>("privateReplyCheck")->isVisible());
        QVERIFY(!note->isVisible());
        QVERIFY(clickRow(rowWithText(kTikTok)));
        QVERIFY(!child<QPlainTextEdit>("replyEdit")->isEnabled());
        QVERIFY(child<QLabel>("replyUnavailable")->text().contains(QLatin1String("TikTok")));
    }

    void syncedCommentIsAnsweredThroughTheSimulator()
    {
        // A video with comments on the simulated YouTube.
        const auto tokens = test::accountTokens(m_services->tokens(), m_accounts.value(Platform::YouTube));
        QVERIFY(tokens);
        const QString clip = m_world.filePath(QStringLiteral("clip.mp4"));
        QFile file(clip);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(qsizetype{64} * 1024, 'v'));
        file.close();
        const QString video = test::uploadYouTubeVideo(m_services->nam(), m_world.endpoints(), *tokens, clip,
                                                       QStringLiteral("Lisbon"));
        QVERIFY(!video.isEmpty());
        auto *youtube = static_cast<YouTubeSimulator *>(m_world.server().platform(QStringLiteral("youtube")));
        youtube->addComments(video, 3);

        page();
        QSignalSpy round(&m_services->inbox(), &InboxScheduler::roundFinished);
        QTest::mouseClick(child<QPushButton>("syncButton"), Qt::LeftButton);
        QVERIFY(!child<QPushButton>("syncButton")->isEnabled());
        QVERIFY(round.wait(30000) || !round.isEmpty());
        QTRY_VERIFY(child<QPushButton>("syncButton")->isEnabled());
        QVERIFY(!child<QProgressBar>("syncBusy")->isVisible());
        QVERIFY(!child<QLabel>("inboxStatus")->text().isEmpty());

        int row = -1;
        for (int r = 0; r < model()->rowCount(); ++r) {
            const Interaction *i = model()->item(r);
            if (i->remotePostId == video && i->kind == Interaction::Kind::Comment) {
                row = r;
                break;
            }
        }
        QVERIFY2(row >= 0, "the synced comment is in the list");
        const qint64 id = model()->item(row)->id;
        QVERIFY(clickRow(row));
        auto *reply = child<QPlainTextEdit>("replyEdit");
        QVERIFY(reply->isEnabled());
        const QString text = QStringLiteral("Спасибо! Пишите нам");
        QTest::mouseClick(reply->viewport(), Qt::LeftButton);
        typeText(reply, text);
        QTest::keyClick(reply, Qt::Key_Return, Qt::ControlModifier);
        auto *thread = child<QListWidget>("threadList");
        const auto confirmed = [&] {
            for (int k = 0; k < thread->count(); ++k) {
                const QListWidgetItem *entry = thread->item(k);
                if (entry->text().contains(text) && !entry->data(Qt::UserRole + 1).isValid())
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(confirmed(), 20000);
        QCOMPARE(child<QLabel>("replyStatus")->text(), tr("Sent."));
        QTRY_COMPARE(item(id).state, Interaction::State::Replied);
        QVERIFY(reply->toPlainText().isEmpty());
    }

    // Saves the leads through the export dialog with the file type `filter`; the file's bytes.
    QByteArray exportThroughDialog(const QString &fileName, const QString &filter, qint64 expectedRows)
    {
        QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        const auto open = [&] {
            dialog = m_page->findChild<QFileDialog *>(QStringLiteral("exportDialog"));
            return dialog && dialog->isVisible();
        };
        if (!QTest::qWaitFor(open, 5000)) {
            qWarning("the export dialog did not open");
            return {};
        }
        const QString path = m_world.filePath(fileName);
        QSignalSpy finished(m_page.get(), &InboxPage::exportFinished);
        dialog->selectNameFilter(filter);
        dialog->selectFile(path);
        // selectFile() leaves the name field alone while it has the focus: type it, as a user does.
        if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
            name->setText(path);
        static_cast<QDialog *>(dialog)->accept(); // as the Save button does
        if (!finished.wait(15000) && finished.isEmpty()) {
            qWarning("the export did not finish");
            return {};
        }
        if (finished.last().at(0).toLongLong() != expectedRows) {
            qWarning("exported %lld rows, expected %lld", finished.last().at(0).toLongLong(), expectedRows);
            return {};
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qWarning("cannot read %s: %s", qPrintable(path),
                     qPrintable(child<QLabel>("inboxStatus")->text()));
        return f.readAll();
    }

    void exportsTheLeadsToCsv()
    {
        page();
        QTRY_VERIFY(model()->rowCount() >= 6);
        InteractionFilter leads;
        leads.leadsOnly = true;
        const qint64 expected = *InteractionRepository(m_world.database().connection()).count(leads);
        QVERIFY(expected >= 2);
        // The toolbar has no Excel switch: the save dialog's file type chooses.
        QVERIFY(!m_page->findChild<QCheckBox *>(QStringLiteral("excelBomCheck")));
        const QString header
            = QStringLiteral("platform,account,author,text,link,time,score,reason,state,notes\r\n");

        QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
        auto *dialog = m_page->findChild<QFileDialog *>(QStringLiteral("exportDialog"));
        QTRY_VERIFY(dialog && dialog->isVisible());
        const QStringList filters = dialog->nameFilters();
        QCOMPARE(filters.size(), 2);
        QCOMPARE(dialog->selectedNameFilter(), filters.at(0)); // plain CSV unless asked
        QVERIFY(filters.at(1).contains(QLatin1String("Excel")));
        dialog->reject();
        QTRY_VERIFY(!dialog->isVisible());

        const QByteArray excel = exportThroughDialog(QStringLiteral("my leads.csv"), filters.at(1), expected);
        QVERIFY(excel.startsWith("\xEF\xBB\xBF"));
        QVERIFY(excel.mid(3).startsWith(header.toUtf8()));
        const QString csv = QString::fromUtf8(excel);
        QCOMPARE(csv.count(QStringLiteral("\r\n")), expected + 1);
        QVERIFY(csv.contains(kPriceEn));
        QVERIFY(!csv.contains(kDrone));
        QVERIFY(child<QLabel>("inboxStatus")->text().contains(QLatin1String("my leads.csv")));

        const QByteArray plain = exportThroughDialog(QStringLiteral("plain.csv"), filters.at(0), expected);
        QVERIFY2(plain.startsWith(header.toUtf8()), plain.left(80).toHex().constData());
        QCOMPARE(plain, excel.mid(3)); // the same rows without the byte-order mark
    }

    void listPagesThroughThousandsOfRows()
    {
        QList<Interaction> bulk;
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-30);
        for (int n = 0; n < 5000; ++n) {
            Interaction i;
            i.accountId = m_accounts.value(Platform::Instagram);
            i.platform = Platform::Instagram;
            i.remoteId = QStringLiteral("bulk-%1").arg(n);
            i.authorName = QStringLiteral("fan%1").arg(n);
            i.text = QStringLiteral("Комментарий номер %1 👍").arg(n);
            i.createdAt = base.addSecs(-n);
            bulk.append(i);
        }
        QVERIFY(InteractionRepository(m_world.database().connection()).insertBatch(bulk));

        page();
        QTRY_COMPARE(model()->rowCount(), InboxListModel::kWindow);
        QVERIFY(model()->totalCount() > 5000);
        QVERIFY(model()->canFetchMore({}));
        QVERIFY(child<QLabel>("inboxCount")->text().contains(QString::number(model()->totalCount())));
        model()->fetchMore({});
        QCOMPARE(model()->rowCount(), 2 * InboxListModel::kWindow);
        // Scrolling to the end asks for the next window.
        auto *list = child<QListView>("inboxList");
        list->scrollToBottom();
        QTRY_VERIFY(model()->rowCount() >= 3 * InboxListModel::kWindow);
        QVERIFY(model()->rowCount() < model()->totalCount());
        // Rows stay in order across windows.
        for (int row = 1; row < model()->rowCount(); ++row)
            QVERIFY(model()->item(row - 1)->createdAt >= model()->item(row)->createdAt);
    }
};

TRAVELFLOW_TEST_MAIN(TestInboxPage, QApplication)
#include "test_inbox_page.moc"
