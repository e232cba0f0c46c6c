#!/usr/bin/env bash
# Checks that the Native AOT executable of dlr behaves as the JIT-compiled one: publishes both (framework-dependent
# JIT and -p:PublishAot=true) into WORK_DIR, runs every verb on a small synthetic cohort (and the IBSI phantom of
# ../shared when present) with each, and compares exit codes, standard output, standard error and every file written,
# byte for byte (the two install folders and output folders replaced by placeholders). Exit code 1 on any difference.
# Native AOT needs clang and zlib1g-dev (environment/setup.sh installs them).
# Usage, from anywhere:  bash tests/Benchmarks/check-native-dlr.sh [WORK_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
shared=${DLR_SHARED:-$(cd "$root/.." && pwd)/shared}
work=${1:-$(mktemp -d)}
mkdir -p "$work"
work=$(cd "$work" && pwd)

echo "== publishing dlr (JIT and Native AOT) into $work"
dotnet publish "$root/lib/DlRadiomics.Cli" -c Release -o "$work/jit" >"$work/jit-publish.log" 2>&1 \
  || { tail -5 "$work/jit-publish.log"; exit 1; }
dotnet publish "$root/lib/DlRadiomics.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" >"$work/aot-publish.log" 2>&1 \
  || { tail -5 "$work/aot-publish.log"; exit 1; }
if grep -q "analysis warning IL" "$work/aot-publish.log"; then
  echo "trimming or AOT analysis warnings (the native build may differ where they point):"
  grep -o "[^ ]*analysis warning IL[0-9]*: [^:]*" "$work/aot-publish.log" | sort -u
fi

echo "== synthetic cohort"
s="$work/synth"
[ -f "$s/dataset.json" ] || "$work/jit/dlr" synth --out "$s" --patients 40 --recurrence-patients 16 --reliability 8 --images --dicom >/dev/null
c="$s/surgical-risk"
printf 'ID,Image,Mask\n' >"$work/disc.csv"
awk -F, 'NR > 1 && $2 == "sagittal" && $7 == "disc" && $8 == 1 && $9 == 1 { print $1 "," $5 "," $6 }' "$c/images.csv" \
  | sed "s|,images/|,$c/images/|g" >>"$work/disc.csv"
cat >"$work/resampled.yaml" <<'YAML'
setting:
  normalize: true
  normalizeScale: 100
  binCount: 32
  resampledPixelSpacing: [1, 1, 1]
  interpolator: sitkBSpline
imageType:
  Original: {}
  LoG: {sigma: [1.0, 2.0]}
  Wavelet: {}
YAML

run_all() { # build
  local b=$1 o="$work/out-$1"
  rm -rf "$o"; mkdir -p "$o"; cd "$o"
  local dlr="$work/$b/dlr" n=0
  run() { n=$((n + 1)); local name=$(printf '%02d-%s' $n "$1"); shift
    set +e; "$dlr" "$@" >"$name.out" 2>"$name.err"; echo $? >"$name.rc"; set -e; }
  run help --help
  run synth-help synth --help
  run validate validate "$c/clinical.csv" --schema clinical
  run baseline stats baseline --data "$c/clinical.csv" --group Surgery
  run roc stats roc --data "$c/clinical.csv" --outcome Surgery --score Age
  run logit stats logit --data "$c/clinical.csv" --outcome Surgery --predictors Age,BMI,VAS,ODI,Sex --univariate --out logit.csv
  run logit-firth stats logit --data "$c/clinical.csv" --outcome Surgery --predictors Age,BMI,VAS --firth --ci profile
  run lasso-logistic stats lasso --data "$c/clinical.csv" --outcome Surgery --features Age,BMI,VAS,ODI,LLA,LSA --kind logistic --folds 5 --out lasso-logistic.json
  run lasso-linear stats lasso --data "$c/clinical.csv" --outcome Surgery --features Age,BMI,VAS,ODI,LLA,LSA --folds 5 --seed 3 --out lasso-linear.json
  run learn learn compare --train "$c/clinical.csv" --outcome Surgery --features Age,BMI,VAS,ODI,LLA,LSA --learners lr,svm,knn,dt,rf,et,xgb,mlp,lgbm --folds 3 --out learn.json
  run extract-one extract --image "$c/images/P0001/sagittal_T2W_TSE.nii.gz" --mask "$c/images/P0001/sagittal_disc_rater1_repeat1.nii.gz" --out one.csv
  run extract-dicom extract --image "$c/dicom/P0001/sagittal" --mask "$c/images/P0001/sagittal_disc_rater1_repeat1.nii.gz" --out dicom.csv
  run extract-filters extract --manifest "$work/disc.csv" --params "$work/resampled.yaml" --out filters.csv --jobs 2
  run shard1 extract --manifest "$work/disc.csv" --shard 1/2 --out shard1.csv
  run shard2 extract --manifest "$work/disc.csv" --shard 2/2 --out shard2.csv
  run merge merge --manifest "$work/disc.csv" --out merged.csv shard1.csv shard2.csv
  run extract-missing extract --image missing.nii.gz --mask missing.nii.gz --out missing.csv
  run convert convert --dicom "$c/dicom/P0001/sagittal" --out converted.nii.gz
  run deep deep --manifest "$c/images.csv" --plane sagittal --out deep.csv --threads 1
  [ -d "$shared/reference/ibsi/digital_phantom" ] && run ibsi ibsi --phantom "$shared/reference/ibsi/digital_phantom"
  run usage stats roc --data x.csv
  cd "$work"
  grep -rl "$work" "$o" | xargs -r sed -i "s|$work/$b/|BUILD/|g; s|$o/|OUT/|g; s|$o|OUT|g"
}

echo "== every verb with each build"
run_all jit
run_all aot
if diff -r "$work/out-jit" "$work/out-aot" >"$work/differences.txt"; then
  echo "identical: $(ls "$work/out-jit" | wc -l) files (exit codes, standard output and error, outputs)"
else
  echo "the native build differs:"; head -40 "$work/differences.txt"; exit 1
fi
