#!/usr/bin/env bash
# Install the Debian packages the plugin and its tests need, only when some are missing.
set -euo pipefail
PACKAGES="python3-qgis qgis qgis-providers python3-scipy python3-pandas python3-requests python3-venv xvfb qttools5-dev-tools git fonts-wqy-microhei postgresql-15-postgis-3"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing:$missing"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
