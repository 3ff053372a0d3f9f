#include "cli/commands/StoreCommand.h"

#include "cli/CliContext.h"
#include "cli/ExitCodes.h"
#include "cli/ManagerPinGate.h"
#include "cli/StoreReadAccess.h"
#include "store/OrderJournal.h"
#include "store/Settings.h"
#include "store/StoreDatabase.h"
#include "store/StorePusher.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

namespace {

StoreConnection connectionFor(const StoreSettings &store, const QString &password)
{
    return StoreReadAccess::connectionFor(store, password);
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

QList<CliOption> StoreCommand::options() const
{
    return {CliOption{QStringLiteral("host"), QStringLiteral("HOST"), true},
            CliOption{QStringLiteral("port"), QStringLiteral("PORT")},
            CliOption{QStringLiteral("database"), QStringLiteral("NAME"), true},
            CliOption{QStringLiteral("user"), QStringLiteral("ROLE"), true},
            CliOption{QStringLiteral("counter-name"), QStringLiteral("NAME")}};
}

QList<CliArgument> StoreCommand::arguments() const
{
    return {CliArgument{QStringLiteral("ACTION")}};
}

QList<CliUsage> StoreCommand::usages() const
{
    return {CliUsage{{},
                     {QStringLiteral("ACTION")},
                     tr("The store database (PostgreSQL) this counter sends its sales to.\n"
                        "ACTION \"status\": where it stands (the store, this counter, the\n"
                        "changes waiting, the last push and the last error). \"push\": send\n"
                        "what waits now. \"password\": read the store's password from\n"
                        "standard input into the keychain (an empty line removes it).")},
            CliUsage{{QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("database"),
                      QStringLiteral("user"), QStringLiteral("counter-name")},
                     {QStringLiteral("ACTION")},
                     tr("ACTION \"setup\": where the store database is and what this counter\n"
                        "is called there (after the manager PIN, when one is set). The\n"
                        "connection uses TLS unless the host is this computer.")}};
}

bool StoreCommand::parse(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context)
{
    m_action = arguments.value(0);
    const QStringList actions{QStringLiteral("status"), QStringLiteral("push"), QStringLiteral("setup"),
                              QStringLiteral("password")};
    if (!actions.contains(m_action)) {
        context.failUsage(
            tr("Unknown store action \"%1\": use status, push, setup or password.").arg(m_action));
        return false;
    }
    const bool anyOption = parser.isSet(QStringLiteral("host")) || parser.isSet(QStringLiteral("port")) ||
                           parser.isSet(QStringLiteral("database")) || parser.isSet(QStringLiteral("user")) ||
                           parser.isSet(QStringLiteral("counter-name"));
    if (m_action != QLatin1String("setup")) {
        if (anyOption) {
            context.failUsage(tr("Only \"store setup\" takes options."));
            return false;
        }
        return true;
    }
    m_store.host = parser.value(QStringLiteral("host")).trimmed();
    m_store.database = parser.value(QStringLiteral("database")).trimmed();
    m_store.user = parser.value(QStringLiteral("user")).trimmed();
    m_store.counterName = parser.value(QStringLiteral("counter-name")).trimmed();
    if (m_store.host.isEmpty() || m_store.database.isEmpty() || m_store.user.isEmpty()) {
        context.failUsage(tr("store setup needs --host, --database and --user."));
        return false;
    }
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        m_store.port = parser.value(QStringLiteral("port")).toInt(&ok);
        if (!ok || m_store.port < 1 || m_store.port > 65535) {
            context.failInvalidField(QStringLiteral("port"), tr("The port is a number from 1 to 65535."));
            return false;
        }
    }
    return true;
}

void StoreCommand::run(CliContext &context)
{
    if (m_action == QLatin1String("status")) {
        status(context);
        return;
    }
    if (m_action == QLatin1String("setup")) {
        m_gate = new ManagerPinGate(context, QStringLiteral("store setup"), this);
        m_gate->require([this, &context]() { setup(context); });
        return;
    }
    if (m_action == QLatin1String("password")) {
        password(context);
        return;
    }
    Settings settings;
    if (!settings.store().isConfigured()) {
        const StoreResult none(StoreResult::Kind::NotConfigured, {});
        context.fail(CliExit::StoreError, QStringLiteral("store_not_configured"), none.message());
        return;
    }
    // A store without a saved password (a role that needs none) is tried as it is.
    context.tokenStore()->read(QString::fromLatin1(TokenStore::kStorePasswordKey), this,
                               [this, &context](const TokenStore::Result &result) {
                                   if (context.isFinished())
                                       return;
                                   if (!result.ok() && result.status != TokenStore::Status::NotFound &&
                                       result.status != TokenStore::Status::NoBackend) {
                                       context.failKeychain(result);
                                       return;
                                   }
                                   push(context, result.ok() ? result.value : QString());
                               });
}

void StoreCommand::setup(CliContext &context)
{
    Settings settings;
    settings.setStore(m_store);
    const QString counterId = settings.storeCounterId();
    settings.sync();
    const StoreConnection c = connectionFor(m_store, {});
    if (context.json()) {
        context.writeJson(QJsonObject{
            {QStringLiteral("ok"), true},
            {QStringLiteral("store"), QJsonObject{{QStringLiteral("host"), m_store.host},
                                                  {QStringLiteral("port"), m_store.port},
                                                  {QStringLiteral("database"), m_store.database},
                                                  {QStringLiteral("user"), m_store.user},
                                                  {QStringLiteral("sslmode"), c.sslMode()}}},
            {QStringLiteral("counter"), QJsonObject{{QStringLiteral("id"), counterId},
                                                    {QStringLiteral("name"), m_store.counterName}}}});
    } else {
        context.writeOut(tr("This counter now sends its sales to %1 on %2:%3 as %4.")
                             .arg(m_store.database, m_store.host)
                             .arg(m_store.port)
                             .arg(m_store.user) +
                         QLatin1Char('\n') +
                         tr("Save the role's password with \"pointdesk-cli store password\" when it has one.") +
                         QLatin1Char('\n'));
    }
    context.finish(CliExit::Success);
}

void StoreCommand::password(CliContext &context)
{
    context.readSecret(
        tr("Type the store database password and press Enter:"),
        [this, &context](const QByteArray &line, SecretLineReader::Outcome outcome, const QString &detail) {
            if (outcome != SecretLineReader::Outcome::Line) {
                context.fail(CliExit::InvalidInput, QStringLiteral("invalid_input"),
                             outcome == SecretLineReader::Outcome::TooLong
                                 ? tr("That is too long for a password: give it on one line.")
                                 : tr("Could not read the password from standard input: %1").arg(detail),
                             QJsonObject{{QStringLiteral("field"), QStringLiteral("password")}});
                return;
            }
            QString secret = QString::fromUtf8(line);
            if (secret.endsWith(QLatin1Char('\r')))
                secret.chop(1);
            const auto done = [&context, remove = secret.isEmpty()](const TokenStore::Result &result) {
                if (context.isFinished())
                    return;
                if (!result.ok() && !(remove && result.status == TokenStore::Status::NotFound)) {
                    context.failKeychain(result);
                    return;
                }
                if (context.json())
                    context.writeJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("saved"), !remove}});
                else
                    context.writeOut((remove ? tr("No store database password is saved now.")
                                             : tr("The store database password is saved in the system keychain.")) +
                                     QLatin1Char('\n'));
                context.finish(CliExit::Success);
            };
            const QString key = QString::fromLatin1(TokenStore::kStorePasswordKey);
            if (secret.isEmpty())
                context.tokenStore()->remove(key, this, done);
            else
                context.tokenStore()->write(key, secret, this, done);
        });
}

