#include "api/HttpResponseParser.h"

namespace {

bool equalsIgnoreCase(const QByteArray &a, const char *b)
{
    return a.compare(QByteArray(b), Qt::CaseInsensitive) == 0;
}

} // namespace

bool HttpResponseParser::exceededLimit() const
{
    switch (m_failure) {
    case Failure::LineTooLong:
    case Failure::TooManyHeaders:
    case Failure::HeadersTooLarge:
    case Failure::BodyTooLarge:
        return true;
    default:
        return false;
    }
}

HttpResponseParser::Status HttpResponseParser::feed(QByteArrayView bytes)
{
    if (m_status != Status::NeedMore || bytes.isEmpty())
        return m_status;
    // Drop what was consumed before taking more: between feeds only the unfinished line is held.
    if (m_pos > 0) {
        m_pending.remove(0, m_pos);
        m_pos = 0;
    }
    m_pending.append(bytes.data(), bytes.size());

    while (m_status == Status::NeedMore) {
        const qsizetype before = m_pos;
        const Stage stageBefore = m_stage;
        QByteArray line;
        switch (m_stage) {
        case Stage::StatusLine:
            if (nextLine(line) && readStatusLine(line))
                m_stage = Stage::Headers;
            break;
        case Stage::Headers:
            if (!nextLine(line))
                break;
            if (line.isEmpty())
                headersDone();
            else
                readHeaderLine(line, false);
            break;
        case Stage::Body:
        case Stage::ChunkData:
            readBody();
            break;
        case Stage::ChunkSize: {
            if (!nextLine(line))
                break;
            const qsizetype semicolon = line.indexOf(';'); // chunk extensions are bounded by the line and ignored
            if (semicolon >= 0)
                line.truncate(semicolon);
            bool ok = false;
            const qint64 size = line.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                fail(Failure::Protocol, QStringLiteral("invalid chunk size"));
                break;
            }
            if (size == 0) {
                m_stage = Stage::Trailers;
                m_fieldCount = 0;
                m_fieldBytes = 0;
                break;
            }
            // Compared without adding to `size`: a hostile chunk size near 2^63 must not overflow.
            if (size > m_limits.maxBodyBytes - m_body.size()) {
                fail(Failure::BodyTooLarge, QStringLiteral("reply body larger than %1 bytes (chunk of %2)")
                                                .arg(m_limits.maxBodyBytes)
                                                .arg(size));
                break;
            }
            m_chunkLeft = size;
            m_stage = Stage::ChunkData;
            break;
        }
        case Stage::ChunkEnd:
            if (!nextLine(line))
                break;
            if (!line.isEmpty())
                fail(Failure::Protocol, QStringLiteral("chunk not followed by CRLF"));
            else
                m_stage = Stage::ChunkSize;
            break;
        case Stage::Trailers:
            if (!nextLine(line))
                break;
            if (line.isEmpty())
                complete();
            else
                readHeaderLine(line, true); // checked against the bounds, then dropped
            break;
        case Stage::Done:
            complete();
            break;
        }
        if (m_status == Status::NeedMore && m_pos == before && m_stage == stageBefore)
            break; // waits for more bytes
    }
    m_peakPending = qMax(m_peakPending, pendingBytes());
    return m_status;
}

HttpResponseParser::Status HttpResponseParser::finish()
{
    if (m_status != Status::NeedMore)
        return m_status;
    if (m_stage == Stage::Body && m_bodyKind == BodyKind::UntilClose)
        complete();
    else
        fail(Failure::Truncated, m_stage == Stage::StatusLine && m_pending.size() == m_pos
                                     ? QStringLiteral("connection closed before any reply")
                                     : QStringLiteral("connection closed in the middle of the reply"));
    return m_status;
}

bool HttpResponseParser::nextLine(QByteArray &line)
{
    const qsizetype available = m_pending.size() - m_pos;
    // Only bytes not searched before are searched: a line that comes a byte at a time costs its length once.
    const qsizetype lf = m_pending.indexOf('\n', m_pos + m_scanned);
    if (lf < 0) {
        m_scanned = available;
        if (available > m_limits.maxLineBytes)
            fail(Failure::LineTooLong, QStringLiteral("reply line longer than %1 bytes").arg(m_limits.maxLineBytes));
        return false;
    }
    qsizetype length = lf - m_pos;
    if (length > m_limits.maxLineBytes) {
        fail(Failure::LineTooLong, QStringLiteral("reply line longer than %1 bytes").arg(m_limits.maxLineBytes));
        return false;
    }
    line = m_pending.mid(m_pos, length);
    if (line.endsWith('\r'))
        line.chop(1);
    m_pos = lf + 1;
    m_scanned = 0;
    return true;
}

