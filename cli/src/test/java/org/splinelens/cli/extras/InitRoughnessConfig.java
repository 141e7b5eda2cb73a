package org.splinelens.cli.extras;

/**
 * @param init     initializer with a declared shallow theory
 * @param width    units H
 * @param networks nets drawn per trial
 * @param trials   independent trials
 */
public record InitRoughnessConfig(String init, int width, int networks, int trials) {

    public InitRoughnessConfig {
        if (width < 1 || networks < 2 || trials < 1) {
            throw new IllegalArgumentException("width >= 1, networks >= 2 and trials >= 1 required");
        }
    }
}
