"""Reference predictions of scikit-learn's decision tree, random forest, extra trees and MLP for DlRadiomics.Learning.

Run with the Debian interpreter from this folder, after make_golden.py has written wdbc.csv and pima.csv (with their
`fold` columns):  /usr/bin/python3 make_golden_trees_mlp.py

For each data set and each test fold k, Pipeline(StandardScaler -> model) is fitted on the rows with fold != k and
predicts the rows with fold == k. Every model uses scikit-learn 1.2's defaults with random_state=0.
Writes trees_mlp_golden.json:
  versions: the tool versions;
  <dataset>.<learner>: foldAuc (per test fold), meanAuc, oofProbability (each row's P(y=1) from the model that did not
  see it), and for fold 0 the model details: featureImportances (trees), nodeCount and depth (dt), nIter and loss (mlp).
"""
import json
import os
import platform
import warnings

import numpy as np
import pandas as pd
import scipy
import sklearn
from sklearn.ensemble import ExtraTreesClassifier, RandomForestClassifier
from sklearn.exceptions import ConvergenceWarning
from sklearn.metrics import roc_auc_score
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier

HERE = os.path.dirname(os.path.abspath(__file__))
DATASETS = {"wdbc": "malignant", "pima": "diabetes"}
LEARNERS = {
    "dt": lambda: DecisionTreeClassifier(random_state=0),
    "rf": lambda: RandomForestClassifier(random_state=0),
    "et": lambda: ExtraTreesClassifier(random_state=0),
    "mlp": lambda: MLPClassifier(random_state=0),
}


def details(name, model):
    if name == "dt":
        return {"featureImportances": model.feature_importances_.tolist(), "nodeCount": int(model.tree_.node_count),
                "depth": int(model.get_depth())}
    if name in ("rf", "et"):
        return {"featureImportances": model.feature_importances_.tolist()}
    return {"nIter": int(model.n_iter_), "loss": float(model.loss_)}


out = {"versions": {"python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__,
                    "sklearn": sklearn.__version__}}
warnings.simplefilter("ignore", ConvergenceWarning)
for dataset, outcome in DATASETS.items():
    frame = pd.read_csv(os.path.join(HERE, f"{dataset}.csv"))
    X = frame.drop(columns=[outcome, "fold"]).to_numpy(dtype=float)
    y = frame[outcome].to_numpy()
    fold = frame["fold"].to_numpy()
    out[dataset] = {}
    for name, make in LEARNERS.items():
        oof = np.full(len(y), np.nan)
        aucs = []
        for k in range(fold.max() + 1):
            train, test = fold != k, fold == k
            pipe = Pipeline([("scale", StandardScaler()), ("model", make())]).fit(X[train], y[train])
            oof[test] = pipe.predict_proba(X[test])[:, 1]
            aucs.append(roc_auc_score(y[test], oof[test]))
            if k == 0:
                fold0 = details(name, pipe.named_steps["model"])
        out[dataset][name] = {"foldAuc": aucs, "meanAuc": float(np.mean(aucs)), "oofProbability": oof.tolist(), "fold0": fold0}
        print(f"{dataset} {name}: mean AUC {np.mean(aucs):.4f}  folds {np.round(aucs, 4).tolist()}")

with open(os.path.join(HERE, "trees_mlp_golden.json"), "w") as f:
    json.dump(out, f, indent=1)
