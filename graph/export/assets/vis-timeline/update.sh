#!/bin/sh
# Replace the vendored vis-timeline with another version from the npm registry:
#   graph/export/assets/vis-timeline/update.sh 8.5.4
# then run go test ./graph/export/... (the browser tests open the view) and commit.
set -eu
version=${1:?usage: update.sh VERSION}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "vis-timeline@$version" >/dev/null && tar xzf "vis-timeline-$version.tgz")
pkg=$tmp/package
cp "$pkg/standalone/umd/vis-timeline-graph2d.min.js" "$pkg/LICENSE.md" "$pkg/LICENSE.Apache-2.0.txt" "$pkg/LICENSE.MIT.txt" "$here/"
sum=$(sha256sum "$here/vis-timeline-graph2d.min.js" | cut -d' ' -f1)
printf 'vis-timeline %s\nfile standalone/umd/vis-timeline-graph2d.min.js\nsha256 %s\n' "$version" "$sum" >"$here/VERSION"
echo "vis-timeline $version vendored ($sum)"
