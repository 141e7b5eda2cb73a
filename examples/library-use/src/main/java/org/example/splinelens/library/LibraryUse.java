package org.example.splinelens.library;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.splinelens.core.data.Dataset;
import org.splinelens.core.data.Samplers;
import org.splinelens.core.network.ShallowNetwork;
import org.splinelens.core.spline.Bdso;
import org.splinelens.dynamics.optim.GradientDescent;
import org.splinelens.dynamics.train.Trainer;
import org.splinelens.dynamics.train.TrainerConfig;
import org.splinelens.dynamics.train.TrainingResult;
import org.splinelens.init.Initializer;
import org.splinelens.init.random.RandomInitializers;

/** Builds a shallow ReLU network, trains it briefly on a sine and prints its breakpoints, one a line. */
public final class LibraryUse {
    private LibraryUse() {
    }

    /** @return a width-8 He-initialized network after 200 full-batch gradient steps on sin(x) */
    public static ShallowNetwork trained() {
        SplittableRandom random = new SplittableRandom(7);
        Dataset data = Dataset.sample(Samplers.grid(-3, 3, 0.25), Math::sin);
        Initializer he = RandomInitializers.all().stream().filter(f -> f.name().equals("he-normal")).findFirst()
                .orElseThrow().create(Map.of());
        ShallowNetwork start = he.shallow(8, data, random);
        TrainingResult result = new Trainer(TrainerConfig.epochs(200).observingEvery(50))
                .train(start, data, new GradientDescent(0.01), random, List.of());
        return (ShallowNetwork) result.network();
    }

    /** Prints the trained network's breakpoints β_i = −b_i / w_i to {@code out}, unit by unit (SRS eq. 1). */
    public static void print(PrintStream out) {
        Arrays.stream(Bdso.of(trained()).breakpoints()).forEach(out::println);
    }

    public static void main(String[] args) {
        print(System.out);
    }
}
