#!/usr/bin/env bash
# Times the model comparison (nine learners × five folds, each StandardScaler → model) on WDBC and on a seeded
# 1257 × 120 synthetic table, DlRadiomics beside scikit-learn/xgboost on the same folds in the same session, single
# thread and all cores, and prints the seconds and their ratio (reference/ours > 1: we are faster).
set -euo pipefail
export PYTHONWARNINGS=ignore  # scikit-learn's MLP convergence warnings from joblib's worker processes
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release >/dev/null
bench() { dotnet bin/Release/net10.0/Benchmarks.dll learners "$@"; }
cp ../DlRadiomics.Tests/Golden/Learning/wdbc.csv "$work/wdbc.csv"
bench synth "$work/synthetic.csv"
for table in wdbc:malignant synthetic:outcome; do
  bench time "$work/${table%%:*}.csv" "${table##*:}" >>"$work/ours.tsv"
  /usr/bin/python3 reference/learner_timing.py "$work/${table%%:*}.csv" "${table##*:}" >>"$work/reference.tsv"
done
/usr/bin/python3 reference/learner_report.py "$work/ours.tsv" "$work/reference.tsv"
