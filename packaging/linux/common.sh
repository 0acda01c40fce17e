# Shared settings for the Linux packaging scripts (sourced, not run).
# shellcheck shell=bash disable=SC2034  # the variables are for the scripts that source this
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
DIST="$ROOT/dist"
BUILD="$ROOT/build"
APP_ID="io.github.lookalike.Lookalike"
VERSION="$("$PYTHON" -c 'import tomllib,sys; print(tomllib.load(open(sys.argv[1],"rb"))["project"]["version"])' "$ROOT/pyproject.toml")"
ARCH="$(dpkg --print-architecture 2>/dev/null || uname -m)"
ONEFOLDER="$DIST/lookalike"
log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
# Apparent size in bytes of a file or folder (what a user sees after unpacking).
size_bytes() { du -sb --apparent-size "$1" | cut -f1; }
mib() { awk -v b="$1" 'BEGIN { printf "%.1f MB (%.1f MiB)", b / 1e6, b / 1048576 }'; }
