#!/usr/bin/env bash
# Runs LassoBenchmarks (BenchmarkDotNet, short job) and the scikit-learn LassoCV timing script in the same session
# and the glmnet path timing (same table) and prints DlRadiomics time, reference time and their ratio.
set -euo pipefail
cd "$(dirname "$0")"
dotnet run -c Release -- --filter '*LassoBenchmarks*' --job short --exporters csv >/tmp/dlr-lasso-bench.log
report=$(ls -t BenchmarkDotNet.Artifacts/results/*LassoBenchmarks-report.csv | head -1)
/usr/bin/python3 reference/lasso_timing.py >/tmp/dlr-lasso-sklearn.tsv
Rscript reference/glmnet_path_timing.R /tmp/dlr-lasso-bench.csv /tmp/dlr-lasso-bench-correlated.csv >>/tmp/dlr-lasso-sklearn.tsv
/usr/bin/python3 reference/report.py "$report" /tmp/dlr-lasso-sklearn.tsv
