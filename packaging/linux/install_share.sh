#!/usr/bin/env bash
# Install the desktop integration files under SHARE_DIR (e.g. /usr/share or a staging folder):
#   applications/io.github.lookalike.Lookalike.desktop, icons/hicolor/*/apps/*.png,
#   metainfo/io.github.lookalike.Lookalike.metainfo.xml
# usage: install_share.sh SHARE_DIR [EXEC]   (EXEC replaces the desktop file's `lookalike`)
set -euo pipefail
# shellcheck source=packaging/linux/common.sh
source "$(dirname "$0")/common.sh"
share="$1"; exec_path="${2:-lookalike}"
[ -d "$BUILD/icons/hicolor" ] || "$PYTHON" "$ROOT/packaging/make_icons.py" "$BUILD/icons" >/dev/null
install -d "$share/applications" "$share/metainfo"
sed -e "s|^Exec=lookalike |Exec=$exec_path |" -e "s|^TryExec=lookalike$|TryExec=$exec_path|" \
  "$ROOT/resources/lookalike.desktop" > "$share/applications/$APP_ID.desktop"
chmod 644 "$share/applications/$APP_ID.desktop"
install -m 644 "$ROOT/resources/$APP_ID.metainfo.xml" "$share/metainfo/$APP_ID.metainfo.xml"
for dir in "$BUILD/icons/hicolor"/*/; do
  size="$(basename "$dir")"
  install -D -m 644 "$dir/apps/$APP_ID.png" "$share/icons/hicolor/$size/apps/$APP_ID.png"
done
