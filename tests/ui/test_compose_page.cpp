// The compose area as a user meets it (offscreen), against the real simulator over loopback,
// a real SQLite profile and the real Secret Service: the video chosen on the page itself
// (newest first, searchable), live counters and the broken rules by name for each platform,
// TikTok's posting screen filled from creator_info (no preselected privacy, switches the
// creator disabled stay disabled, disclosure rules, maximum duration, consent sentence),
// publishing now and scheduling in a chosen time zone.

#include "compose/compose_page.h"
#include "compose/video_picker.h"
#include "core/post.h"
#include "fault_injector.h"
#include "publishing/creator_info_loader.h"
#include "publishing/post_composer.h"
#include "sandbox_server.h"
#include "services/app_services.h"
#include "storage/database.h"
#include "storage/post_repository.h"
#include "storage/publish_job_repository.h"
#include "storage/video_repository.h"
#include "support/sandbox_accounts.h"
#include "support/sandbox_world.h"
#include "support/test_clips.h"
#include "support/test_env.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace travelflow;
using namespace travelflow::sandbox;

namespace {

template<typename T>
T *child(const QObject *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

// Types text key by key, as keyClicks does, but for any letter (keyClicks wants Latin-1).
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// How many steps of the focus chain lead from `from` to `to` (-1 = not within the page).
int stepsTo(QWidget *from, QWidget *to)
{
    QWidget *w = from;
    for (int steps = 0; steps < 500 && w; ++steps, w = w->nextInFocusChain()) {
        if (w == to)
            return steps;
    }
    return -1;
}

QString num(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

class TestComposePage : public QObject
{
    Q_OBJECT

    test::SandboxWorld m_world;
    std::unique_ptr<AppServices> m_services;
    QHash<Platform, qint64> m_accounts;
    qint64 m_shortVideo = 0; // a real 2 s clip
    qint64 m_longVideo = 0; // said to be 601 s: over the simulator's 600 s maximum

    qint64 addVideo(const QString &path, qint64 durationMs)
    {
        Video v;
        v.path = path;
        v.fingerprint = path; // unique per row is all the library needs here
        v.sizeBytes = QFileInfo(path).size();
        v.container = QStringLiteral("mp4");
        v.durationMs = durationMs;
        const auto id = VideoRepository(m_world.database().connection()).insert(v);
        return id ? *id : 0;
    }

    // A page with `video` loaded and the given accounts ticked by clicking their boxes.
    std::unique_ptr<ComposePage> page(qint64 video, const QList<Platform> &platforms)
    {
        auto p = std::make_unique<ComposePage>(*m_services);
        p->resize(1000, 900);
        p->show();
        if (!QTest::qWaitForWindowExposed(p.get()))
            return nullptr;
        p->setVideo(video);
        for (const Platform platform : platforms) {
            auto *box
                = child<QCheckBox>(p.get(), QStringLiteral("account_%1").arg(m_accounts.value(platform)));
            if (!box)
                return nullptr;
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
            if (!box->isChecked())
                return nullptr;
        }
        return p;
    }

    QWidget *editor(const ComposePage *p, Platform platform)
    {
        return child<QWidget>(p, QStringLiteral("variant_%1").arg(m_accounts.value(platform)));
    }

    QPlainTextEdit *caption(const ComposePage *p, Platform platform)
    {
        QWidget *e = editor(p, platform);
        return e ? child<QPlainTextEdit>(e, QStringLiteral("captionEdit")) : nullptr;
    }

    QString warnings(const ComposePage *p, Platform platform)
    {
        QWidget *e = editor(p, platform);
        auto *label = e ? child<QLabel>(e, QStringLiteral("warnings")) : nullptr;
        return label ? label->text() : QStringLiteral("<no warnings label>");
    }

    QLabel *counter(const ComposePage *p, Platform platform, const QString &name)
    {
        QWidget *e = editor(p, platform);
        return e ? child<QLabel>(e, name) : nullptr;
    }

    // Waits for creator_info to fill TikTok's panel, then picks a privacy level from the
    // keyboard as a user would (the combo starts with nothing chosen).
    bool choosePrivacy(const ComposePage *p, const QString &level)
    {
        QWidget *e = editor(p, Platform::TikTok);
        auto *combo = e ? child<QComboBox>(e, QStringLiteral("tiktokPrivacy")) : nullptr;
        if (!combo || !QTest::qWaitFor([&] { return combo->isEnabled() && combo->count() > 0; }, 10000))
            return false;
        combo->setFocus();
        const int wanted = combo->findData(level);
        for (int i = 0; i < combo->count() && combo->currentIndex() != wanted; ++i)
            QTest::keyClick(combo, combo->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
        return combo->currentData().toString() == level;
    }

    void click(QWidget *widget)
    {
        QVERIFY(widget);
        QTest::mouseClick(widget, Qt::LeftButton, {}, QPoint(8, widget->height() / 2));
    }

    std::optional<Post> post(qint64 id)
    {
        const auto found = PostRepository(m_world.database().connection()).get(id);
        return found && *found ? std::optional<Post>(**found) : std::nullopt;
    }

    QList<PublishJob> jobsOf(const Post &p)
    {
        QList<PublishJob> jobs;
        const auto all
            = PublishJobRepository(m_world.database().connection()).listByState({PublishJob::State::Queued});
        for (const PublishJob &job : all ? *all : QList<PublishJob>()) {
            for (const PostTarget &t : p.targets) {
                if (t.id == job.postTargetId)
                    jobs.append(job);
            }
        }
        return jobs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_world.start(&error), qPrintable(error));
        m_services = std::make_unique<AppServices>(m_world.database(), m_world.endpoints());
        for (const Platform platform : {Platform::TikTok, Platform::Instagram, Platform::YouTube}) {
            const auto account = test::connectSandboxAccount(
                m_world.database(), m_services->secrets(), m_services->nam(), m_world.endpoints(), platform);
            QVERIFY2(account, qPrintable(platformName(platform)));
            m_accounts.insert(platform, account->id);
        }

        const QString clip = test::TestClips::h264Mp4(m_world.path());
        QVERIFY2(!clip.isEmpty(), "ffmpeg could not make a clip");
        const QString longClip = m_world.filePath(QStringLiteral("long.mp4"));
        QVERIFY(QFile::copy(clip, longClip));
        m_shortVideo = addVideo(clip, 2000);
        m_longVideo = addVideo(longClip, 601'000);
        QVERIFY(m_shortVideo > 0 && m_longVideo > 0);
    }

    void init() { m_world.server().faults().clear(); }

    void showsHintsWhenThereIsNothingToCompose()
    {
        // Opened directly: no empty state but the video picker, nothing chosen, with a hint.
        auto p = std::make_unique<ComposePage>(*m_services);
        p->resize(1000, 900);
        p->show();
        QVERIFY(QTest::qWaitForWindowExposed(p.get()));
        auto *empty = child<QWidget>(p.get(), QStringLiteral("emptyState"));
        QVERIFY(empty && !empty->isVisible());
        auto *combo = child<QComboBox>(p.get(), QStringLiteral("videoCombo"));
        auto *hint = child<QLabel>(p.get(), QStringLiteral("videoHint"));
        QVERIFY(combo && combo->isVisible() && hint && hint->isVisible());
        QCOMPARE(combo->currentIndex(), -1);
        QCOMPARE(p->videoPicker()->currentVideoId(), 0);
        QVERIFY2(hint->text().contains(QLatin1String("Choose the video")), qPrintable(hint->text()));
        // Newest first, file name and duration.
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->itemData(0).toLongLong(), m_longVideo);
        QCOMPARE(combo->itemText(0), QStringLiteral("long.mp4 · 10:01"));
        QCOMPARE(combo->itemData(1).toLongLong(), m_shortVideo);
        QVERIFY(combo->itemText(1).contains(QLatin1String("h264.mp4")));
        QVERIFY(combo->itemText(1).contains(QLatin1String("0:02")));
        auto *publish = child<QPushButton>(p.get(), QStringLiteral("publishButton"));
        QVERIFY(!publish->isEnabled());
        QVERIFY2(publish->toolTip().contains(QLatin1String("Choose the video to post")),
                 qPrintable(publish->toolTip()));
        // The page fits a small window (the main window is as narrow as its widest page).
        QVERIFY2(p->minimumSizeHint().width() <= 600,
                 qPrintable(QString::number(p->minimumSizeHint().width())));

        // Choosing from the keyboard fills the form: TikTok checks that video's duration.
        auto *box
            = child<QCheckBox>(p.get(), QStringLiteral("account_%1").arg(m_accounts.value(Platform::TikTok)));
        click(box);
        QVERIFY(box->isChecked());
        QTest::keyClicks(caption(p.get(), Platform::TikTok), QStringLiteral("Written before the video"));
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(p->videoPicker()->currentVideoId(), m_longVideo);
        QVERIFY(!hint->isVisible());
        QVERIFY(choosePrivacy(p.get(), QStringLiteral("PUBLIC_TO_EVERYONE")));
        QVERIFY(warnings(p.get(), Platform::TikTok).contains(QLatin1String("tiktok.video.max_duration")));
        QVERIFY(!publish->isEnabled());
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(p->videoPicker()->currentVideoId(), m_shortVideo);
        QCOMPARE(combo->currentIndex(), 1);
        QVERIFY(!warnings(p.get(), Platform::TikTok).contains(QLatin1String("tiktok.video.max_duration")));
        QCOMPARE(caption(p.get(), Platform::TikTok)->toPlainText(),
                 QStringLiteral("Written before the video"));
        QVERIFY2(publish->isEnabled(), qPrintable(publish->toolTip()));

        // The search asks the library; the chosen video stays in the list.
        QTest::keyClicks(child<QLineEdit>(p.get(), QStringLiteral("videoSearch")), QStringLiteral("long"));
        QTRY_VERIFY(combo->placeholderText().contains(QLatin1String("matching")));
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->itemData(0).toLongLong(), m_shortVideo);
        QCOMPARE(combo->itemData(1).toLongLong(), m_longVideo);
        QCOMPARE(p->videoPicker()->currentVideoId(), m_shortVideo);

        // setVideo() from the Library still works; a video that is gone says so by the picker.
        p->setVideo(m_longVideo);
        QCOMPARE(combo->currentData().toLongLong(), m_longVideo);
        p->setVideo(424242);
        QVERIFY(!empty->isVisible());
        QCOMPARE(combo->currentIndex(), -1);
        QVERIFY2(hint->isVisible() && hint->text().contains(QLatin1String("no longer in the library")),
                 qPrintable(hint->text()));
        QVERIFY(!publish->isEnabled());

        // An empty library: the empty state points at the Library.
        QTemporaryDir other;
        auto db = Database::open(other.path());
        QVERIFY(db);
        AppServices services(**db, EndpointTable::defaults());
        ComposePage lonely(services);
        lonely.show();
        QVERIFY(QTest::qWaitForWindowExposed(&lonely));
        auto *lonelyEmpty = child<QWidget>(&lonely, QStringLiteral("emptyState"));
        QVERIFY(lonelyEmpty->isVisible());
        QVERIFY2(lonelyEmpty->accessibleDescription().contains(QLatin1String("Import videos in the Library")),
                 qPrintable(lonelyEmpty->accessibleDescription()));

        // A big library: only the newest 200 are read, newest first; the search finds the rest.
        QSqlDatabase connection = (*db)->connection();
        QVERIFY(connection.transaction());
        qint64 firstId = 0;
        for (int i = 1; i <= 205; ++i) {
            Video v;
            v.path = other.filePath(QStringLiteral("clip%1.mp4").arg(i, 4, 10, QLatin1Char('0')));
            v.fingerprint = v.path;
            v.sizeBytes = 1;
            v.durationMs = 2000;
            const auto id = VideoRepository(connection).insert(v);
            QVERIFY(id);
            if (i == 1)
                firstId = *id;
        }
        QVERIFY(connection.commit());
        lonely.hide();
        lonely.show(); // showing the page reads the library again
        auto *lonelyCombo = child<QComboBox>(&lonely, QStringLiteral("videoCombo"));
        QCOMPARE(lonelyCombo->count(), VideoPicker::kLimit + 1); // and a line that says so
        QVERIFY(lonelyCombo->itemText(0).startsWith(QLatin1String("clip0205.mp4")));
        QVERIFY(lonelyCombo->itemText(VideoPicker::kLimit).contains(QLatin1String("205")));
        QVERIFY(lonelyCombo->findData(firstId) < 0);
        // No account here: the hint points at Accounts.
        QVERIFY2(
            lonelyEmpty->accessibleDescription().contains(QLatin1String("Connect an account in Accounts")),
            qPrintable(lonelyEmpty->accessibleDescription()));
        lonely.videoPicker()->searchField()->setText(QStringLiteral("clip0001"));
        QTRY_COMPARE(lonelyCombo->count(), 1);
        QCOMPARE(lonelyCombo->itemData(0).toLongLong(), firstId);
    }

    void tiktokCountsUtf16UnitsAndNamesTheRule()
    {
        auto p = page(m_shortVideo, {Platform::TikTok});
        QVERIFY(p);
        QPlainTextEdit *edit = caption(p.get(), Platform::TikTok);
        QVERIFY(edit);
        // 2197 letters and one emoji (2 UTF-16 units) leave room for one more unit.
        edit->setPlainText(QString(2197, QLatin1Char('a')) + QStringLiteral("🌍"));
        QLabel *utf16 = counter(p.get(), Platform::TikTok, QStringLiteral("counter_caption_utf16"));
        QVERIFY(utf16);
        QVERIFY2(utf16->text().contains(num(2199) + QStringLiteral(" / ") + num(2200)),
                 qPrintable(utf16->text()));
        QVERIFY(!utf16->property("overLimit").toBool());
        QVERIFY(!warnings(p.get(), Platform::TikTok).contains(QLatin1String("tiktok.caption.max_utf16")));

        edit->setFocus();
        edit->moveCursor(QTextCursor::End);
        QTest::keyClicks(edit, QStringLiteral("ok"));
        QVERIFY2(utf16->text().contains(num(2201)), qPrintable(utf16->text()));
        QVERIFY(utf16->property("overLimit").toBool());
        QVERIFY2(warnings(p.get(), Platform::TikTok).contains(QLatin1String("tiktok.caption.max_utf16")),
                 qPrintable(warnings(p.get(), Platform::TikTok)));
        auto *publish = child<QPushButton>(p.get(), QStringLiteral("publishButton"));
        QVERIFY(!publish->isEnabled());
        QVERIFY(publish->toolTip().contains(QLatin1String("TikTok caption is")));

        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QVERIFY(!utf16->property("overLimit").toBool());
        QVERIFY(!warnings(p.get(), Platform::TikTok).contains(QLatin1String("tiktok.caption.max_utf16")));
    }

    void youtubeCountsDescriptionBytesAndTagsTotal()
    {
        auto p = page(m_shortVideo, {Platform::YouTube});
        QVERIFY(p);
        QPlainTextEdit *edit = caption(p.get(), Platform::YouTube);
        QVERIFY(edit);
        type(edit, QStringLiteral("Привет"));
        QLabel *bytes = counter(p.get(), Platform::YouTube, QStringLiteral("counter_caption_bytes"));
        QVERIFY(bytes);
        QVERIFY2(bytes->text().contains(num(12) + QStringLiteral(" / ") + num(5000)),
                 qPrintable(bytes->text()));

        // 2,497 more Cyrillic letters: 2,503 characters are 5,006 bytes.
        edit->setPlainText(QString(2503, QChar(0x0436)));
        QVERIFY2(bytes->text().contains(num(5006)), qPrintable(bytes->text()));
        QVERIFY(bytes->property("overLimit").toBool());
        QVERIFY(
            warnings(p.get(), Platform::YouTube).contains(QLatin1String("youtube.description.max_bytes")));
        QVERIFY(warnings(p.get(), Platform::YouTube).contains(QLatin1String("youtube.title.required")));

        // 50 tags of 9 characters and their 49 commas: 499 of 500; one more tag is over.
        QStringList tags;
        for (int i = 0; i < 50; ++i)
            tags.append(QStringLiteral("travel%1").arg(i, 3, 10, QLatin1Char('0')));
        auto *tagsEdit = child<QLineEdit>(editor(p.get(), Platform::YouTube), QStringLiteral("tagsEdit"));
        QVERIFY(tagsEdit);
        tagsEdit->setText(tags.join(QLatin1Char(',')));
        QLabel *total = counter(p.get(), Platform::YouTube, QStringLiteral("counter_tags_tag_characters"));
        QVERIFY(total);
        QVERIFY2(total->text().contains(num(499) + QStringLiteral(" / ") + num(500)),
                 qPrintable(total->text()));
        QVERIFY(!warnings(p.get(), Platform::YouTube).contains(QLatin1String("youtube.tags.max_total")));
        tagsEdit->setFocus();
        tagsEdit->end(false);
        QTest::keyClicks(tagsEdit, QStringLiteral(",lisbon"));
        QVERIFY(total->property("overLimit").toBool());
        QVERIFY(warnings(p.get(), Platform::YouTube).contains(QLatin1String("youtube.tags.max_total")));
    }

    void instagramCountsHashtags()
    {
        auto p = page(m_shortVideo, {Platform::Instagram});
        QVERIFY(p);
        QPlainTextEdit *edit = caption(p.get(), Platform::Instagram);
        QVERIFY(edit);
        QStringList words;
        for (int i = 0; i < 30; ++i)
            words.append(QStringLiteral("#trip%1").arg(i));
        edit->setPlainText(words.join(QLatin1Char(' ')));
        QLabel *hashtags = counter(p.get(), Platform::Instagram, QStringLiteral("counter_caption_hashtags"));
        QVERIFY(hashtags);
        QVERIFY2(hashtags->text().contains(num(30) + QStringLiteral(" / ") + num(30)),
                 qPrintable(hashtags->text()));
        QVERIFY(!warnings(p.get(), Platform::Instagram)
                     .contains(QLatin1String("instagram.caption.max_hashtags")));
        auto *publish = child<QPushButton>(p.get(), QStringLiteral("publishButton"));
        QVERIFY(publish->isEnabled());

        edit->setFocus();
        edit->moveCursor(QTextCursor::End);
        QTest::keyClicks(edit, QStringLiteral(" #porto"));
        QVERIFY(hashtags->property("overLimit").toBool());
        QVERIFY(
            warnings(p.get(), Platform::Instagram).contains(QLatin1String("instagram.caption.max_hashtags")));
        QVERIFY(!publish->isEnabled());
        QVERIFY(publish->toolTip().contains(QLatin1String("31 hashtags")));
    }

    void tiktokPanelComesFromCreatorInfoWithoutADefault()
    {
        auto p = page(m_shortVideo, {Platform::TikTok});
        QVERIFY(p);
        QWidget *e = editor(p.get(), Platform::TikTok);
        auto *status = child<QLabel>(e, QStringLiteral("creatorStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Posting to Sandbox Traveller")),
                                 10000);
        auto *combo = child<QComboBox>(e, QStringLiteral("tiktokPrivacy"));
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->currentIndex(), -1);
        QCOMPARE(combo->placeholderText(), QStringLiteral("Choose who can see this"));
        QCOMPARE(combo->itemData(3).toString(), QStringLiteral("SELF_ONLY"));
        // The simulator's creator allows comments and duets but turned stitches off.
        QVERIFY(child<QCheckBox>(e, QStringLiteral("allowComment"))->isEnabled());
        QVERIFY(child<QCheckBox>(e, QStringLiteral("allowDuet"))->isEnabled());
        QVERIFY(!child<QCheckBox>(e, QStringLiteral("allowStitch"))->isEnabled());
        QVERIFY(!child<QCheckBox>(e, QStringLiteral("allowComment"))->isChecked());

        QTest::keyClicks(caption(p.get(), Platform::TikTok), QStringLiteral("Sunrise over Lisbon #travel"));
        auto *publish = child<QPushButton>(p.get(), QStringLiteral("publishButton"));
        QVERIFY(!publish->isEnabled());
        QVERIFY(publish->toolTip().contains(QLatin1String("Choose who can see this TikTok video")));
        QVERIFY(warnings(p.get(), Platform::TikTok).contains(QLatin1String("tiktok.privacy.required")));
        auto *consent = child<QLabel>(p.get(), QStringLiteral("consentLabel"));
        QCOMPARE(consent->text(),
                 QStringLiteral("By posting, you agree to TikTok's Music Usage Confirmation."));

        QVERIFY(choosePrivacy(p.get(), QStringLiteral("FOLLOWER_OF_CREATOR")));
        QVERIFY2(publish->isEnabled(), qPrintable(publish->toolTip()));
    }

