#!/usr/bin/env bash
# Renders every launcher icon of the phone builds from the master, huzhong-care.svg. The PNGs are committed;
# run this again after changing the master, then `mvn verify` (PhoneIconsTest checks every size).
# Needs Debian's librsvg2-bin (rsvg-convert) and imagemagick (convert): apt-get install librsvg2-bin imagemagick
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app="$here/../../app/src"
master="$here/huzhong-care.svg"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Android (app/src/android/res): the legacy launcher icon, 48 dp in each density, corners rounded and transparent.
sed 's/rx="0" ry="0"/rx="184" ry="184"/' "$master" > "$tmp/android.svg"
for density in ldpi:36 mdpi:48 hdpi:72 xhdpi:96 xxhdpi:144 xxxhdpi:192; do
  name="${density%%:*}"; px="${density##*:}"
  mkdir -p "$app/android/res/mipmap-$name"
  rsvg-convert -w "$px" -h "$px" "$tmp/android.svg" -o "$tmp/a.png"
  convert "$tmp/a.png" -strip "PNG32:$app/android/res/mipmap-$name/ic_launcher.png"
done

# iOS (app/src/ios/assets/Assets.xcassets/AppIcon.appiconset): square, opaque, no alpha channel (the App Store
# refuses one); every file that Contents.json names, at size x scale pixels.
set_dir="$app/ios/assets/Assets.xcassets/AppIcon.appiconset"
for entry in icon-20@1x:20 icon-20@2x:40 icon-20@3x:60 icon-29@1x:29 icon-29@2x:58 icon-29@3x:87 \
             icon-40@1x:40 icon-40@2x:80 icon-40@3x:120 icon-60@2x:120 icon-60@3x:180 \
             icon-76@1x:76 icon-76@2x:152 icon-83.5@2x:167 icon-1024@1x:1024; do
  name="${entry%%:*}"; px="${entry##*:}"
  rsvg-convert -w "$px" -h "$px" "$master" -o "$tmp/i.png"
  convert "$tmp/i.png" -background '#0B57D0' -alpha remove -alpha off -strip "PNG24:$set_dir/$name.png"
done
echo "rendered $(ls "$app"/android/res/mipmap-*/ic_launcher.png | wc -l) Android and $(ls "$set_dir"/*.png | wc -l) iOS icons"
