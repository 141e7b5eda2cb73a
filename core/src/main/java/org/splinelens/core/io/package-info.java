/**
 * File formats: networks as JSON (the format docs/CLI.md gives) and as safetensors files holding a
 * PyTorch state dict ({@code SafetensorsNetwork}; {@code NetworkFiles} reads either), atomic file writes, the
 * one-line input errors every reader raises, the decimal syntax every reader of numbers accepts ({@code Decimal}),
 * the shortest text of a double that writers use ({@code DecimalText}) and how an error quotes the input
 * ({@code Excerpt}).
 */
package org.splinelens.core.io;
