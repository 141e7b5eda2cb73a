package org.splinelens.cli.contract;

/** The command contract over every built-in command. */
class CommandContractTest implements CommandContract {
}
