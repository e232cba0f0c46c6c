#!/usr/bin/env bash
# Installs the Debian packages the notebooks and tests use (idempotent; needs root or sudo for apt-get). slurm-wlm and
# munge serve the single-node Slurm that SlurmArrayTests starts (environment/slurm/local-cluster.sh).
# jupyter-notebook (the classic Notebook 6.4) and chromium serve the front-end test (ClassicNotebookFrontEndTests:
# the notebooks run from the browser UI), chromium also the PNG export of figures. DLR_INSTALL_CHROMIUM=0 leaves
# chromium out (1-2 minutes of install); that test and PNG export are then skipped with a message. Tools only used to
# regenerate golden values live in tests/DlRadiomics.Tests/Golden/install-reference-tools.sh.
set -euo pipefail
packages=(python3 python3-nbformat python3-jupyter-client jupyter-nbconvert dcmtk python3-pydicom python3-nibabel python3-numpy libxgboost0 slurm-wlm munge)
# PyTorch regenerates the random-weight ResNeXt50_32x4d of the deep-feature equivalence tests (.cache/deep/).
packages+=(python3-torch python3-torchvision python3-onnx)
packages+=(jupyter-notebook)
if [ "${DLR_INSTALL_CHROMIUM:-1}" = "1" ]; then packages+=(chromium); fi
# Native AOT publishing of dlr (tests/Benchmarks/run-radiomics-vs-pyradiomics.sh) links with clang and zlib.
packages+=(clang zlib1g-dev)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "setup: installing ${missing[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if command -v chromium >/dev/null 2>&1; then echo "setup: chromium present (figure PNG export on)"; else echo "setup: chromium absent (figure PNG export and the front-end test skipped; setup.sh without DLR_INSTALL_CHROMIUM=0 installs it)"; fi
echo "setup: Debian packages present"
