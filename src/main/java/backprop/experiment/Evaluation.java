package backprop.experiment;

import backprop.data.Dataset;
import backprop.nn.Targets;
import backprop.nn.Trainer;

/** Loss, accuracy and confusion matrix of a network on a whole dataset (batch inference). */
public final class Evaluation {
    /** Mean data loss per example. */
    public final double loss;
    /** Fraction classified correctly; NaN for regression. */
    public final double accuracy;
    /** confusion[actual * classes + predicted]; empty for regression. */
    public final int[] confusion;
    public final int count;

    private Evaluation(double loss, double accuracy, int[] confusion, int count) {
        this.loss = loss;
        this.accuracy = accuracy;
        this.confusion = confusion;
        this.count = count;
    }

    /** Evaluates in chunks of the trainer's capacity; {@code order} lists the examples (e.g. 0..n−1). */
    public static Evaluation of(Trainer trainer, Dataset data, Batcher batcher, int[] order) {
        int n = order.length, k = trainer.network().outputSize(), cap = trainer.capacity();
        int classes = data.classes;
        int[] confusion = new int[classes * classes];
        double sum = 0;
        int correct = 0;
        batcher.select(order, 0);
        for (int from = 0; from < n; from += cap) {
            int rows = Math.min(cap, n - from);
            batcher.fill(from, rows, trainer.inputs(), trainer.targets());
            trainer.forward(rows);
            sum += trainer.loss(rows);
            if (classes > 0) {
                double[] out = trainer.outputs();
                for (int r = 0; r < rows; r++) {
                    int actual = data.labels[order[from + r]];
                    int predicted = Targets.decode(out, r * k, k, trainer.network().outputActivation());
                    confusion[actual * classes + predicted]++;
                    if (actual == predicted) correct++;
                }
            }
        }
        return new Evaluation(n == 0 ? Double.NaN : sum / n, classes > 0 && n > 0 ? (double) correct / n : Double.NaN, confusion, n);
    }
}
