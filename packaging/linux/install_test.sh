#!/usr/bin/env bash
# Install the .deb on this machine with `dpkg -i`, run Lookalike from /usr/bin, check the installed
# desktop integration, then remove the package again (unless --keep).
#   sudo packaging/linux/install_test.sh [DEB] [--keep]
# The package's system dependencies are installed with apt-get first, so that `dpkg -i` itself
# installs cleanly, as it would on a desktop that has them.
set -euo pipefail
# shellcheck source=packaging/linux/common.sh
source "$(dirname "$0")/common.sh"
deb="$DIST/lookalike_${VERSION}_${ARCH}.deb"; keep=0
for arg in "$@"; do case "$arg" in --keep) keep=1 ;; *) deb="$arg" ;; esac; done
[ "$(id -u)" = 0 ] || { echo "run as root (dpkg -i)" >&2; exit 2; }
[ -f "$deb" ] || { echo "no package at $deb; run packaging/linux/make_deb.sh" >&2; exit 1; }

if reason="$(existing_installation)"; then
  echo "not testing the .deb here: $reason; remove it first (dpkg --purge lookalike)" >&2
  exit 1
fi

missing=()
for dep in $(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/(.*)//; s/ //g'); do
  dpkg -s "$dep" >/dev/null 2>&1 || missing+=("$dep")
done
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"

# From here on the machine is changed: whatever happens (a failed check, a half-done dpkg -i, an
# interrupt), the package is purged again and the purge is checked, unless --keep.
work="$(mktemp -d)"
cleanup() {
  local status=$?
  if [ "$keep" != 1 ]; then
    log "dpkg --purge lookalike"
    dpkg --purge lookalike >/dev/null || status=1
    if [ -e /opt/lookalike ] || [ -e /usr/bin/lookalike ] || [ -e "/usr/share/applications/$APP_ID.desktop" ]; then
      echo "dpkg --purge left files behind" >&2
      status=1
    fi
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log "dpkg -i $(basename "$deb")"
dpkg -i "$deb" >/dev/null

log "installed files"
for path in /usr/bin/lookalike /opt/lookalike/lookalike "/usr/share/applications/$APP_ID.desktop" \
  "/usr/share/metainfo/$APP_ID.metainfo.xml" "/usr/share/icons/hicolor/256x256/apps/$APP_ID.png" \
  "/usr/share/icons/hicolor/48x48/apps/$APP_ID.png"; do
  [ -e "$path" ] || { echo "missing after install: $path" >&2; exit 1; }
done
[ "$(command -v lookalike)" = /usr/bin/lookalike ] || { echo "lookalike is not /usr/bin/lookalike on PATH" >&2; exit 1; }
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "/usr/share/applications/$APP_ID.desktop"
fi

log "smoke test of /usr/bin/lookalike"
"$PYTHON" "$ROOT/packaging/smoke_test.py" /usr/bin/lookalike --require-gui

shot="$work/installed.png"
log "/usr/bin/lookalike --demo --screenshot $shot (offscreen)"
(cd / && QT_QPA_PLATFORM=offscreen /usr/bin/lookalike --demo --screenshot "$shot")
[ -s "$shot" ] || { echo "no screenshot" >&2; exit 1; }
if command -v xvfb-run >/dev/null; then
  log "/usr/bin/lookalike --demo --screenshot under Xvfb (the real X11 platform plugin)"
  rm -f "$shot"
  (cd / && QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" /usr/bin/lookalike --demo --screenshot "$shot")
  [ -s "$shot" ] || { echo "no screenshot under Xvfb" >&2; exit 1; }
fi
log "installed package works ($(mib "$(size_bytes "$shot")") screenshot)"
