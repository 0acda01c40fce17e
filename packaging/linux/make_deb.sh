#!/usr/bin/env bash
# Build dist/lookalike_VERSION_ARCH.deb from the one-folder build with dpkg-deb.
#   packaging/linux/make_deb.sh          release compression (xz -9, multi-threaded)
#   packaging/linux/make_deb.sh --fast   CI: zstd -9 (about 10 s instead of minutes; ~75 MB instead of ~60 MB)
# Layout:
#   /opt/lookalike/                       the PyInstaller one-folder app
#   /usr/bin/lookalike                    launcher (a script: the bootloader finds _internal/ next to itself)
#   /usr/share/applications/io.github.lookalike.Lookalike.desktop
#   /usr/share/icons/hicolor/NxN/apps/io.github.lookalike.Lookalike.png
#   /usr/share/metainfo/io.github.lookalike.Lookalike.metainfo.xml
#   /usr/share/doc/lookalike/copyright
# The icon cache and desktop database are refreshed by dpkg triggers of hicolor-icon-theme and
# desktop-file-utils, so the package needs no maintainer scripts.
set -euo pipefail
# shellcheck source=packaging/linux/common.sh
source "$(dirname "$0")/common.sh"
compress=(-Zxz -z9)
[ "${1:-}" = "--fast" ] && compress=(-Zzstd -z9)
[ -x "$ONEFOLDER/lookalike" ] || { echo "no build at $ONEFOLDER; run packaging/linux/build.sh" >&2; exit 1; }

stage="$BUILD/deb/lookalike"
rm -rf "$BUILD/deb" && mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/doc/lookalike"
log "staging the .deb tree"
cp -a "$ONEFOLDER" "$stage/opt/lookalike"
cat > "$stage/usr/bin/lookalike" <<'LAUNCHER'
#!/bin/sh
exec /opt/lookalike/lookalike "$@"
LAUNCHER
chmod 755 "$stage/usr/bin/lookalike"
"$ROOT/packaging/linux/install_share.sh" "$stage/usr/share"
# x265 (GPL) is in the bundle only when the spec could not build its decode-only stub.
heif_libs="libheif, libde265: LGPL; the x265 encoder is replaced by a decode-only stub"
if [ "$(size_bytes "$(find "$stage/opt/lookalike" -name 'libx265*' | head -1)")" -gt 1000000 ]; then
  heif_libs="libheif, libde265: LGPL; x265: GPL"
fi
cat > "$stage/usr/share/doc/lookalike/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: lookalike
Source: $HOMEPAGE

Files: *
License: MIT
Comment: /opt/lookalike bundles Python, Qt (PySide6, LGPLv3), NumPy, PyWavelets,
 Pillow, ImageHash, Send2Trash, platformdirs and pillow-heif
 ($heif_libs) under their own licenses.
COPYRIGHT
# Everything root-owned, readable by all; directories 755.
find "$stage" -type d -exec chmod 755 {} +
find "$stage/opt" -type f -exec chmod go+r,u+w {} +

# Dependencies: the newest glibc symbol any bundled ELF needs, and the system libraries that
# PyInstaller deliberately does not bundle (OpenGL/EGL via libglvnd, libxcb, Wayland client)
# or that Qt's xcb plugin needs and the build machine lacked (checked by check_libs.sh).
glibc="$(find "$stage/opt/lookalike" -type f -print0 | xargs -0 file | awk -F: '/ELF/ {print $1}' \
  | xargs objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)"
depends="libc6 (>= $glibc), libgl1, libegl1, libxcb1, libx11-xcb1, libxkbcommon0, libxkbcommon-x11-0"
depends+=", libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libxcb-randr0"
depends+=", libxcb-render-util0, libxcb-image0, libxcb-xkb1, libfontconfig1, libdbus-1-3"
if [ -e "$stage/opt/lookalike/_internal/PySide6/Qt/plugins/platforms/libqwayland.so" ]; then
  depends+=", libwayland-client0, libwayland-cursor0, libwayland-egl1"   # built with LOOKALIKE_WAYLAND=1
fi
installed_kb="$(du -sk "$stage" --exclude=DEBIAN | cut -f1)"
cat > "$stage/DEBIAN/control" <<CONTROL
Package: lookalike
Version: $("$PYTHON" "$ROOT/packaging/version.py" debian)
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $installed_kb
Depends: $depends
Recommends: hicolor-icon-theme, desktop-file-utils
Section: graphics
Priority: optional
Homepage: $HOMEPAGE
Description: find duplicate and similar pictures and trash only confirmed copies
 Lookalike finds duplicate and near-duplicate images (exact copies, re-compressed,
 resized and format-converted copies, including HEIC, AVIF and WebP) in the folders
 you choose, shows every group as a thumbnail grid for review, and moves only the
 copies you confirm to the system trash.
 .
 This package bundles its own Python and Qt under /opt/lookalike.
CONTROL

out="$DIST/lookalike_${VERSION}_${ARCH}.deb"
log "dpkg-deb ${compress[*]} -> $out"
dpkg-deb --root-owner-group "${compress[@]}" --build "$stage" "$out" >/dev/null
log ".deb: $(mib "$(size_bytes "$out")") (installs $(mib $((installed_kb * 1024))))"