    void creatorInfoFailureIsShownWithRetry()
    {
        m_world.server().faults().add([] {
            FaultRule r;
            r.endpoint = QStringLiteral("tiktok.api.creator_info");
            r.status = 500;
            return r;
        }());
        auto p = page(m_shortVideo, {Platform::TikTok});
        QVERIFY(p);
        QWidget *e = editor(p.get(), Platform::TikTok);
        auto *status = child<QLabel>(e, QStringLiteral("creatorStatus"));
        auto *retry = child<QPushButton>(e, QStringLiteral("creatorRetry"));
        QTRY_VERIFY_WITH_TIMEOUT(retry->isVisible(), 10000);
        QVERIFY2(status->text().contains(QLatin1String("try again")), qPrintable(status->text()));
        QVERIFY(!child<QPushButton>(p.get(), QStringLiteral("publishButton"))->isEnabled());
        click(retry); // the fault fired once; the second answer is good
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Sandbox Traveller")), 10000);
    }

    void brandedContentCannotBePrivate()
    {
        auto p = page(m_shortVideo, {Platform::TikTok});
        QVERIFY(p);
        QWidget *e = editor(p.get(), Platform::TikTok);
        QTest::keyClicks(caption(p.get(), Platform::TikTok), QStringLiteral("Our partner hotel"));
        QVERIFY(choosePrivacy(p.get(), QStringLiteral("SELF_ONLY")));
        auto *publish = child<QPushButton>(p.get(), QStringLiteral("publishButton"));
        QVERIFY(publish->isEnabled());

        auto *disclose = child<QCheckBox>(e, QStringLiteral("discloseContent"));
        auto *branded = child<QCheckBox>(e, QStringLiteral("brandedContent"));
        auto *notice = child<QLabel>(e, QStringLiteral("disclosureNotice"));
        QVERIFY(!branded->isEnabled());
        click(disclose);
        QVERIFY(disclose->isChecked());
        // Disclosing without saying what is promoted is not enough.
        QVERIFY(notice->text().contains(QLatin1String("You need to indicate")));
        QVERIFY(warnings(p.get(), Platform::TikTok).contains(QLatin1String("tiktok.disclosure.unspecified")));
        QVERIFY(!publish->isEnabled());

        click(branded);
        QVERIFY(branded->isChecked());
        QVERIFY(notice->text().contains(QLatin1String("Paid partnership")));
        QVERIFY(warnings(p.get(), Platform::TikTok)
                    .contains(QLatin1String("Branded content visibility cannot be set to private")));
        QVERIFY(warnings(p.get(), Platform::TikTok)
                    .contains(QLatin1String("tiktok.branded_content.not_private")));
        QVERIFY(!publish->isEnabled());
        QVERIFY(child<QLabel>(p.get(), QStringLiteral("consentLabel"))
                    ->text()
                    .contains(QLatin1String("Branded Content Policy and Music Usage Confirmation")));

        QVERIFY(choosePrivacy(p.get(), QStringLiteral("PUBLIC_TO_EVERYONE")));
        QVERIFY(!warnings(p.get(), Platform::TikTok).contains(QLatin1String("tiktok.branded_content")));
        QVERIFY2(publish->isEnabled(), qPrintable(publish->toolTip()));
    }

