/**
 * File formats: networks as JSON (DESIGN.md, 'Interfaces other tools rely on'), atomic file writes, and the
 * one-line input errors every reader raises.
 */
package org.splinelens.core.io;
