"""Golden values for DlRadiomics.Statistics from SciPy, statsmodels and scikit-learn.

Run from this folder with the Debian interpreter:  /usr/bin/python3 make_golden_python.py
Writes wdbc.csv (subset of scikit-learn's breast-cancer data) and python_golden.json; then run make_golden_r.R,
which reads wdbc.csv and writes mtcars.csv / infert.csv used below (run this script a second time after it).
"""
import json, os, sys
import numpy as np, pandas as pd, scipy, statsmodels, sklearn
from scipy import stats, optimize
import statsmodels.api as sm
from sklearn.datasets import load_breast_cancer
from sklearn.calibration import calibration_curve
from sklearn.metrics import brier_score_loss

bc = load_breast_cancer(as_frame=True).frame
wdbc = pd.DataFrame({
    "mean_radius": bc["mean radius"], "mean_texture": bc["mean texture"], "mean_smoothness": bc["mean smoothness"],
    "mean_concave_points": bc["mean concave points"], "mean_area": bc["mean area"], "worst_concavity": bc["worst concavity"],
    "target": bc["target"]})
wdbc.to_csv("wdbc.csv", index=False, float_format="%.17g")

def L(a): return [float(v) for v in np.asarray(a, dtype=float)]

out = {"versions": {"python": sys.version.split()[0], "numpy": np.__version__, "scipy": scipy.__version__,
                    "statsmodels": statsmodels.__version__, "sklearn": sklearn.__version__}}

# ---- two-sample tests ----
g0, g1 = wdbc[wdbc.target == 0], wdbc[wdbc.target == 1]
pairs = {f"wdbc_{c}": (g0[c].values, g1[c].values) for c in ["mean_radius", "mean_texture", "mean_smoothness", "mean_area"]}
have_r = os.path.exists("mtcars.csv")
if have_r:
    mt = pd.read_csv("mtcars.csv")
    pairs["mtcars_mpg_am"] = (mt.mpg[mt.am == 0].values, mt.mpg[mt.am == 1].values)
    pairs["mtcars_qsec_vs"] = (mt.qsec[mt.vs == 0].values, mt.qsec[mt.vs == 1].values)
two = []
for name, (x, y) in pairs.items():
    st = stats.ttest_ind(x, y); we = stats.ttest_ind(x, y, equal_var=False)
    mw = stats.mannwhitneyu(x, y, alternative="two-sided", method="asymptotic", use_continuity=True)
    two.append({"name": name, "x": L(x), "y": L(y), "student_t": float(st.statistic), "student_p": float(st.pvalue),
                "welch_t": float(we.statistic), "welch_p": float(we.pvalue), "mwu_u": float(mw.statistic), "mwu_p": float(mw.pvalue)})
out["two_sample"] = two

exact = []
rng_sets = {"first8_radius": (g0.mean_radius.values[:8], g1.mean_radius.values[:8]),
            "first5_vs_7_area": (g0.mean_area.values[:5], g1.mean_area.values[:7]),
            "first3_vs_8_texture": (g0.mean_texture.values[:3], g1.mean_texture.values[:8]),
            "first12_vs_10_smoothness": (g0.mean_smoothness.values[:12], g1.mean_smoothness.values[10:20])}
for name, (x, y) in rng_sets.items():
    assert len(np.unique(np.concatenate([x, y]))) == len(x) + len(y), name
    r = stats.mannwhitneyu(x, y, alternative="two-sided", method="exact")
    exact.append({"name": name, "x": L(x), "y": L(y), "u": float(r.statistic), "p": float(r.pvalue)})
out["mwu_exact"] = exact

from sklearn.datasets import load_iris
iris = load_iris(as_frame=True).frame
kw = []
for col in ["sepal length (cm)", "petal width (cm)"]:
    groups = [iris[col][iris.target == k].values for k in range(3)]
    r = stats.kruskal(*groups)
    kw.append({"name": "iris_" + col.split(" (")[0].replace(" ", "_"), "groups": [L(g) for g in groups], "h": float(r.statistic), "p": float(r.pvalue)})
quart = pd.qcut(wdbc.mean_texture, 4, labels=False)
groups = [wdbc.mean_radius[quart == k].values for k in range(4)]
r = stats.kruskal(*groups)
kw.append({"name": "wdbc_radius_by_texture_quartile", "groups": [L(g) for g in groups], "h": float(r.statistic), "p": float(r.pvalue)})
out["kruskal"] = kw

