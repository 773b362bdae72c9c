/**
 * The phone implementations of the platform ports, over the Attach services that only Android and iOS have.
 * Compiled only by the {@code android} and {@code ios} Maven profiles (build-helper adds {@code src/phone}); the
 * desktop and test build never sees Attach's dialer, connectivity or local-notifications modules, which the
 * project's registry does not serve. Found at run time through {@code META-INF/services}
 * ({@link cn.huzhong.care.app.platform.PhoneServices}). Each class is a thin adapter: the rules they follow
 * (what to remind of and when, what a network change means) live in the platform package and are tested there.
 * PhoneSourcesTest compiles this folder against the Attach API (as of Attach 4.0.25) and runs the adapters
 * against fakes.
 */
package cn.huzhong.care.app.platform.phone;
