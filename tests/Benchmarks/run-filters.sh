#!/usr/bin/env bash
# Runs FilterBenchmarks (BenchmarkDotNet, short job), scikit-image's LBP and PyWavelets' swtn as PyRadiomics calls
# them (reference/python_filter_timing.py, needs python3-skimage and python3-pywt) and ITK's LoG filter on one thread (reference/itk, needs libinsighttoolkit5-dev, g++ and cmake)
# in the same session on brain1, and prints DlRadiomics time, reference time and their ratio. A reference tool that is
# not installed is reported as missing, not replaced.
set -euo pipefail
cd "$(dirname "$0")"
dotnet run -c Release -- --filter '*FilterBenchmarks*' --job short --exporters csv >/tmp/dlr-filter-bench.log
report=$(ls -t BenchmarkDotNet.Artifacts/results/*FilterBenchmarks-report.csv | head -1)
shared=${DLR_SHARED:-$(cd ../../.. && pwd)/shared}
image="$shared/reference/pyradiomics/brain1_image.nrrd"
: >/tmp/dlr-filter-ref.tsv
/usr/bin/python3 reference/python_filter_timing.py "$image" >>/tmp/dlr-filter-ref.tsv
if command -v cmake >/dev/null && { compgen -G "/usr/lib/cmake/ITK-*" || compgen -G "/usr/lib/*/cmake/ITK-*"; } >/dev/null; then
  build=$(mktemp -d)
  cmake -S reference/itk -B "$build" -DCMAKE_BUILD_TYPE=Release >"$build/cmake.log" && cmake --build "$build" >"$build/build.log"
  "$build/itk_log_timing" "$image" >>/tmp/dlr-filter-ref.tsv
  rm -rf "$build"
else
  echo "missing	ITK (apt-get install libinsighttoolkit5-dev g++ cmake)" >>/tmp/dlr-filter-ref.tsv
fi
/usr/bin/python3 - "$report" /tmp/dlr-filter-ref.tsv <<'PY'
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
    elif parts[0] == "missing": print("reference tool not installed:", parts[1])
    else: ref[parts[0]] = float(parts[1])
print(f"{'benchmark':26s} {'DlRadiomics ms':>15s} {'reference ms':>13s} {'reference/ours':>15s}")
for name, ms in ours.items():
    r = ref.get(name)
    print(f"{name:26s} {ms:15.2f} {r if r is not None else float('nan'):13.2f} {r / ms if r else float('nan'):15.2f}")
PY
