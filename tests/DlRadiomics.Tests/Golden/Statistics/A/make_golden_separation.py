"""Golden values for DlRadiomics.Statistics.Regression.SeparationCheck and the logistic fit's separation warnings.

Run from this folder (after make_golden_r.R, which writes mtcars.csv):  /usr/bin/python3 make_golden_separation.py
Writes separation_golden.json: per case the design (intercept first), the outcome and
- scipy's linear programming (HiGHS): the maximum of Σᵢ aᵢᵀd over aᵢᵀd ≥ 0, −1 ≤ d ≤ 1 with aᵢ = (2yᵢ − 1)xᵢ
  (positive exactly under separation, Konis 2007), per row whether some such d has aᵢᵀd > 0 (the rows that separate),
  and whether one d has every aᵢᵀd > 0 (complete separation);
- what R's glm says (its warnings, converged flag and coefficients) and what statsmodels' Logit says (its exception,
  or its coefficients): both fit the same data; R warns "fitted probabilities numerically 0 or 1 occurred" for
  separated and merely well-separated data alike.
"""
import io, json, subprocess, sys, warnings
import numpy as np, pandas as pd, scipy, statsmodels
import statsmodels.api as sm
from scipy.optimize import linprog

def cases():
    yield "complete_two_predictors", ["x1", "x2"], np.array([[1, 3], [2, 1], [3, 4], [4, 1], [5, 5], [6, 9], [7, 2], [8, 6]], float), np.array([0, 0, 0, 0, 1, 1, 1, 1])
    yield "quasi_tied_boundary", ["x"], np.array([[1], [2], [3], [4], [4], [5], [6], [7]], float), np.array([0, 0, 0, 0, 1, 1, 1, 1])
    mt = pd.read_csv("mtcars.csv")
    yield "mtcars_vs_mpg_cyl_factor", ["mpg", "cyl[6]", "cyl[8]"], np.column_stack([mt.mpg, mt.cyl == 6, mt.cyl == 8]).astype(float), mt.vs.to_numpy()
    yield "overlap_extreme_probabilities", ["x"], np.array([[-40], [-35], [-30], [-2], [-1], [0], [1], [2], [30], [35], [40]], float), np.array([0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1])

def lp(x, y):
    a = (2 * y - 1)[:, None] * x
    k = x.shape[1]
    best = linprog(-a.sum(axis=0), A_ub=-a, b_ub=np.zeros(len(y)), bounds=[(-1, 1)] * k, method="highs")
    rows = [bool(-linprog(-a[i], A_ub=-a, b_ub=np.zeros(len(y)), bounds=[(-1, 1)] * k, method="highs").fun > 1e-9) for i in range(len(y))]
    # complete: max t subject to aᵢᵀd ≥ t, 0 ≤ t ≤ 1
    c = np.zeros(k + 1); c[-1] = -1
    complete = linprog(c, A_ub=np.column_stack([-a, np.ones(len(y))]), b_ub=np.zeros(len(y)), bounds=[(-1, 1)] * k + [(0, 1)], method="highs")
    return {"lp_maximum": float(-best.fun), "separable_rows": rows, "complete": bool(-complete.fun > 1e-9)}

R_FIT = r"""
d <- read.csv(file("stdin")); w <- character(0)
fit <- withCallingHandlers(glm(y ~ ., data = d, family = binomial), warning = function(m) { w <<- c(w, conditionMessage(m)); invokeRestart("muffleWarning") })
cat(R.version.string, "\n", sep = ""); cat(fit$converged, "\n"); cat(sprintf("%.17g", coef(fit)), "\n"); cat(w, sep = "\n")
"""

def r_glm(x, y):
    frame = pd.DataFrame(x, columns=[f"x{j}" for j in range(x.shape[1])]); frame["y"] = y
    out = subprocess.run(["Rscript", "-e", R_FIT], input=frame.to_csv(index=False), capture_output=True, text=True, check=True).stdout.splitlines()
    return out[0], {"converged": out[1].strip() == "TRUE", "coefficients": [float(v) for v in out[2].split()], "warnings": [line for line in out[3:] if line]}

def statsmodels_logit(x, y):
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            fit = sm.Logit(y, sm.add_constant(x, has_constant="add")).fit(disp=0, maxiter=100)
        return {"error": None, "converged": bool(fit.mle_retvals["converged"]), "coefficients": [float(v) for v in fit.params],
                "warnings": sorted({str(c.message).splitlines()[0] for c in caught})}
    except Exception as e:
        return {"error": type(e).__name__, "message": str(e)}

out = {"versions": {"python": sys.version.split()[0], "numpy": np.__version__, "scipy": scipy.__version__, "statsmodels": statsmodels.__version__}, "cases": []}
for name, names, x, y in cases():
    r_version, r = r_glm(x, y)
    out["versions"]["R"] = r_version
    out["cases"].append({"name": name, "names": names, "x": x.tolist(), "y": [int(v) for v in y], **lp(np.column_stack([np.ones(len(y)), x]), y),
                         "r_glm": r, "statsmodels": statsmodels_logit(x, y)})
with open("separation_golden.json", "w") as f:
    json.dump(out, f, indent=1)
print("written", out["versions"])
