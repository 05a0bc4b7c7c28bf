#include "lead_model.h"

#include "lead_features.h"

#include <QFile>

#include <algorithm>

namespace travelflow::leads {

namespace {
constexpr quint64 kEmpty = 0;
const QString kBias = QStringLiteral("bias");

quint64 nonZero(quint64 key)
{
    return key == kEmpty ? 1 : key;
}
} // namespace

LeadModel::LeadModel()
{
    rebuildTable();
}

Expected<LeadModel> LeadModel::fromText(const QByteArray &text)
{
    LeadModel model;
    int lineNumber = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++lineNumber;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const int tab = line.lastIndexOf('\t');
        bool ok = false;
        const double value = tab > 0 ? line.mid(tab + 1).toDouble(&ok) : 0;
        if (!ok) {
            return Error::make(
                Error::Kind::Validation, QStringLiteral("lead_model_invalid"),
                tr("The lead model is damaged at line %1. Reinstall TravelFlow.").arg(lineNumber));
        }
        model.m_byName.insert(QString::fromUtf8(line.left(tab)), value);
    }
    model.rebuildTable();
    return model;
}

const LeadModel &LeadModel::builtIn()
{
    static const LeadModel model = [] {
        QFile file(QStringLiteral(":/leads/lead_model.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the built-in lead model resource is missing");
        auto parsed = fromText(file.readAll());
        if (!parsed)
            qFatal("the built-in lead model is damaged");
        return *parsed;
    }();
    return model;
}

QByteArray LeadModel::toText() const
{
    QStringList names = m_byName.keys();
    std::sort(names.begin(), names.end());
    QByteArray out = "# TravelFlow lead model: feature<TAB>weight (see app/leads/lead_features.h)\n";
    for (const QString &name : names) {
        const double w = m_byName.value(name);
        if (name != kBias && qAbs(w) < 1e-4)
            continue; // features the training left at zero
        out += name.toUtf8() + '\t' + QByteArray::number(w, 'f', 4) + '\n';
    }
    return out;
}

void LeadModel::add(const QString &name, double delta)
{
    setWeight(name, m_byName.value(name) + delta);
}

void LeadModel::setWeight(const QString &name, double value)
{
    const bool isNew = !m_byName.contains(name);
    m_byName.insert(name, value);
    if (name == kBias) {
        m_bias = value;
        return;
    }
    if (isNew && (m_byName.size() * 2 > static_cast<qsizetype>(m_keys.size())))
        rebuildTable();
    else
        insert(nonZero(LeadFeatures::key(name)), value);
}

void LeadModel::rebuildTable()
{
    size_t capacity = 64;
    while (capacity < static_cast<size_t>(m_byName.size()) * 3)
        capacity *= 2;
    m_keys.assign(capacity, kEmpty);
    m_values.assign(capacity, 0.0F);
    m_mask = capacity - 1;
    m_bias = m_byName.value(kBias);
    for (auto it = m_byName.cbegin(); it != m_byName.cend(); ++it) {
        if (it.key() != kBias)
            insert(nonZero(LeadFeatures::key(it.key())), it.value());
    }
}

void LeadModel::insert(quint64 key, double value)
{
    quint64 slot = key & m_mask;
    while (m_keys[slot] != kEmpty && m_keys[slot] != key)
        slot = (slot + 1) & m_mask;
    m_keys[slot] = key;
    m_values[slot] = static_cast<float>(value);
}

double LeadModel::weight(quint64 key) const
{
    key = nonZero(key);
    quint64 slot = key & m_mask;
    while (true) {
        const quint64 k = m_keys[slot];
        if (k == key)
            return m_values[slot];
        if (k == kEmpty)
            return 0;
        slot = (slot + 1) & m_mask;
    }
}

} // namespace travelflow::leads
