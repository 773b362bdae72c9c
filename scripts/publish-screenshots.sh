#!/usr/bin/env bash
# Copies the screenshots that the screen tests rendered (app/target/screenshots, written by `mvn verify` or by
# `mvn -pl app -am verify -Dtest=ScreensTest -Dsurefire.failIfNoSpecifiedTests=false`) to assets/screenshots,
# replacing the published set. Tests never write to assets/ themselves: publishing is this explicit step.
set -euo pipefail
cd "$(dirname "$0")/.."
src=app/target/screenshots
dst=assets/screenshots
if ! compgen -G "$src/*.png" >/dev/null; then
  echo "no screenshots in $src: run the screen tests first (see README, 'Screenshots')" >&2
  exit 1
fi
rm -f "$dst"/*.png
mkdir -p "$dst"
cp "$src"/*.png "$dst"/
echo "published $(ls "$dst"/*.png | wc -l) screenshots to $dst"
