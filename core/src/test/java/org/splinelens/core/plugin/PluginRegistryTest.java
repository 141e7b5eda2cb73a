package org.splinelens.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.splinelens.core.targets.TargetFunction;

/** Modules add to a kind independently; a name bound by two modules fails at startup, naming it. */
class PluginRegistryTest {

    /** A module registering one target of the given name, described as {@code description}. */
    private static final class OneTarget extends AbstractModule implements SplinelensPlugin {
        private final String name;
        private final String description;

        OneTarget(String name, String description) {
            this.name = name;
            this.description = description;
        }

        @Override
        protected void configure() {
            PluginBinder.register(PluginBinder.registry(binder(), "target", TargetFunction.class),
                    new TargetFunction(name, description, -1, 1, x -> x));
        }
    }

    @Test
    void twoModulesAddToOneKind() {
        PluginRegistry registry = PluginRegistry.of(List.of(new OneTarget("a", "first"), new OneTarget("b", "second")));
        assertThat(registry.plugins(TargetFunction.class)).containsOnlyKeys("a", "b");
        assertThat(registry.kinds()).extracting(PluginKind::name).containsExactly("target");
    }

    @Test
    void aNameBoundTwiceFailsNamingIt() {
        assertThatThrownBy(() -> PluginRegistry.of(List.of(new OneTarget("twin", "mine"), new OneTarget("twin",
                "theirs"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("plugin registration failed")
                .hasMessageContaining("twin");
    }
}
