package org.splinelens.init;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.splinelens.core.plugin.ConfiguredPlugin;
import org.splinelens.init.theory.InitTheory;

/**
 * An initializer plugin built from a config record (validated in its constructor, with documented defaults): how to
 * build an {@link Initializer} from a config and, where one exists, its function-space theory. Settings from YAML or
 * {@code --set} are laid over the defaults; an unknown key fails with a message naming it. Every config has an
 * {@code alpha} ({@link InitScale}), applied after the draw.
 *
 * @param <C> the config record
 */
public final class InitializerFactory<C extends Record & InitConfig> extends ConfiguredPlugin<C>
        implements InitializerPlugin {
    private final Function<C, Initializer> build;
    private final BiFunction<C, Integer, InitTheory> theory;

    public InitializerFactory(String name, String description, Class<C> configType, C defaults,
            Function<C, Initializer> build) {
        this(name, description, configType, defaults, build, null);
    }

    private InitializerFactory(String name, String description, Class<C> configType, C defaults,
            Function<C, Initializer> build, BiFunction<C, Integer, InitTheory> theory) {
        super("initializer", name, description, configType, defaults);
        this.build = Objects.requireNonNull(build);
        this.theory = theory;
    }

    /**
     * @param law the Thm 1 / Cor 1 law of a shallow unit for a config and a width H
     * @return this initializer, describing its draws by {@code law}
     */
    public InitializerFactory<C> withTheory(BiFunction<C, Integer, InitTheory> law) {
        return new InitializerFactory<>(name(), description(), configType(), defaults(), build,
                Objects.requireNonNull(law));
    }

    /** @return the initializer for {@code config}, with its {@code alpha} applied */
    public Initializer create(C config) {
        return InitScale.scaled(build.apply(config), config.alpha());
    }

    @Override
    public Initializer create(Map<String, ?> settings) {
        return create(configure(settings));
    }

    @Override
    public Optional<InitTheory> theory(Map<String, ?> settings, int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be >= 1, got " + width);
        }
        return theory == null ? Optional.empty() : Optional.of(theory.apply(configure(settings), width));
    }
}
