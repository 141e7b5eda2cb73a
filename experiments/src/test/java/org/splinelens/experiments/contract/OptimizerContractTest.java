package org.splinelens.experiments.contract;

/** The optimizer contract over every built-in optimizer. */
class OptimizerContractTest extends OptimizerContract {
}
