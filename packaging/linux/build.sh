#!/usr/bin/env bash
# Build the Linux one-folder app: dist/lookalike/lookalike (+ _internal/).
#   packaging/linux/build.sh            incremental (reuses build/pyinstaller)
#   packaging/linux/build.sh --clean    from scratch
# Needs: the project venv with the `package` extra (pip install -e ".[package]"), binutils (strip).
set -euo pipefail
# shellcheck source=packaging/linux/common.sh
source "$(dirname "$0")/common.sh"
clean=()
[ "${1:-}" = "--clean" ] && clean=(--clean)

log "icons"
"$PYTHON" "$ROOT/packaging/make_icons.py" "$BUILD/icons" >/dev/null
log "PyInstaller one-folder build of lookalike $VERSION"
rm -rf "$ONEFOLDER"
"$PYTHON" -m PyInstaller --noconfirm "${clean[@]}" --log-level WARN \
  --distpath "$DIST" --workpath "$BUILD/pyinstaller" "$ROOT/packaging/lookalike.spec"
log "one-folder: $ONEFOLDER ($(mib "$(size_bytes "$ONEFOLDER")") unpacked)"
