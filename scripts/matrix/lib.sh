# Helpers for scripts/test_matrix.sh: chroot build, cache, mounts, test runs. Sourced, not run.
# shellcheck shell=bash disable=SC2016

# Debian packages inside each chroot. Bump LIB_REV when the build recipe changes (it is in the cache key).
LIB_REV=1
CHROOT_PACKAGES="qgis python3-qgis qgis-providers python3-scipy python3-pandas python3-requests
python3-pytest python3-pytest-timeout locales-all"

# Tools only --full needs, added to a chroot on first use (CI runs --smoke and never pays for them).
# pytest-qgis is not in Debian: scripts/matrix/pytest_qgis_shim.py provides the fixtures the suite uses.
FULL_PACKAGES="python3-pytest-httpserver git xvfb xauth"
# The tests that need the local SensorThings server (marker sta_server, set by test/conftest.py from the
# fixture they use) run on the host only: the server lives in the host venv .venv-sta.
# Override with MATRIX_MARKERS="" to run them anyway.
FULL_MARKERS_DEFAULT="not sta_server and not postgis"

_t0=$(date +%s)
log() { printf '[matrix %4ss] %s\n' "$(( $(date +%s) - _t0 ))" "$*"; }
die() { log "ERROR: $*"; exit 2; }

# The Debian mirror this machine already uses (deb822 URIs: or one-line deb entries).
detect_mirror() {
  local m
  m=$( (grep -hE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}';
        grep -hE '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null | awk '{print $2}') \
      | grep -E '/debian/?$' | head -n 1)
  echo "${m:-http://deb.debian.org/debian}"
}

ensure_host_tools() {
  command -v debootstrap >/dev/null && return 0
  log "installing debootstrap"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null 2>&1 \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; }
}

cache_key() {  # suite -> key for today's build of that suite with this recipe
  local h
  h=$(printf '%s %s %s' "$LIB_REV" "$CHROOT_PACKAGES" "$MIRROR" | sha256sum | cut -c1-10)
  echo "$1-$(date +%Y%m%d)-$h"
}

# Mount points under a chroot, newest first (from /proc/self/mountinfo, so nothing is missed).
mounts_under() {
  awk -v d="$1/" '{ p = $5; gsub(/\\040/, " ", p); if (index(p "/", d) == 1) print p }' /proc/self/mountinfo | tac
}

umount_chroot() {
  local dir="$1" m
  for m in $(mounts_under "$dir"); do
    umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || log "could not unmount $m"
  done
}

mount_chroot() {  # dir [with_src]
  local dir="$1" with_src="${2:-0}"
  umount_chroot "$dir"
  mount -t proc proc "$dir/proc"
  mount --bind /dev "$dir/dev"
  mount --bind /dev/pts "$dir/dev/pts"
  mount -t sysfs sysfs "$dir/sys"
  mount -t tmpfs -o size=2g,mode=1777 tmpfs "$dir/tmp"
  if [ "$with_src" = 1 ]; then
    # The checkout at /src: writable for the tests (dist/, caches) through an overlay whose upper layer
    # is a tmpfs, so nothing a test writes reaches the checkout; read-only bind where overlay is missing.
    local rw="$dir/mnt/eco_src_rw"
    mkdir -p "$dir/src" "$rw"
    mount -t tmpfs -o size=2g tmpfs "$rw"
    mkdir -p "$rw/upper" "$rw/work"
    if ! mount -t overlay overlay -o "lowerdir=$REPO,upperdir=$rw/upper,workdir=$rw/work" "$dir/src" 2>/dev/null; then
      mount --bind "$REPO" "$dir/src"
      mount -o remount,bind,ro "$dir/src"
    fi
    # Hide the host's venvs: their interpreters are Debian 12's, and a half-working oracle venv would
    # turn "oracle missing, skip" into errors.
    # In a git worktree .git is a file naming the main checkout's git directory: that directory is seen at the
    # same path inside the chroot, read-only, so that git (scripts/package.sh) works there as on the host.
    if [ -f "$REPO/.git" ]; then
      local common
      common="$(git -C "$REPO" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)"
      if [ -n "$common" ] && [ -d "$common" ]; then
        mkdir -p "$dir$common"
        mount --bind "$common" "$dir$common"
        mount -o remount,bind,ro "$dir$common"
      fi
    fi
    # A worktree's venvs are symlinks to another checkout's: a mount on the symlink would land on the host
    # directory it points to (and take every other checkout's venv away while the tests run). Inside the
    # chroot such a link dangles anyway: it is removed from the overlay (the checkout keeps it).
    local v target
    for v in "$REPO"/.venv*; do
      target="$dir/src/$(basename "$v")"
      if [ -L "$target" ]; then
        rm -f "$target" 2>/dev/null || true
      elif [ -d "$target" ] && [ "$(realpath "$target")" = "$(realpath "$dir")/src/$(basename "$v")" ]; then
        mount -t tmpfs -o size=1m,ro tmpfs "$target"
      fi
    done
  fi
}

