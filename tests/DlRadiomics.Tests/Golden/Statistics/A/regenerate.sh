#!/usr/bin/env bash
# Regenerates every golden file of this folder from the reference tools (Debian python3-scipy/-statsmodels/-sklearn,
# r-base-core, r-cran-rms). Order matters: the Python script writes wdbc.csv, R writes mtcars/infert/esoph.csv.
set -euo pipefail
cd "$(dirname "$0")"
/usr/bin/python3 make_golden_python.py
Rscript make_golden_r.R
/usr/bin/python3 make_golden_python.py
Rscript make_golden_baseline.R
/usr/bin/python3 make_golden_separation.py
Rscript make_golden_hoslem_ties.R
