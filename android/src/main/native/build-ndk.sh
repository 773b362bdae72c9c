#!/usr/bin/env bash
# Builds the JNI glue for arm64 Android (what Gluon's Android build links into the app): the static library
# libhuzhonga11y.a in the folder given as $1. Needs the Android NDK (ANDROID_NDK, ANDROID_NDK_HOME or
# ANDROID_NDK_LATEST_HOME: GitHub's Ubuntu runners have one) and a JDK for jni.h (JAVA_HOME: Gluon's GraalVM in CI).
# The same flags as Gluon Attach's own native build: API 21 target, position-independent code, warnings are errors.
set -euo pipefail
out="$1"
here="$(cd "$(dirname "$0")" && pwd)"
ndk="${ANDROID_NDK:-${ANDROID_NDK_HOME:-${ANDROID_NDK_LATEST_HOME:-}}}"
if [ -z "$ndk" ] || [ ! -d "$ndk" ]; then
  echo "build-ndk.sh: no Android NDK (set ANDROID_NDK)" >&2
  exit 1
fi
java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
host=linux-x86_64
[ "$(uname)" = Darwin ] && host=darwin-x86_64
bin="$ndk/toolchains/llvm/prebuilt/$host/bin"
mkdir -p "$out"
# the JDK's jni.h before the NDK's (as Attach does): its AttachCurrentThread takes a void**
"$bin/clang" -target aarch64-linux-android21 -Werror -Wall -c -fPIC \
  -I"$java_home/include" -I"$java_home/include/linux" \
  "$here/huzhong_a11y.c" -o "$out/huzhong_a11y.o"
rm -f "$out/libhuzhonga11y.a"
"$bin/llvm-ar" rcs "$out/libhuzhonga11y.a" "$out/huzhong_a11y.o"
echo "built $out/libhuzhonga11y.a"
