"""Golden values for MutualInformationRadscore (the recurrence study's Radscore), from scikit-learn and statsmodels.

Run with the Debian interpreter:  /usr/bin/python3 make_golden_mi_radscore.py   (writes mi_radscore.json next to it)
Data: wdbc_raw.csv of this folder (scikit-learn's breast-cancer table, 569 x 30, target 1 = benign).

The procedure, step for step as the class documents it, each step by the reference tool:
  1. StandardScaler fitted on the training rows (population SD);
  2. mutual_info_classif(Z_train, y_train, n_neighbors=3, random_state=seed) on the z-scored training rows;
  3. features ranked by mutual information (largest first, ties by column order); a feature is passed over when
     constant or when |Pearson r| > 0.99 with one already kept (np.corrcoef on Z_train), until `top` are kept;
  4. an unpenalised logistic regression of y on the kept z-scored columns with an intercept (statsmodels Logit,
     Newton's method to 1e-12, the exact maximum-likelihood estimate; each case is checked to be unseparated);
  5. the Radscore of any row = the model's linear predictor on that row z-scored with the training means and SDs.
"""
import json
import os
import platform

import numpy as np
import scipy
import sklearn
import statsmodels
import statsmodels.api as sm
from sklearn.feature_selection import mutual_info_classif
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
VERSIONS = {"python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__,
            "sklearn": sklearn.__version__, "statsmodels": statsmodels.__version__}

with open(os.path.join(HERE, "wdbc_raw.csv")) as f:
    header = f.readline().strip().split(",")
table = np.loadtxt(os.path.join(HERE, "wdbc_raw.csv"), delimiter=",", skiprows=1)
names, X, target = header[:-1], table[:, :-1], table[:, -1].astype(int)


def radscore(columns, train, test, y, top, seed):
    offered = [names[c] for c in columns]
    scaler = StandardScaler().fit(X[np.ix_(train, columns)])
    z_train, z_test = scaler.transform(X[np.ix_(train, columns)]), scaler.transform(X[np.ix_(test, columns)])
    mi = mutual_info_classif(z_train, y[train], n_neighbors=3, random_state=seed)
    r = np.corrcoef(z_train, rowvar=False)
    ranked = sorted(range(len(columns)), key=lambda j: (-mi[j], j))
    kept = []
    for j in ranked:
        if len(kept) == top:
            break
        if np.all(z_train[:, j] == z_train[0, j]) or any(abs(r[k, j]) > 0.99 for k in kept):
            continue
        kept.append(j)
    fit = sm.Logit(y[train], sm.add_constant(z_train[:, kept])).fit(method="newton", tol=1e-12, maxiter=100, disp=0)
    assert fit.mle_retvals["converged"], "the logistic fit did not converge"
    assert np.all(np.abs(fit.params) < 20) and np.all(fit.bse < 10), f"diverging estimates (separation): {fit.params} {fit.bse}"
    return {
        "features": offered, "top": top, "seed": seed, "train": [int(i) for i in train], "test": [int(i) for i in test],
        "y": [int(v) for v in y],
        "mutual_information": mi.tolist(),
        "passed_over": [offered[j] for j in ranked[:ranked.index(kept[-1])] if j not in kept],
        "selected": [offered[j] for j in kept],
        "intercept": float(fit.params[0]), "coefficients": fit.params[1:].tolist(),
        "standard_errors": fit.bse.tolist(),
        "log_likelihood": float(fit.llf),
        "train_scores": (sm.add_constant(z_train[:, kept]) @ fit.params).tolist(),
        "test_scores": (sm.add_constant(z_test[:, kept], has_constant="add") @ fit.params).tolist(),
    }


all_rows = np.arange(len(target))
train, test = train_test_split(all_rows, test_size=0.3, stratify=target, random_state=0)
cases = {"wdbc_split_top4_seed0": radscore(list(range(len(names))), np.sort(train), np.sort(test), target, top=4, seed=0)}

# The recurrence study's size: 170 patients, 39 events (here malignant, outcome 1 - target), five of the weaker
# texture, smoothness, symmetry and fractal-dimension features (the size features separate 170 patients).
rng = np.random.RandomState(7)
events = rng.choice(np.flatnonzero(target == 0), 39, replace=False)
others = rng.choice(np.flatnonzero(target == 1), 131, replace=False)
small = np.sort(np.concatenate([events, others]))
rest = np.setdiff1d(all_rows, small)
weak = [j for j, name in enumerate(names) if any(w in name for w in ("texture", "smoothness", "symmetry", "fractal_dimension"))]
cases["recurrence_size_top5_seed7"] = radscore(weak, small, rest, 1 - target, top=5, seed=7)

with open(os.path.join(HERE, "mi_radscore.json"), "w") as f:
    json.dump({"versions": VERSIONS, "neighbors": 3, "correlation_limit": 0.99, "cases": cases}, f, indent=1)
print("written", VERSIONS)
for key, case in cases.items():
    print(key, case["selected"], "passed over", case["passed_over"], case["intercept"], case["coefficients"], case["standard_errors"])
