"""Prints a BenchmarkDotNet CSV report beside reference timings measured in the same session.

Usage: /usr/bin/python3 reference/report.py BENCHMARK-report.csv REFERENCE.tsv
REFERENCE.tsv has tab-separated lines: "versions <text>" (printed), "missing <text>" (a reference tool that is not
installed, printed), "<name>DefaultThresh <ms>" and "<name>DefaultThreshError <value>" (glmnet at its default
threshold, printed as notes), and "<benchmark method> <median ms>".
"""
import csv
import sys

UNITS = {"ns": 1e-6, "μs": 1e-3, "us": 1e-3, "ms": 1.0, "s": 1000.0}

ours = {}
for row in csv.DictReader(open(sys.argv[1])):
    value, unit = row["Mean"].replace(",", "").split()
    ours[row["Method"]] = float(value) * UNITS[unit]
reference = {}
for line in open(sys.argv[2]):
    parts = line.rstrip("\n").split("\t")
    if parts[0] == "versions":
        print("reference:", parts[1])
    elif parts[0] == "missing":
        print("reference tool not installed:", parts[1])
    elif parts[0].endswith("DefaultThresh"):
        print(f"{parts[0]}: glmnet with its default thresh=1e-7 takes {float(parts[1]):.2f} ms")
    elif parts[0].endswith("DefaultThreshError"):
        print(f"{parts[0]}: ... and its coefficients are off by up to {parts[1]}")
    elif len(parts) == 2:
        reference[parts[0]] = float(parts[1])
width = max([26] + [len(name) for name in ours])
print(f"{'benchmark':{width}s} {'DlRadiomics ms':>15s} {'reference ms':>13s} {'reference/ours':>15s}")
for name, ms in ours.items():
    r = reference.get(name)
    print(f"{name:{width}s} {ms:15.4f} {r if r is not None else float('nan'):13.4f} {r / ms if r else float('nan'):15.2f}")
