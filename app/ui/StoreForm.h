#pragma once

#include "store/Settings.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// What the manager typed on Preferences > Store, checked before anything is saved: a port from 1 to 65535 (empty
/// for 5432), a host whenever another field is set, a database and a user with a host, and no control characters
/// (a pasted tab or line break) anywhere. Kept out of the page so that the rules are tested without a window.
struct StoreForm
{
    Q_DECLARE_TR_FUNCTIONS(StorePage)

public:
    QString host;
    QString port; ///< as typed; "" = 5432
    QString database;
    QString user;
    QString password; ///< "" = keep the saved one (or none)
    QString counterName;

    /// The form for `store` (the password is never shown).
    static StoreForm from(const StoreSettings &store);
    /// Translated, one sentence each; empty when the form can be saved.
    QStringList problems() const;
    /// The settings to save (only meaningful without problems()); an empty host means no store database.
    StoreSettings settings() const;
    /// Every field but the counter's name is empty: no store database.
    bool isEmpty() const;
};
