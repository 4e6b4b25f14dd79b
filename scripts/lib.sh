#!/usr/bin/env bash
# Shared by scripts/run and scripts/test: install what is missing, configure, build.
set -euo pipefail

COHERENCE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "coherence: need root (or sudo) to install: $*" >&2
    return 1
  fi
}

# Installs the Debian packages listed in scripts/packages.txt, or in the lists given, that are not
# installed yet.
install_missing_packages() {
  local wanted missing=() lists=("$@")
  [ ${#lists[@]} -gt 0 ] || lists=("$COHERENCE_ROOT/scripts/packages.txt")
  wanted=$(cat "${lists[@]}" | grep -v '^\s*#' | grep -v '^\s*$')
  for pkg in $wanted; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "coherence: installing ${missing[*]}" >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# configure_and_build PRESET [extra cmake args...]
configure_and_build() {
  local preset=$1
  shift
  cmake --preset "$preset" -S "$COHERENCE_ROOT" "$@" >/dev/null
  cmake --build --preset "$preset" -j "${COHERENCE_JOBS:-2}"
}
