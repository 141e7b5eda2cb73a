package org.splinelens.core.io;

import java.nio.ByteBuffer;

/**
 * The floating-point element types of a safetensors file that a network's weights may have, by their names in the
 * file's header. Elements are little-endian IEEE 754: {@code F64} binary64, {@code F32} binary32, {@code F16}
 * binary16 (5 exponent bits, 10 fraction bits) and {@code BF16} bfloat16 (the top 16 bits of a binary32). Every
 * value of each type is a double exactly, so reading never rounds; writing {@code F32} rounds each double to the
 * nearest float (ties to even).
 */
public enum TensorDtype {
    /** binary64. */
    F64(8),
    /** binary32. */
    F32(4),
    /** binary16. */
    F16(2),
    /** bfloat16. */
    BF16(2);

    /** {@code 2^-24}: the value of the last fraction bit of a binary16 subnormal. */
    private static final double HALF_SUBNORMAL = 0x1p-24;

    private final int size;

    TensorDtype(int size) {
        this.size = size;
    }

    /** @return the bytes of one element */
    public int size() {
        return size;
    }

    /** @return the type named {@code name} in a safetensors header, or {@code null} when it is not one of these */
    static TensorDtype named(String name) {
        for (TensorDtype type : values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        return null;
    }

    /**
     * Reads {@code count} elements from {@code in} (little-endian, at its position, which advances) into
     * {@code out[from … from + count)}.
     */
    void decode(ByteBuffer in, double[] out, int from, int count) {
        int end = from + count;
        switch (this) {
            case F64 -> {
                for (int k = from; k < end; k++) {
                    out[k] = in.getDouble();
                }
            }
            case F32 -> {
                for (int k = from; k < end; k++) {
                    out[k] = in.getFloat();
                }
            }
            case F16 -> {
                for (int k = from; k < end; k++) {
                    out[k] = half(in.getShort());
                }
            }
            case BF16 -> {
                for (int k = from; k < end; k++) {
                    out[k] = Float.intBitsToFloat(in.getShort() << 16);
                }
            }
            default -> throw new IllegalStateException("no decoder for " + this);
        }
    }

    /**
     * Writes {@code values[from … from + count)} to {@code out} (little-endian); {@code F32} rounds to nearest.
     *
     * @throws IllegalArgumentException for {@code F16} and {@code BF16}, which are read only
     */
    void encode(double[] values, int from, int count, ByteBuffer out) {
        int end = from + count;
        switch (this) {
            case F64 -> {
                for (int k = from; k < end; k++) {
                    out.putDouble(values[k]);
                }
            }
            case F32 -> {
                for (int k = from; k < end; k++) {
                    out.putFloat((float) values[k]);
                }
            }
            default -> throw new IllegalArgumentException("writing " + this + " is not supported; write F32 or F64");
        }
    }

    /** @return the binary16 value of {@code bits}: sign, 5-bit exponent (bias 15), 10-bit fraction */
    static double half(short bits) {
        int exponent = (bits >>> 10) & 0x1f;
        int fraction = bits & 0x3ff;
        double magnitude;
        if (exponent == 0) {
            magnitude = fraction * HALF_SUBNORMAL;
        } else if (exponent == 0x1f) {
            magnitude = fraction == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            magnitude = (0x400 | fraction) * Math.scalb(HALF_SUBNORMAL, exponent - 1);
        }
        return bits < 0 ? -magnitude : magnitude;
    }
}
