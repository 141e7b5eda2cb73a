package org.splinelens.experiments.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.splinelens.core.plugin.Plugin;
import org.splinelens.core.plugin.PluginRegistry;

/**
 * The base of the contract suites: one dynamic test per registered plugin of a kind, found through
 * {@code ServiceLoader} on the test's class path, so a plugin is covered the moment its module is registered.
 * A contributor's module extends a suite in its own tests (the suites ship in this module's test-jar) and may narrow
 * it to its own names with {@link #covers}.
 */
public abstract class PluginContract {

    /** @return every plugin module on the class path of the concrete test class */
    protected PluginRegistry plugins() {
        return PluginRegistry.discover(getClass().getClassLoader());
    }

    /** @return whether this suite checks the plugin named {@code name}; all of them unless overridden */
    protected boolean covers(String name) {
        return true;
    }

    /** @return one test per covered plugin of {@code type}, named "kind name"; fails when none is covered */
    protected <T extends Plugin> Stream<DynamicTest> each(String kind, Class<T> type, ThrowingConsumer<T> check) {
        Map<String, T> registered = plugins().plugins(type);
        List<T> covered = registered.values().stream().filter(p -> covers(p.name())).toList();
        assertThat(covered).as("registered %s plugins covered by %s", type.getSimpleName(),
                getClass().getSimpleName()).isNotEmpty();
        return covered.stream().map(p -> DynamicTest.dynamicTest(kind + " " + p.name(), () -> check.accept(p)));
    }
}
