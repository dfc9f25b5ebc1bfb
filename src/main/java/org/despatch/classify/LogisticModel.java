package org.despatch.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Binary logistic regression over sparse named features, trained with AdaGrad and an L2 penalty. Small and
 * deterministic: the same examples in the same order give the same weights.
 */
final class LogisticModel {

    static final int EPOCHS = 40;
    static final double LEARNING_RATE = 0.3;
    static final double L2 = 1e-4;
    static final long SHUFFLE_SEED = 20261125L;

    private final Map<String, Double> weights;
    private final double bias;

    private LogisticModel(Map<String, Double> weights, double bias) {
        this.weights = weights;
        this.bias = bias;
    }

    static LogisticModel train(List<Map<String, Double>> examples, List<Boolean> positive) {
        Map<String, Double> w = new HashMap<>();
        Map<String, Double> g2 = new HashMap<>();
        double b = 0;
        double bG2 = 0;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            order.add(i);
        }
        Random random = new Random(SHUFFLE_SEED);
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            for (int i : order) {
                Map<String, Double> x = examples.get(i);
                double error = sigmoid(dot(w, x) + b) - (positive.get(i) ? 1 : 0);
                for (Map.Entry<String, Double> f : x.entrySet()) {
                    double grad = error * f.getValue() + L2 * w.getOrDefault(f.getKey(), 0.0);
                    double acc = g2.merge(f.getKey(), grad * grad, Double::sum);
                    w.merge(f.getKey(), -LEARNING_RATE * grad / Math.sqrt(acc + 1e-8), Double::sum);
                }
                bG2 += error * error;
                b -= LEARNING_RATE * error / Math.sqrt(bG2 + 1e-8);
            }
        }
        return new LogisticModel(w, b);
    }

    double probability(Map<String, Double> x) {
        return sigmoid(dot(weights, x) + bias);
    }

    /** The features of {@code x} that pushed hardest towards (positive) or away from the class. */
    List<String> strongest(Map<String, Double> x, int k, boolean towards) {
        List<Map.Entry<String, Double>> contributions = new ArrayList<>();
        for (Map.Entry<String, Double> f : x.entrySet()) {
            Double w = weights.get(f.getKey());
            if (w != null && (towards ? w > 0 : w < 0)) {
                contributions.add(Map.entry(f.getKey(), w * f.getValue()));
            }
        }
        contributions.sort((a, c) -> Double.compare(Math.abs(c.getValue()), Math.abs(a.getValue())));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, contributions.size()); i++) {
            out.add(String.format(java.util.Locale.ROOT, "%s %+.1f", contributions.get(i).getKey(),
                    contributions.get(i).getValue()));
        }
        return out;
    }

    private static double dot(Map<String, Double> w, Map<String, Double> x) {
        double sum = 0;
        for (Map.Entry<String, Double> f : x.entrySet()) {
            Double wi = w.get(f.getKey());
            if (wi != null) {
                sum += wi * f.getValue();
            }
        }
        return sum;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
