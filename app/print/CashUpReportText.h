#pragma once

#include "core/Currency.h"
#include "store/CashUpReport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

/// The cash-up report as plain text for a terminal (pointdesk-cli report): the same figures and lists as the PDF,
/// the chart as a row of '#' per hour.
class CashUpReportText
{
    Q_DECLARE_TR_FUNCTIONS(CashUpReportText)

public:
    static QString render(const CashUpReport &report, const QLocale &locale, const Currency &currency);
};
