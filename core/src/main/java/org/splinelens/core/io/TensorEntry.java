package org.splinelens.core.io;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One tensor of a safetensors header, checked against the file: its element type is one the format defines, its
 * bytes {@code [begin, end)} (relative to the first byte after the header) lie inside the file and hold exactly
 * {@code product(shape) × elementSize} bytes.
 *
 * @param name        the key in the header ({@code "0.weight"})
 * @param dtype       the type's name in the header ({@code "F32"}, {@code "I64"})
 * @param elementSize bytes per element of {@code dtype}
 * @param shape       the dimensions, outermost first (C order); empty for a scalar
 * @param begin       the first byte of the data
 * @param end         one past the last byte
 */
record TensorEntry(String name, String dtype, int elementSize, long[] shape, long begin, long end) {

    /** @return the number of elements: the product of the shape (1 for a scalar) */
    long elements() {
        return (end - begin) / elementSize;
    }

    /** @return the float type of the data, or {@code null} when it is not one a network's weights may have */
    TensorDtype floatType() {
        return TensorDtype.named(dtype);
    }

    /** @return the shape as PyTorch prints it: {@code [4, 1]} */
    String shapeText() {
        return text(shape);
    }

    /** @return {@code shape} as PyTorch prints it: {@code [4, 1]} */
    static String text(long[] shape) {
        return Arrays.stream(shape).mapToObj(Long::toString).collect(Collectors.joining(", ", "[", "]"));
    }

    /** @return the name quoted for an error line */
    String quoted() {
        return Excerpt.of(name);
    }
}
