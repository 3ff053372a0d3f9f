#pragma once

#include <QCoreApplication>

class QMessageBox;
class QWidget;

/// Help > Keyboard shortcuts and Help > About: plain message boxes, opened (not exec'd) on `parent`, deleted on close.
class HelpBoxes
{
    Q_DECLARE_TR_FUNCTIONS(HelpBoxes)

public:
    static QMessageBox *openShortcuts(QWidget *parent);
    static QMessageBox *openAbout(QWidget *parent);
};
