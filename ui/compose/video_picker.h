#pragma once

#include "core/video.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace travelflow {

class Database;

// "Video:" at the top of Compose: the library's newest videos (file name and duration) in a
// combo, with a search field that asks the library for the rest. At most kLimit rows are read
// at a time, so a library of any size opens at once. Starts with nothing chosen.
class VideoPicker : public QWidget
{
    Q_OBJECT

public:
    explicit VideoPicker(Database &database, QWidget *parent = nullptr);

    // Re-reads the newest videos matching the search; the choice stays.
    void reload();
    // Shows this video as chosen (added to the list when it is not among the newest), or none.
    void setCurrentVideo(const std::optional<Video> &video);
    qint64 currentVideoId() const;
    // How many videos the library has (-1 when it could not be read), as of the last reload.
    qint64 libraryCount() const { return m_libraryCount; }
    // The sentence under the combo (what to do, or why the last choice failed).
    void setHint(const QString &text);
    QString hint() const;

    QComboBox *combo() const { return m_combo; }
    QLineEdit *searchField() const { return m_search; }

    static constexpr int kLimit = 200;
    static QString durationText(qint64 ms);

Q_SIGNALS:
    // The user chose a video in the list.
    void videoChosen(qint64 videoId);

private:
    void fill();
    static QString itemText(const Video &video);

    Database &m_database;
    QComboBox *m_combo = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_hint = nullptr;
    QTimer *m_searchDelay = nullptr;
    std::optional<Video> m_current;
    qint64 m_libraryCount = 0;
};

} // namespace travelflow
