#include "ui/StoreForm.h"

namespace {

bool hasControl(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph)
            return true;
    }
    return false;
}

} // namespace

StoreForm StoreForm::from(const StoreSettings &store)
{
    StoreForm form;
    form.host = store.host;
    form.port = store.host.isEmpty() ? QString() : QString::number(store.port);
    form.database = store.database;
    form.user = store.user;
    form.counterName = store.counterName;
    return form;
}

bool StoreForm::isEmpty() const
{
    return host.trimmed().isEmpty() && port.trimmed().isEmpty() && database.trimmed().isEmpty() &&
           user.trimmed().isEmpty() && password.isEmpty();
}

QStringList StoreForm::problems() const
{
    QStringList found;
    const struct
    {
        const QString &text;
        QString name;
    } fields[] = {{host, tr("host")},           {port, tr("port")},
                  {database, tr("database")},   {user, tr("user")},
                  {password, tr("password")},   {counterName, tr("counter name")}};
    for (const auto &field : fields) {
        if (hasControl(field.text))
            //: %1 is a field of the form: host, port, database, user, password or counter name.
            found << tr("The %1 holds a control character (a tab or a line break, for one): type it again.")
                         .arg(field.name);
    }
    const QString typedPort = port.trimmed();
    if (!typedPort.isEmpty()) {
        bool ok = false;
        const int number = typedPort.toInt(&ok);
        if (!ok || number < 1 || number > 65535)
            found << tr("The port is a number from 1 to 65535 (PostgreSQL's usual one is 5432).");
    }
    if (host.trimmed().isEmpty()) {
        if (!isEmpty())
            found << tr("Type the host of the store database, or clear the other fields to keep the sales on this "
                        "counter only.");
        return found;
    }
    if (database.trimmed().isEmpty())
        found << tr("Type the name of the store database.");
    if (user.trimmed().isEmpty())
        found << tr("Type the user (the PostgreSQL role) PointDesk connects as.");
    return found;
}

StoreSettings StoreForm::settings() const
{
    StoreSettings store;
    store.host = host.trimmed();
    store.port = port.trimmed().isEmpty() ? 5432 : port.trimmed().toInt();
    store.database = database.trimmed();
    store.user = user.trimmed();
    store.counterName = counterName.trimmed();
    return store;
}
