"""Golden values of scipy and scikit-learn for the discrimination, correlation and decision-curve code.

Run from this folder with the Debian interpreter:  /usr/bin/python3 golden_python.py
Writes wdbc.csv (scikit-learn's breast-cancer data, outcome malignant = 1) and python_golden.csv
(rows: case,quantity,value), and ranks the rows in the order the tests read them. Tool versions are the first rows.
"""
import csv
import sys

import numpy as np
import scipy
import scipy.stats as st
import sklearn
from sklearn.datasets import load_breast_cancer
from sklearn.metrics import roc_curve, roc_auc_score, confusion_matrix, f1_score, accuracy_score

rows = []


def put(case, quantity, value):
    rows.append((case, quantity, repr(float(value)) if not isinstance(value, str) else value))


put("versions", "python", sys.version.split()[0])
put("versions", "numpy", np.__version__)
put("versions", "scipy", scipy.__version__)
put("versions", "sklearn", sklearn.__version__)

data = load_breast_cancer()
names = [n.replace(" ", "_") for n in data.feature_names]
X = data.data
y = (data.target == 0).astype(int)  # malignant = 1

with open("wdbc.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["malignant"] + names)
    for i in range(X.shape[0]):
        w.writerow([y[i]] + [repr(float(v)) for v in X[i]])

col = {n: X[:, i] for i, n in enumerate(names)}

# --- correlation: scipy pearsonr / spearmanr (average ranks for ties) ---
pairs = [("mean_radius", "mean_texture"), ("mean_radius", "mean_perimeter"), ("mean_concavity", "mean_concave_points"),
         ("mean_smoothness", "mean_fractal_dimension"), ("concavity_error", "worst_symmetry"), ("mean_texture", "symmetry_error")]
for a, b in pairs:
    case = f"corr:{a}:{b}"
    r, p = st.pearsonr(col[a], col[b])
    put(case, "pearson_r", r)
    put(case, "pearson_p", p)
    rho, ps = st.spearmanr(col[a], col[b])
    put(case, "spearman_r", rho)
    put(case, "spearman_p", ps)

# Heavy ties: the values rounded to one decimal.
a = np.round(col["mean_concavity"], 1)
b = np.round(col["worst_concavity"], 1)
rho, ps = st.spearmanr(a, b)
put("corr:rounded_concavity", "spearman_r", rho)
put("corr:rounded_concavity", "spearman_p", ps)
with open("ties.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["mean_concavity_1dp", "worst_concavity_1dp"])
    for u, v in zip(a, b):
        w.writerow([repr(float(u)), repr(float(v))])

# Matrix over the first ten features.
first10 = names[:10]
rho = st.spearmanr(X[:, :10]).correlation
for i in range(10):
    for j in range(10):
        put("spearman_matrix", f"{first10[i]}:{first10[j]}", rho[i, j])

# Redundancy filter reference (independent implementation of the documented rule):
# repeat: among the current features find pairs with |rho| > 0.9; if none, stop; drop the feature with the most such
# partners, ties -> larger mean |rho| to the other current features, ties -> later in input order.
absr = np.abs(st.spearmanr(X).correlation)
current = list(range(X.shape[1]))
step = 0
while True:
    counts = {i: sum(1 for j in current if j != i and absr[i, j] > 0.9) for i in current}
    if max(counts.values()) == 0:
        break
    means = {i: np.mean([absr[i, j] for j in current if j != i]) for i in current}
    drop = max(current, key=lambda i: (counts[i], means[i], i))
    put("redundancy", f"removed_{step}", names[drop])
    current.remove(drop)
    step += 1
put("redundancy", "kept", ";".join(names[i] for i in current))

# --- ROC points and AUC: sklearn roc_curve (drop_intermediate=False) / roc_auc_score ---
for s in ["mean_radius", "mean_texture", "mean_smoothness", "mean_fractal_dimension", "worst_concave_points"]:
    case = f"sklearn_roc:{s}"
    put(case, "auc", roc_auc_score(y, col[s]))
    fpr, tpr, thr = roc_curve(y, col[s], drop_intermediate=False)
    put(case, "points", len(thr))
    # scikit-learn lists thresholds descending; its first threshold is a sentinel above the maximum.
    # Youden's J the usual scikit-learn way: the first (highest) threshold maximising tpr - fpr.
    j = tpr - fpr
    put(case, "youden_threshold", thr[int(np.argmax(j))])
    put(case, "youden_ties", int(np.sum(j == j.max())))
    for k in range(1, len(thr)):
        put(case, f"thr_{k}", thr[k])
        put(case, f"tpr_{k}", tpr[k])
        put(case, f"fpr_{k}", fpr[k])

# --- metrics at thresholds (positive when score >= threshold) ---
for s, t in [("mean_radius", 15.0), ("worst_concave_points", 0.1423), ("mean_texture", 20.0)]:
    case = f"metrics:{s}:{t}"
    pred = (col[s] >= t).astype(int)
    tn, fp, fn, tp = confusion_matrix(y, pred).ravel()
    put(case, "tp", tp); put(case, "fp", fp); put(case, "tn", tn); put(case, "fn", fn)
    put(case, "accuracy", accuracy_score(y, pred))
    put(case, "sensitivity", tp / (tp + fn))
    put(case, "specificity", tn / (tn + fp))
    put(case, "ppv", tp / (tp + fp))
    put(case, "npv", tn / (tn + fn))
    put(case, "f1", f1_score(y, pred))

# --- decision curve (Vickers & Elkin 2006; dcurves/rmda): positive when p >= pt ---
# A model probability: logistic transform of a standardised score, fixed so the golden does not depend on a fit.
z = (col["worst_concave_points"] - col["worst_concave_points"].mean()) / col["worst_concave_points"].std()
prob = 1 / (1 + np.exp(-(z * 2.5 - 0.6)))
with open("dca_model.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["malignant", "probability"])
    for u, v in zip(y, prob):
        w.writerow([u, repr(float(v))])
n = len(y)
prev = y.mean()
for k in range(1, 100):
    pt = k / 100
    pred = prob >= pt
    tp = np.sum(pred & (y == 1)); fp = np.sum(pred & (y == 0))
    nb = tp / n - fp / n * pt / (1 - pt)
    put("dca", f"model_{k}", nb)
    put("dca", f"all_{k}", prev - (1 - prev) * pt / (1 - pt))
    put("dca", f"snb_{k}", nb / prev)

with open("python_golden.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["case", "quantity", "value"])
    w.writerows(rows)
print(f"{len(rows)} golden values")
