"""scikit-learn / xgboost side of run-learners.sh: the same nine learners, each in make_pipeline(StandardScaler(), model)
with the library defaults DlRadiomics reproduces, fitted on the training rows of each of the table's five folds (its
0-based 'fold' column) and predicting the test fold, timed single-threaded and with all cores; then all of them.

Usage: /usr/bin/python3 reference/learner_timing.py TABLE.csv OUTCOME
Prints tab-separated lines "dataset threads learner seconds" (the faster of 2 runs after a warm-up run), a "versions" line and
"missing <learner>: <reason>" for a reference library that is not installed.
"""
import os
import sys
import time
import warnings

import numpy as np
import pandas as pd
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

REPEATS = 2
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
        return [fit_fold(m, X, y, fold, k) for m in makes for k in folds]
    return Parallel(n_jobs=-1)(delayed(fit_fold)(m, X, y, fold, k) for m in makes for k in folds)


def seconds(makes, X, y, fold, n_jobs):
    run(makes, X, y, fold, n_jobs)
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        run(makes, X, y, fold, n_jobs)
        times.append(time.perf_counter() - start)
    return min(times)


def main():
    table, outcome = sys.argv[1], sys.argv[2]
    frame = pd.read_csv(table)
    X = frame.drop(columns=[outcome, "fold"]).values.astype(float)
    y = frame[outcome].values.astype(int)
    fold = frame["fold"].values.astype(int)
    name = os.path.splitext(os.path.basename(table))[0]
    import xgboost
    print(f"versions\tpython {sys.version.split()[0]}, scikit-learn {sklearn.__version__}, xgboost {xgboost.__version__}, numpy {np.__version__}")
    for label, n_jobs in (("1", 1), ("all", -1)):
        made, missing = learners(1 if n_jobs == 1 else None)
        for learner, make in made.items():
            print(f"{name}\t{label}\t{learner}\t{seconds([make], X, y, fold, n_jobs):.4f}", flush=True)
        print(f"{name}\t{label}\tall nine\t{seconds(list(made.values()), X, y, fold, n_jobs):.4f}", flush=True)
    for learner, reason in missing.items():
        print(f"missing\t{learner}: {reason}")


if __name__ == "__main__":
    main()
