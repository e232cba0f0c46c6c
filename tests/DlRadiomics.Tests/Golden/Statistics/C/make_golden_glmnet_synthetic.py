"""Golden glmnet paths for two seeded tables that the C# tests rebuild with NumpyRandomState: independent features
(coordinate descent converges fast) and features sharing one strong factor (pairwise correlation ~0.9, where
coordinate descent crawls and the solver finishes with exact Newton steps).

Table recipe, row by row: f ~ N(0,1); x_ij = r*f + sqrt(1 - r^2)*N(0,1) for j = 0..p-1; then per row
e ~ N(0,1), y = [sum_j<5 w_j x_ij + e > 0] with w = (1, -0.8, 0.6, -0.4, 0.2). All draws are numpy RandomState
standard normals in that order.

Run:  /usr/bin/python3 make_golden_glmnet_synthetic.py   (from this folder; calls Rscript with glmnet)
"""
import json, os, subprocess, tempfile
import numpy as np

CASES = {"independent": dict(seed=11, rows=300, features=40, r=0.0),
         "shared_factor": dict(seed=12, rows=300, features=40, r=0.95)}
WEIGHTS = [1.0, -0.8, 0.6, -0.4, 0.2]

R_SCRIPT = r"""
suppressPackageStartupMessages({ library(glmnet); library(jsonlite) })
a <- commandArgs(trailingOnly = TRUE)
d <- as.matrix(read.csv(a[1], header = FALSE)); p <- ncol(d) - 1
fit <- glmnet(d[, 1:p], d[, p + 1], family = "binomial", thresh = 1e-14, maxit = 1e7)
write_json(list(R = R.version.string, glmnet = as.character(packageVersion("glmnet")), lambda = fit$lambda,
                a0 = unname(fit$a0), beta = unname(as.matrix(fit$beta)), dev_ratio = fit$dev.ratio),
           a[2], digits = NA)
"""


def table(seed, rows, features, r):
    rs = np.random.RandomState(seed)
    x = np.empty((rows, features))
    for i in range(rows):
        f = rs.standard_normal()
        for j in range(features):
            x[i, j] = r * f + np.sqrt(1 - r * r) * rs.standard_normal()
    y = np.empty(rows)
    for i in range(rows):
        e = rs.standard_normal()
        y[i] = 1.0 if sum(w * x[i, j] for j, w in enumerate(WEIGHTS)) + e > 0 else 0.0
    return x, y


out = {"versions": {"numpy": np.__version__}, "weights": WEIGHTS}
with tempfile.TemporaryDirectory() as tmp:
    script = os.path.join(tmp, "path.R")
    open(script, "w").write(R_SCRIPT)
    for name, spec in CASES.items():
        x, y = table(**spec)
        csv, res = os.path.join(tmp, name + ".csv"), os.path.join(tmp, name + ".json")
        np.savetxt(csv, np.column_stack([x, y]), delimiter=",", fmt="%.17g")
        subprocess.run(["Rscript", script, csv, res], check=True)
        fit = json.load(open(res))
        out["versions"]["R"] = fit.pop("R")[0]
        out["versions"]["glmnet"] = fit.pop("glmnet")[0]
        out[name] = dict(spec, **fit)
json.dump(out, open("glmnet_synthetic.json", "w"))
print({k: len(out[k]["lambda"]) for k in CASES})
