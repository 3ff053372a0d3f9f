// The terminal list at cashier-window widths down to 1024 x 768: long names and long "busy with order" lines are
// wrapped and shortened with an ellipsis, never cut at the row's edge, and whole in the tooltip and for screen
// readers.
#include "ui/DeviceItemDelegate.h"
#include "ui/DevicePicker.h"
#include "support/RefTestSupport.h"

#include <QApplication>
#include <QListWidget>
#include <QTest>

namespace {

const QString kLongName = QStringLiteral("Caja principal del mostrador de la sucursal Palermo Soho 0042");

Device device(const QString &name, Device::Status status, qint64 order = 0, const QString &raw = QString())
{
    Device d;
    d.name = name;
    d.status = status;
    d.rawStatus =
        raw.isEmpty() ? (status == Device::Status::Free ? QStringLiteral("FREE") : QStringLiteral("BUSY")) : raw;
    d.heldOrder = orderRef(order);
    return d;
}

DeviceList sampleDevices()
{
    return {device(QStringLiteral("Caja 1"), Device::Status::Free),
            device(kLongName, Device::Status::Busy, 5000000000000000042),
            device(QStringLiteral("Mostrador \u00D1and\u00FA"), Device::Status::Busy),
            device(QStringLiteral("Dep\u00F3sito"), Device::Status::Unknown, 0,
                   QStringLiteral("WAITING_FOR_A_FIRMWARE_UPDATE_FROM_THE_MANUFACTURER"))};
}

} // namespace

class TestDevicePicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrapLines_data();
    void wrapLines();
    void rowsStayInsideTheList_data();
    void rowsStayInsideTheList();
    void rowsFollowTheListWidth();
    void fullTextInTooltipAndAccessibleDescription();
};

void TestDevicePicker::wrapLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("lines");
    QTest::addColumn<bool>("shortened");
    QTest::newRow("fits") << QStringLiteral("Caja 1") << 200 << int(Qt::ElideMiddle) << 1 << false;
    QTest::newRow("two lines") << QStringLiteral("Busy with order 5000000042") << 120 << int(Qt::ElideRight) << 2
                               << false;
    QTest::newRow("long name") << kLongName << 130 << int(Qt::ElideMiddle) << 2 << true;
    QTest::newRow("one long word") << QStringLiteral("WAITING_FOR_A_FIRMWARE_UPDATE_FROM_THE_MANUFACTURER") << 100
                                   << int(Qt::ElideRight) << 2 << true;
    QTest::newRow("empty") << QString() << 100 << int(Qt::ElideRight) << 0 << false;
}

void TestDevicePicker::wrapLines()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(int, mode);
    QFETCH(int, lines);
    QFETCH(bool, shortened);
    const QFont font = QApplication::font();
    const QStringList wrapped = DeviceItemDelegate::wrapLines(text, font, width, 2, Qt::TextElideMode(mode));
    QCOMPARE(wrapped.size(), lines);
    const QFontMetrics metrics(font);
    for (const QString &line : wrapped)
        QVERIFY2(metrics.horizontalAdvance(line) <= width, qPrintable(line));
    const QString joined = wrapped.join(QString());
    QCOMPARE(joined.contains(QChar(0x2026)), shortened);
    if (!shortened) {
        QCOMPARE(wrapped.join(QLatin1Char(' ')), text);
    } else if (mode == Qt::ElideMiddle) {
        // The start and the end of a name tell terminals apart: both stay.
        QVERIFY(wrapped.first().startsWith(text.left(4)));
        QVERIFY2(wrapped.last().endsWith(text.right(2)), qPrintable(wrapped.last()));
    }
}

void TestDevicePicker::rowsStayInsideTheList_data()
{
    QTest::addColumn<int>("width");
    // The picker's narrowest (17 em), what 1024 x 768 gives it, and a roomy one.
    QTest::newRow("narrowest") << QFontMetrics(QApplication::font()).horizontalAdvance(QLatin1Char('M')) * 17;
    QTest::newRow("1024x768") << 240;
    QTest::newRow("roomy") << 420;
}

void TestDevicePicker::rowsStayInsideTheList()
{
    QFETCH(int, width);
    DevicePicker picker;
    picker.resize(width, 700);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    picker.setDevices(sampleDevices());
    auto *list = picker.findChild<QListWidget *>(QStringLiteral("deviceList"));
    QVERIFY(list);
    QTRY_VERIFY(list->visualRect(list->model()->index(1, 0)).isValid());
    QApplication::processEvents();

    const QStyleOptionViewItem option = [&]() {
        QStyleOptionViewItem o;
        o.initFrom(list);
        o.font = list->font();
        o.widget = list;
        return o;
    }();
    for (int row = 0; row < list->count(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        const QRect rect = list->visualRect(index);
        const QString where = QStringLiteral("row %1 at %2..%3 in a viewport %4 wide")
                                  .arg(row)
                                  .arg(rect.left())
                                  .arg(rect.right())
                                  .arg(list->viewport()->width());
        // The whole row, badge included, is inside the viewport (no horizontal scroll bar to reach the rest) ...
        QVERIFY2(rect.left() >= 0 && rect.right() < list->viewport()->width(), qPrintable(where));
        // ... and as tall as the lines the delegate draws in it.
        QCOMPARE(rect.height(), list->itemDelegate()->sizeHint(option, index).height());
        QVERIFY(rect.height() >= 2 * QFontMetrics(list->font()).height());
    }
    // Painting the rows at this width goes through every branch of the delegate without trouble.
    const QImage image = list->viewport()->grab().toImage();
    QVERIFY(!image.isNull());
}

void TestDevicePicker::rowsFollowTheListWidth()
{
    DevicePicker picker;
    picker.resize(200, 700);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    picker.setDevices(sampleDevices());
    auto *list = picker.findChild<QListWidget *>(QStringLiteral("deviceList"));
    const QModelIndex longRow = list->model()->index(1, 0);
    QTRY_VERIFY(list->visualRect(longRow).height() > 0);
    const int narrowHeight = list->visualRect(longRow).height();

    // Wider: the long name and the busy line need fewer lines, and the rows are laid out again.
    picker.resize(900, 700);
    QTRY_VERIFY(list->visualRect(longRow).height() < narrowHeight);
    QTRY_VERIFY(list->visualRect(longRow).right() < list->viewport()->width());
    // Narrow again: taller again, still inside.
    picker.resize(200, 700);
    QTRY_COMPARE(list->visualRect(longRow).height(), narrowHeight);
    QVERIFY(list->visualRect(longRow).right() < list->viewport()->width());
}

void TestDevicePicker::fullTextInTooltipAndAccessibleDescription()
{
    DevicePicker picker;
    picker.setDevices(sampleDevices());
    auto *list = picker.findChild<QListWidget *>(QStringLiteral("deviceList"));
    const QListWidgetItem *busy = list->item(1);
    QVERIFY(busy->toolTip().contains(kLongName));
    QVERIFY(busy->toolTip().contains(QStringLiteral("Busy with order 5000000000000000042")));
    QVERIFY(busy->toolTip().contains(QStringLiteral("BUSY")));
    QCOMPARE(busy->data(Qt::AccessibleDescriptionRole).toString(), busy->toolTip());
    QCOMPARE(busy->data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("%1, busy with order 5000000000000000042").arg(kLongName));
    const QListWidgetItem *unknown = list->item(3);
    QVERIFY(unknown->toolTip().contains(QStringLiteral("WAITING_FOR_A_FIRMWARE_UPDATE_FROM_THE_MANUFACTURER")));
}

QTEST_MAIN(TestDevicePicker)
#include "tst_devicepicker.moc"
