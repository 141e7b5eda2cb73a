package org.splinelens.init.contract;

/** The initializer contract over every built-in initializer. */
class InitializerContractTest implements InitializerContract {
}
