#!/bin/sh
# Regenerates every golden file of this folder: scipy/scikit-learn first (writes wdbc.csv), then R pROC/psych.
set -e
cd "$(dirname "$0")"
/usr/bin/python3 golden_python.py
Rscript golden_r.R
