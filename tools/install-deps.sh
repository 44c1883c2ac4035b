#!/usr/bin/env bash
# Installs, from Debian 12's archive, what Passerelle needs to build, run and test.
# Does nothing when everything is already there.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql
  qt6-charts-dev qt6-pdf-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libqt6svg6
  fonts-dejavu-core xvfb xauth poppler-utils postgresql sqlite3 libsqlite3-dev
  libsodium-dev libxlsxwriter-dev zlib1g-dev unzip
  dpkg-dev file desktop-file-utils appstream man-db
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installation des paquets manquants : ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
