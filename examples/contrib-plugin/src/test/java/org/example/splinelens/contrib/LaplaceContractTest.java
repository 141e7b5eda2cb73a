package org.example.splinelens.contrib;

import org.splinelens.experiments.contract.InitializerContract;

/** splinelens' initializer contract, run on this module's initializer. */
class LaplaceContractTest extends InitializerContract {
    @Override
    protected boolean covers(String name) {
        return name.equals("laplace");
    }
}
