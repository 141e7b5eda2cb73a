package org.splinelens.cli;

import org.splinelens.core.data.Dataset;
import picocli.CommandLine.Option;

/**
 * {@code --standardize} / {@code --no-standardize}: whether a network is drawn and trained in the data's standard
 * units ({@link DataScale}) and mapped back, or in the data's own units. On by default: an initializer's scales
 * (He: breakpoints near 0, slopes near 1) suit unit data, and so does one learning rate for every data set.
 */
final class StandardizeOption {
    @Option(names = "--standardize", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "draw and train in standard units (x and y centred and scaled to unit spread by powers of"
                    + " two) and map the network back exactly to the data's units (default); --no-standardize uses"
                    + " the data as given")
    boolean on = true;

    /** @return the change to standard units of {@code data}, {@link DataScale#NONE} when off or without data */
    DataScale scale(Dataset data) {
        return on && data != null ? DataScale.of(data) : DataScale.NONE;
    }
}
