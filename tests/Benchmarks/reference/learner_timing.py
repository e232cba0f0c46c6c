"""scikit-learn / xgboost side of run-learners.sh: the same learners, each in make_pipeline(StandardScaler(), model) with
the library defaults DlRadiomics reproduces, fitted on the training rows of each of the table's five folds (its
0-based 'fold' column) and predicting the test fold, single-threaded or with all cores; timed on request so that
learner_paired.py can alternate these runs with DlRadiomics'.

Usage: /usr/bin/python3 reference/learner_timing.py TABLE.csv OUTCOME
Prints a "versions" line and "missing <learner>: <reason>" for a reference library that is not installed, then reads
requests "LEARNERS THREADS" (comma-separated short names; "1" or "all") from stdin and answers each with
"WALL_SECONDS CPU_SECONDS". Processor time is user + system time of this process and its joblib workers over the run.
Single-threaded runs also hold numpy's and OpenMP's thread pools to one thread (threadpoolctl).
"""
import os
import sys
import time
import warnings

import numpy as np
import pandas as pd
import psutil
import sklearn
from joblib import Parallel, delayed
from sklearn.ensemble import ExtraTreesClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.neighbors import KNeighborsClassifier
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.tree import DecisionTreeClassifier
from threadpoolctl import threadpool_limits

warnings.filterwarnings("ignore")


def learners(n_jobs):
    made = {
        "lr": lambda: LogisticRegression(),
        "svm": lambda: SVC(probability=True, random_state=0),
        "knn": lambda: KNeighborsClassifier(),
        "dt": lambda: DecisionTreeClassifier(random_state=0),
        "rf": lambda: RandomForestClassifier(random_state=0, n_jobs=n_jobs),
        "et": lambda: ExtraTreesClassifier(random_state=0, n_jobs=n_jobs),
        "mlp": lambda: MLPClassifier(random_state=0),
    }
    missing = {}
    try:
        import xgboost
        made["xgb"] = lambda: xgboost.XGBClassifier(random_state=0, n_jobs=n_jobs)
    except ImportError as e:
        missing["xgb"] = str(e)
    try:
        import lightgbm
        made["lgbm"] = lambda: lightgbm.LGBMClassifier(random_state=0, n_jobs=n_jobs, verbose=-1)
    except ImportError as e:
        missing["lgbm"] = f"python lightgbm is not installed ({e})"
    return made, missing


def fit_fold(make, X, y, fold, k):
    train, test = fold != k, fold == k
    pipe = make_pipeline(StandardScaler(), make())
    pipe.fit(X[train], y[train])
    return roc_auc_score(y[test], pipe.predict_proba(X[test])[:, 1])


def run(makes, X, y, fold, n_jobs):
    folds = sorted(set(fold))
    if n_jobs == 1:
        with threadpool_limits(1):
            return [fit_fold(m, X, y, fold, k) for m in makes for k in folds]
    return Parallel(n_jobs=-1)(delayed(fit_fold)(m, X, y, fold, k) for m in makes for k in folds)


def cpu_seconds():
    """User + system seconds of this process and its live children (joblib's worker processes).

    This process's own time comes from the clock_gettime process clock (nanoseconds), as ours from getrusage: /proc's
    10 ms ticks would round a 0.02 s learner to 0.02 or 0.03. The workers' time can only come from /proc.
    """
    total = time.process_time()
    for p in psutil.Process().children(recursive=True):
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except psutil.NoSuchProcess:
            pass
    return total


def main():
    table, outcome = sys.argv[1], sys.argv[2]
    frame = pd.read_csv(table)
    X = frame.drop(columns=[outcome, "fold"]).values.astype(float)
    y = frame[outcome].values.astype(int)
    fold = frame["fold"].values.astype(int)
    import xgboost
    print(f"versions\tpython {sys.version.split()[0]}, scikit-learn {sklearn.__version__}, xgboost {xgboost.__version__}, numpy {np.__version__}")
    made = {label: learners(1 if label == "1" else None) for label in ("1", "all")}
    for learner, reason in made["1"][1].items():
        print(f"missing\t{learner}: {reason}")
    print("ready", flush=True)
    for request in sys.stdin:
        names, label = request.split()
        chosen = [made[label][0][name] for name in names.split(",")]
        cpu, start = cpu_seconds(), time.perf_counter()
        run(chosen, X, y, fold, 1 if label == "1" else -1)
        wall = time.perf_counter() - start
        print(f"{wall:.4f} {cpu_seconds() - cpu:.4f}", flush=True)


if __name__ == "__main__":
    main()
