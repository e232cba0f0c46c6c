#!/usr/bin/env bash
# Installs the Debian packages the notebooks and tests use (idempotent; needs root or sudo for apt-get).
# Tools only used to regenerate golden values live in tests/DlRadiomics.Tests/Golden/install-reference-tools.sh.
set -euo pipefail
packages=(python3 python3-nbformat python3-jupyter-client jupyter-nbconvert dcmtk python3-pydicom python3-nibabel python3-numpy)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "setup: installing ${missing[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "setup: Debian packages present"
