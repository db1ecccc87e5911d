#!/usr/bin/env bash
# Link the checkout into the default QGIS profile so QGIS loads it as plugin "eco_supervision".
set -euo pipefail
cd "$(dirname "$0")/.."
profile="${QGIS_PROFILE_DIR:-$HOME/.local/share/QGIS/QGIS3/profiles/default}"
mkdir -p "$profile/python/plugins"
target="$profile/python/plugins/eco_supervision"
if [ -e "$target" ] && [ ! -L "$target" ]; then
  echo "$target exists and is not a link; remove it first" >&2
  exit 1
fi
ln -sfn "$PWD" "$target"
echo "linked $target -> $PWD (enable it in Plugins → Manage and Install Plugins)"