shap = []
for name, x in {"wdbc_radius": wdbc.mean_radius.values, "wdbc_smoothness_benign": g1.mean_smoothness.values,
                "wdbc_texture_first40": wdbc.mean_texture.values[:40], "wdbc_area_first9": wdbc.mean_area.values[:9]}.items():
    r = stats.shapiro(x)
    shap.append({"name": name, "x": L(x), "w": float(r.statistic), "p": float(r.pvalue)})
out["shapiro"] = shap

chi = []
tables = {"wdbc_target_by_concave_bin": pd.crosstab(wdbc.target, pd.cut(wdbc.mean_concave_points, [-1, .01, .05, .1, 1])).values,
          "wdbc_target_by_radius_above_15": pd.crosstab(wdbc.target, wdbc.mean_radius > 15).values,
          "small_2x2": np.array([[3, 1], [1, 3]]), "sparse_2x2": np.array([[12, 0], [5, 9]])}
for name, t in tables.items():
    a = stats.chi2_contingency(t, correction=False); b = stats.chi2_contingency(t, correction=True)
    row = {"name": name, "table": [L(r) for r in t], "statistic": float(a[0]), "p": float(a[1]), "df": int(a[2]),
           "statistic_yates": float(b[0]), "p_yates": float(b[1])}
    if t.shape == (2, 2):
        f = stats.fisher_exact(t)
        row["fisher_odds_ratio"] = float(f[0]) if np.isfinite(f[0]) else None  # None: infinite (a zero off-diagonal cell)
        row["fisher_p"] = float(f[1])
    chi.append(row)
out["chisq"] = chi

# ---- logistic regression (statsmodels Logit, Newton) ----
def term_rows(res, names):
    ci = np.exp(np.asarray(res.conf_int(0.05)))
    b, se, z, p = (np.asarray(v) for v in (res.params, res.bse, res.tvalues, res.pvalues))
    return [{"term": n, "coef": float(b[i]), "se": float(se[i]), "z": float(z[i]), "p": float(p[i]), "or": float(np.exp(b[i])),
             "or_lower": float(ci[i, 0]), "or_upper": float(ci[i, 1])} for i, n in enumerate(names)]

def design(df, predictors, factors, interactions=()):
    cols, names = [np.ones(len(df))], ["(Intercept)"]
    enc = {}
    for p in predictors:
        if p in factors:
            levels = sorted(df[p].astype(str).unique())
            enc[p] = [(f"{p}[{l}]", (df[p].astype(str) == l).astype(float).values) for l in levels[1:]]
        else:
            enc[p] = [(p, df[p].astype(float).values)]
        for n, c in enc[p]: names.append(n); cols.append(c)
    for a, b in interactions:
        for na, ca in enc[a]:
            for nb, cb in enc[b]:
                names.append(f"{na}:{nb}"); cols.append(ca * cb)
    return np.column_stack(cols), names

models = [("wdbc", "wdbc.csv", wdbc, "target", ["mean_radius", "mean_texture", "mean_smoothness"], [], []),
          ("wdbc_interaction", "wdbc.csv", wdbc, "target", ["mean_radius", "mean_texture"], [], [("mean_radius", "mean_texture")])]
for p in ["mean_radius", "mean_texture", "mean_smoothness", "mean_concave_points", "mean_area", "worst_concavity"]:
    models.append((f"wdbc_univariate_{p}", "wdbc.csv", wdbc, "target", [p], [], []))
if have_r:
    inf = pd.read_csv("infert.csv")
    models.append(("infert_factor", "infert.csv", inf, "case", ["age", "parity", "education", "spontaneous", "induced"], ["education"], []))
    models.append(("infert_factor_interaction", "infert.csv", inf, "case", ["age", "spontaneous", "induced"], ["induced"], [("spontaneous", "induced")]))
logit = []
for name, file, df, outcome, preds, factors, inter in models:
    X, names = design(df, preds, factors, inter)
    res = sm.Logit(df[outcome].values.astype(float), X).fit(method="newton", maxiter=100, tol=1e-12, disp=0)
    logit.append({"name": name, "data": file, "outcome": outcome, "predictors": preds + [f"{a}:{b}" for a, b in inter],
                  "factors": factors, "terms": term_rows(res, names), "llf": float(res.llf), "llnull": float(res.llnull),
                  "aic": float(res.aic), "nobs": int(res.nobs)})
out["logit"] = logit

