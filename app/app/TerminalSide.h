#pragma once

#include "ui/Theme.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QPushButton;
class QWidget;

/// One simulated API's terminals as demo mode's VirtualTerminal shows them: which terminals there are, what each
/// screen shows, and the customer's controls for each (built here, because each API lets the customer do other
/// things). LegacyTerminalSide plays the PointSimulator, OrdersTerminalSide the OrdersSimulator; VirtualTerminal is
/// the window around either.
class TerminalSide : public QObject
{
    Q_OBJECT

public:
    /// What one terminal's screen shows now.
    struct Screen
    {
        bool hasOrder = false; ///< an order waits for the customer: the controls are open
        QString amount;        ///< formatted, when hasOrder
        QString description;
        QString detail; ///< the card type, or where the order stands
        QString prompt; ///< what the terminal asks of the customer
        QString idle;   ///< the line shown without an order
        QString state;  ///< one or two words for the picker: "order to pay", "ready"
    };

    using QObject::QObject;

    /// The terminals' ids, in the order they show.
    virtual QStringList terminals() const = 0;
    virtual Screen screen(const QString &terminal) const = 0;
    /// The customer's controls for `terminal`'s card: buttons carry the "customerAction" property; the widget's
    /// focusProxy() is the button that takes the keyboard when an order arrives.
    virtual QWidget *createControls(const QString &terminal, QWidget *parent) = 0;
    /// Opens or closes the controls for what the screen shows.
    virtual void updateControls(QWidget *controls, const Screen &screen) = 0;

    /// A customer button in the virtual terminal's looks.
    static QPushButton *customerButton(const QString &text, const QString &objectName, const QString &accessibleName,
                                       Theme::Tone tone, QWidget *parent);

Q_SIGNALS:
    /// Terminals came or went, or an order changed.
    void changed();
    /// The customer did something on `terminal`; `lastEvent` says what ("Last: $ 10,00 paid ..."). The keyboard
    /// goes back to the cashier.
    void acted(const QString &terminal, const QString &lastEvent);
};
