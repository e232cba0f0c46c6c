#!/usr/bin/env bash
# Runs DiscriminationBenchmarks (BenchmarkDotNet, short job) and the pROC timing script in the same session and
# prints DlRadiomics time, pROC time and their ratio per benchmark.
set -euo pipefail
cd "$(dirname "$0")"
dotnet run -c Release -- --filter '*DiscriminationBenchmarks*' --job short --exporters csv >/tmp/dlr-discrimination-bench.log
report=$(ls -t BenchmarkDotNet.Artifacts/results/*DiscriminationBenchmarks-report.csv | head -1)
Rscript reference/delong_timing.R >/tmp/dlr-discrimination-proc.tsv
/usr/bin/python3 - "$report" /tmp/dlr-discrimination-proc.tsv <<'PY'
import csv, sys
units = {"ns": 1e-6, "μs": 1e-3, "us": 1e-3, "ms": 1.0, "s": 1000.0}
ours = {}
for row in csv.DictReader(open(sys.argv[1])):
    value, unit = row["Mean"].replace(",", "").split()
    ours[row["Method"]] = float(value) * units[unit]
proc = {}
for line in open(sys.argv[2]):
    parts = line.rstrip("\n").split("\t")
    if parts[0] in ours: proc[parts[0]] = float(parts[1])
    elif parts[0] == "versions": print("reference:", parts[1])
print(f"{'benchmark':26s} {'DlRadiomics ms':>15s} {'pROC ms':>10s} {'pROC/ours':>10s}")
for name, ms in ours.items():
    r = proc.get(name)
    print(f"{name:26s} {ms:15.4f} {r if r is not None else float('nan'):10.4f} {r / ms if r else float('nan'):10.1f}")
PY
