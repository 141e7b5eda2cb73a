/**
 * The experiment runner: {@link org.splinelens.experiments.runner.Experiment} plugins with quick and paper presets,
 * trials seeded from (seed, trial) and run in parallel, each trial's rows written atomically as it finishes so a rerun
 * into the same directory resumes, and the run's provenance, trial table and per-cell summary. A run's
 * {@link org.splinelens.experiments.runner.RunScale} (paper, quick or custom, read from its config) says whether its
 * verdicts are plain or indicative; {@link org.splinelens.experiments.runner.PaperTable} puts a paper's printed numbers
 * beside ours.
 */
package org.splinelens.experiments.runner;
