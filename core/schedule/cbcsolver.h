#pragma once

#include "mipmodel.h"

namespace EventDesk
{

// Solves a MipModel with COIN-OR CBC (its C interface), from a warm start, within a time limit.
class CbcSolver
{
public:
    struct Outcome {
        QList<double> values; // per column; empty: no solution
        bool optimal = false;
        bool timedOut = false;
        double objective = 0;
    };
    // No solution (empty values) when CBC is not available.
    static Outcome solve(const MipModel &model, double seconds, quint32 seed);
    static QString name(); // "COIN-OR CBC 2.10.8", or why it is not available
    static bool isAvailable();
};

} // namespace EventDesk
