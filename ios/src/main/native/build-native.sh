#!/usr/bin/env bash
# Builds the iOS half for iPhones (arm64, iOS 12 or later, as Gluon substrate builds the app): the static library
# libHuzhongA11y.a in the folder given as $1, which Gluon's iOS build links into the app with -force_load (it takes
# every lib*.a it finds in the jars of the class path). macOS with Xcode only. JAVA_HOME gives jni.h (Gluon's GraalVM
# in the phones workflow). Warnings are errors; ARC.
set -euo pipefail
out="$1"
here="$(cd "$(dirname "$0")" && pwd)"
java_home="${JAVA_HOME:?JAVA_HOME must point at a JDK (for jni.h)}"
sdk="$(xcrun --sdk iphoneos --show-sdk-path)"
mkdir -p "$out"
xcrun --sdk iphoneos clang -x objective-c -arch arm64 -miphoneos-version-min=12.0 -isysroot "$sdk" \
  -fobjc-arc -fPIC -Wall -Werror -Wno-unused-parameter \
  -I"$java_home/include" -I"$java_home/include/darwin" \
  -c "$here/HuzhongA11y.m" -o "$out/HuzhongA11y.o"
rm -f "$out/libHuzhongA11y.a"
xcrun --sdk iphoneos libtool -static -o "$out/libHuzhongA11y.a" "$out/HuzhongA11y.o"
echo "built $out/libHuzhongA11y.a"
