#include "json_text.h"

#include <QList>

namespace travelflow::sandbox {

void JsonObjectText::appendString(QByteArray &out, const QString &value)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const QByteArray utf8 = value.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            switch (c) {
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                out += "\\u00";
                out += kHex[u >> 4];
                out += kHex[u & 0xf];
            }
        } else {
            out += c; // UTF-8 passes as it is
        }
    }
    out += '"';
}

void JsonObjectText::key(const char *name)
{
    if (m_text.size() > 1)
        m_text += ',';
    m_text += '"';
    m_text += name;
    m_text += "\":";
}

JsonObjectText &JsonObjectText::string(const char *name, const QString &value)
{
    key(name);
    appendString(m_text, value);
    return *this;
}

JsonObjectText &JsonObjectText::number(const char *name, qint64 value)
{
    key(name);
    m_text += QByteArray::number(value);
    return *this;
}

JsonObjectText &JsonObjectText::boolean(const char *name, bool value)
{
    key(name);
    m_text += value ? "true" : "false";
    return *this;
}

JsonObjectText &JsonObjectText::raw(const char *name, const QByteArray &json)
{
    key(name);
    m_text += json;
    return *this;
}

QByteArray JsonObjectText::finish()
{
    m_text += '}';
    return std::exchange(m_text, QByteArray(1, '{'));
}

QByteArray JsonObjectText::array(const QList<QByteArray> &elements)
{
    qsizetype size = 2;
    for (const QByteArray &e : elements)
        size += e.size() + 1;
    QByteArray out;
    out.reserve(size);
    out += '[';
    for (qsizetype k = 0; k < elements.size(); ++k) {
        if (k > 0)
            out += ',';
        out += elements.at(k);
    }
    out += ']';
    return out;
}

} // namespace travelflow::sandbox
