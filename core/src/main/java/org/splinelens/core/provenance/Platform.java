package org.splinelens.core.provenance;

import java.util.Objects;

/**
 * The machine a result was computed on. Recorded because {@code Math} (unlike {@code StrictMath}) may return different
 * last bits on another Java version or CPU, which is the first suspect when a rerun's numbers differ.
 *
 * @param javaVersion the {@code java.version} system property, e.g. {@code 17.0.12}
 * @param javaVendor  the {@code java.vendor} system property
 * @param osName      the {@code os.name} system property
 * @param osVersion   the {@code os.version} system property
 * @param osArch      the {@code os.arch} system property, e.g. {@code amd64}
 * @param cores       the processors available to the Java runtime, >= 1
 */
public record Platform(String javaVersion, String javaVendor, String osName, String osVersion, String osArch,
        int cores) {
    public Platform {
        Objects.requireNonNull(javaVersion, "javaVersion");
        Objects.requireNonNull(javaVendor, "javaVendor");
        Objects.requireNonNull(osName, "osName");
        Objects.requireNonNull(osVersion, "osVersion");
        Objects.requireNonNull(osArch, "osArch");
        if (cores < 1) {
            throw new IllegalArgumentException("cores must be >= 1, got " + cores);
        }
    }

    /** @return this Java runtime's platform; a property the runtime does not set is {@code "unknown"} */
    public static Platform current() {
        return new Platform(property("java.version"), property("java.vendor"), property("os.name"),
                property("os.version"), property("os.arch"), Runtime.getRuntime().availableProcessors());
    }

    private static String property(String key) {
        return System.getProperty(key, "unknown");
    }
}