void StoreCommand::status(CliContext &context)
{
    Settings settings;
    const StoreSettings store = settings.store();
    const QString path = context.journalPath();
    std::optional<OutboxStatus> outbox;
    if (QFileInfo::exists(path)) { // a journal that does not exist yet has nothing waiting: it is not made here
        OrderJournal journal;
        const JournalResult opened = journal.open(path);
        if (!opened.ok()) {
            context.failJournal(opened, path);
            return;
        }
        outbox = journal.outboxStatus();
        if (!outbox) {
            context.failJournal(journal.lastError(), path);
            return;
        }
    }
    const OutboxStatus shown = outbox.value_or(OutboxStatus());
    const QString counterId = store.isConfigured() ? settings.storeCounterId() : QString();
    if (context.json()) {
        QJsonObject document{{QStringLiteral("configured"), store.isConfigured()},
                             {QStringLiteral("waiting"), shown.waiting},
                             {QStringLiteral("pushed_up_to"), shown.pushedUpTo},
                             {QStringLiteral("last_change"), shown.lastChange},
                             {QStringLiteral("last_push"), shown.lastPushAt.isValid()
                                                               ? QJsonValue(shown.lastPushAt.toString(Qt::ISODate))
                                                               : QJsonValue()},
                             {QStringLiteral("last_error"), orNull(shown.lastError)}};
        if (store.isConfigured()) {
            const StoreConnection c = connectionFor(store, {});
            document.insert(QStringLiteral("store"),
                            QJsonObject{{QStringLiteral("host"), store.host},
                                        {QStringLiteral("port"), store.port},
                                        {QStringLiteral("database"), store.database},
                                        {QStringLiteral("user"), store.user},
                                        {QStringLiteral("sslmode"), c.sslMode()}});
            document.insert(QStringLiteral("counter"), QJsonObject{{QStringLiteral("id"), counterId},
                                                                   {QStringLiteral("name"), store.counterName}});
        }
        context.writeJson(document);
        context.finish(CliExit::Success);
        return;
    }
    QString text;
    if (!store.isConfigured()) {
        text += StoreResult(StoreResult::Kind::NotConfigured, {}).message() + QLatin1Char('\n');
    } else {
        text += tr("Store database: %1 on %2:%3 as %4 (%5).")
                    .arg(store.database, store.host)
                    .arg(store.port)
                    .arg(store.user,
                         connectionFor(store, {}).isLoopback() ? tr("this computer") : tr("TLS required")) +
                QLatin1Char('\n');
        text += tr("Counter: %1 (id %2).")
                    .arg(store.counterName.isEmpty() ? tr("no name") : store.counterName, counterId) +
                QLatin1Char('\n');
    }
    text += tr("Changes waiting: %1.").arg(shown.waiting) + QLatin1Char('\n');
    text += tr("Last push: %1.")
                .arg(shown.lastPushAt.isValid()
                         ? QLocale().toString(shown.lastPushAt.toLocalTime(), QLocale::ShortFormat)
                         : tr("never")) +
            QLatin1Char('\n');
    if (!shown.lastError.isEmpty())
        text += tr("Last error: %1").arg(shown.lastError) + QLatin1Char('\n');
    context.writeOut(text);
    context.finish(CliExit::Success);
}

