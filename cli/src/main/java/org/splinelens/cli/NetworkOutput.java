package org.splinelens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.splinelens.core.io.Excerpt;
import org.splinelens.core.io.InvalidInputException;
import org.splinelens.core.io.IoReason;
import org.splinelens.core.io.NetworkJson;
import org.splinelens.core.io.SafetensorsNetwork;
import org.splinelens.core.io.TensorDtype;
import org.splinelens.core.network.UnivariateNetwork;
import picocli.CommandLine.Option;

/**
 * A network file a command writes, in the format its name says: {@code FILE.json} (splinelens' JSON, exact) or
 * {@code FILE.safetensors} (a PyTorch state dict, elements {@code --dtype f32}, the default and PyTorch's, or
 * {@code f64}, exact). The command names the file with its own option ({@code --to}, {@code --out}); this mixin adds
 * {@code --dtype}. The name and the dtype are checked before any work.
 */
final class NetworkOutput {
    @Option(names = "--dtype", paramLabel = "f32|f64",
            description = "element type of a .safetensors file: f32 (default; PyTorch's) or f64 (exact)")
    String dtype;

    /**
     * @param option the option that names the file, for error lines
     * @return the dtype to write a safetensors file with, or {@code null} for JSON
     * @throws InvalidInputException for a name of neither format, a directory, an unknown dtype or one given for JSON
     */
    TensorDtype check(String option, Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(option + " " + file + ": is a directory; expected a file name ending in"
                    + " .json or .safetensors");
        }
        if (name.endsWith(".json")) {
            if (dtype != null) {
                throw new InvalidInputException("--dtype " + Excerpt.cut(dtype) + ": applies to a .safetensors file;"
                        + " JSON holds every double exactly");
            }
            return null;
        }
        if (!name.endsWith(SafetensorsNetwork.EXTENSION)) {
            throw new InvalidInputException(option + " " + Excerpt.cut(file.toString()) + ": expected a file name"
                    + " ending in .json or .safetensors, which says the format to write");
        }
        if (dtype == null || dtype.equalsIgnoreCase("f32")) {
            return TensorDtype.F32;
        }
        if (dtype.equalsIgnoreCase("f64")) {
            return TensorDtype.F64;
        }
        throw new InvalidInputException("--dtype: expected f32 or f64, got " + Excerpt.of(dtype));
    }

    /**
     * Writes {@code network} atomically.
     *
     * @param dtype what {@link #check} returned for {@code file}
     */
    void write(Path file, UnivariateNetwork network, TensorDtype dtype) {
        try {
            if (dtype == null) {
                NetworkJson.write(file, network);
            } else {
                SafetensorsNetwork.write(file, network, dtype);
            }
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot write (" + IoReason.of(e) + ")");
        }
    }
}
