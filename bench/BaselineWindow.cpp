// pointdesk-bench-baseline: the floor for PointDesk's start-up. A minimal Qt Widgets main window with about the
// widgets of a cashier form (a menu bar, a list, two line edits, two radio buttons, a button, a status label and
// a status bar), built with the same flags and measured by the same StartupBenchmark as
// `pointdesk --demo --benchmark-startup`: it prints "startup_ms=... peak_rss_kb=..." after its first frame and exits.
#include "app/StartupBenchmark.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QVBoxLayout>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    StartupBenchmark benchmark;

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Baseline"));
    window.menuBar()
        ->addMenu(QStringLiteral("&File"))
        ->addAction(QStringLiteral("&Quit"), &app, &QCoreApplication::quit);
    window.menuBar()->addMenu(QStringLiteral("&Help"))->addAction(QStringLiteral("&About"));

    auto *central = new QWidget(&window);
    auto *row = new QHBoxLayout(central);
    auto *list = new QListWidget(central);
    list->addItems({QStringLiteral("Terminal 1"), QStringLiteral("Terminal 2"), QStringLiteral("Terminal 3")});
    row->addWidget(list);

    auto *form = new QFormLayout;
    form->addRow(QStringLiteral("&Amount"), new QLineEdit(central));
    form->addRow(QStringLiteral("&Description"), new QLineEdit(central));
    auto *cards = new QHBoxLayout;
    auto *credit = new QRadioButton(QStringLiteral("&Credit"), central);
    credit->setChecked(true);
    cards->addWidget(credit);
    cards->addWidget(new QRadioButton(QStringLiteral("De&bit"), central));
    form->addRow(QStringLiteral("Card"), cards);
    form->addRow(new QPushButton(QStringLiteral("Charge"), central));
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(new QLabel(QStringLiteral("Ready"), central), 1);
    row->addLayout(right, 1);

    window.setCentralWidget(central);
    window.statusBar()->showMessage(QStringLiteral("Connected"));
    window.resize(900, 560);
    benchmark.watch(&window);
    window.show();
    return QApplication::exec();
}