void StoreCommand::push(CliContext &context, const QString &password)
{
    Settings settings;
    const StoreSettings store = settings.store();
    const QString path = context.journalPath();
    OrderJournal journal;
    const JournalResult opened = journal.open(path);
    if (!opened.ok()) {
        context.failJournal(opened, path);
        return;
    }
    StoreDatabase database;
    StorePusher pusher(journal, database);
    pusher.setConnection(connectionFor(store, password));
    pusher.setCounter(settings.storeCounterId(), store.counterName, context.currency().code());
    const StoreResult result = pusher.pushPending();
    const std::optional<OutboxStatus> outbox = journal.outboxStatus();
    const qint64 waiting = outbox ? outbox->waiting : -1;
    if (!result.ok()) {
        context.fail(CliExit::StoreError, QStringLiteral("store_") + StoreResult::kindKey(result.kind()),
                     result.message(),
                     QJsonObject{{QStringLiteral("detail"), result.detail()}},
                     QJsonObject{{QStringLiteral("pushed"), pusher.lastPushed()},
                                 {QStringLiteral("waiting"), waiting}},
                     {result.detail()});
        return;
    }
    if (context.json()) {
        context.writeJson(QJsonObject{{QStringLiteral("ok"), true},
                                      {QStringLiteral("pushed"), pusher.lastPushed()},
                                      {QStringLiteral("waiting"), waiting}});
    } else {
        context.writeOut(tr("Changes sent: %1. The store database is up to date.").arg(pusher.lastPushed()) +
                         QLatin1Char('\n'));
    }
    context.finish(CliExit::Success);
}
