#include "ui/StorePage.h"

#include "store/Settings.h"
#include "store/StoreDatabase.h"
#include "store/StoreProbe.h"
#include "store/StoreSchema.h"
#include "store/TokenStore.h"
#include "ui/Theme.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLineEdit *makeField(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setAccessibleName(accessibleName);
    field->setMaxLength(255);
    return field;
}

QString keyOf(const char *key)
{
    return QString::fromLatin1(key);
}

} // namespace

StorePage::StorePage(Settings *settings, TokenStore *keychain, QWidget *parent)
    : QWidget(parent), m_settings(settings), m_keychain(keychain)
{
    setObjectName(QStringLiteral("storePage"));
    buildUi();
    fill(StoreForm::from(m_settings->store()));
    // Only whether one is saved: the field never shows it.
    if (m_keychain)
        m_keychain->read(keyOf(TokenStore::kStorePasswordKey), this, [this](const TokenStore::Result &read) {
            m_passwordSaved = read.ok() && !read.value.isEmpty();
            updateState();
        });
    setEditable(false);
}

void StorePage::buildUi()
{
    auto *intro = Theme::noteLabel(QStringLiteral("storeIntro"), this);
    intro->setText(tr("With a store database (PostgreSQL), every sale of this counter is also sent there, so that "
                      "the store has one record of all its counters. Sales are kept here first: the counter goes on "
                      "charging while the store database is down."));

    m_managerNote = Theme::noteLabel(QStringLiteral("storeManagerNote"), this);
    m_managerNote->setText(tr("Only the manager changes the store database."));
    m_unlock = new QPushButton(tr("Change with the manager &PIN\u2026"), this);
    m_unlock->setObjectName(QStringLiteral("storeUnlockButton"));
    connect(m_unlock, &QPushButton::clicked, this, &StorePage::managerPinRequested);
    auto *lockRow = new QHBoxLayout;
    lockRow->addWidget(m_managerNote, 1);
    lockRow->addWidget(m_unlock);

    m_host = makeField(QStringLiteral("storeHostEdit"), tr("Host of the store database"), this);
    m_host->setPlaceholderText(tr("e.g. 192.168.1.10 (empty: no store database)"));
    m_port = makeField(QStringLiteral("storePortEdit"), tr("Port of the store database"), this);
    m_port->setPlaceholderText(QString::number(StoreConnection::kDefaultPort));
    m_port->setMaxLength(5);
    m_database = makeField(QStringLiteral("storeDatabaseEdit"), tr("Name of the store database"), this);
    m_user = makeField(QStringLiteral("storeUserEdit"), tr("User of the store database"), this);
    m_password = makeField(QStringLiteral("storePasswordEdit"), tr("Password of the store database"), this);
    m_password->setEchoMode(QLineEdit::Password);
    m_counterName = makeField(QStringLiteral("storeCounterNameEdit"), tr("Name of this counter in the store"), this);
    m_counterName->setPlaceholderText(tr("e.g. Counter 2"));
    m_tls = Theme::noteLabel(QStringLiteral("storeTlsNote"), this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [this, form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Host:"), m_host);
    addRow(tr("P&ort:"), m_port);
    addRow(tr("&Database:"), m_database);
    addRow(tr("&User:"), m_user);
    addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_tls);
    addRow(tr("Counter &name:"), m_counterName);

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("storeTestButton"));
    connect(m_test, &QPushButton::clicked, this, &StorePage::testConnection);
    m_stop = new QPushButton(tr("Stop using a store data&base"), this);
    m_stop->setObjectName(QStringLiteral("storeStopButton"));
    connect(m_stop, &QPushButton::clicked, this, &StorePage::stopUsing);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("storeResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("storeProblemsLabel"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(Theme::colors(Theme::Tone::Danger).foreground.name()));
    m_problems->hide();

    m_newCounter = new QPushButton(tr("Re&gister as a new counter"), this);
    m_newCounter->setObjectName(QStringLiteral("storeNewCounterButton"));
    connect(m_newCounter, &QPushButton::clicked, this, &StorePage::registerAsNew);
    m_newCounterNote = Theme::noteLabel(QStringLiteral("storeNewCounterNote"), this);
    m_newCounterNote->setText(tr("When the store refuses this counter because its sales record was started anew, "
                                 "register it as a new counter: it keeps its name, gets a new id, and sends its "
                                 "sales again under that id."));
    m_newCounter->setAccessibleDescription(m_newCounterNote->text());
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(m_newCounter, 0, Qt::AlignTop);
    newRow->addWidget(m_newCounterNote, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(lockRow);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addWidget(m_problems);
    layout->addLayout(newRow);
    layout->addStretch(1);

    for (QLineEdit *field : {m_host, m_port, m_database, m_user, m_password, m_counterName})
        connect(field, &QLineEdit::textEdited, this, [this]() {
            m_stopRequested = false;
            updateState();
        });
}

void StorePage::fill(const StoreForm &form)
{
    m_host->setText(form.host);
    m_port->setText(form.port);
    m_database->setText(form.database);
    m_user->setText(form.user);
    m_password->clear();
    m_counterName->setText(form.counterName);
    updateState();
}

StoreForm StorePage::form() const
{
    StoreForm form;
    form.host = m_host->text();
    form.port = m_port->text();
    form.database = m_database->text();
    form.user = m_user->text();
    form.password = m_password->text();
    form.counterName = m_counterName->text();
    return form;
}

void StorePage::setEditable(bool editable)
{
    m_editable = editable;
    if (!editable) {
        m_stopRequested = false;
        fill(StoreForm::from(m_settings->store()));
        m_problems->hide();
    }
    for (QLineEdit *field : {m_host, m_port, m_database, m_user, m_password, m_counterName})
        field->setReadOnly(!editable);
    m_unlock->setVisible(!editable);
    m_managerNote->setVisible(!editable);
    updateState();
}

void StorePage::updateState()
{
    const StoreForm current = form();
    const StoreSettings store = current.settings();
    if (store.host.isEmpty()) {
        m_tls->setText(m_stopRequested ? tr("Save to stop sending this counter's sales to the store database.")
                                       : tr("No store database: the sales stay on this counter."));
    } else {
        StoreConnection connection;
        connection.host = store.host;
        m_tls->setText(connection.sslMode() == QLatin1String("require")
                           ? tr("The store database is on another computer: the connection is encrypted (TLS is "
                                "required).")
                           : tr("The store database is on this computer: no encryption (TLS) is needed."));
    }
    m_password->setPlaceholderText(m_passwordSaved ? tr("Saved: leave empty to keep it")
                                                   : tr("None saved (a role without a password)"));
    m_test->setEnabled(m_editable && !store.host.isEmpty() && !(m_probe && m_probe->isRunning()));
    m_stop->setEnabled(m_editable && (!current.isEmpty() || m_passwordSaved) && !m_stopRequested);
    m_newCounter->setEnabled(m_editable && m_settings->store().isConfigured());
    if (m_problems->isVisible())
        problems();
}

QStringList StorePage::problems()
{
    const QStringList found = form().problems();
    m_problems->setText(found.join(QLatin1Char('\n')));
    m_problems->setVisible(!found.isEmpty());
    return found;
}

void StorePage::setResult(const QString &text, bool problem)
{
    m_result->setText(text);
    m_result->setStyleSheet(
        problem ? QStringLiteral("QLabel { color: %1; }").arg(Theme::colors(Theme::Tone::Danger).foreground.name())
                : QString());
    m_result->setAccessibleDescription(text);
}

void StorePage::testConnection()
{
    if (!m_editable || !problems().isEmpty())
        return;
    if (!m_probe) {
        m_probe = new StoreProbe(this);
        connect(m_probe, &StoreProbe::finished, this, [this](const StoreProbe::Outcome &outcome) {
            if (!outcome.result.ok())
                setResult(outcome.result.message(), true);
            else if (outcome.schemaVersion == 0)
                setResult(tr("Reached the store database. It is empty: PointDesk sets it up at the first sale "
                             "sent."),
                          false);
            else if (outcome.schemaVersion > StoreSchema::kVersion)
                setResult(StoreResult(StoreResult::Kind::NewerSchema, {}).message(), true);
            else
                setResult(tr("Reached the store database (schema version %1).").arg(outcome.schemaVersion), false);
            updateState();
        });
    }
    const StoreSettings store = form().settings();
    StoreConnection connection;
    connection.host = store.host;
    connection.port = store.port;
    connection.database = store.database;
    connection.user = store.user;
    connection.password = m_password->text();
    const auto probe = [this, connection]() {
        if (m_probe->start(connection))
            setResult(tr("Connecting to the store database\u2026"), false);
        updateState();
    };
    if (!connection.password.isEmpty() || !m_passwordSaved || !m_keychain) {
        probe();
        return;
    }
    // The saved password, as the counter will use it.
    m_keychain->read(keyOf(TokenStore::kStorePasswordKey), this,
                     [this, connection](const TokenStore::Result &read) mutable {
                         connection.password = read.ok() ? read.value : QString();
                         if (m_probe->start(connection))
                             setResult(tr("Connecting to the store database\u2026"), false);
                         updateState();
                     });
}

void StorePage::stopUsing()
{
    if (!m_editable)
        return;
    for (QLineEdit *field : {m_host, m_port, m_database, m_user, m_password})
        field->clear();
    m_stopRequested = true;
    setResult(QString(), false);
    updateState();
}

void StorePage::registerAsNew()
{
    if (!m_editable || !m_settings->store().isConfigured())
        return;
    const QString id = m_settings->renewStoreCounterId();
    setResult(tr("This counter is registered as a new counter (id %1). It sends its sales under the new id from "
                 "now on.")
                  .arg(id),
              false);
    Q_EMIT counterRenewed(id);
}

void StorePage::save(std::function<void(bool ok, bool changed)> done)
{
    if (!m_editable) {
        done(true, false);
        return;
    }
    const StoreForm current = form();
    const StoreSettings store = current.settings();
    const StoreSettings before = m_settings->store();
    const bool settingsChanged = store.host != before.host || store.port != before.port ||
                                 store.database != before.database || store.user != before.user ||
                                 store.counterName != before.counterName;
    const auto commit = [this, store, settingsChanged, done](bool passwordChanged) {
        if (settingsChanged)
            m_settings->setStore(store);
        m_settings->sync();
        done(true, settingsChanged || passwordChanged);
    };
    const QString key = keyOf(TokenStore::kStorePasswordKey);
    // Leaving the store database: its password leaves the keychain too (also before the keychain said whether one
    // is saved).
    const bool remove = store.host.isEmpty() && (m_passwordSaved || !before.host.isEmpty());
    if (!m_keychain || (current.password.isEmpty() && !remove)) {
        commit(false);
        return;
    }
    const auto answered = [this, commit, done, remove](const TokenStore::Result &result) {
        if (!result.ok() && !(remove && result.status == TokenStore::Status::NotFound)) {
            setResult(tr("The password could not be saved: %1").arg(result.message()), true);
            done(false, false);
            return;
        }
        m_passwordSaved = !remove;
        m_password->clear();
        commit(true);
    };
    if (remove)
        m_keychain->remove(key, this, answered);
    else
        m_keychain->write(key, current.password, this, answered);
}
