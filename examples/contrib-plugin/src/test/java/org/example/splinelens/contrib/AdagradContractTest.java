package org.example.splinelens.contrib;

import org.splinelens.experiments.contract.OptimizerContract;

/** splinelens' optimizer contract, run on this module's optimizer. */
class AdagradContractTest extends OptimizerContract {
    @Override
    protected boolean covers(String name) {
        return name.equals("adagrad");
    }
}