cleanup_all() {
  local s
  for s in "${SUITES[@]:-}"; do
    [ -n "$s" ] && [ -d "$MATRIX_ROOT/$s" ] && umount_chroot "$MATRIX_ROOT/$s"
  done
  return 0
}

in_chroot() {  # dir cmd... : run with a clean environment
  local dir="$1"; shift
  chroot "$dir" /usr/bin/env -i HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    DEBIAN_FRONTEND=noninteractive "$@"
}

remove_chroot() {
  local dir="$1"
  [ -e "$dir" ] || return 0
  umount_chroot "$dir"
  [ -z "$(mounts_under "$dir")" ] || die "$dir still has mounts; not removing it"
  rm -rf --one-file-system "$dir"
}

debootstrap_chroot() {  # suite dir
  local suite="$1" dir="$2" t
  t=$(date +%s)
  log "$suite: debootstrap --variant=minbase from $MIRROR"
  debootstrap --variant=minbase "$suite" "$dir" "$MIRROR"
  log "$suite: debootstrap took $(( $(date +%s) - t )) s"
  printf '#!/bin/sh\nexit 101\n' > "$dir/usr/sbin/policy-rc.d"; chmod +x "$dir/usr/sbin/policy-rc.d"
  cp /etc/resolv.conf "$dir/etc/resolv.conf" 2>/dev/null || true
  # The archive reachable here may be a frozen snapshot whose testing/unstable Release files have expired.
  printf 'Acquire::Check-Valid-Until "false";\nAPT::Install-Recommends "false";\n' > "$dir/etc/apt/apt.conf.d/90eco-matrix"
  t=$(date +%s)
  mount_chroot "$dir"
  trap 'umount_chroot "'"$dir"'"' EXIT
  # shellcheck disable=SC2086
  in_chroot "$dir" apt-get update -qq
  # shellcheck disable=SC2086
  in_chroot "$dir" apt-get install -y -qq --no-install-recommends $CHROOT_PACKAGES
  in_chroot "$dir" apt-get clean
  umount_chroot "$dir"
  trap - EXIT
  log "$suite: package install took $(( $(date +%s) - t )) s"
}

record_versions() {  # suite dir
  local qv pv
  qv=$(chroot "$2" dpkg-query -W -f='${Version}' qgis | sed 's/[+~-].*//')
  pv=$(chroot "$2" python3 -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])')
  echo "QGIS $qv, Python $pv" > "$MATRIX_ROOT/$1.versions"
}

