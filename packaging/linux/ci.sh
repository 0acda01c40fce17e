#!/usr/bin/env bash
# What CI runs for packaging on Linux (called from .ci/run after the tests):
#   1. install the build tools: PyInstaller (the `package` extra); when root and missing, with apt:
#      dpkg-deb, binutils, file, gcc (x265 stub), desktop-file-utils, appstream, Xvfb, NSIS
#   2. build the one-folder app                          -> dist/lookalike/
#   3. smoke-test the frozen build (version, HEIC/AVIF/WebP scan, trash round trip, demo screenshot),
#      the version conversion (packaging/version.py) and the licence notices in the bundle
#   4. check the size budget (one-folder <= 250 MB unpacked, .deb <= 90 MB)
#   5. build the .deb with fast compression               -> dist/lookalike_VERSION_ARCH.deb
#   6. validate the .desktop file (and the AppStream metainfo when appstreamcli is there)
#   7. compile the Windows NSIS script against this one-folder layout (uncompressed: a script check)
#   8. as root: dpkg -i the .deb, run /usr/bin/lookalike (smoke test + screenshot), dpkg --purge
#      (always purged, even when a check fails; skipped if Lookalike is already installed here)
# About 2-3 minutes on a 2-core machine. LOOKALIKE_SKIP_INSTALL_TEST=1 skips step 8.
set -euo pipefail
# shellcheck source=packaging/linux/common.sh
source "$(dirname "$0")/common.sh"
cd "$ROOT"
started=$SECONDS
MAX_ONEFOLDER=$((250 * 1000 * 1000))
MAX_DEB=$((90 * 1000 * 1000))

if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  need=()
  command -v dpkg-deb >/dev/null || need+=(dpkg)
  command -v objdump >/dev/null || need+=(binutils)
  command -v file >/dev/null || need+=(file)
  command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
  command -v appstreamcli >/dev/null || need+=(appstream)
  command -v xvfb-run >/dev/null || need+=(xvfb xauth)
  command -v makensis >/dev/null || need+=(nsis)
  command -v cc >/dev/null || need+=(gcc)   # the decode-only x265 stub (lookalike.spec)
  [ ${#need[@]} -eq 0 ] || apt_install "${need[@]}"
fi
for tool in dpkg-deb objdump file desktop-file-validate; do
  command -v "$tool" >/dev/null || { echo "packaging CI needs $tool" >&2; exit 1; }
done

log "PyInstaller (the package extra)"
"$PYTHON" -m pip install -q -e "${ROOT}[package]"

"$ROOT/packaging/linux/build.sh"

log "smoke test of the frozen one-folder build"
"$PYTHON" "$ROOT/packaging/smoke_test.py" "$ONEFOLDER/lookalike"

log "version numbers for Windows, macOS and the .deb; licence notices in the bundle"
"$PYTHON" -m doctest "$ROOT/packaging/version.py"
[ -s "$ONEFOLDER/_internal/licenses/THIRD-PARTY-NOTICES.txt" ] || { echo "no licence notices in the bundle" >&2; exit 1; }

onefolder_size="$(size_bytes "$ONEFOLDER")"
log "one-folder: $(mib "$onefolder_size") unpacked (budget 250 MB)"
[ "$onefolder_size" -le "$MAX_ONEFOLDER" ] || { echo "one-folder build is over 250 MB" >&2; exit 1; }

"$ROOT/packaging/linux/make_deb.sh" --fast
deb="$DIST/lookalike_${VERSION}_${ARCH}.deb"
deb_size="$(size_bytes "$deb")"
[ "$deb_size" -le "$MAX_DEB" ] || { echo ".deb is over 90 MB" >&2; exit 1; }

log "one homepage everywhere: $HOMEPAGE"
for file in "resources/$APP_ID.metainfo.xml" packaging/windows/lookalike.nsi; do
  grep -qF "$HOMEPAGE" "$ROOT/$file" || { echo "$file does not name the homepage $HOMEPAGE" >&2; exit 1; }
done
dpkg-deb -f "$deb" Homepage | grep -qxF "$HOMEPAGE" || { echo "the .deb's Homepage is not $HOMEPAGE" >&2; exit 1; }

log "desktop-file-validate"
desktop-file-validate "$ROOT/resources/lookalike.desktop"
desktop-file-validate "$BUILD/deb/lookalike/usr/share/applications/$APP_ID.desktop"
if command -v appstreamcli >/dev/null; then
  log "appstreamcli validate"
  appstreamcli validate --no-net "$ROOT/resources/$APP_ID.metainfo.xml"
fi

if command -v makensis >/dev/null; then
  log "NSIS: compile packaging/windows/lookalike.nsi against the one-folder layout"
  "$PYTHON" "$ROOT/packaging/windows/build_installer.py" --no-compress --out "$BUILD/nsis-check/Lookalike-check-setup.exe"
  rm -rf "$BUILD/nsis-check"
else
  log "skipping the NSIS check (no makensis)"
fi

if [ "$(id -u)" != 0 ] || [ "${LOOKALIKE_SKIP_INSTALL_TEST:-0}" = 1 ]; then
  log "skipping the dpkg -i test (needs root; LOOKALIKE_SKIP_INSTALL_TEST=${LOOKALIKE_SKIP_INSTALL_TEST:-0})"
elif reason="$(existing_installation)"; then
  log "WARNING: skipping the dpkg -i test, it would replace and then purge an existing installation: $reason"
else
  "$ROOT/packaging/linux/install_test.sh" "$deb"
fi
log "packaging CI passed in $((SECONDS - started)) s: one-folder $(mib "$onefolder_size"), .deb $(mib "$deb_size")"
