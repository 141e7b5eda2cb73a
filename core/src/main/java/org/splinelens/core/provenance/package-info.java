/**
 * Where a result comes from: the {@link org.splinelens.core.provenance.Provenance} value (command and arguments,
 * resolved config, seed, splinelens version and git commit, Java and OS, loaded plugin modules, SHA-256 of every input
 * file, start and end time), its parts, and {@link org.splinelens.core.provenance.ProvenanceJson}, which writes it as
 * {@code provenance.json} beside the result.
 */
package org.splinelens.core.provenance;