# ---- Firth: maximise l(b) + 1/2 log|X'WX| with a general-purpose optimiser (independent of Newton–Raphson) ----
def firth_fit(X, y):
    def negpen(b):
        eta = X @ b; p = 1 / (1 + np.exp(-eta)); w = p * (1 - p)
        ll = np.sum(y * eta - np.logaddexp(0, eta))
        return -(ll + 0.5 * np.linalg.slogdet(X.T @ (X * w[:, None]))[1])
    def grad(b):
        eta = X @ b; p = 1 / (1 + np.exp(-eta)); w = p * (1 - p)
        info = X.T @ (X * w[:, None]); h = w * np.einsum("ij,jk,ik->i", X, np.linalg.inv(info), X)
        return -(X.T @ (y - p + h * (0.5 - p)))
    r = optimize.minimize(negpen, np.zeros(X.shape[1]), jac=grad, method="BFGS", options={"gtol": 1e-11, "maxiter": 10000})
    b = r.x; p = 1 / (1 + np.exp(-(X @ b))); info = X.T @ (X * (p * (1 - p))[:, None])
    return b, np.sqrt(np.diag(np.linalg.inv(info))), -r.fun, float(np.max(np.abs(grad(b))))
def firth_profile(X, y, b_hat, pll_max, j, level=0.95):
    """Profile penalised-likelihood interval of coefficient j (logistf's pl = TRUE), by brentq on the profile."""
    crit = stats.chi2.ppf(level, 1)
    free = [i for i in range(X.shape[1]) if i != j]
    def profile(bj):
        def negpen(bf):
            b = np.insert(bf, j, bj); eta = X @ b; p = 1 / (1 + np.exp(-eta)); w = p * (1 - p)
            return -(np.sum(y * eta - np.logaddexp(0, eta)) + 0.5 * np.linalg.slogdet(X.T @ (X * w[:, None]))[1])
        def grad(bf):
            b = np.insert(bf, j, bj); eta = X @ b; p = 1 / (1 + np.exp(-eta)); w = p * (1 - p)
            info = X.T @ (X * w[:, None]); h = w * np.einsum("ij,jk,ik->i", X, np.linalg.inv(info), X)
            return -(X.T @ (y - p + h * (0.5 - p)))[free]
        r = optimize.minimize(negpen, b_hat[free], jac=grad, method="BFGS", options={"gtol": 1e-11, "maxiter": 10000})
        return 2 * (pll_max + r.fun) - crit
    se = None
    bounds = []
    for sign in (-1, 1):
        step = 0.5
        while profile(b_hat[j] + sign * step) < 0: step *= 2
        bounds.append(optimize.brentq(lambda b: profile(b), *sorted([b_hat[j], b_hat[j] + sign * step]), xtol=1e-12, rtol=1e-12))
    return bounds

firth = []
firth_models = [("wdbc_firth", "wdbc.csv", wdbc, "target", ["mean_radius", "mean_texture", "mean_smoothness"], [])]
if have_r:
    firth_models.append(("mtcars_vs_cyl_separated", "mtcars.csv", mt, "vs", ["mpg", "cyl"], ["cyl"]))
    firth_models.append(("infert_firth", "infert.csv", inf, "case", ["age", "parity", "spontaneous", "induced"], []))
for name, file, df, outcome, preds, factors in firth_models:
    X, names = design(df, preds, factors)
    b, se, pll, g = firth_fit(X, df[outcome].values.astype(float))
    yv = df[outcome].values.astype(float)
    profiles = [firth_profile(X, yv, b, pll, i) for i in range(len(names))]
    firth.append({"name": name, "data": file, "outcome": outcome, "predictors": preds, "factors": factors, "max_gradient": g,
                  "terms": [{"term": n, "coef": float(b[i]), "se": float(se[i]), "profile_lower": float(profiles[i][0]),
                             "profile_upper": float(profiles[i][1])} for i, n in enumerate(names)], "penalized_llf": float(pll)})
out["firth"] = firth

# ---- calibration curve (quantile and uniform bins) and Brier score on a WDBC model ----
X, _ = design(wdbc, ["mean_texture", "mean_smoothness"], [])
p = sm.Logit(wdbc.target.values.astype(float), X).fit(disp=0).predict(X)
cal = {"y": L(wdbc.target.values), "p": L(p), "brier": float(brier_score_loss(wdbc.target.values, p)), "curves": []}
for strategy in ["quantile", "uniform"]:
    for nb in [5, 10]:
        t, q = calibration_curve(wdbc.target.values, p, n_bins=nb, strategy=strategy)
        cal["curves"].append({"strategy": strategy, "n_bins": nb, "prob_true": L(t), "prob_pred": L(q)})
out["calibration"] = cal

with open("python_golden.json", "w") as fh: json.dump(out, fh, indent=1, allow_nan=False)
print("wrote python_golden.json", "(with R datasets)" if have_r else "(run make_golden_r.R, then this script again)")
