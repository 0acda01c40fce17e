#!/usr/bin/env bash
# List the system libraries the one-folder build still needs from the machine it runs on:
# every ELF file in the bundle, resolved with the bundle first on the library path. Prints
# "not found" lines for libraries this machine lacks (install them, or add them to the .deb's
# Depends in make_deb.sh).   usage: check_libs.sh [ONEFOLDER]
set -euo pipefail
# shellcheck source=packaging/linux/common.sh
source "$(dirname "$0")/common.sh"
dir="$(cd "${1:-$ONEFOLDER}" && pwd)"
internal="$dir/_internal"
find "$dir" -type f -print0 | xargs -0 file | awk -F: '/ELF/ {print $1}' | while read -r elf; do
  LD_LIBRARY_PATH="$internal:$internal/PySide6/Qt/lib" ldd "$elf" 2>/dev/null || true
done | awk -v dir="$dir" '/=>/ && index($3, dir) != 1 {print $1, ($3 == "not" ? "NOT FOUND" : $3)}' | sort -u
