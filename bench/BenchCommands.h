#pragma once

#include <QString>

/// pointdesk-bench's options; each command reads the ones it needs (see main.cpp's --help).
struct BenchOptions
{
    int runs = 7;
    QString appPath;
    QString baselinePath;
    QString labelPath; ///< the one-label window (optional)
    QString logPath = QStringLiteral("/dev/null");
    int orders = 50;
    int journalOrders = 1000;
    int flows = 3;
    int latencyMs = 2000;
    QString apiUrl;
    QString backend = QStringLiteral("legacy"); ///< the API the cashier window speaks (latency): legacy or orders
    QString token; ///< POINTDESK_TOKEN: the simulator's token (never printed)
    QString outPath;
    QString pathsFile;
    int connections = 100;
    int seconds = 10;
    int pgPort = 0; ///< store-push, store-history: the PostgreSQL on 127.0.0.1
};

int runStartup(const BenchOptions &options);
int runLatency(const BenchOptions &options);
int runStalls(const BenchOptions &options);
int runScale(const BenchOptions &options);
int runReport(const BenchOptions &options);
int runLoadSetup(const BenchOptions &options);
int runLoad(const BenchOptions &options);
int runStorePush(const BenchOptions &options);
int runStoreHistory(const BenchOptions &options);
