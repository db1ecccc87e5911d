#!/usr/bin/env bash
# Run the plugin's tests on newer QGIS releases inside Debian chroots.
#
#   scripts/test_matrix.sh [--full|--smoke] [--fresh] [--build-only] [SUITE...]
#   make test-matrix [MATRIX_ARGS="--smoke sid"]
#
# SUITE is a Debian suite: trixie (QGIS 3.40, Python 3.13) and sid (QGIS 3.44, Python 3.14) by
# default. Each chroot is built with `debootstrap --variant=minbase`, QGIS is installed from Debian,
# and the checkout is seen at /src through an overlay (tests may write; the checkout never changes).
# --full (default) runs test/smoke, test/unit, test/qgis and test/cli with the chroot's python3 and
# Debian's pytest (scripts/matrix/pytest_qgis_shim.py stands in for pytest-qgis; oracle-backed tests
# skip, tests marked sta_server are left out: both need host venvs). --smoke runs only test/smoke:
# the plugin loads, the provider lists its algorithms, one demo job per algorithm family runs.
#
# MATRIX_PATHS="test/dock test/fetchstations/test_qgis_transport.py" (with --full) runs only those paths,
# in one pytest run, instead of test/smoke and then the rest; MATRIX_PYTEST_ARGS is appended to every run.
#
# Built chroots are cached as tarballs under $MATRIX_CACHE keyed by suite, day and package list, so a
# second run the same day starts in seconds; --fresh (what CI uses) ignores and does not write the cache.
# Needs root. Exits non-zero when any suite fails to build or to pass.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
# shellcheck source-path=SCRIPTDIR source=matrix/lib.sh
source "$HERE/matrix/lib.sh"

MODE=full
FRESH=0
BUILD_ONLY=0
SUITES=()
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) MODE=smoke ;;
    --full) MODE=full ;;
    --fresh) FRESH=1 ;;
    --build-only) BUILD_ONLY=1 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    -*) die "unknown option $1" ;;
    *) SUITES+=("$1") ;;
  esac
  shift
done
[ ${#SUITES[@]} -gt 0 ] || read -r -a SUITES <<< "${MATRIX_SUITES:-trixie sid}"
[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, chroot, mount)"

MIRROR="${MATRIX_MIRROR:-$(detect_mirror)}"
MATRIX_ROOT="${MATRIX_ROOT:-/var/tmp/eco_matrix}"
MATRIX_CACHE="${MATRIX_CACHE:-/var/cache/eco_matrix}"
LOGDIR="${MATRIX_LOGDIR:-$MATRIX_ROOT/logs}"
mkdir -p "$MATRIX_ROOT" "$LOGDIR"
[ "$FRESH" -eq 1 ] || mkdir -p "$MATRIX_CACHE"
export MIRROR MATRIX_ROOT MATRIX_CACHE LOGDIR FRESH REPO MODE

trap cleanup_all EXIT
trap 'log "interrupted"; exit 130' INT TERM

ensure_host_tools
log "suites: ${SUITES[*]}  mode: $MODE  mirror: $MIRROR  fresh: $FRESH"
T0=$(date +%s)

# Build (or restore) every chroot first, in parallel: the work is mostly download and unpack.
declare -A BUILD_RC=()
pids=()
for s in "${SUITES[@]}"; do
  ( prepare_chroot "$s" ) > "$LOGDIR/build-$s.log" 2>&1 &
  pids+=($!)
done
i=0
for s in "${SUITES[@]}"; do
  if wait "${pids[$i]}"; then BUILD_RC[$s]=0; else BUILD_RC[$s]=$?; fi
  grep -h '^\[matrix' "$LOGDIR/build-$s.log" || true
  if [ "${BUILD_RC[$s]}" -ne 0 ]; then
    log "$s: chroot build FAILED (rc ${BUILD_RC[$s]}), last lines of $LOGDIR/build-$s.log:"
    tail -n 30 "$LOGDIR/build-$s.log" | sed 's/^/    /'
  fi
  i=$((i + 1))
done
[ "$BUILD_ONLY" -eq 1 ] && { log "build only: done in $(( $(date +%s) - T0 )) s"; for s in "${SUITES[@]}"; do [ "${BUILD_RC[$s]}" -eq 0 ] || exit 1; done; exit 0; }

# The chroots have no Qt linguist tools: compile the translations here; the chroot sees them through /src.
make -s qm

# Test one suite at a time: the tests are CPU-bound and CI has two cores.
declare -A RESULT=()
failed=0
for s in "${SUITES[@]}"; do
  if [ "${BUILD_RC[$s]}" -ne 0 ]; then RESULT[$s]="BUILD FAILED"; failed=1; continue; fi
  if run_suite "$s"; then RESULT[$s]="PASS"; else RESULT[$s]="FAIL"; failed=1; fi
done

log "summary (total $(( $(date +%s) - T0 )) s):"
for s in "${SUITES[@]}"; do
  printf '[matrix]   %-8s %-28s %s\n' "$s" "$(cat "$MATRIX_ROOT/$s.versions" 2>/dev/null || echo '?')" "${RESULT[$s]}"
done
exit "$failed"
