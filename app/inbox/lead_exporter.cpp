#include "lead_exporter.h"

#include "core/account.h"
#include "core/interaction.h"
#include "storage/account_repository.h"
#include "storage/interaction_repository.h"

#include <QHash>
#include <QSaveFile>

namespace travelflow {

QString LeadExporter::field(const QString &value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    const bool quote = std::any_of(value.cbegin(), value.cend(), [](QChar c) { return special.contains(c); });
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

Expected<qint64> LeadExporter::exportCsv(const QSqlDatabase &db, const QString &path, bool withBom)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::make(Error::Kind::Io, QStringLiteral("export.open"),
                           tr("Cannot write %1: %2. Choose another folder.").arg(path, file.errorString()));
    }
    QHash<qint64, QString> accountNames;
    if (auto accounts = AccountRepository(db).list()) {
        for (const Account &a : *accounts)
            accountNames.insert(a.id, a.displayName);
    }
    const auto writeRow = [&file](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(field(f));
        file.write((quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());
    };
    if (withBom)
        file.write("\xEF\xBB\xBF");
    writeRow({QStringLiteral("platform"), QStringLiteral("account"), QStringLiteral("author"),
              QStringLiteral("text"), QStringLiteral("link"), QStringLiteral("time"), QStringLiteral("score"),
              QStringLiteral("reason"), QStringLiteral("state"), QStringLiteral("notes")});

    InteractionRepository repository(db);
    InteractionFilter filter;
    filter.leadsOnly = true;
    filter.limit = 1000;
    qint64 rows = 0;
    for (;;) {
        auto page = repository.find(filter);
        if (!page)
            return page.error(); // QSaveFile discards the partial file
        for (const Interaction &i : *page) {
            writeRow({platformName(i.platform), accountNames.value(i.accountId), i.authorName, i.text,
                      i.permalink, i.createdAt.toUTC().toString(Qt::ISODate),
                      QString::number(i.leadScore, 'f', 3), i.leadReason,
                      leadStateName(i.leadState.value_or(Interaction::LeadState::New)), i.notes});
            ++rows;
        }
        if (page->size() < filter.limit)
            break;
        filter.offset += filter.limit;
    }
    if (!file.commit()) {
        return Error::make(
            Error::Kind::Io, QStringLiteral("export.write"),
            tr("Cannot write %1: %2. Check the free space and try again.").arg(path, file.errorString()));
    }
    return rows;
}

} // namespace travelflow
