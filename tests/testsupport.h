#pragma once

#include "belvoclient.h"
#include "belvosimulator.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace relink::test {

// Waits for the operation's one result and checks that no second one follows.
inline Result waitForResult(Operation *op, int timeoutMs = 10'000)
{
    QSignalSpy spy(op, &Operation::finished);
    if (spy.isEmpty() && !spy.wait(timeoutMs)) {
        QTest::qFail("the operation emitted no result", __FILE__, __LINE__);
        return {};
    }
    // Let any stray second emission (or late network event) happen before counting.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    if (spy.size() != 1) {
        QTest::qFail("the operation emitted more than one result", __FILE__, __LINE__);
        return {};
    }
    return spy.at(0).at(0).value<Result>();
}

inline ClientConfig configFor(const BelvoSimulator &sim)
{
    ClientConfig c;
    c.baseUrl = sim.baseUrl();
    c.secretId = BelvoSimulator::kDemoSecretId;
    c.secretPassword = BelvoSimulator::kDemoSecretPassword;
    c.timeoutMs = 10'000;
    return c;
}

inline QByteArray basicAuth(const QString &id, const QString &password)
{
    return "Basic " + (id + QLatin1Char(':') + password).toUtf8().toBase64();
}

} // namespace relink::test
