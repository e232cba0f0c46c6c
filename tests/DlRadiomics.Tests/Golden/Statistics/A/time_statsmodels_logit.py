"""Times statsmodels Logit (Newton) on a CSV whose last column is the 0/1 outcome; prints JSON with the median time.

Used by tests/Benchmarks/LogisticRegressionBenchmarks.cs, which writes the data and calls:
    /usr/bin/python3 time_statsmodels_logit.py data.csv [repeats]
"""
import json, sys, time
import numpy as np, statsmodels, statsmodels.api as sm

data = np.loadtxt(sys.argv[1], delimiter=",", skiprows=1)
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 7
X, y = sm.add_constant(data[:, :-1]), data[:, -1]
times = []
for _ in range(repeats):
    t0 = time.perf_counter()
    res = sm.Logit(y, X).fit(method="newton", disp=0)
    _ = res.bse  # standard errors are part of the result being compared
    times.append(time.perf_counter() - t0)
print(json.dumps({"statsmodels": statsmodels.__version__, "numpy": np.__version__, "median_ms": 1000 * float(np.median(times)),
                  "min_ms": 1000 * float(np.min(times)), "iterations": int(res.mle_retvals["iterations"]), "llf": float(res.llf)}))
