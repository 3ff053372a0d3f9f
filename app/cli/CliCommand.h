#pragma once

#include "api/ApiCall.h"
#include "core/Ref.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <optional>

class CliContext;
class QCommandLineParser;
class QDate;

/// One option a command takes (besides the global ones every command takes).
struct CliOption
{
    QString name;            ///< without the dashes: "device"
    QString valueName;       ///< shown in the help ("NAME"); empty for a switch
    bool required = false;   ///< shown without brackets in the usage line
    bool repeatable = false; ///< may be given more than once (its values add up); any other option only once
    /// Options sharing a group are alternatives, shown together as "[--a X | --b Y --c Z]"; those with the same
    /// `alternative` number go together. Empty: an option of its own.
    QString group = {};
    int alternative = 0;

    bool takesValue() const { return !valueName.isEmpty(); }
};

/// One positional argument ("ORDER_ID").
struct CliArgument
{
    QString name;
    bool optional = false;
};

/// One way to call a command: which of its declared options and arguments it uses, and what it does.
struct CliUsage
{
    QStringList options;   ///< CliOption::name of each, in any order (the help keeps the declaration order)
    QStringList arguments; ///< CliArgument::name of each
    QString description;   ///< translated; lines end with '\n' where the help breaks them
};

/// What one command of pointdesk-cli declares (name, options, arguments, help) and does.
///
/// CliApp parses the command line against the declarations, checks the usage they imply (unknown, repeated or
/// foreign options, too few or too many arguments) and then asks the command, in this order: parse() (its own
/// options), checkInput() (the values), run(). The outcome goes through the CliContext, which ends the run exactly
/// once. Adding a command is one class under cli/commands/ and one line in CliRegistry.
class CliCommand : public QObject
{
    Q_OBJECT

public:
    /// What a command needs before run().
    enum class Needs {
        Nothing, ///< runs at once (history, help, login and logout, which use the keychain their own way)
        Api ///< the access token (POINTDESK_TOKEN or the keychain) and the account's PointBackend: context.client()
    };

    /// What Ctrl+C says about the run: the error message, more fields for the JSON document and further lines.
    struct Interruption
    {
        QString message;
        QJsonObject extra;
        QStringList notes;
    };

    explicit CliCommand(QObject *parent = nullptr) : QObject(parent) {}

    /// The word that picks the command ("remove-device").
    virtual QString name() const = 0;
    virtual QList<CliOption> options() const { return {}; }
    virtual QList<CliArgument> arguments() const { return {}; }
    /// The ways to call it, each with its help text; most commands have one (usage()).
    virtual QList<CliUsage> usages() const = 0;
    virtual Needs needs() const { return Needs::Api; }
    /// Whether --api-base, POINTDESK_API_BASE and --timeout are checked for this command (not where no request is
    /// ever sent because of the command itself, like history).
    virtual bool usesApiOptions() const { return true; }

    /// The declared option called `name`, if any.
    std::optional<CliOption> option(const QString &name) const;
    /// The fewest and the most positional arguments over all usages.
    int minArguments() const;
    int maxArguments() const;
    /// The usage error for `argument`, the first one past maxArguments().
    virtual QString unexpectedArgumentMessage(const QString &argument) const;

    /// Reads this command's options and arguments from `parser` (whose options are already checked against the
    /// declarations) and checks how they combine. False after failing through `context`.
    virtual bool parse(const QCommandLineParser &parser, const QStringList &arguments, CliContext &context);
    /// Checks the values before anything is sent. False after failing through `context`.
    virtual bool checkInput(CliContext &context);
    /// Does the work; ends through `context` (now or later). With Needs::Api the client is there.
    virtual void run(CliContext &context) = 0;
    /// Ctrl+C: what to tell. Stopping anything in flight comes after the context has ended the run (abort()).
    virtual Interruption interruption(CliContext &context);
    /// Stops what is in flight, once the run has ended.
    virtual void abort();

protected:
    /// The usage with every declared option and argument.
    CliUsage usage(const QString &description) const;
    /// Ends the run with `call`'s outcome: on success `subject` plus "ok":true (--json) or `doneText`; when the API
    /// only accepted it (Done::pending) also "pending":true, and `pendingText` when given.
    void finishDoneCall(CliContext &context, Call<Done> *call, const QJsonObject &subject, const QString &doneText,
                        const QString &pendingText = {});
    /// The value of option `name` as given, or nothing when the option was not given.
    static std::optional<QString> valueIfSet(const QCommandLineParser &parser, const QString &name);
    /// The day `text` names as YYYY-MM-DD into `out`; false, and `field` failed through `context`, when it names none.
    static bool parseDay(CliContext &context, const QString &field, const QString &text, QDate *out);
    /// A positive whole number as typed: digits only, no sign, no spaces, fits in 64 bits.
    static std::optional<qint64> parseId(const QString &text);
    /// An order id as typed, by the rules of the run's API: a legacy order is a positive 64-bit number, an Orders
    /// API order opaque text ("ORD01J...", up to 64 characters, no spaces). Fails through `context` when it is not.
    static std::optional<OrderRef> parseOrderRef(const QString &text, CliContext &context);

    /// The call in flight, aborted by Ctrl+C.
    QPointer<ApiCall> m_call;
};
