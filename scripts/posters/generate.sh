#!/usr/bin/env bash
# Draws the seed posters (posters.json) into Portal.Content/Seed/Media: a PNG for the site and A4/A3 PDFs for print.
# Run once when the poster text changes and commit the files; the seeder uploads them through the media library.
#   scripts/posters/generate.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
CJK=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
LATIN=/usr/share/fonts/truetype/lato/Lato-Regular.ttf
[ -f "$CJK" ] && [ -f "$LATIN" ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-microhei fonts-lato >/dev/null; }
dotnet build scripts/posters/SeedPosters -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet scripts/posters/SeedPosters/bin/Release/net10.0/SeedPosters.dll scripts/posters/posters.json "$CJK" "$LATIN" Portal.Content/Seed/Media
