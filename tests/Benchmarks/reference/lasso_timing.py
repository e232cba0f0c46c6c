"""Times scikit-learn LassoCV (100 alphas, KFold(10), defaults) on the table LassoBenchmarks fits.

Run with the Debian interpreter: /usr/bin/python3 reference/lasso_timing.py
Prints tab-separated lines: versions, then <benchmark name> <median ms>.
"""
import platform
import time

import numpy as np
import sklearn
from sklearn.linear_model import LassoCV
from sklearn.model_selection import KFold

PATIENTS, FEATURES, SEED = 1257, 200, 2024
rng = np.random.RandomState(SEED)
X = rng.standard_normal((PATIENTS, FEATURES))
eta = rng.standard_normal(PATIENTS) + X[:, :10] @ (1.0 / np.arange(1, 11))
y = (eta > 0).astype(float)

times = []
for _ in range(7):
    t0 = time.perf_counter()
    model = LassoCV(cv=KFold(10), n_alphas=100).fit(X, y)
    times.append((time.perf_counter() - t0) * 1000)
print(f"versions\tpython {platform.python_version()}, numpy {np.__version__}, sklearn {sklearn.__version__}")
print(f"LassoCvTenFold\t{np.median(times):.3f}")
print(f"alpha\t{model.alpha_!r}")

# The same table for reference/glmnet_path_timing.R (R cannot draw numpy's stream).
np.savetxt("/tmp/dlr-lasso-bench.csv", np.column_stack([X, y]), delimiter=",", fmt="%.17g")

# LassoBenchmarks.CorrelatedTable: 20 families of 10 features sharing a factor (loading 0.9), seed 2025.
rng = np.random.RandomState(2025)
Xc = np.empty((PATIENTS, FEATURES))
for i in range(PATIENTS):
    factors = rng.standard_normal(20)
    Xc[i] = 0.9 * np.repeat(factors, FEATURES // 20) + np.sqrt(1 - 0.9 * 0.9) * rng.standard_normal(FEATURES)
yc = (rng.standard_normal(PATIENTS) + Xc[:, :10] @ (1.0 / np.arange(1, 11)) > 0).astype(float)
np.savetxt("/tmp/dlr-lasso-bench-correlated.csv", np.column_stack([Xc, yc]), delimiter=",", fmt="%.17g")
