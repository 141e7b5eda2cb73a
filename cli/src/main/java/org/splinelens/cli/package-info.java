/**
 * The {@code splinelens} command (picocli). {@link org.splinelens.cli.SplinelensCommand} discovers the plugin registry
 * once and adds every plugin of kind {@code command} ({@link org.splinelens.cli.CommandPlugin}; the built-in ones are
 * registered by {@link org.splinelens.cli.CliModule}) as a subcommand, handing each the one
 * {@link org.splinelens.cli.Plugins} that holds every plugin look-up. Options shared by several commands are picocli
 * mixins ({@code --json}, {@code --seed}, {@code --net}, {@code --data}, {@code --out}, {@code --threads},
 * {@code --set}, and the training options of {@code train} and {@code movie}).
 */
package org.splinelens.cli;
