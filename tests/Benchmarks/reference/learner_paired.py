"""Times DlRadiomics beside scikit-learn / xgboost on one table, the two sides interleaved so both see the same load of
a shared machine: both serve processes (LearnerTiming.cs, learner_timing.py) stay up, and per thread setting and
learner warm-up runs (one of theirs; ours until .NET's tiered compilation has optimised the hot methods, see
warm_up; none before the whole comparisons: by then both sides are warm) are followed by REPEATS pairs, who goes first alternating from pair to pair and from learner to learner. Each side's
figure is the minimum over its repetitions of the wall-clock and of the processor seconds (user + system, joblib's
workers included), which other jobs on the machine disturb least. The 1-minute load average is read before and after
each learner's repetitions.

Usage: /usr/bin/python3 reference/learner_paired.py TABLE.csv OUTCOME BENCHMARKS.dll [REPEATS [ROWS]]
(ROWS: comma-separated labels of the rows to time, e.g. "lr,knn"; all rows when absent)
Prints one tab-separated line per thread setting and learner: table, threads, learner, our wall s, their wall s,
wall ratio (theirs/ours, above 1: we are faster), our cpu s, their cpu s, cpu ratio, load before–after. "all eight" is
the whole comparison of the learners both sides have; "all nine (ours)" adds LightGBM, which Debian's Python lacks.
"""
import os
import subprocess
import sys

OUR_WARMUP_RUNS = (3, 40)
OUR_WARMUP_SECONDS = 10.0


class Side:
    def __init__(self, command):
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        self.notes = []
        while (line := self.process.stdout.readline().rstrip("\n")) != "ready":
            if not line:
                sys.exit(f"{command[0]} ended before it was ready")
            self.notes.append(line)

    def time(self, learners, threads):
        self.process.stdin.write(f"{learners} {threads}\n")
        wall, cpu = self.process.stdout.readline().split()
        return float(wall), float(cpu)

    def warm_up(self, learners, threads, ours):
        """One run of theirs (CPython has nothing to compile); of ours at least 3 and then up to 40 runs or 10 s.

        .NET first runs a method unoptimised and compiles it again, optimised, once it has been called 30 times and the
        process has been quiet of new compilations for a moment: a method called once per fit reaches that after some
        six comparisons, and LR on WDBC only settles after about 35 (0.15 s cold, 0.03 s for the next few, 0.005 s
        after). Steady state is what BenchmarkDotNet would time; the cold runs are not hidden, they are the first ones.
        """
        if not ours:
            self.time(learners, threads)
            return
        low, high = OUR_WARMUP_RUNS
        spent = 0.0
        for run in range(high):
            if run >= low and spent >= OUR_WARMUP_SECONDS:
                break
            spent += self.time(learners, threads)[0]

    def close(self):
        self.process.stdin.close()
        self.process.wait()


def main():
    table, outcome, dll = sys.argv[1:4]
    repeats = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    only = set(sys.argv[5].split(",")) if len(sys.argv) > 5 else None
    here = os.path.dirname(os.path.abspath(__file__))
    ours = Side(["dotnet", dll, "learners", "serve", table, outcome])
    theirs = Side(["/usr/bin/python3", os.path.join(here, "learner_timing.py"), table, outcome])
    for note in theirs.notes:
        print("reference", note.replace("\t", " "), flush=True)
    name = os.path.splitext(os.path.basename(table))[0]
    common = ["lr", "svm", "knn", "dt", "rf", "et", "xgb", "mlp"]
    missing = [n.split(":")[0].split()[-1] for n in theirs.notes if n.startswith("missing")]
    common = [n for n in common if n not in missing]
    rows = [(n, n, True) for n in common] + [(f"all {len(common)}", ",".join(common), True)]
    rows += [("lgbm (ours)", "lgbm", False), ("all nine (ours)", ",".join(common + ["lgbm"]), False)]
    rows = [row for row in rows if only is None or row[0] in only]
    order = []
    for threads in ("1", "all"):
        for label, learners, both in rows:
            order.append(label)
            sides = [ours, theirs] if both else [ours]
            load = os.getloadavg()[0]
            if "," not in learners:
                for side in sides:
                    side.warm_up(learners, threads, side is ours)
            times = {id(side): [] for side in sides}
            for r in range(repeats):
                for side in sides if (r + len(order)) % 2 == 0 else sides[::-1]:
                    times[id(side)].append(side.time(learners, threads))
            wall = [min(t[0] for t in times[id(s)]) for s in sides]
            cpu = [min(t[1] for t in times[id(s)]) for s in sides]
            if both:
                figures = f"{wall[0]:.3f}\t{wall[1]:.3f}\t{wall[1] / wall[0]:.2f}\t{cpu[0]:.3f}\t{cpu[1]:.3f}\t{cpu[1] / cpu[0]:.2f}"
            else:
                figures = f"{wall[0]:.3f}\t\t\t{cpu[0]:.3f}\t\t"
            print(f"{name}\t{threads}\t{label}\t{figures}\t{load:.1f}–{os.getloadavg()[0]:.1f}", flush=True)
    ours.close()
    theirs.close()


if __name__ == "__main__":
    main()
