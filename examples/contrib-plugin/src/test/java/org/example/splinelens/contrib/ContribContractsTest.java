package org.example.splinelens.contrib;

import java.util.Set;
import org.splinelens.dynamics.contract.OptimizerContract;
import org.splinelens.experiments.contract.ExperimentContract;
import org.splinelens.init.contract.InitializerContract;

/** splinelens' contract suites of three kinds, run on this module's plugins only. */
class ContribContractsTest implements InitializerContract, OptimizerContract, ExperimentContract {
    private static final Set<String> MINE = Set.of("laplace", "adagrad", "init-x-optimizer");

    @Override
    public boolean covers(String name) {
        return MINE.contains(name);
    }
}
