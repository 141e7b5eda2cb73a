package org.splinelens.experiments.contract;

/** The fitter contract over every built-in fitter. */
class FitterContractTest extends FitterContract {
}
