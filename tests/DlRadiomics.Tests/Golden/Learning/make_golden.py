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