    void videoLongerThanTheCreatorMayPostIsRefused()
    {
        auto p = page(m_longVideo, {Platform::TikTok});
        QVERIFY(p);
        QTest::keyClicks(caption(p.get(), Platform::TikTok), QStringLiteral("The whole tram ride"));
        QVERIFY(choosePrivacy(p.get(), QStringLiteral("PUBLIC_TO_EVERYONE")));
        QVERIFY(warnings(p.get(), Platform::TikTok).contains(QLatin1String("tiktok.video.max_duration")));
        QVERIFY(warnings(p.get(), Platform::TikTok).contains(QLatin1String("up to 600 s")));
        QVERIFY(!child<QPushButton>(p.get(), QStringLiteral("publishButton"))->isEnabled());
    }

    void copiesOneCaptionToEveryTab()
    {
        auto p = page(m_shortVideo, {Platform::TikTok, Platform::Instagram});
        QVERIFY(p);
        auto *tabs = child<QTabWidget>(p.get(), QStringLiteral("variantTabs"));
        QCOMPARE(tabs->count(), 2);
        tabs->setCurrentWidget(editor(p.get(), Platform::Instagram));
        QTest::keyClicks(caption(p.get(), Platform::Instagram), QStringLiteral("Same words everywhere"));
        click(child<QPushButton>(p.get(), QStringLiteral("copyCaptionToAll")));
        // Tab goes down the page: accounts, the tabs' fields, the schedule, then Publish.
        auto *box
            = child<QWidget>(p.get(), QStringLiteral("account_%1").arg(m_accounts.value(Platform::TikTok)));
        const int toCopy = stepsTo(box, child<QWidget>(p.get(), QStringLiteral("copyCaptionToAll")));
        const int toCaption = stepsTo(box, caption(p.get(), Platform::Instagram));
        const int toSchedule = stepsTo(box, child<QWidget>(p.get(), QStringLiteral("scheduleRadio")));
        const int toPublish = stepsTo(box, child<QWidget>(p.get(), QStringLiteral("publishButton")));
        QVERIFY2(
            0 < toCopy && toCopy < toCaption && toCaption < toSchedule && toSchedule < toPublish,
            qPrintable(
                QStringLiteral("%1 %2 %3 %4").arg(toCopy).arg(toCaption).arg(toSchedule).arg(toPublish)));
        QCOMPARE(caption(p.get(), Platform::TikTok)->toPlainText(), QStringLiteral("Same words everywhere"));
        // Unticking removes the tab.
        click(
            child<QCheckBox>(p.get(), QStringLiteral("account_%1").arg(m_accounts.value(Platform::TikTok))));
        QTRY_COMPARE(tabs->count(), 1);
    }

