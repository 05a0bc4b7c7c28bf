#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cstdio>

namespace travelflow {

struct Video;

// Writes the CLI's results: plain text lines, or one JSON document with --json.
// Errors always go to stderr as text.
class CliOutput
{
public:
    explicit CliOutput(bool json, FILE *out = stdout, FILE *err = stderr);

    bool json() const { return m_json; }
    void line(const QString &text) const;
    void error(const QString &text) const;
    void document(const QJsonValue &value) const;

    static QJsonObject videoToJson(const Video &video);

private:
    bool m_json;
    FILE *m_out;
    FILE *m_err;
};

} // namespace travelflow
