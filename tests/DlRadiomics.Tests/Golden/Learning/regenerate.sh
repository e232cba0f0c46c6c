#!/usr/bin/env bash
# Regenerates every file of this folder from the reference tools (Debian r-base-core with MASS, python3-sklearn,
# python3-xgboost). R first: make_golden.py reads pima.csv.
set -euo pipefail
cd "$(dirname "$0")"
Rscript make_pima.R
/usr/bin/python3 make_golden.py
/usr/bin/python3 make_golden_trees_mlp.py
