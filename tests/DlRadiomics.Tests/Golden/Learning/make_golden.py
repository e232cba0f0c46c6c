"""Data, fold assignments and reference predictions for the learners in DlRadiomics.Learning.

Run with the Debian interpreter from this folder (after make_pima.R):  /usr/bin/python3 make_golden.py
(or ./regenerate.sh, which runs both).

Writes
- wdbc.csv: scikit-learn's copy of the Wisconsin diagnostic breast-cancer data (load_breast_cancer, 569 x 30), the
  feature names with '_' for ' ', the outcome column `malignant` (1 = malignant, 0 = benign: scikit-learn's `target`
  is 1 = benign, so malignant = 1 - target) and `fold`, the test fold (0-4) of each row under
  StratifiedKFold(n_splits=5, shuffle=True, random_state=0).split(X, malignant).
- pima.csv gets the same `fold` column (written by make_pima.R without it; outcome `diabetes`).
- versions.json: the tool versions that produced these files.
"""
import json
import os
import platform
import subprocess

import numpy as np
import pandas as pd
import scipy
import sklearn
import xgboost
from sklearn.datasets import load_breast_cancer
from sklearn.model_selection import StratifiedKFold

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDS = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)


def fold_column(X, y):
    fold = np.full(len(y), -1)
    for k, (_, test) in enumerate(FOLDS.split(X, y)):
        fold[test] = k
    assert (fold >= 0).all()
    return fold


def write_data(name, frame):
    frame.to_csv(os.path.join(HERE, name), index=False, float_format="%.17g")


bc = load_breast_cancer()
wdbc = pd.DataFrame(bc.data, columns=[n.replace(" ", "_") for n in bc.feature_names])
wdbc["malignant"] = 1 - bc.target
wdbc["fold"] = fold_column(bc.data, wdbc["malignant"].values)
write_data("wdbc.csv", wdbc)

pima = pd.read_csv(os.path.join(HERE, "pima.csv"))
if "fold" in pima:
    pima = pima.drop(columns="fold")
pima["fold"] = fold_column(pima.drop(columns="diabetes").values, pima["diabetes"].values)
write_data("pima.csv", pima)

r_versions = subprocess.run(["Rscript", "-e", "cat(as.character(getRversion()), as.character(packageVersion('MASS')))"],
                            capture_output=True, text=True, check=True).stdout.split()
with open(os.path.join(HERE, "versions.json"), "w") as f:
    json.dump({"R": r_versions[0], "MASS": r_versions[1], "python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__,
               "pandas": pd.__version__, "sklearn": sklearn.__version__, "xgboost": xgboost.__version__}, f, indent=1)

# ---- reference predictions: each learner inside Pipeline(StandardScaler -> model), fitted on the training rows of
# each fold only; test-fold P(outcome = 1) and AUC.
import warnings

import xgboost as xgb
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

# The options beside the defaults: XGBoost with row/column subsampling checks that parameters and the seed reach
# libxgboost. The default LogisticRegression (lbfgs) stops on scipy's ftol = 64 eps, up to ~1.4e-4 from the optimum on
# WDBC whatever its tol; lr_optimum is the same objective solved by newton-cg to a 1e-12 gradient tolerance.
LEARNERS = {
    "lr": lambda: LogisticRegression(),
    "lr_optimum": lambda: LogisticRegression(solver="newton-cg", tol=1e-12, max_iter=10000),
    "svm": lambda: SVC(probability=True, random_state=0),
    "knn": lambda: KNeighborsClassifier(),
    "xgb": lambda: xgb.XGBClassifier(random_state=0),
    "xgb_subsampled": lambda: xgb.XGBClassifier(n_estimators=50, max_depth=3, learning_rate=0.1, subsample=0.8,
                                                colsample_bytree=0.7, min_child_weight=2, reg_lambda=2.0,
                                                random_state=7),
}


def floats(a):
    return [float(v) for v in np.asarray(a, dtype=float).ravel()]


def golden(name, frame, outcome):
    X = frame.drop(columns=[outcome, "fold"]).values.astype(float)
    y = frame[outcome].values.astype(int)
    folds = []
    for k in range(5):
        train, test = np.where(frame["fold"].values != k)[0], np.where(frame["fold"].values == k)[0]
        entry = {"fold": k, "test": [int(i) for i in test]}
        for learner, make in LEARNERS.items():
            pipe = make_pipeline(StandardScaler(), make())
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                pipe.fit(X[train], y[train])
            model = pipe[-1]
            p = pipe.predict_proba(X[test])[:, 1]
            result = {"proba": floats(p), "auc": float(roc_auc_score(y[test], p)),
                      "warnings": sorted({str(w.message).split("\n")[0] for w in caught})}
            if learner.startswith("lr"):
                result.update(coef=floats(model.coef_), intercept=float(model.intercept_[0]), n_iter=int(model.n_iter_[0]))
            if learner == "svm":
                result.update(decision=floats(pipe.decision_function(X[test])), n_support=[int(v) for v in model.n_support_],
                              intercept=float(model.intercept_[0]), prob_a=float(model.probA_[0]),
                              prob_b=float(model.probB_[0]), gamma=float(model._gamma))
            if learner.startswith("xgb"):
                result.update(params={k2: v for k2, v in model.get_params().items() if v is not None and k2 != "missing"},
                              config=json.loads(model.get_booster().save_config()))
            entry[learner] = result
        folds.append(entry)
    with open(os.path.join(HERE, f"{name}_golden.json"), "w") as f:
        json.dump({"dataset": name, "outcome": outcome, "folds": folds}, f, indent=None, separators=(",", ":"))
    for learner in LEARNERS:
        aucs = [fo[learner]["auc"] for fo in folds]
        print(f"{name} {learner}: mean AUC {np.mean(aucs):.4f}", [round(a, 4) for a in aucs])
    gap = max(max(abs(a - b) for a, b in zip(fo["lr"]["coef"] + [fo["lr"]["intercept"]],
                                               fo["lr_optimum"]["coef"] + [fo["lr_optimum"]["intercept"]])) for fo in folds)
    print(f"{name}: largest |default lbfgs - optimum| over LR coefficients {gap:.2e}")


golden("wdbc", wdbc, "malignant")
golden("pima", pima, "diabetes")
