"""Wilson score intervals of binned calibration points, from statsmodels (run with /usr/bin/python3)."""
import csv, sys
import statsmodels
from statsmodels.stats.proportion import proportion_confint

cases = [(8, 10), (0, 7), (7, 7), (3, 25), (50, 100), (1, 3)]
w = csv.writer(sys.stdout, lineterminator="\n")
source = f"statsmodels {statsmodels.__version__} proportion_confint(method=wilson, alpha=0.05)"
w.writerow(["events", "n", "lower", "upper", "source"])
for k, n in cases:
    lo, hi = proportion_confint(k, n, alpha=0.05, method="wilson")
    w.writerow([k, n, repr(float(lo)), repr(float(hi)), source])
