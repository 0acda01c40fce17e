#!/usr/bin/env bash
# Make dist/Lookalike-VERSION-macos-ARCH.dmg from dist/Lookalike.app (built by the spec on macOS):
# a compressed disk image with the app and an Applications link to drag it onto.
# Signs the app before and the image after, and notarizes, only when the secrets are set
# (see sign_and_notarize.sh).       usage: packaging/macos/make_dmg.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"
app="$ROOT/dist/Lookalike.app"
[ -d "$app" ] || { echo "no $app; build it with pyinstaller packaging/lookalike.spec on macOS" >&2; exit 1; }
version="$("$PYTHON" -c 'import tomllib,sys; print(tomllib.load(open(sys.argv[1],"rb"))["project"]["version"])' "$ROOT/pyproject.toml")"
dmg="$ROOT/dist/Lookalike-$version-macos-$(uname -m).dmg"

"$ROOT/packaging/macos/sign_and_notarize.sh" "$app"

stage="$ROOT/build/dmg"
rm -rf "$stage" "$dmg" && mkdir -p "$stage"
ditto "$app" "$stage/Lookalike.app"        # ditto keeps symlinks, extended attributes and signatures
ln -s /Applications "$stage/Applications"
# hdiutil fails now and then with "Resource busy" on CI runners: try a few times.
for attempt in 1 2 3; do
  if hdiutil create -volname "Lookalike $version" -srcfolder "$stage" -fs HFS+ -format UDZO \
    -imagekey zlib-level=9 -ov "$dmg"; then
    break
  fi
  [ "$attempt" = 3 ] && exit 1
  echo "hdiutil failed (attempt $attempt); retrying" >&2
  sleep 10
done
hdiutil verify "$dmg"

"$ROOT/packaging/macos/sign_and_notarize.sh" "$dmg"
echo "$dmg ($(du -h "$dmg" | cut -f1))"
