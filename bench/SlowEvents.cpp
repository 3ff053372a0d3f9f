#include "SlowEvents.h"

#include "BenchSupport.h"

#include <QEvent>
#include <QMetaEnum>
#include <QThread>

BenchApplication::BenchApplication(int &argc, char **argv) : QApplication(argc, argv) {}

BenchApplication *BenchApplication::instance()
{
    return dynamic_cast<BenchApplication *>(QCoreApplication::instance());
}

bool BenchApplication::notify(QObject *receiver, QEvent *event)
{
    if (m_depth > 0 || QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    ++m_depth;
    const double started = Bench::nowMs();
    // What the event was, read before delivery: the receiver may delete the event's data or itself.
    const QEvent::Type type = event->type();
    const QString receiverClass = QString::fromLatin1(receiver->metaObject()->className());
    const QString receiverName = receiver->objectName();
    const QObject *parent = receiver->parent();
    const QString parentClass = parent ? QString::fromLatin1(parent->metaObject()->className()) : QString();
    const bool done = QApplication::notify(receiver, event);
    const double ms = Bench::nowMs() - started;
    --m_depth;
    if (ms > m_thresholdMs) {
        const char *typeName =
            QEvent::staticMetaObject.enumerator(QEvent::staticMetaObject.indexOfEnumerator("Type")).valueToKey(type);
        m_slow.append({ms, started,
                       QStringLiteral("%1 to %2(%3) in %4")
                           .arg(typeName ? QString::fromLatin1(typeName) : QString::number(int(type)), receiverClass,
                                receiverName, parentClass)});
    }
    return done;
}
