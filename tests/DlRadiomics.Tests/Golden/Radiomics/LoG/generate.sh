#!/bin/sh
# Regenerates the LoG fixtures and goldens with ITK (Debian: apt-get install libinsighttoolkit5-dev g++ cmake):
#   tests/DlRadiomics.Tests/Golden/Radiomics/LoG/generate.sh /work/shared/reference/pyradiomics
# Builds log_golden.cxx in a temporary folder, writes the inputs to Fixtures/Radiomics/LoG and one gzip NRRD per
# (input, sigma) here, listed in log_goldens.csv with the ITK and compiler versions (column Generator, also in each NRRD header).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
reference=${1:?usage: generate.sh PYRADIOMICS_REFERENCE_DIR (holding brain1_image.nrrd and brain1_label.nrrd)}
fixtures="$here/../../../Fixtures/Radiomics/LoG"
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release > "$build/cmake.log"
cmake --build "$build" > "$build/build.log"
tool="$build/log_golden"

mkdir -p "$fixtures"
"$tool" fixtures "$reference/brain1_image.nrrd" "$reference/brain1_label.nrrd" "$fixtures"
rm -f "$here"/*.nrrd
manifest="$here/log_goldens.csv"
generator="$("$tool" versions): LaplacianRecursiveGaussianImageFilter<Image<input pixel type 3>, Image<float 3>> NormalizeAcrossScale on"
echo "Input,Sigma,Golden,Generator" > "$manifest"
run() {
  input=$1; sigma=$2
  golden="${input%.nrrd}_log_sigma_$sigma.nrrd"
  "$tool" filter "$fixtures/$input" "$sigma" "$here/$golden"
  echo "$input,$sigma,$golden,\"$generator\"" >> "$manifest"
}
# brain1_crop: 36 x 36 x 8, spacing 0.78125 0.78125 6.5; sigma 27.0 is the largest the x axis allows (27.5 is not).
for sigma in 0.5 1.0 2.0 3.0 27.0; do run brain1_crop.nrrd $sigma; done
# synthetic_anisotropic: 28 x 22 x 10, spacing 0.6 0.9 2.2; sigma 16.0 is the largest the x axis allows.
for sigma in 0.5 1.0 2.0 3.0 16.0; do run synthetic_anisotropic.nrrd $sigma; done
