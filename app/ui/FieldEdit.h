#pragma once

#include <QLineEdit>

/// The sale form's input: a white field with a 2 px rounded border that turns blue with the focus and red while the
/// field has a problem (setInvalid), grey when disabled. Painted here rather than with a style sheet, which would make
/// Qt polish the whole form through its style sheet engine before the window's first frame.
class FieldEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit FieldEdit(QWidget *parent = nullptr);

    /// Shows the field as having a problem (the words go in a label of their own).
    void setInvalid(bool invalid);
    bool isInvalid() const { return m_invalid; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    bool m_invalid = false;
};
