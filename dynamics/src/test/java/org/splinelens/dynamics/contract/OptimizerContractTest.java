package org.splinelens.dynamics.contract;

/** The optimizer contract over every built-in optimizer. */
class OptimizerContractTest implements OptimizerContract {
}
