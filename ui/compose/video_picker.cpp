#include "video_picker.h"

#include "storage/database.h"
#include "storage/video_repository.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace travelflow {

VideoPicker::VideoPicker(Database &database, QWidget *parent) : QWidget(parent), m_database(database)
{
    setObjectName(QStringLiteral("videoPicker"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Video:"), this);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    row->addWidget(label);

    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("videoCombo"));
    m_combo->setAccessibleName(tr("Video to post"));
    m_combo->setToolTip(tr("The newest videos of the library; search to find older ones."));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(24);
    m_combo->setMaxVisibleItems(15);
    m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    label->setBuddy(m_combo);
    row->addWidget(m_combo, 3);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("videoSearch"));
    m_search->setAccessibleName(tr("Search the library"));
    m_search->setPlaceholderText(tr("Search by name, tag or note"));
    m_search->setClearButtonEnabled(true);
    m_search->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_search->setMinimumWidth(120);
    row->addWidget(m_search, 2);
    column->addLayout(row);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("videoHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->hide();
    column->addWidget(m_hint);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &VideoPicker::fill);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        fill();
        m_combo->setFocus();
        if (m_combo->count() > 0)
            m_combo->showPopup();
    });
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        const qint64 id = m_combo->itemData(index).toLongLong();
        if (id > 0 && (!m_current || m_current->id != id))
            Q_EMIT videoChosen(id);
    });
    fill();
}

QString VideoPicker::durationText(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString VideoPicker::itemText(const Video &video)
{
    const QString name = QFileInfo(video.path).fileName();
    return video.durationMs > 0 ? tr("%1 · %2").arg(name, durationText(video.durationMs)) : name;
}

void VideoPicker::reload()
{
    m_searchDelay->stop();
    fill();
}

void VideoPicker::fill()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    VideoRepository videos(m_database.connection());
    const QString search = m_search->text().trimmed();
    const auto total = videos.count(search);
    auto newest = total ? videos.list(kLimit, static_cast<int>(qMax<qint64>(0, *total - kLimit)), search)
                        : Expected<QList<Video>>(total.error());
    if (!newest) {
        if (search.isEmpty())
            m_libraryCount = -1;
        m_combo->setPlaceholderText(tr("The library could not be read: %1").arg(newest.error().message));
        if (m_current) {
            m_combo->addItem(itemText(*m_current), m_current->id);
            m_combo->setCurrentIndex(0);
        }
        return;
    }
    if (search.isEmpty())
        m_libraryCount = *total;
    QList<Video> list = *newest;
    std::reverse(list.begin(), list.end()); // newest first
    if (m_current
        && std::none_of(list.cbegin(), list.cend(), [this](const Video &v) { return v.id == m_current->id; }))
        list.prepend(*m_current); // the chosen one stays in sight
    for (const Video &video : std::as_const(list)) {
        m_combo->addItem(itemText(video), video.id);
        m_combo->setItemData(m_combo->count() - 1, video.path, Qt::ToolTipRole);
    }
    if (*total > kLimit) {
        m_combo->addItem(tr("The newest %1 of %2 are listed; search to find the others.")
                             .arg(QLocale().toString(kLimit), QLocale().toString(*total)));
        if (auto *model = qobject_cast<QStandardItemModel *>(m_combo->model())) {
            QStandardItem *item = model->item(m_combo->count() - 1);
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
        }
    }
    if (search.isEmpty())
        m_combo->setPlaceholderText(tr("Choose a video to post…"));
    else if (*total == 0)
        m_combo->setPlaceholderText(tr("No video matches “%1”").arg(search));
    else
        m_combo->setPlaceholderText(tr("Choose one of %n matching video(s)…", nullptr,
                                       static_cast<int>(qMin<qint64>(*total, 1'000'000))));
    m_combo->setCurrentIndex(m_current ? m_combo->findData(m_current->id) : -1);
}

void VideoPicker::setCurrentVideo(const std::optional<Video> &video)
{
    m_current = video;
    int index = video ? m_combo->findData(video->id) : -1;
    if (video && index < 0) {
        const QSignalBlocker blocker(m_combo);
        m_combo->insertItem(0, itemText(*video), video->id);
        m_combo->setItemData(0, video->path, Qt::ToolTipRole);
        index = 0;
    }
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(index);
    m_combo->setToolTip(video ? video->path
                              : tr("The newest videos of the library; search to find older ones."));
}

qint64 VideoPicker::currentVideoId() const
{
    return m_current ? m_current->id : 0;
}

void VideoPicker::setHint(const QString &text)
{
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

QString VideoPicker::hint() const
{
    return m_hint->text();
}

} // namespace travelflow
