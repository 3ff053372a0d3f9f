#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

/// Reads one HTTP/1.1 response as its bytes arrive, holding a bounded amount whatever the peer sends.
///
/// Every line (status line, each header, each chunk-size line with its extensions, each trailer) is bounded, and so
/// are the number and the total size of the headers (and of the trailers) and the body. Bytes are looked at once:
/// the parser keeps its place between feeds, so a line that arrives a byte at a time is not rescanned from its start.
/// Crossing a bound ends the parse with a failure naming the bound; the caller drops the connection. The result does
/// not depend on how the bytes were split into feeds.
class HttpResponseParser
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Limits
    {
        qsizetype maxLineBytes = 8 * 1024;    ///< one line, with its CR, without its LF
        int maxHeaderCount = 100;             ///< header fields; again for trailer fields
        qsizetype maxHeaderBytes = 64 * 1024; ///< all header lines together; again for the trailers
        qint64 maxBodyBytes = 4 * 1024 * 1024;
    };

    enum class Status { NeedMore, Complete, Failed };
    enum class Failure {
        None,
        Protocol,        ///< not HTTP/1.x, or a malformed status line, length or chunk
        Truncated,       ///< the peer closed before the response was complete
        LineTooLong,     ///< a line longer than Limits::maxLineBytes
        TooManyHeaders,  ///< more than Limits::maxHeaderCount header (or trailer) fields
        HeadersTooLarge, ///< header (or trailer) lines longer than Limits::maxHeaderBytes together
        BodyTooLarge     ///< a body longer than Limits::maxBodyBytes (announced or received)
    };

    HttpResponseParser() = default;
    explicit HttpResponseParser(const Limits &limits) : m_limits(limits) {}

    /// Takes the next bytes of the response. Bytes after a complete or failed response are ignored.
    Status feed(QByteArrayView bytes);
    /// The peer closed the connection: ends a body without a length, else a response still incomplete fails.
    Status finish();

    Status status() const { return m_status; }
    Failure failure() const { return m_failure; }
    /// For logs: which bound was crossed or what was malformed; empty while nothing failed.
    QString failureText() const { return m_failureText; }
    /// True when a bound (not a protocol error) ended the parse.
    bool exceededLimit() const;
    /// The status code once the status line was read (kept when a later part fails), else 0.
    int httpStatus() const { return m_httpStatus; }
    const Headers &headers() const { return m_headers; }
    /// The body (de-chunked) as far as it was read.
    const QByteArray &body() const { return m_body; }
    /// Bytes held that are not body: the unfinished line. Never above Limits::maxLineBytes between feeds.
    qsizetype pendingBytes() const { return m_pending.size() - m_pos; }
    /// The most pendingBytes() ever held between feeds.
    qsizetype peakPendingBytes() const { return m_peakPending; }
    const Limits &limits() const { return m_limits; }

private:
    enum class Stage { StatusLine, Headers, Body, ChunkSize, ChunkData, ChunkEnd, Trailers, Done };
    enum class BodyKind { None, Length, Chunked, UntilClose };

    /// Takes the next complete line (without its LF and a trailing CR) into `line`; false when more bytes are needed
    /// or the line crossed its bound (then the parse failed).
    bool nextLine(QByteArray &line);
    bool readStatusLine(const QByteArray &line);
    bool readHeaderLine(const QByteArray &line, bool trailer);
    void headersDone();
    void readBody();
    void appendBody(qint64 count);
    void fail(Failure failure, const QString &text);
    void complete();

    Limits m_limits;
    Status m_status = Status::NeedMore;
    Failure m_failure = Failure::None;
    QString m_failureText;
    Stage m_stage = Stage::StatusLine;
    BodyKind m_bodyKind = BodyKind::None;
    QByteArray m_pending;    ///< bytes not consumed yet, from m_pos on
    qsizetype m_pos = 0;     ///< first byte not consumed
    qsizetype m_scanned = 0; ///< bytes after m_pos already searched for LF
    int m_httpStatus = 0;
    Headers m_headers;
    int m_fieldCount = 0;       ///< header or trailer fields of the current section
    qsizetype m_fieldBytes = 0; ///< their bytes
    qint64 m_contentLength = -1;
    qint64 m_chunkLeft = 0;
    bool m_chunked = false;
    QByteArray m_body;
    qsizetype m_peakPending = 0;
};
