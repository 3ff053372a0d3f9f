#pragma once
// The cashier window's tests share this fixture: a real PointSimulator on 127.0.0.1, the legacy backend, settings
// and a journal in a temporary folder, and the window built by createWindow(). Widgets are found by objectName,
// driven with key and mouse events, and results checked both on screen and in the simulator.
#include "ui/DevicePicker.h"
#include "sales/ChargeService.h"
#include "ui/MainWindow.h"
#include "store/OrderJournal.h"
#include "ui/OrderStatusPanel.h"
#include "api/LegacyPointBackend.h"
#include "sim/PointSimulator.h"
#include "store/Settings.h"
#include "store/Language.h"
#include "ui/StatusBadges.h"
#include "support/UiTestSupport.h"
#include "support/RefTestSupport.h"
#include "support/SimTestSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

inline const QString kOrdersPath = QStringLiteral("/point/services/integrations/v1");

class MainWindowFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

protected:
    template <typename T> T *child(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qFatal("no child named %s", qPrintable(name));
        return widget;
    }
    /// True when the widget named `name` exists and is visible: the trouble banners are built when first needed.
    bool shown(const QString &name) const
    {
        const QWidget *widget = m_window->findChild<QWidget *>(name);
        return widget && widget->isVisible();
    }
    void createWindow();
    QString panelMode() const;
    void fillForm(const QString &amount, const QString &description);
    void chargeAndWaitForTerminal(const QString &amount = QStringLiteral("12.50"),
                                  const QString &description = QStringLiteral("Cup"));
    qint64 createOrderDirectly(const QString &device);
    bool sawRequest(const QString &method, const QString &path) const;
    /// Presses Free terminal and confirms it.
    void confirmFree();

    QTemporaryDir *m_dir = nullptr;
    PointSimulator *m_sim = nullptr;
    LegacyPointBackend *m_client = nullptr;
    Settings *m_settings = nullptr;
    OrderJournal *m_journal = nullptr;
    MainWindow *m_window = nullptr;
    QList<QPair<QString, QString>> m_requests;
};