bool HttpResponseParser::readStatusLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.trimmed().split(' ');
    bool ok = false;
    const int status = parts.size() >= 2 ? parts.at(1).toInt(&ok) : 0;
    if (parts.size() < 2 || !parts.first().startsWith("HTTP/1.") || !ok || status < 100 || status > 999) {
        fail(Failure::Protocol, QStringLiteral("invalid HTTP status line"));
        return false;
    }
    m_httpStatus = status;
    return true;
}

bool HttpResponseParser::readHeaderLine(const QByteArray &line, bool trailer)
{
    const QString what = trailer ? QStringLiteral("trailer") : QStringLiteral("header");
    if (++m_fieldCount > m_limits.maxHeaderCount) {
        fail(Failure::TooManyHeaders, QStringLiteral("more than %1 %2 fields").arg(m_limits.maxHeaderCount).arg(what));
        return false;
    }
    m_fieldBytes += line.size() + 2;
    if (m_fieldBytes > m_limits.maxHeaderBytes) {
        fail(Failure::HeadersTooLarge,
             QStringLiteral("%1 fields larger than %2 bytes").arg(what).arg(m_limits.maxHeaderBytes));
        return false;
    }
    if (trailer)
        return true;
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return true; // not a field; ignored as before
    const QByteArray name = line.left(colon).trimmed();
    const QByteArray value = line.mid(colon + 1).trimmed();
    m_headers.append({name, value});
    if (equalsIgnoreCase(name, "Content-Length")) {
        bool ok = false;
        m_contentLength = value.toLongLong(&ok);
        if (!ok || m_contentLength < 0) {
            fail(Failure::Protocol, QStringLiteral("invalid Content-Length"));
            return false;
        }
    } else if (equalsIgnoreCase(name, "Transfer-Encoding")) {
        m_chunked = value.toLower().contains("chunked");
    }
    return true;
}

void HttpResponseParser::headersDone()
{
    if (m_httpStatus == 204 || m_httpStatus == 304 || m_httpStatus < 200) {
        complete();
        return;
    }
    if (m_chunked) {
        m_bodyKind = BodyKind::Chunked;
        m_stage = Stage::ChunkSize;
        return;
    }
    if (m_contentLength >= 0) {
        if (m_contentLength > m_limits.maxBodyBytes) {
            fail(Failure::BodyTooLarge, QStringLiteral("reply body larger than %1 bytes (Content-Length %2)")
                                            .arg(m_limits.maxBodyBytes)
                                            .arg(m_contentLength));
            return;
        }
        m_bodyKind = BodyKind::Length;
        m_stage = Stage::Body;
        if (m_contentLength == 0)
            complete();
        return;
    }
    m_bodyKind = BodyKind::UntilClose;
    m_stage = Stage::Body;
}

void HttpResponseParser::readBody()
{
    const qint64 available = m_pending.size() - m_pos;
    if (available <= 0)
        return;
    switch (m_bodyKind) {
    case BodyKind::Length:
        appendBody(qMin(available, m_contentLength - m_body.size()));
        if (m_body.size() == m_contentLength)
            complete();
        return;
    case BodyKind::Chunked:
        appendBody(qMin(available, m_chunkLeft));
        if (m_chunkLeft == 0)
            m_stage = Stage::ChunkEnd;
        return;
    case BodyKind::UntilClose:
        if (available > m_limits.maxBodyBytes - m_body.size()) {
            appendBody(m_limits.maxBodyBytes - m_body.size());
            fail(Failure::BodyTooLarge, QStringLiteral("reply body larger than %1 bytes").arg(m_limits.maxBodyBytes));
            return;
        }
        appendBody(available);
        return;
    case BodyKind::None:
        complete();
        return;
    }
}

void HttpResponseParser::appendBody(qint64 count)
{
    m_body.append(m_pending.constData() + m_pos, qsizetype(count));
    m_pos += qsizetype(count);
    if (m_bodyKind == BodyKind::Chunked)
        m_chunkLeft -= count;
}

void HttpResponseParser::fail(Failure failure, const QString &text)
{
    m_status = Status::Failed;
    m_failure = failure;
    m_failureText = text;
    m_pending.clear();
    m_pos = 0;
    m_scanned = 0;
}

void HttpResponseParser::complete()
{
    m_status = Status::Complete;
    m_stage = Stage::Done;
    m_pending.clear();
    m_pos = 0;
    m_scanned = 0;
}
