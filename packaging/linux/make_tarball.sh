#!/usr/bin/env bash
# Pack the one-folder build as dist/lookalike-VERSION-linux-ARCH.tar.gz.
# The archive holds lookalike-VERSION/ with the program (run ./lookalike) plus share/ with the
# .desktop file, icons and AppStream metainfo, ready to copy under ~/.local or /usr/local.
set -euo pipefail
# shellcheck source=packaging/linux/common.sh
source "$(dirname "$0")/common.sh"
[ -x "$ONEFOLDER/lookalike" ] || { echo "no build at $ONEFOLDER; run packaging/linux/build.sh" >&2; exit 1; }
name="lookalike-$VERSION"
stage="$BUILD/tarball/$name"
rm -rf "$BUILD/tarball" && mkdir -p "$stage"
cp -a "$ONEFOLDER/." "$stage/"
"$ROOT/packaging/linux/install_share.sh" "$stage/share"
out="$DIST/lookalike-$VERSION-linux-$(uname -m).tar.gz"
log "tarball $out"
# pigz when available: same format, all cores.
if command -v pigz >/dev/null; then
  tar -C "$BUILD/tarball" -cf - "$name" | pigz -6 > "$out"
else
  tar -C "$BUILD/tarball" -czf "$out" "$name"
fi
log "tarball: $(mib "$(size_bytes "$out")")"
