#include "cbcsolver.h"

#include <Cbc_C_Interface.h>

#include <limits>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace EventDesk
{

QString CbcSolver::name()
{
    return u"COIN-OR CBC "_s + QString::fromLatin1(Cbc_getVersion());
}

CbcSolver::Outcome CbcSolver::solve(const MipModel &model, double seconds, quint32 seed)
{
    Outcome out;
    if (model.columns.isEmpty())
        return out;
    std::unique_ptr<Cbc_Model, decltype(&Cbc_deleteModel)> cbc(Cbc_newModel(), &Cbc_deleteModel);
    // Column-major arrays, loaded at once (adding columns one by one is quadratic).
    const int cols = int(model.columns.size());
    std::vector<std::vector<int>> rowsOf(static_cast<size_t>(cols));
    std::vector<double> rowLower, rowUpper;
    auto addRows = [&](const QList<QList<int>> &rows, double lower) {
        for (const QList<int> &row : rows) {
            for (int c : row)
                rowsOf[size_t(c)].push_back(int(rowLower.size()));
            rowLower.push_back(lower);
            rowUpper.push_back(1.0);
        }
    };
    addRows(model.exactlyOne, 1.0);
    addRows(model.atMostOne, -std::numeric_limits<double>::max());
    std::vector<CoinBigIndex> starts{0};
    std::vector<int> index;
    std::vector<double> value, lower(size_t(cols), 0.0), upper(size_t(cols), 1.0), cost;
    for (int c = 0; c < cols; ++c) {
        for (int r : rowsOf[size_t(c)]) {
            index.push_back(r);
            value.push_back(1.0);
        }
        starts.push_back(CoinBigIndex(index.size()));
        cost.push_back(model.columns.at(c).cost);
    }
    Cbc_loadProblem(cbc.get(), cols, int(rowLower.size()), starts.data(), index.data(), value.data(),
                    lower.data(), upper.data(), cost.data(), rowLower.data(), rowUpper.data());
    for (int c = 0; c < cols; ++c)
        if (model.columns.at(c).slot.placed())
            Cbc_setInteger(cbc.get(), c);
    Cbc_setLogLevel(cbc.get(), qEnvironmentVariableIntValue("EVENTDESK_CBC_LOG"));
    Cbc_setMaximumSeconds(cbc.get(), qMax(0.05, seconds));
    const QByteArray secondsText = QByteArray::number(qMax(0.05, seconds), 'f', 2);
    // CBC 2.10's preprocessing can crash when it stops on the time limit (CglPreProcess::postProcess); the
    // model is small and clean, so it does without.
    Cbc_setParameter(cbc.get(), "preprocess", "off");
    Cbc_setParameter(cbc.get(), "timeMode", "elapsed"); // the limit is wall-clock time, not CPU time
    Cbc_setParameter(cbc.get(), "sec", secondsText.constData());
    const QByteArray seedText = QByteArray::number(seed % 1000000 + 1);
    Cbc_setParameter(cbc.get(), "randomCbcSeed", seedText.constData());
    std::vector<int> idx;
    std::vector<double> val;
    for (int c = 0; c < model.start.size(); ++c) {
        idx.push_back(c);
        val.push_back(model.start.at(c));
    }
    Cbc_setMIPStartI(cbc.get(), int(idx.size()), idx.data(), val.data());
    Cbc_solve(cbc.get());
    const double *best = Cbc_bestSolution(cbc.get());
    if (!best)
        return out;
    out.values = QList<double>(best, best + model.columns.size());
    out.optimal = Cbc_isProvenOptimal(cbc.get()) != 0;
    out.timedOut = !out.optimal && !Cbc_isProvenInfeasible(cbc.get());
    out.objective = Cbc_getObjValue(cbc.get());
    return out;
}

} // namespace EventDesk
