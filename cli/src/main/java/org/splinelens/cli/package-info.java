/** The {@code splinelens} command (picocli): subcommands convert, eval, breakpoints and list. */
package org.splinelens.cli;
