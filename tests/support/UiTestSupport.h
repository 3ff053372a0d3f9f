#pragma once

#include <QString>
#include <QTest>
#include <QWidget>

namespace UiTest {

/// Types `text` into `widget` as key events, one character (code point) at a time. QTest::keyClicks only takes
/// ASCII; a cashier types "Café" and "Ñandú", and emoji arrive as one event carrying a surrogate pair.
inline void type(QWidget *widget, const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80 && c.isPrint()) {
            QTest::keyClick(widget, c.toLatin1());
            continue;
        }
        QString unit(c);
        if (c.isHighSurrogate() && i + 1 < text.size())
            unit += text.at(++i);
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, unit, Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, unit, Qt::NoModifier);
    }
}

} // namespace UiTest
