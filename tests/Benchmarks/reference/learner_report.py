"""Prints run-learners.sh's table: per data set, thread setting and learner, DlRadiomics' seconds, the reference's
(scikit-learn / xgboost) and reference/ours (above 1: we are faster).

Usage: /usr/bin/python3 reference/learner_report.py OURS.tsv REFERENCE.tsv
"""
import sys


def read(path):
    times, notes = {}, []
    for line in open(path):
        parts = line.rstrip("\n").split("\t")
        if len(parts) == 4:
            times[tuple(parts[:3])] = float(parts[3])
        elif parts and parts[0] in ("versions", "missing"):
            notes.append(f"{parts[0]}: {parts[1]}")
    return times, notes


ours, our_notes = read(sys.argv[1])
reference, reference_notes = read(sys.argv[2])
for note in reference_notes:
    print("reference", note)
for note in our_notes:
    print("DlRadiomics", note)
print(f"{'data set':10s} {'threads':7s} {'learner':9s} {'ours s':>9s} {'reference s':>12s} {'reference/ours':>15s}")
for key, seconds in ours.items():
    r = reference.get(key)
    ratio = f"{r / seconds:15.2f}" if r is not None and seconds > 0 else "n/a".rjust(15)
    theirs = f"{r:12.3f}" if r is not None else "n/a".rjust(12)
    print(f"{key[0]:10s} {key[1]:7s} {key[2]:9s} {seconds:9.3f} {theirs} {ratio}")
