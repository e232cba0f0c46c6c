"""Golden values for feature selection, preprocessing and validation splitters, from scikit-learn.

Run with the Debian interpreter:  /usr/bin/python3 make_golden_sklearn.py   (writes next to this file)
Data: scikit-learn's breast-cancer (WDBC) table, 569 patients x 30 features, target 1 = benign.
"""
import json
import os
import platform

import numpy as np
import scipy
import sklearn
from sklearn.datasets import load_breast_cancer
from sklearn.decomposition import PCA
from sklearn.feature_selection import mutual_info_classif
from sklearn.linear_model import LassoCV, lasso_path
from sklearn.metrics import mutual_info_score
from sklearn.model_selection import KFold, RepeatedStratifiedKFold, StratifiedKFold
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
VERSIONS = {"python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__,
            "sklearn": sklearn.__version__}


def dump(name, obj):
    obj = {"versions": VERSIONS, **obj}
    with open(os.path.join(HERE, name), "w") as f:
        json.dump(obj, f, indent=1)


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w") as f:
        f.write(",".join(header) + "\n")
        for r in rows:
            f.write(",".join(repr(float(v)) if not float(v).is_integer() else str(int(v)) if abs(v) < 1e15 else repr(float(v)) for v in r) + "\n")


data = load_breast_cancer()
X, y = data.data.astype(float), data.target.astype(int)
names = [n.replace(" ", "_") for n in data.feature_names]
n, p = X.shape

# Raw table and the z-scored table (StandardScaler fitted on all rows) used by the LASSO goldens.
write_csv("wdbc_raw.csv", names + ["target"], np.column_stack([X, y]))
Z = StandardScaler().fit_transform(X)
with open(os.path.join(HERE, "wdbc_standardized.csv"), "w") as f:
    f.write(",".join(names + ["target"]) + "\n")
    for i in range(n):
        f.write(",".join(repr(float(v)) for v in Z[i]) + f",{y[i]}\n")

# Z-score fitted on the first 400 rows (training), applied to the rest (test).
train, test = np.arange(400), np.arange(400, n)
sc = StandardScaler().fit(X[train])
dump("scaler.json", {
    "train_rows": 400, "mean": sc.mean_.tolist(), "scale_ddof0": sc.scale_.tolist(),
    "scale_ddof1": X[train].std(axis=0, ddof=1).tolist(),
    "test_transformed": sc.transform(X[test]).tolist()})

# PCA on the z-scored training rows (full SVD), applied to the test rows.
Ztr = sc.transform(X[train])
pca = PCA(n_components=5, svd_solver="full").fit(Ztr)
pca_all = PCA(svd_solver="full").fit(Ztr)
dump("pca.json", {
    "train_rows": 400, "n_components": 5, "mean": pca.mean_.tolist(), "components": pca.components_.tolist(),
    "explained_variance": pca.explained_variance_.tolist(),
    "explained_variance_ratio": pca.explained_variance_ratio_.tolist(),
    "singular_values": pca.singular_values_.tolist(),
    "explained_variance_ratio_all": pca_all.explained_variance_ratio_.tolist(),
    "test_transformed": pca.transform(sc.transform(X[test])).tolist()})

# LassoCV on the 0/1 label, 10-fold KFold without shuffling, defaults otherwise (tol 1e-4, max_iter 1000).
def lassocv_case(Xc, yc, folds):
    m = LassoCV(cv=KFold(folds), n_alphas=100, eps=1e-3).fit(Xc, yc)
    path_alphas, path_coefs, _ = lasso_path(Xc - Xc.mean(axis=0), yc - yc.mean(), alphas=m.alphas_)
    return {"folds": folds, "rows": int(len(yc)), "alphas": m.alphas_.tolist(), "mse_path": m.mse_path_.tolist(),
            "alpha": float(m.alpha_), "coef": m.coef_.tolist(), "intercept": float(m.intercept_),
            "path_coefs": path_coefs.tolist()}

dump("lassocv.json", {"features": names,
                      "full": lassocv_case(Z, y.astype(float), 10),
                      "n_less_than_p": lassocv_case(Z[:24], y[:24].astype(float), 4)})

# mutual_info_classif: continuous features (sklearn scales them and adds 1e-10 noise from random_state).
Xd = np.digitize(X[:, 0], np.quantile(X[:, 0], [0.25, 0.5, 0.75]))  # a discrete (quartile) feature
dump("mutual_info.json", {
    "random_state": 0, "n_neighbors": 3, "mi_continuous": mutual_info_classif(X, y, random_state=0).tolist(),
    "mi_continuous_k5_seed7": mutual_info_classif(X, y, n_neighbors=5, random_state=7).tolist(),
    "discrete_feature": Xd.tolist(),
    "mi_discrete": float(mutual_info_classif(Xd.reshape(-1, 1), y, discrete_features=True)[0]),
    "mi_discrete_plugin": float(mutual_info_score(Xd, y))})

# Splitters: RepeatedStratifiedKFold test folds and KFold, as index arrays.
rskf = RepeatedStratifiedKFold(n_splits=10, n_repeats=3, random_state=42)
skf = StratifiedKFold(n_splits=5, shuffle=False)
dump("splitters.json", {
    "y": y.tolist(),
    "repeated_stratified": {"n_splits": 10, "n_repeats": 3, "random_state": 42,
                            "test": [t.tolist() for _, t in rskf.split(X, y)]},
    "stratified_no_shuffle": {"n_splits": 5, "test": [t.tolist() for _, t in skf.split(X, y)]},
    "kfold": {"n_splits": 10, "test": [t.tolist() for _, t in KFold(10).split(X)]}})
print("written", VERSIONS)
