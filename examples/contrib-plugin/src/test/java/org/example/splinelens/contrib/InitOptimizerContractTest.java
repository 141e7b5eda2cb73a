package org.example.splinelens.contrib;

import org.splinelens.experiments.contract.ExperimentContract;

/** splinelens' experiment contract, run on this module's experiment. */
class InitOptimizerContractTest extends ExperimentContract {
    @Override
    protected boolean covers(String name) {
        return name.equals("init-x-optimizer");
    }
}
