package org.despatch.classify;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Run by the build (Maven's process-classes phase): trains the learned layer on the bundled sentences and writes
 * it where the classes go, so every run loads it in a fraction of a second instead of training it for seconds.
 * A model written from other sentences or by another version is not used (the model version says which).
 * Argument: the file to write, {@code target/classes/org/despatch/classify/training/model.bin}.
 */
public final class ModelBuilder {

    private ModelBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ModelBuilder FILE");
        }
        LearnedModel.trainAndWrite(Path.of(args[0]));
    }
}
