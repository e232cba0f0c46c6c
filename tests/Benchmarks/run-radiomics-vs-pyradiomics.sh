#!/usr/bin/env bash
# Side by side: PyRadiomics 3.1 (the reference in ../shared/tools/pyradiomics-reference, built into a temporary folder)
# and `dlr extract` (published as a Native AOT executable into the same folder; needs clang and zlib1g-dev, which
# environment/setup.sh installs) on the same 40-case manifests, each tool run as one whole process per manifest:
# brain1 x40 (PyRadiomics' test case), 40 synthetic sagittal disc ROIs and 40 synthetic axial canal ROIs
# (`dlr synth --images`), PyRadiomics' default settings (107 features, binWidth 25). Then 15 disc and 15 nucleus ROIs
# with normalize, normalizeScale 100, binCount 32 and 1 mm B-spline resampling.
# Every original_* value is compared at 1e-6 relative; per-case times (whole process / cases: wall clock, and processor
# time, which other load on a shared machine disturbs less) and ratios are printed for --jobs 1, both tools pinned to
# one core (taskset -c 0), and --jobs 2; then dlr alone on 400 disc cases (--jobs 1 and 2) and the fixed cost of a dlr
# process (`extract --help`, a one-case batch), from which the Amdahl bound of --jobs 2 on each manifest is printed,
# and a control: brain1's two halves in two single-job processes at once, which shows how many cores the machine gives.
# Load (uptime) is printed with the figures: only ratios of one run compare.
# Usage, from anywhere:  bash tests/Benchmarks/run-radiomics-vs-pyradiomics.sh [WORK_DIR]   (needs root for apt-get)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${DLR_SHARED:-$(cd "$root/.." && pwd)/shared}
work=${1:-$(mktemp -d)}
mkdir -p "$work"
py=/usr/bin/python3
helper="$here/reference/radiomics_side_by_side.py"

echo "== building the PyRadiomics reference and dlr (Native AOT) into $work"
command -v clang >/dev/null && [ -f /usr/include/zlib.h ] \
  || { echo "Native AOT needs clang and zlib1g-dev: run environment/setup.sh"; exit 1; }
bash "$shared/tools/pyradiomics-reference/build.sh" "$work/pyradiomics" >"$work/pyradiomics-build.log" 2>&1 \
  || { tail -5 "$work/pyradiomics-build.log"; exit 1; }
dotnet publish "$root/lib/DlRadiomics.Cli" -c Release -r linux-x64 -p:PublishAot=true \
  -o "$work/dlr" >"$work/dlr-publish.log" 2>&1 || { tail -5 "$work/dlr-publish.log"; exit 1; }
dlr="$work/dlr/dlr"

echo "== synthetic images and manifests"
[ -f "$work/synth/surgical-risk/images.csv" ] || \
  "$dlr" synth --out "$work/synth" --images --patients 40 --recurrence-patients 2 --reliability 0 >/dev/null
$py "$helper" manifests "$work/synth" "$shared" "$work"
cat >"$work/resampled.yaml" <<'YAML'
setting:
  normalize: true
  normalizeScale: 100
  binCount: 32
  resampledPixelSpacing: [1, 1, 1]
  interpolator: sitkBSpline
imageType:
  Original: {}
YAML

: >"$work/times.tsv"
timed() { # manifest tool setting command...: wall-clock and processor (user + system, children included) seconds
  local m=$1 tool=$2 setting=$3; shift 3
  local TIMEFORMAT='%R %U %S' t real user sys
  t=$( { time "$@" >"$work/$m.$tool.$setting.log" 2>&1; } 2>&1 ) \
    || { echo "$tool failed on $m ($setting):"; tail -3 "$work/$m.$tool.$setting.log"; return 1; }
  read -r real user sys <<<"$t"
  echo -e "$m\t$tool\t$setting\t$real\t$($py -c "print($user + $sys)")" >>"$work/times.tsv"
}
pyrad() { local m=$1; shift; "$@" $py "$work/pyradiomics/pyrad_extract.py" ${params:+--params "$params"} --manifest "$work/$m.csv" --out "$work/$m.pyradiomics.csv"; }
ours() { local m=$1 jobs=$2; shift 2; "$@" "$dlr" extract --manifest "$work/$m.csv" ${params:+--params "$params"} --out "$work/$m.dlr.csv" --jobs "$jobs" --force; }

rc=0
for m in brain1 disc canal resampled; do
  params=; [ $m = resampled ] && params="$work/resampled.yaml"
  echo "== $m: load $(cut -d' ' -f1-3 /proc/loadavg)"
  timed $m pyradiomics jobs1 pyrad $m
  timed $m dlr jobs1 ours $m 1
  timed $m dlr jobs2 ours $m 2
  timed $m pyradiomics pinned pyrad $m taskset -c 0
  timed $m dlr pinned ours $m 1 taskset -c 0
  if [ $m = resampled ]; then
    PYTHONPATH="$work/pyradiomics/sitk_stub:$work/pyradiomics/pyradiomics-src" \
      $py "$helper" compare "$work/$m.dlr.csv" "$work/$m.pyradiomics.csv" --explain-ties "$params" "$work/$m.csv" || rc=1
  else
    $py "$helper" compare "$work/$m.dlr.csv" "$work/$m.pyradiomics.csv" || rc=1
  fi
done
echo "== disc400 (the disc manifest 10 times, dlr only) and the fixed cost of a process: load $(cut -d' ' -f1-3 /proc/loadavg)"
timed disc400 dlr jobs1 ours disc400 1
timed disc400 dlr jobs2 ours disc400 2
for _ in 1 2 3 4 5; do
  timed one dlr help "$dlr" extract --help
  timed one dlr jobs1 ours one 1
done
# Control: brain1's two halves in two --jobs 1 processes at once. With two free cores this takes about half the time of
# one process; when it does not, other load leaves this session about one core, and no --jobs 2 can scale.
head -21 "$work/brain1.csv" >"$work/brain1-a.csv"
{ head -1 "$work/brain1.csv"; tail -n +22 "$work/brain1.csv"; } >"$work/brain1-b.csv"
timed halves dlr two-processes bash -c '"$1" extract --manifest "$2-a.csv" --out "$2-a.dlr.csv" --jobs 1 --force &
  "$1" extract --manifest "$2-b.csv" --out "$2-b.dlr.csv" --jobs 1 --force; wait $!' _ "$dlr" "$work/brain1"
echo "== per case (whole process / cases); load now: $(uptime)"
$py "$helper" table "$work/times.tsv"
exit $rc
