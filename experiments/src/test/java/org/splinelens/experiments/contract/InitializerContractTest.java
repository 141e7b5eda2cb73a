package org.splinelens.experiments.contract;

/** The initializer contract over every built-in initializer. */
class InitializerContractTest extends InitializerContract {
}
