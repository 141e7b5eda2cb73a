/**
 * A worked example of a third-party plugin module (docs/EXTENDING.md): a Laplace initializer, the Adagrad optimizer
 * and a small experiment that crosses initializers with optimizers, registered only through {@link
 * org.example.splinelens.contrib.ContribModule} and {@code META-INF/services}.
 */
package org.example.splinelens.contrib;
