/**
 * Plugin wiring: each splinelens module contributes a Guice module ({@link org.splinelens.core.plugin.SplinelensPlugin})
 * that registers named plugins of a kind in a {@code MapBinder}; the command line discovers those modules with
 * {@link java.util.ServiceLoader}, so a third-party jar on the classpath adds plugins without touching this code.
 */
package org.splinelens.core.plugin;
