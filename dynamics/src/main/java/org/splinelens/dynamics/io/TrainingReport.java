package org.splinelens.dynamics.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Objects;
import org.splinelens.dynamics.gradient.GradientMethod;
import org.splinelens.dynamics.train.TrainingResult;

/**
 * What a training run reports when it ends, as one JSON object for machines ({@link #json()}) or one line for people
 * ({@link #line()}).
 *
 * @param result    the run's result
 * @param gradient  the gradient path the run took ({@code TrainingObjective.path()}), never {@code AUTO}
 * @param batchNorm whether the run batch-normalised the pre-activations
 */
public record TrainingReport(TrainingResult result, GradientMethod gradient, boolean batchNorm) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public TrainingReport {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(gradient, "gradient");
    }

    /** @return epochs per second of wall time; infinite for a run too short to time */
    public double epochsPerSecond() {
        return result.seconds() > 0 ? result.epochs() / result.seconds() : Double.POSITIVE_INFINITY;
    }

    /**
     * @return {@code {"finalLoss", "epochs", "seconds", "epochsPerSecond", "stop", "gradient", "batchNorm"}} in this
     *         order; an infinite rate is the string {@code "Infinity"} (JSON has no infinities)
     */
    public String json() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("finalLoss", result.finalLoss());
        node.put("epochs", result.epochs());
        node.put("seconds", result.seconds());
        node.put("epochsPerSecond", epochsPerSecond());
        node.put("stop", stop());
        node.put("gradient", gradientName());
        node.put("batchNorm", batchNorm);
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return e.g. {@code final loss 0.0123 after 1000 epochs (epochs) in 0.250 s, 4000 epochs/s, sweep gradient} */
    public String line() {
        return String.format(Locale.ROOT, "final loss %.9g after %d epochs (%s) in %.3f s, %.0f epochs/s, %s gradient",
                result.finalLoss(), result.epochs(), stop(), result.seconds(), epochsPerSecond(), gradientName());
    }

    private String stop() {
        return result.reason().name().toLowerCase(Locale.ROOT);
    }

    private String gradientName() {
        return gradient.name().toLowerCase(Locale.ROOT);
    }
}
