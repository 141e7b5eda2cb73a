package org.splinelens.init;

import java.util.Map;
import java.util.Optional;
import org.splinelens.core.plugin.Plugin;
import org.splinelens.init.theory.InitTheory;

/**
 * What the {@code initializer} registry holds: a named initializer configured by settings laid over its defaults. The
 * config record and its type stay inside the implementation ({@link InitializerFactory}), so callers need no generics.
 */
public interface InitializerPlugin extends Plugin {

    /**
     * @param settings keys of the plugin's config record laid over its defaults; an unknown key or a wrong type fails
     *                 with one line naming the plugin and the key
     * @return the initializer, with the config's init scale {@code alpha} applied
     */
    Initializer create(Map<String, ?> settings);

    /**
     * The law of one unit of a shallow net of {@code width} units drawn by this initializer (Thm 1 for Gaussian,
     * Cor 1 for Uniform parameters): the densities of its breakpoint {@code β = −b/w} and delta-slope
     * {@code μ = w v}. The init scale α does not enter: β is invariant under it, and the theory describes the draw
     * before scaling.
     *
     * @return the law, or empty when the initializer has no closed form (data-dependent or non-product laws)
     */
    Optional<InitTheory> theory(Map<String, ?> settings, int width);
}
