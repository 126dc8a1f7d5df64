#include "cbcsolver.h"

#include <Cbc_C_Interface.h>

#ifdef EVENTDESK_CBC_RUNTIME
#include <QLibrary>
#endif

#include <limits>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace EventDesk
{

namespace
{

// The CBC functions we call. With EVENTDESK_CBC_RUNTIME (Linux, core/CMakeLists.txt) libCbcSolver is loaded
// on the first solve instead of linked: it and its ten libraries (Clp, Cgl, LAPACK, gfortran…) would
// otherwise lengthen the start of every program, the CLI's short commands included.
#define EVENTDESK_CBC_FUNCTIONS(F)                                                                           \
    F(Cbc_getVersion)                                                                                        \
    F(Cbc_newModel)                                                                                          \
    F(Cbc_deleteModel)                                                                                       \
    F(Cbc_loadProblem)                                                                                       \
    F(Cbc_setInteger)                                                                                        \
    F(Cbc_setLogLevel)                                                                                       \
    F(Cbc_setMaximumSeconds)                                                                                 \
    F(Cbc_setParameter)                                                                                      \
    F(Cbc_setMIPStartI)                                                                                      \
    F(Cbc_solve)                                                                                             \
    F(Cbc_bestSolution)                                                                                      \
    F(Cbc_isProvenOptimal)                                                                                   \
    F(Cbc_isProvenInfeasible)                                                                                \
    F(Cbc_getObjValue)

struct Cbc {
#define EVENTDESK_CBC_POINTER(f) decltype(&::f) f = nullptr;
    EVENTDESK_CBC_FUNCTIONS(EVENTDESK_CBC_POINTER)
#undef EVENTDESK_CBC_POINTER
    QString error; // why it is not there
    bool loaded() const
    {
        return Cbc_solve != nullptr;
    }
};

const Cbc &cbcApi()
{
    static const Cbc api = [] {
        Cbc a;
#ifdef EVENTDESK_CBC_RUNTIME
        static QLibrary library(QStringLiteral(EVENTDESK_CBC_RUNTIME)); // never unloaded
        if (!library.load()) {
            a.error = library.errorString();
            return a;
        }
        bool all = true;
#define EVENTDESK_CBC_RESOLVE(f)                                                                             \
    a.f = reinterpret_cast<decltype(a.f)>(library.resolve(#f));                                              \
    all = all && a.f;
        EVENTDESK_CBC_FUNCTIONS(EVENTDESK_CBC_RESOLVE)
#undef EVENTDESK_CBC_RESOLVE
        if (!all) {
            a = Cbc{};
            a.error = library.errorString();
        }
#else
#define EVENTDESK_CBC_ADDRESS(f) a.f = &::f;
        EVENTDESK_CBC_FUNCTIONS(EVENTDESK_CBC_ADDRESS)
#undef EVENTDESK_CBC_ADDRESS
#endif
        return a;
    }();
    return api;
}

} // namespace

QString CbcSolver::name()
{
    const Cbc &api = cbcApi();
    if (!api.loaded())
        return u"COIN-OR CBC (not available: "_s + api.error + u")"_s;
    return u"COIN-OR CBC "_s + QString::fromLatin1(api.Cbc_getVersion());
}

bool CbcSolver::isAvailable()
{
    return cbcApi().loaded();
}

CbcSolver::Outcome CbcSolver::solve(const MipModel &model, double seconds, quint32 seed)
{
    Outcome out;
    const Cbc &api = cbcApi();
    if (model.columns.isEmpty() || !api.loaded())
        return out;
    std::unique_ptr<Cbc_Model, decltype(&Cbc_deleteModel)> cbc(api.Cbc_newModel(), api.Cbc_deleteModel);
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
    api.Cbc_loadProblem(cbc.get(), cols, int(rowLower.size()), starts.data(), index.data(), value.data(),
                        lower.data(), upper.data(), cost.data(), rowLower.data(), rowUpper.data());
    for (int c = 0; c < cols; ++c)
        if (model.columns.at(c).slot.placed())
            api.Cbc_setInteger(cbc.get(), c);
    api.Cbc_setLogLevel(cbc.get(), qEnvironmentVariableIntValue("EVENTDESK_CBC_LOG"));
    api.Cbc_setMaximumSeconds(cbc.get(), qMax(0.05, seconds));
    const QByteArray secondsText = QByteArray::number(qMax(0.05, seconds), 'f', 2);
    // CBC 2.10's preprocessing can crash when it stops on the time limit (CglPreProcess::postProcess); the
    // model is small and clean, so it does without.
    api.Cbc_setParameter(cbc.get(), "preprocess", "off");
    api.Cbc_setParameter(cbc.get(), "timeMode", "elapsed"); // the limit is wall-clock time, not CPU time
    api.Cbc_setParameter(cbc.get(), "sec", secondsText.constData());
    const QByteArray seedText = QByteArray::number(seed % 1000000 + 1);
    api.Cbc_setParameter(cbc.get(), "randomCbcSeed", seedText.constData());
    std::vector<int> idx;
    std::vector<double> val;
    for (int c = 0; c < model.start.size(); ++c) {
        idx.push_back(c);
        val.push_back(model.start.at(c));
    }
    api.Cbc_setMIPStartI(cbc.get(), int(idx.size()), idx.data(), val.data());
    api.Cbc_solve(cbc.get());
    const double *best = api.Cbc_bestSolution(cbc.get());
    if (!best)
        return out;
    out.values = QList<double>(best, best + model.columns.size());
    out.optimal = api.Cbc_isProvenOptimal(cbc.get()) != 0;
    out.timedOut = !out.optimal && !api.Cbc_isProvenInfeasible(cbc.get());
    out.objective = api.Cbc_getObjValue(cbc.get());
    return out;
}

} // namespace EventDesk
