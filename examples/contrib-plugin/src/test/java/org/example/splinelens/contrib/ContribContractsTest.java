package org.example.splinelens.contrib;

import java.util.Set;
import org.splinelens.cli.contract.CommandContract;
import org.splinelens.dynamics.contract.OptimizerContract;
import org.splinelens.experiments.contract.ExperimentContract;
import org.splinelens.init.contract.InitializerContract;

/** splinelens' contract suites of four kinds, run on this module's plugins only. */
class ContribContractsTest implements InitializerContract, OptimizerContract, ExperimentContract,
        CommandContract {
    private static final Set<String> MINE = Set.of("laplace", "adagrad", "init-x-optimizer", "tails");

    @Override
    public boolean covers(String name) {
        return MINE.contains(name);
    }
}
