#!/usr/bin/env bash
# Runs LassoBenchmarks (BenchmarkDotNet, short job) and the scikit-learn LassoCV timing script in the same session
# and the glmnet path timing (same table) and prints DlRadiomics time, reference time and their ratio.
set -euo pipefail
cd "$(dirname "$0")"
dotnet run -c Release -- --filter '*LassoBenchmarks*' --job short --exporters csv >/tmp/dlr-lasso-bench.log
report=$(ls -t BenchmarkDotNet.Artifacts/results/*LassoBenchmarks-report.csv | head -1)
/usr/bin/python3 reference/lasso_timing.py >/tmp/dlr-lasso-sklearn.tsv
Rscript reference/glmnet_path_timing.R /tmp/dlr-lasso-bench.csv /tmp/dlr-lasso-bench-correlated.csv >>/tmp/dlr-lasso-sklearn.tsv
/usr/bin/python3 - "$report" /tmp/dlr-lasso-sklearn.tsv <<'PY'
import csv, sys
units = {"ns": 1e-6, "μs": 1e-3, "us": 1e-3, "ms": 1.0, "s": 1000.0}
ours = {}
for row in csv.DictReader(open(sys.argv[1])):
    value, unit = row["Mean"].replace(",", "").split()
    ours[row["Method"]] = float(value) * units[unit]
ref = {}
for line in open(sys.argv[2]):
    parts = line.rstrip("\n").split("\t")
    if parts[0] == "versions": print("reference:", parts[1])
    elif parts[0].endswith("DefaultThresh"): print(f"{parts[0]}: glmnet with its default thresh=1e-7 takes {float(parts[1]):.2f} ms")
    elif parts[0].endswith("DefaultThreshError"): print(f"{parts[0]}: ... and its coefficients are off by up to {parts[1]}")
    elif parts[0] in ours: ref[parts[0]] = float(parts[1])
print(f"{'benchmark':26s} {'DlRadiomics ms':>15s} {'reference ms':>13s} {'reference/ours':>15s}")
for name, ms in ours.items():
    r = ref.get(name)
    print(f"{name:26s} {ms:15.2f} {r if r is not None else float('nan'):13.2f} {r / ms if r else float('nan'):15.2f}")
PY
