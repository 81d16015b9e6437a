#!/usr/bin/env bash
# Fetches the npm package i18n-iso-countries (MIT), whose langs/ar.json and langs/en.json give
# countries' Arabic and English names to `marsad gazetteer build --countries DIR`.
# Usage: scripts/fetch-countries.sh [DEST]   (default: target/npm/i18n-iso-countries)
set -euo pipefail
version="7.14.0"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="${1:-$here/target/npm/i18n-iso-countries}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "i18n-iso-countries@$version" >/dev/null)
mkdir -p "$dest"
tar -xzf "$tmp/i18n-iso-countries-$version.tgz" -C "$dest" --strip-components=1 \
  package/package.json package/LICENSE package/langs/ar.json package/langs/en.json
echo "$dest"
