package org.splinelens.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A writer of ASCII text (numbers and separators, as in the training CSVs) that hands each string's bytes to the
 * stream in one copy: Java's compact strings hold ASCII as bytes already, so no character encoder runs. What it writes
 * is the text's UTF-8 encoding; a character outside ASCII, which such text never has, would be written as {@code ?}.
 */
final class AsciiWriter extends Writer {
    private final OutputStream out;

    AsciiWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public void write(String text, int from, int length) throws IOException {
        write(text.substring(from, from + length));
    }

    @Override
    public Writer append(CharSequence text) throws IOException {
        write(String.valueOf(text));
        return this;
    }

    @Override
    public void write(char[] text, int from, int length) throws IOException {
        write(new String(text, from, length));
    }

    @Override
    public void write(int c) throws IOException {
        out.write(c < 0x80 ? c : '?');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
