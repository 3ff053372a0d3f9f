#pragma once

#include "store/StoreSync.h"

#include <QLabel>

/// The status bar's word on the store database (StoreSync): up to date, changes waiting, offline, or refused, with
/// the last push and the last error in its tooltip (StoreSyncText says the words). Hidden while no store database
/// is set up (Off). Short forms while the status bar is narrower than StatusBadges::kRoomyWidth.
class StoreIndicator : public QLabel
{
    Q_OBJECT

public:
    /// Follows `parent`'s width (the status bar) for the short forms.
    explicit StoreIndicator(QWidget *parent);

    void setStatus(const StoreSyncStatus &status);
    StoreSyncStatus status() const { return m_status; }
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void render();

    StoreSyncStatus m_status;
    bool m_compact = false;
};
