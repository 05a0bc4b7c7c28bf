#pragma once

#include <QByteArray>
#include <QString>

namespace travelflow::sandbox {

// Writes one JSON object's text member by member, for responses assembled from parts
// already serialised (a big list page built through QJsonObject and toJson() cost the
// simulator more than the app spent storing it). Member names are plain ASCII literals.
class JsonObjectText
{
public:
    JsonObjectText &string(const char *name, const QString &value);
    JsonObjectText &number(const char *name, qint64 value);
    JsonObjectText &boolean(const char *name, bool value);
    // `json` is a complete JSON value's text (an object, an array, ...).
    JsonObjectText &raw(const char *name, const QByteArray &json);
    QByteArray finish();

    // A JSON array's text from elements that are JSON texts already.
    static QByteArray array(const QList<QByteArray> &elements);
    // `value` as a JSON string literal (quoted, escaped; UTF-8).
    static void appendString(QByteArray &out, const QString &value);

private:
    void key(const char *name);

    QByteArray m_text = QByteArray(1, '{');
};

} // namespace travelflow::sandbox
