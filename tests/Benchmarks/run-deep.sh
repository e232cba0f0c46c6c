#!/usr/bin/env bash
# Deep-feature throughput: the random-weight ResNeXt50_32x4d (regenerated into .cache/deep/ when absent) through
# DlRadiomics' extractor (ROI preprocessing + ONNX Runtime) and its forward pass alone, beside PyTorch CPU's forward
# pass on the same network inputs in the same session; then the embedded ResNet18. Images/s; same threads for both.
#   bash tests/Benchmarks/run-deep.sh [N=32] [BATCH=8] [THREADS=2]
set -euo pipefail
cd "$(dirname "$0")"
n=${1:-32}; batch=${2:-8}; threads=${3:-2}
root=$(cd ../.. && pwd)
golden="$root/tests/DlRadiomics.Tests/Golden/Deep"
model="$root/.cache/deep/resnext50_32x4d_random.onnx"
[ -f "$model" ] || /usr/bin/python3 "$golden/make_golden_deep.py" --model-only "$model"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release >/dev/null
echo "# $(uptime)"
echo "# $(nproc) cores; N=$n images, batch $batch, $threads threads"
printf 'network\tengine\tstage\timages\tseconds\timages/s\n'
dotnet bin/Release/net10.0/Benchmarks.dll deep "$model" "$golden" "$n" "$batch" "$threads" "$work/resnext"
/usr/bin/python3 reference/deep_timing.py "$work/resnext_inputs.npy" "$work/resnext_features.npy" "$batch" "$threads"
dotnet bin/Release/net10.0/Benchmarks.dll deep resnet18 "$golden" "$n" "$batch" "$threads" "$work/resnet18"
echo "# $(uptime)"
