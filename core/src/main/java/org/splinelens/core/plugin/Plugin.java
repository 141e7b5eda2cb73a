package org.splinelens.core.plugin;

/** A named, self-describing plugin (a target function, an initializer factory, an optimizer factory, …). */
public interface Plugin {

    /** @return the registry name, kebab-case ({@code "he-normal"}, {@code "sin"}) */
    String name();

    /** @return one line saying what the plugin is, with the paper's notation */
    String description();
}
