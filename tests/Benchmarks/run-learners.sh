#!/usr/bin/env bash
# Times the model comparison (learners × five folds, each StandardScaler → model) on WDBC and on a seeded 1257 × 120
# synthetic table, DlRadiomics beside scikit-learn/xgboost on the same folds, single thread and all cores. Both sides
# stay up as serving processes and reference/learner_paired.py alternates their runs, so both see the same load of a
# shared machine; it prints wall-clock and processor seconds and their ratios (reference/ours > 1: we are faster)
# with the load average. Usage: bash tests/Benchmarks/run-learners.sh [REPEATS]   (pairs after a warm-up; default 3)
set -euo pipefail
export PYTHONWARNINGS=ignore  # scikit-learn's MLP convergence warnings from joblib's worker processes
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release >/dev/null
dll=bin/Release/net10.0/Benchmarks.dll
cp ../DlRadiomics.Tests/Golden/Learning/wdbc.csv "$work/wdbc.csv"
dotnet "$dll" learners synth "$work/synthetic.csv"
echo "start: $(uptime)"
printf 'table\tthreads\tlearner\tours wall s\treference wall s\twall ratio\tours cpu s\treference cpu s\tcpu ratio\tload 1 min\n'
for table in wdbc:malignant synthetic:outcome; do
  /usr/bin/python3 reference/learner_paired.py "$work/${table%%:*}.csv" "${table##*:}" "$dll" "${1:-3}"
done
echo "end: $(uptime)"
