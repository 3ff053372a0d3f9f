#include "store/JournalResult.h"

// --- JournalResult ----------------------------------------------------------------------------------------

QString JournalResult::message() const
{
    switch (m_kind) {
    case Kind::Ok:
        return {};
    case Kind::Corrupt:
        return tr("The order journal file is damaged or is not a PointDesk journal. PointDesk has not changed it.");
    case Kind::Locked:
        return tr("The order journal is in use by another program and did not become free in time.");
    case Kind::NewerVersion:
        return tr("The order journal was written by a newer version of PointDesk. This version cannot use it and "
                  "has not changed it.");
    case Kind::DiskFull:
        return tr("The disk is full: the order journal cannot record anything more. Records already written are "
                  "safe.");
    case Kind::ReadOnly:
        return tr("The order journal cannot be written: the file or its folder is read-only.");
    case Kind::IoError:
        return tr("The order journal could not be read or written.");
    case Kind::NotOpen:
        return tr("The order journal is not open.");
    case Kind::NotFound:
        return tr("The order journal has no such sale.");
    case Kind::Conflict:
        return tr("The order journal already records this order for another sale, or the sale is already "
                  "finished.");
    case Kind::InvalidInput:
        return tr("The sale has invalid data and was not recorded.");
    }
    return {};
}

QString JournalResult::advice() const
{
    switch (m_kind) {
    case Kind::Ok:
    case Kind::NotFound:
        return {};
    case Kind::Corrupt:
        return tr("Keep a copy of the file for the records. PointDesk can move it aside and start a new journal; "
                  "no charge can be sent until then.");
    case Kind::Locked:
        return tr("Close other copies of PointDesk or programs that have the journal open, then try again.");
    case Kind::NewerVersion:
        return tr("Install the newer PointDesk again, or ask for help before using this version.");
    case Kind::DiskFull:
        return tr("Free some space on the disk, then try again. No charge is sent while the journal cannot "
                  "record it.");
    case Kind::ReadOnly:
        return tr("Check the permissions of the journal file and its folder, then start PointDesk again.");
    case Kind::IoError:
        return tr("Check the disk, then try again. No charge is sent while the journal cannot record it.");
    case Kind::NotOpen:
        return tr("Start PointDesk again; if this keeps happening, check the journal file.");
    case Kind::Conflict:
        return tr("Check the sale's history before charging again.");
    case Kind::InvalidInput:
        return tr("Correct the sale and try again.");
    }
    return {};
}

QString JournalResult::userMessage() const
{
    const QString a = advice();
    return a.isEmpty() ? message() : message() + QLatin1Char(' ') + a;
}

QString JournalResult::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Ok:
        return QStringLiteral("ok");
    case Kind::Corrupt:
        return QStringLiteral("corrupt");
    case Kind::Locked:
        return QStringLiteral("locked");
    case Kind::NewerVersion:
        return QStringLiteral("newer_version");
    case Kind::DiskFull:
        return QStringLiteral("disk_full");
    case Kind::ReadOnly:
        return QStringLiteral("read_only");
    case Kind::IoError:
        return QStringLiteral("io_error");
    case Kind::NotOpen:
        return QStringLiteral("not_open");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::InvalidInput:
        return QStringLiteral("invalid_input");
    }
    return QStringLiteral("unknown");
}