    void publishesEachPlatformsOwnCaption()
    {
        auto p = page(m_shortVideo, {Platform::TikTok, Platform::Instagram, Platform::YouTube});
        QVERIFY(p);
        QTest::keyClicks(caption(p.get(), Platform::TikTok), QStringLiteral("TikTok words #fyp"));
        QTest::keyClicks(caption(p.get(), Platform::Instagram), QStringLiteral("Instagram words #reels"));
        type(caption(p.get(), Platform::YouTube), QStringLiteral("Описание для YouTube"));
        QWidget *youtube = editor(p.get(), Platform::YouTube);
        QTest::keyClicks(child<QLineEdit>(youtube, QStringLiteral("titleEdit")),
                         QStringLiteral("Lisbon trams"));
        QTest::keyClicks(child<QLineEdit>(youtube, QStringLiteral("tagsEdit")),
                         QStringLiteral("lisbon, tram 28"));
        QVERIFY(choosePrivacy(p.get(), QStringLiteral("MUTUAL_FOLLOW_FRIENDS")));
        click(child<QCheckBox>(editor(p.get(), Platform::TikTok), QStringLiteral("allowComment")));

        auto *publish = child<QPushButton>(p.get(), QStringLiteral("publishButton"));
        QVERIFY2(publish->isEnabled(), qPrintable(publish->toolTip()));
        QCOMPARE(publish->text().remove(QLatin1Char('&')), QStringLiteral("Publish now"));
        QSignalSpy posted(p.get(), &ComposePage::posted);
        click(publish);
        QVERIFY(posted.count() == 1 || posted.wait(15000));
        const qint64 postId = posted.first().first().toLongLong();
        const auto stored = post(postId);
        QVERIFY(stored);
        QCOMPARE(stored->videoId, m_shortVideo);
        QCOMPARE(stored->targets.size(), 3);
        QHash<Platform, PostTarget> byPlatform;
        for (const PostTarget &t : stored->targets)
            byPlatform.insert(t.platform, t);
        QCOMPARE(byPlatform.value(Platform::TikTok).caption, QStringLiteral("TikTok words #fyp"));
        QCOMPARE(byPlatform.value(Platform::TikTok).privacy, QStringLiteral("MUTUAL_FOLLOW_FRIENDS"));
        const QJsonObject options
            = QJsonDocument::fromJson(byPlatform.value(Platform::TikTok).optionsJson.toUtf8()).object();
        QCOMPARE(options.value(QStringLiteral("disable_comment")).toBool(true), false);
        QCOMPARE(options.value(QStringLiteral("disable_stitch")).toBool(false), true);
        QCOMPARE(byPlatform.value(Platform::Instagram).caption, QStringLiteral("Instagram words #reels"));
        QCOMPARE(byPlatform.value(Platform::YouTube).caption, QStringLiteral("Описание для YouTube"));
        QCOMPARE(byPlatform.value(Platform::YouTube).title, QStringLiteral("Lisbon trams"));
        QCOMPARE(byPlatform.value(Platform::YouTube).tags,
                 (QStringList{QStringLiteral("lisbon"), QStringLiteral("tram 28")}));
        QCOMPARE(byPlatform.value(Platform::YouTube).privacy, QStringLiteral("public"));
        for (const PostTarget &t : stored->targets)
            QVERIFY(!t.scheduledAt.isValid());
        QCOMPARE(jobsOf(*stored).size(), 3);

        // The form starts over, with no video chosen.
        QCOMPARE(p->videoPicker()->currentVideoId(), 0);
        QCOMPARE(child<QComboBox>(p.get(), QStringLiteral("videoCombo"))->currentIndex(), -1);
        QVERIFY(child<QLabel>(p.get(), QStringLiteral("videoHint"))->isVisible());
        QCOMPARE(child<QTabWidget>(p.get(), QStringLiteral("variantTabs"))->count(), 0);
    }

