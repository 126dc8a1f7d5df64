#include "autoscheduler.h"

#include "cbcsolver.h"
#include "heuristicscheduler.h"
#include "infeasibilityexplainer.h"
#include "mipmodel.h"

#include <QElapsedTimer>

namespace EventDesk
{

namespace
{
// The exact model's size bound: its root LP must finish well within a time limit of seconds.
constexpr int kMaxColumns = 5000;

// Whether a placement breaks no hard rule: the solver's answer is checked before it is trusted.
bool valid(const SchedulingProblem &problem, const Placement &placement)
{
    PlacementState state(problem);
    for (int i = 0; i < placement.size(); ++i) {
        const Slot &s = placement.at(i);
        if (!s.placed())
            continue;
        if (problem.items.at(i).movable && !problem.fitsAlone(i, s))
            return false;
        if (!state.fits(i, s))
            return false;
        state.place(i, s);
    }
    return true;
}
} // namespace

AutoScheduleResult AutoScheduler::run(const ScheduleData &data, const AutoScheduleOptions &options,
                                      const std::atomic_bool *cancel, const Progress &progress)
{
    QElapsedTimer clock;
    clock.start();
    const QDeadlineTimer deadline(qint64(qMax(0.1, options.timeLimitSeconds) * 1000));
    auto report = [&progress](int percent) {
        if (progress)
            progress(percent);
    };
    auto cancelled = [cancel] { return cancel && cancel->load(); };

    const SchedulingProblem problem = SchedulingProblem::build(data, options);
    const ScheduleScore score(problem);
    HeuristicScheduler heuristic(problem, score, options.seed);
    AutoScheduleResult result;
    AutoScheduleReport &r = result.report;

    const Placement greedy = heuristic.greedy();
    r.greedyScore = score.parts(greedy);
    report(20);
    // The local search may use half of the time limit at most; it is seeded and counts steps.
    QDeadlineTimer searchDeadline(qint64(qMax(0.05, options.timeLimitSeconds / 2) * 1000));
    Placement best = heuristic.improve(greedy, searchDeadline, cancel);
    ScoreParts bestParts = score.parts(best);
    r.heuristicSeconds = double(clock.nsecsElapsed()) / 1e9;
    report(40);

    bool anyMovable = false;
    for (const auto &item : problem.items)
        anyMovable = anyMovable || item.movable;
    bool optimal = false, timedOut = false;
    if (options.useSolver && anyMovable && !cancelled()) {
        QElapsedTimer solverClock;
        solverClock.start();
        r.solver = CbcSolver::name();
        const MipModel model = MipModel::build(problem, score, best, kMaxColumns);
        const double left = double(deadline.remainingTime()) / 1000.0;
        const CbcSolver::Outcome outcome = CbcSolver::solve(model, qMax(0.1, left), options.seed);
        if (!outcome.values.isEmpty()) {
            Placement exact = model.placement(problem, outcome.values);
            if (valid(problem, exact)) {
                // The model's objective is linear; a short local search tidies the parts it approximates.
                HeuristicScheduler polish(problem, score, options.seed);
                exact = polish.improve(exact, QDeadlineTimer(qint64(qMax(0.05, left / 4) * 1000)), cancel);
                const ScoreParts exactParts = score.parts(exact);
                if (exactParts.total() < bestParts.total() - 1e-9) {
                    best = exact;
                    bestParts = exactParts;
                    r.solverImproved = true;
                }
            }
            optimal = outcome.optimal && model.complete;
        }
        timedOut = outcome.timedOut;
        r.solverSeconds = double(solverClock.nsecsElapsed()) / 1e9;
    }
    report(90);

    r.score = bestParts;
    const InfeasibilityExplainer explainer(problem);
    for (int i = 0; i < problem.items.size(); ++i) {
        const auto &item = problem.items.at(i);
        const Slot &s = best.at(i);
        if (!item.movable)
            continue;
        if (!s.placed()) {
            r.unplaced.append({item.id, item.title, explainer.reason(i, best)});
            continue;
        }
        if (s == item.current)
            continue;
        const bool moved = item.current.placed();
        (moved ? r.moved : r.placed) += 1;
        result.changes.append({item.id, problem.rooms.at(s.room).id, SchedulingProblem::dateTime(s.start),
                               item.duration, moved});
    }
    if (cancelled())
        r.status = AutoScheduleReport::Status::Cancelled;
    else if (!r.unplaced.isEmpty())
        r.status = AutoScheduleReport::Status::Infeasible;
    else if (optimal)
        r.status = AutoScheduleReport::Status::Optimal;
    else if (timedOut)
        r.status = AutoScheduleReport::Status::TimedOut;
    else
        r.status = AutoScheduleReport::Status::Feasible;
    r.seconds = double(clock.nsecsElapsed()) / 1e9;
    report(100);
    return result;
}

} // namespace EventDesk
