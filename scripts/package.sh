#!/usr/bin/env bash
# Build dist/eco_supervision-<version>.zip for Plugin Manager → Install from ZIP.
# Holds what git tracks (minus export-ignore paths, see .gitattributes) plus the compiled .qm.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/^version=//p' metadata.txt)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/eco_supervision" dist
git archive --format=tar HEAD | tar -x -C "$stage/eco_supervision"
for ts in resources/i18n/*.ts; do
  lrelease -silent "$ts" -qm "$stage/eco_supervision/${ts%.ts}.qm"
done
rm -f "dist/eco_supervision-$version.zip"
(cd "$stage" && /usr/bin/python3 - "$OLDPWD/dist/eco_supervision-$version.zip" <<'PY'
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for root, dirs, files in os.walk("eco_supervision"):
        dirs.sort()
        for name in sorted(files):
            z.write(os.path.join(root, name))
PY
)
echo "dist/eco_supervision-$version.zip"