    void schedulesInTheChosenTimeZone()
    {
        auto p = page(m_shortVideo, {Platform::Instagram});
        QVERIFY(p);
        QTest::keyClicks(caption(p.get(), Platform::Instagram), QStringLiteral("Later, from Goa"));
        click(child<QRadioButton>(p.get(), QStringLiteral("scheduleRadio")));
        auto *when = child<QDateTimeEdit>(p.get(), QStringLiteral("scheduleDateTime"));
        auto *zone = child<QComboBox>(p.get(), QStringLiteral("timeZoneCombo"));
        auto *note = child<QLabel>(p.get(), QStringLiteral("scheduleNote"));
        QVERIFY(when->isEnabled() && zone->isEnabled());
        QCOMPARE(zone->currentData().toByteArray(), QTimeZone::systemTimeZoneId());

        // 02:30 on the night Berlin springs forward does not exist: the note says so.
        zone->setCurrentIndex(zone->findData(QByteArrayLiteral("Europe/Berlin")));
        when->setDateTime(QDateTime(QDate(2030, 3, 31), QTime(2, 30)));
        QVERIFY2(note->text().contains(QLatin1String("03:30"))
                     || note->text().contains(QLatin1String("3:30")),
                 qPrintable(note->text()));

        zone->setCurrentIndex(zone->findData(QByteArrayLiteral("Asia/Kolkata")));
        when->setDateTime(QDateTime(QDate(2030, 6, 1), QTime(9, 0)));
        auto *publish = child<QPushButton>(p.get(), QStringLiteral("publishButton"));
        QCOMPARE(publish->text().remove(QLatin1Char('&')), QStringLiteral("Schedule"));
        QVERIFY2(publish->isEnabled(), qPrintable(publish->toolTip()));

        // Ctrl+Return schedules from the keyboard.
        QSignalSpy posted(p.get(), &ComposePage::posted);
        caption(p.get(), Platform::Instagram)->setFocus();
        QTest::keyClick(caption(p.get(), Platform::Instagram), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(posted.count() == 1 || posted.wait(15000));
        const auto stored = post(posted.first().first().toLongLong());
        QVERIFY(stored);
        QCOMPARE(stored->targets.size(), 1);
        const QDateTime expected(QDate(2030, 6, 1), QTime(3, 30), QTimeZone::utc());
        QCOMPARE(stored->targets.first().scheduledAt.toUTC(), expected);
        QCOMPARE(stored->targets.first().scheduleTimeZone, QStringLiteral("Asia/Kolkata"));
        QCOMPARE(stored->targets.first().caption, QStringLiteral("Later, from Goa"));
        const QList<PublishJob> jobs = jobsOf(*stored);
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().nextAttemptAt.toUTC(), expected);
    }

