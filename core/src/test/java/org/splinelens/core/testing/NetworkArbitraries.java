package org.splinelens.core.testing;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.splinelens.core.network.DeepNetwork;
import org.splinelens.core.network.ShallowNetwork;

/**
 * Makes {@link RandomNetworks#shallowNets()} and {@link RandomNetworks#deepNets()} the arbitraries of
 * {@code @ForAll ShallowNetwork} and {@code @ForAll DeepNetwork} in every module that has core's test-jar
 * (registered in {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}).
 */
public final class NetworkArbitraries implements ArbitraryProvider {
    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(ShallowNetwork.class) || targetType.isOfType(DeepNetwork.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        return Set.of(targetType.isOfType(ShallowNetwork.class) ? RandomNetworks.shallowNets()
                : RandomNetworks.deepNets());
    }
}
