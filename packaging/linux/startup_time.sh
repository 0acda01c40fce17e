#!/usr/bin/env bash
# Measure the frozen app's start-up: launch to a visible (mapped) main window on a real X server.
#   packaging/linux/startup_time.sh [PROGRAM] [RUNS]      (default: dist/lookalike/lookalike, 3 runs)
# Each run starts cold for the app's own files: their pages are evicted from the page cache first
# (posix_fadvise DONTNEED), so the program is read from disk as on a first launch after boot.
# Needs: Xvfb and xwininfo (apt-get install xvfb x11-utils). Uses a throwaway HOME.
set -euo pipefail
# shellcheck source=packaging/linux/common.sh
source "$(dirname "$0")/common.sh"
program="${1:-$ONEFOLDER/lookalike}"
runs="${2:-3}"
if ! command -v Xvfb >/dev/null || ! command -v xwininfo >/dev/null; then
  echo "needs Xvfb and xwininfo (apt-get install xvfb x11-utils)" >&2; exit 2
fi
folder="$(dirname "$(readlink -f "$program")")"
[ "$program" = /usr/bin/lookalike ] && folder=/opt/lookalike

scratch="$(mktemp -d)"
display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
cleanup() { kill "$xvfb_pid" 2>/dev/null || true; rm -rf "$scratch"; }
trap cleanup EXIT
for _ in $(seq 50); do xwininfo -display "$display" -root >/dev/null 2>&1 && break; sleep 0.1; done

evict() {
  "$PYTHON" - "$1" <<'PY'
import os, sys
for base, _dirs, files in os.walk(sys.argv[1]):
    for name in files:
        path = os.path.join(base, name)
        if os.path.islink(path):
            continue
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)
PY
}

for run in $(seq "$runs"); do
  sync; evict "$folder"
  start="$(date +%s.%N)"
  HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache" \
    XDG_STATE_HOME="$scratch/state" DISPLAY="$display" QT_QPA_PLATFORM=xcb "$program" >/dev/null 2>&1 &
  app_pid=$!
  shown=""
  for _ in $(seq 600); do
    id="$(xwininfo -display "$display" -root -tree 2>/dev/null | awk '/\("lookalike" "Lookalike"\)/ {print $1; exit}')"
    if [ -n "$id" ] && xwininfo -display "$display" -id "$id" 2>/dev/null | grep -q "IsViewable"; then
      shown="$(date +%s.%N)"; break
    fi
    sleep 0.02
  done
  kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true
  [ -n "$shown" ] || { echo "run $run: no window within 12 s" >&2; exit 1; }
  awk -v a="$start" -v b="$shown" -v r="$run" 'BEGIN { printf "run %d: window visible after %.2f s (cold file cache)\n", r, b - a }'
done