    // The same rules hold for anything that enqueues (not only this page): branded content
    // is refused as private, and a variant may carry TikTok's own level as creator_info listed it.
    void composerRefusesPrivateBrandedContent()
    {
        PostComposer composer(m_world.database(), m_services->tokens(), m_services->nam(),
                              m_services->endpoints());
        PostRequest request;
        request.videoId = m_shortVideo;
        request.accountIds = {m_accounts.value(Platform::TikTok)};
        request.caption = QStringLiteral("shared caption, not used");
        PostVariant variant;
        variant.accountId = m_accounts.value(Platform::TikTok);
        variant.caption = QStringLiteral("Our partner hotel");
        variant.privacy = QStringLiteral("SELF_ONLY");
        variant.options = QJsonObject{{QLatin1String(PostComposer::kContentDisclosure), true},
                                      {QLatin1String(PostComposer::kBrandContent), true}};
        request.variants = {variant};
        std::optional<Expected<PostComposition>> result;
        composer.enqueue(request, [&](const Expected<PostComposition> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(*result);
        QCOMPARE((*result)->postId, 0);
        QCOMPARE((*result)->problems.size(), 1);
        QCOMPARE((*result)->problems.first().rule, QStringLiteral("tiktok.branded_content.not_private"));

        request.variants.first().privacy = QStringLiteral("FOLLOWER_OF_CREATOR");
        result.reset();
        composer.enqueue(request, [&](const Expected<PostComposition> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(*result);
        QVERIFY((*result)->problems.isEmpty());
        const auto stored = post((*result)->postId);
        QVERIFY(stored);
        QCOMPARE(stored->targets.first().caption, QStringLiteral("Our partner hotel"));
        QCOMPARE(stored->targets.first().privacy, QStringLiteral("FOLLOWER_OF_CREATOR"));
    }

    void creatorInfoLoaderReportsAnAccountWithoutTokens()
    {
        CreatorInfoLoader loader(m_services->tokens(), m_services->nam(), m_services->endpoints());
        std::optional<Expected<TikTokCreatorInfo>> result;
        QObject context;
        loader.load(987654, &context, [&](const Expected<TikTokCreatorInfo> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!*result);
        QVERIFY(!result->error().message.isEmpty());

        result.reset();
        loader.load(m_accounts.value(Platform::TikTok), &context,
                    [&](const Expected<TikTokCreatorInfo> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(*result);
        QCOMPARE((*result)->nickname, QStringLiteral("Sandbox Traveller"));
        QVERIFY((*result)->stitchDisabled);
        QCOMPARE((*result)->maxVideoPostDurationSec, 600);
    }
};

TRAVELFLOW_TEST_MAIN(TestComposePage, QApplication)
#include "test_compose_page.moc"