# Make $MATRIX_ROOT/<suite> a ready chroot: reuse it, restore it from the cache, or build it.
prepare_chroot() {
  local suite="$1" dir="$MATRIX_ROOT/$1" key tarball t
  key=$(cache_key "$suite")
  tarball="$MATRIX_CACHE/$key.tar.zst"
  t=$(date +%s)
  if [ "$FRESH" -eq 1 ]; then
    remove_chroot "$dir"
  elif [ -f "$dir/.eco_matrix_key" ] && [ "$(cat "$dir/.eco_matrix_key")" = "$key" ]; then
    log "$suite: reusing chroot $dir ($key)"
  elif [ -f "$tarball" ]; then
    remove_chroot "$dir"
    mkdir -p "$dir"
    log "$suite: restoring $tarball"
    tar -C "$dir" --numeric-owner --zstd -xf "$tarball"
    log "$suite: restored in $(( $(date +%s) - t )) s"
  else
    remove_chroot "$dir"
  fi
  if [ ! -f "$dir/.eco_matrix_key" ] || [ "$(cat "$dir/.eco_matrix_key")" != "$key" ]; then
    mkdir -p "$dir"
    debootstrap_chroot "$suite" "$dir"
    echo "$key" > "$dir/.eco_matrix_key"
    log "$suite: chroot built in $(( $(date +%s) - t )) s ($(du -sh --one-file-system "$dir" | cut -f1))"
    if [ "$FRESH" -eq 0 ]; then
      local t2; t2=$(date +%s)
      rm -f "$MATRIX_CACHE/$suite"-*.tar.zst
      tar -C "$dir" --numeric-owner --one-file-system --zstd -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
      log "$suite: cached as $tarball ($(du -h "$tarball" | cut -f1), $(( $(date +%s) - t2 )) s)"
    fi
  fi
  record_versions "$suite" "$dir" 2>/dev/null || true
  log "$suite: $(cat "$MATRIX_ROOT/$suite.versions" 2>/dev/null)"
}

# Run the tests of one suite in its chroot, the checkout read-only at /src. Returns pytest's status.
ensure_full_tools() {  # dir
  local dir="$1" t p missing=""
  for p in $FULL_PACKAGES; do
    chroot "$dir" dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
  [ -z "$missing" ] && return 0
  t=$(date +%s)
  # shellcheck disable=SC2086
  in_chroot "$dir" apt-get install -y -qq $missing >/dev/null || in_chroot "$dir" apt-get update -qq || return 1
  # shellcheck disable=SC2086
  in_chroot "$dir" apt-get install -y -qq $missing >/dev/null || return 1
  log "$(basename "$dir"): installed$missing in $(( $(date +%s) - t )) s"
}

run_suite() {
  local suite="$1" dir="$MATRIX_ROOT/$1" t rc=0 extra="" markers=""
  t=$(date +%s)
  mount_chroot "$dir" 1
  # --full: the smoke tests first, on their own (they load the plugin as QGIS does, with no session fixture
  # holding the provider), then the whole suite without them.
  local runs=("test/smoke")
  if [ "$MODE" = full ]; then
    runs=("test/smoke" "test --ignore=test/smoke")
    # MATRIX_PATHS narrows the run to some test files or directories (one pytest run, full-suite setup)
    [ -n "${MATRIX_PATHS:-}" ] && runs=("$MATRIX_PATHS")
    extra="-p pytest_qgis_shim"
    markers="${MATRIX_MARKERS-$FULL_MARKERS_DEFAULT}"
    ensure_full_tools "$dir" || { umount_chroot "$dir"; log "$suite: could not install the full-suite tools"; return 3; }
  fi
  : > "$LOGDIR/test-$suite.log"
  local paths
  for paths in "${runs[@]}"; do
    log "$suite: running $paths ($(cat "$MATRIX_ROOT/$suite.versions" 2>/dev/null))"
    # shellcheck disable=SC2086
    in_chroot "$dir" HOME=/tmp/home QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE=1 XDG_RUNTIME_DIR=/tmp/xdg \
      CI="${CI:-}" ECO_QGIS_PROCESS="${MATRIX_QGIS_PROCESS:-}" PYTHONPATH=/src/scripts/matrix \
      sh -c 'mkdir -p /tmp/home && mkdir -m 700 -p /tmp/xdg && cd /src && exec python3 -m pytest -p no:cacheprovider -q --durations=8 "$@"' \
      pytest $extra ${markers:+-m "$markers"} $paths ${MATRIX_PYTEST_ARGS:-} 2>&1 | tee -a "$LOGDIR/test-$suite.log" \
      | sed "s/^/[$suite] /" || rc=$?
  done
  umount_chroot "$dir"
  log "$suite: tests $([ "$rc" -eq 0 ] && echo passed || echo "FAILED (rc $rc)") in $(( $(date +%s) - t )) s"
  return "$rc"
}
