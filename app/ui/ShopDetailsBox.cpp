#include "ui/ShopDetailsBox.h"

#include "print/Paper.h"
#include "ui/Theme.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

ShopDetailsBox::ShopDetailsBox(QWidget *parent) : QGroupBox(tr("Receipts"), parent)
{
    setObjectName(QStringLiteral("shopDetailsBox"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("shopNameEdit"));
    m_name->setAccessibleName(tr("Shop name on receipts"));
    m_name->setMaxLength(int(ShopDetails::kMaxNameChars) + 20); // over the limit: said, not silently cut

    m_address = new QPlainTextEdit(this);
    m_address->setObjectName(QStringLiteral("shopAddressEdit"));
    m_address->setAccessibleName(tr("Shop address on receipts"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * ShopDetails::kMaxAddressLines + 12);

    m_taxId = new QLineEdit(this);
    m_taxId->setObjectName(QStringLiteral("shopTaxIdEdit"));
    m_taxId->setAccessibleName(tr("Shop tax id on receipts"));
    m_taxId->setMaxLength(int(ShopDetails::kMaxTaxIdChars) + 20);

    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("receiptPaperCombo"));
    m_paper->setAccessibleName(tr("Paper for receipts"));
    m_paper->addItem(tr("A4 sheet"), PaperSizes::key(Paper::A4));
    m_paper->addItem(tr("Letter sheet"), PaperSizes::key(Paper::Letter));
    m_paper->addItem(tr("80 mm receipt roll"), PaperSizes::key(Paper::Roll80mm));

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("shopDetailsProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Theme::errorText().name()));
    m_problems->hide();

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto row = [this, form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("Shop &name:"), m_name);
    row(tr("&Address:"), m_address);
    row(tr("Ta&x id:"), m_taxId);
    row(tr("Receipt &paper:"), m_paper);
    form->addRow(QString(), m_problems);

    connect(m_name, &QLineEdit::textChanged, this, &ShopDetailsBox::updateProblems);
    connect(m_address, &QPlainTextEdit::textChanged, this, &ShopDetailsBox::updateProblems);
    connect(m_taxId, &QLineEdit::textChanged, this, &ShopDetailsBox::updateProblems);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ShopDetailsBox::changed);
}

void ShopDetailsBox::setDetails(const ShopDetails &details)
{
    m_name->setText(details.name);
    m_address->setPlainText(details.address);
    m_taxId->setText(details.taxId);
    m_paper->setCurrentIndex(qMax(0, m_paper->findData(PaperSizes::key(PaperSizes::fromKey(details.paperKey)))));
    updateProblems();
}

ShopDetails ShopDetailsBox::details() const
{
    ShopDetails d;
    d.name = m_name->text();
    d.address = m_address->toPlainText();
    d.taxId = m_taxId->text();
    d.paperKey = m_paper->currentData().toString();
    return d.normalized();
}

void ShopDetailsBox::setEditable(bool editable)
{
    m_editable = editable;
    m_name->setReadOnly(!editable);
    m_address->setReadOnly(!editable);
    m_taxId->setReadOnly(!editable);
    m_paper->setEnabled(editable);
}

void ShopDetailsBox::updateProblems()
{
    const QStringList problems = details().problems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    Q_EMIT changed();
}
