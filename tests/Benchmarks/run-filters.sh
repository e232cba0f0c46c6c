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
/usr/bin/python3 reference/report.py "$report" /tmp/dlr-filter-ref.tsv
