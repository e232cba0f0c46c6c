#!/usr/bin/env bash
# Runs DiscriminationBenchmarks (BenchmarkDotNet, short job) and the pROC timing script in the same session and
# prints DlRadiomics time, pROC time and their ratio per benchmark.
set -euo pipefail
cd "$(dirname "$0")"
dotnet run -c Release -- --filter '*DiscriminationBenchmarks*' --job short --exporters csv >/tmp/dlr-discrimination-bench.log
report=$(ls -t BenchmarkDotNet.Artifacts/results/*DiscriminationBenchmarks-report.csv | head -1)
Rscript reference/delong_timing.R >/tmp/dlr-discrimination-proc.tsv
/usr/bin/python3 reference/report.py "$report" /tmp/dlr-discrimination-proc.tsv
