package org.splinelens.experiments.runner;

import java.util.Locale;

/**
 * The scale a run's verdicts were computed at, read from its resolved config alone (not from how the config was
 * given): {@link #PAPER} when the config equals the experiment's paper preset, {@link #QUICK} when it equals the quick
 * preset, {@link #CUSTOM} otherwise ({@code --set}, {@code --trials}, a YAML config or a sweep point that changed any
 * key). Only a paper-scale verdict is plain; the others are <em>indicative</em>, labelled "indicative (quick scale)" or
 * "indicative (custom scale)" wherever they are shown. An experiment whose two presets coincide runs at paper scale
 * either way. The paper preset is tested first, so a config equal to both presets is paper scale.
 */
public enum RunScale {
    /** the experiment's paper preset exactly: the papers' protocol */
    PAPER,
    /** the quick preset exactly: the smoke test */
    QUICK,
    /** any other config */
    CUSTOM;

    /** @return the scale of a run of {@code experiment} with {@code config} */
    public static <C extends Record> RunScale of(Experiment<C> experiment, C config) {
        if (config.equals(experiment.preset(Scale.PAPER))) {
            return PAPER;
        }
        return config.equals(experiment.preset(Scale.QUICK)) ? QUICK : CUSTOM;
    }

    /** @return whether the verdicts are indicative only: everything but the paper preset */
    public boolean indicative() {
        return this != PAPER;
    }

    /** @return {@code "paper scale"}, {@code "quick scale"} or {@code "custom scale"} */
    public String label() {
        return this + " scale";
    }

    /**
     * @return how a verdict at this scale stands: {@code "paper scale"}, or {@code "indicative (quick scale)"} and
     *         {@code "indicative (custom scale)"}
     */
    public String standing() {
        return indicative() ? "indicative (" + label() + ")" : label();
    }

    /** @return {@code "paper"}, {@code "quick"} or {@code "custom"} */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
