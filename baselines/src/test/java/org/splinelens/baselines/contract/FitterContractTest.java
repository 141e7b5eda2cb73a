package org.splinelens.baselines.contract;

/** The fitter contract over every built-in fitter. */
class FitterContractTest implements FitterContract {
}
