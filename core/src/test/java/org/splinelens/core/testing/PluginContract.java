package org.splinelens.core.testing;

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
 * {@code ServiceLoader} on the test's class path, so a plugin is covered the moment its module is registered. The
 * suites are interfaces (JUnit runs their {@code @TestFactory} default methods), so one test class may run the
 * contracts of several kinds: {@code class MyPluginsTest implements InitializerContract, OptimizerContract}. Override
 * {@link #covers} to narrow them to your own names.
 */
public interface PluginContract {

    /** @return every plugin module on the class path of the concrete test class */
    default PluginRegistry plugins() {
        return PluginRegistry.discover(getClass().getClassLoader());
    }

    /** @return whether the suites check the plugin named {@code name}; all of them unless overridden */
    default boolean covers(String name) {
        return true;
    }

    /** @return one test per covered plugin of {@code type}, named "kind name"; fails when none is covered */
    default <T extends Plugin> Stream<DynamicTest> each(String kind, Class<T> type, ThrowingConsumer<T> check) {
        Map<String, T> registered = plugins().plugins(type);
        List<T> covered = registered.values().stream().filter(p -> covers(p.name())).toList();
        assertThat(covered).as("registered %s plugins covered by %s", kind, getClass().getSimpleName())
                .isNotEmpty();
        return covered.stream().map(p -> DynamicTest.dynamicTest(kind + " " + p.name(), () -> check.accept(p)));
    }
}
