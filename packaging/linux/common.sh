# Shared settings for the Linux packaging scripts (sourced, not run).
# shellcheck shell=bash disable=SC2034  # the variables are for the scripts that source this
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
command -v "$PYTHON" >/dev/null || {
  echo "no Python at $PYTHON: make the venv first (python3 -m venv .venv && .venv/bin/pip install -e '.[package]')" >&2
  exit 1
}
DIST="$ROOT/dist"
BUILD="$ROOT/build"
APP_ID="io.github.lookalike.Lookalike"
VERSION="$("$PYTHON" -c 'import tomllib,sys; print(tomllib.load(open(sys.argv[1],"rb"))["project"]["version"])' "$ROOT/pyproject.toml")"
# Where the project lives and who answers for the .deb. pyproject.toml's [project.urls] Homepage and
# its first `maintainers` (or `authors`) entry with an email win when they exist. Until then: these
# placeholders, which match the app id io.github.lookalike.Lookalike. The metainfo and the NSIS
# script name the same homepage (ci.sh checks).
project_meta() {  # homepage | maintainer: from pyproject.toml, empty when it has none
  "$PYTHON" - "$ROOT/pyproject.toml" "$1" <<'PY'
import sys, tomllib
project = tomllib.load(open(sys.argv[1], "rb"))["project"]
if sys.argv[2] == "homepage":
    print(project.get("urls", {}).get("Homepage", ""))
else:
    people = [p for p in project.get("maintainers", []) + project.get("authors", []) if p.get("email")]
    print(f"{people[0].get('name', 'Lookalike')} <{people[0]['email']}>" if people else "")
PY
}
HOMEPAGE="$(project_meta homepage)"
HOMEPAGE="${HOMEPAGE:-https://github.com/lookalike/lookalike}"
MAINTAINER="$(project_meta maintainer)"
MAINTAINER="${MAINTAINER:-The Lookalike developers <lookalike@users.noreply.github.com>}"
ARCH="$(dpkg --print-architecture 2>/dev/null || uname -m)"
ONEFOLDER="$DIST/lookalike"
log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
# Apparent size in bytes of a file or folder (what a user sees after unpacking).
size_bytes() { du -sb --apparent-size "$1" | cut -f1; }
mib() { awk -v b="$1" 'BEGIN { printf "%.1f MB (%.1f MiB)", b / 1e6, b / 1048576 }'; }
# Install Debian packages as root on a machine that may never have run `apt-get update` (a fresh
# CI machine has no package lists): refresh the lists once per script, non-interactively.
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  if [ -z "${APT_LISTS_FRESH:-}" ]; then
    log "apt-get update"
    apt-get update -qq >/dev/null
    APT_LISTS_FRESH=1
  fi
  log "apt-get install $*"
  apt-get install -y -qq "$@" >/dev/null
}
# Whether Lookalike is already installed on this machine, from our .deb (in any dpkg state) or by
# hand: the install test must neither overwrite nor purge someone's installation.
existing_installation() {
  local state
  state="$(dpkg-query -W -f='${db:Status-Status}' lookalike 2>/dev/null || true)"
  if [ -n "$state" ] && [ "$state" != not-installed ]; then
    echo "the lookalike package is installed (dpkg state: $state)"
  elif [ -e /opt/lookalike ] || [ -e /usr/bin/lookalike ]; then
    echo "/opt/lookalike or /usr/bin/lookalike exists (not from the package)"
  else
    return 1
  fi
}
