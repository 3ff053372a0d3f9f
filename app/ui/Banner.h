#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QVBoxLayout;

/// A trouble banner across the top of the cashier window: a warning sign, a title, the text that explains, and the
/// buttons that fix it. Hidden until shown. The text label is named `<objectName>Text`.
class Banner : public QFrame
{
    Q_OBJECT

public:
    Banner(const QString &objectName, const QString &title, QWidget *parent);

    /// Adds a button to the column on the right.
    QPushButton *addButton(const QString &text, const QString &objectName, const QString &accessibleName);

    void setText(const QString &text);
    QString text() const;

private:
    QLabel *m_text = nullptr;
    QVBoxLayout *m_buttons = nullptr;
};
