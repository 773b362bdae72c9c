package com.gluonhq.helloandroid;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds the JNI glue ({@code src/main/native/huzhong_a11y.c}) for this machine, with the stand-ins of
 * {@code src/test/native} for substrate's launcher and Android's log, as a shared library: with the same warnings as
 * errors as the NDK build. Fails (does not skip) without a C compiler: {@code .ci/run} installs gcc.
 */
final class HostNative {
    private HostNative() {
    }

    static synchronized Path build() throws IOException, InterruptedException {
        Path src = Path.of(System.getProperty("huzhong.native.dir", "src/main/native"));
        Path test = Path.of(System.getProperty("huzhong.native.test.dir", "src/test/native"));
        Path out = Path.of(System.getProperty("huzhong.native.build.dir", "target/host-native"));
        Files.createDirectories(out);
        Path lib = out.resolve("libhuzhonga11y-host.so");
        Path glue = src.resolve("huzhong_a11y.c");
        Path stub = test.resolve("substrate_stub.c");
        if (Files.exists(lib) && newer(lib, glue, src.resolve("huzhong_a11y.h"), stub)) {
            return lib;
        }
        String javaHome = System.getProperty("java.home");
        List<String> cmd = new ArrayList<>(Arrays.asList("gcc", "-shared", "-fPIC", "-std=c99", "-Wall", "-Wextra",
                "-Werror", "-Wno-unused-parameter",
                "-I" + javaHome + "/include", "-I" + javaHome + "/include/linux",
                "-I" + test.resolve("include"), "-I" + src,
                glue.toString(), stub.toString(), "-o", lib.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("the glue does not compile: " + String.join(" ", cmd) + "\n" + output);
        }
        return lib;
    }

    private static boolean newer(Path lib, Path... sources) throws IOException {
        for (Path s : sources) {
            if (Files.getLastModifiedTime(s).compareTo(Files.getLastModifiedTime(lib)) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A copy of the library for one class loader: a JVM loads a native library into one class loader only, and each
     * Robolectric SDK runs the tests in a class loader of its own.
     */
    static String copyFor(ClassLoader loader) throws IOException, InterruptedException {
        Path lib = build();
        Path copy = lib.resolveSibling("libhuzhonga11y-host-" + Integer.toHexString(System.identityHashCode(loader))
                + "-" + ProcessHandle.current().pid() + ".so");
        Files.copy(lib, copy, StandardCopyOption.REPLACE_EXISTING);
        copy.toFile().deleteOnExit();
        return copy.toAbsolutePath().toString();
    }

    static boolean compilerPresent() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, "gcc").canExecute()) {
                return true;
            }
        }
        return false;
    }
}
