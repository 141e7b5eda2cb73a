package org.splinelens.core.targets;

import org.splinelens.core.contract.TargetContract;

/** The target contract over every built-in target. */
class TargetContractTest implements TargetContract {
}
