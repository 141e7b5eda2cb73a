package org.splinelens.experiments.contract;

/** The experiment contract over every built-in experiment. */
class ExperimentContractTest implements ExperimentContract {
}
