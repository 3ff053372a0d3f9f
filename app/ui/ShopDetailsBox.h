#pragma once

#include "store/ShopDetails.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

/// Preferences' "Receipts" group: the shop's name, address (several lines) and tax id as receipts print them, and
/// the paper receipts go on (A4, Letter, the 80 mm roll). Only the manager edits them: read-only otherwise. Says
/// what is wrong with the fields (too long, characters that cannot be printed) as they are typed.
class ShopDetailsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit ShopDetailsBox(QWidget *parent = nullptr);

    void setDetails(const ShopDetails &details);
    /// The fields as typed, normalized (ShopDetails::normalized()).
    ShopDetails details() const;
    /// What is wrong with details(); empty when they may be saved.
    QStringList problems() const { return details().problems(); }
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

Q_SIGNALS:
    void changed();

private:
    void updateProblems();

    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_taxId = nullptr;
    QComboBox *m_paper = nullptr;
    QLabel *m_problems = nullptr;
    bool m_editable = true;
};
