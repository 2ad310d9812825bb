package backprop.bench;

import backprop.data.Dataset;
import backprop.data.Outcome;
import backprop.experiment.Batcher;
import backprop.experiment.Evaluation;
import backprop.nn.Activation;
import backprop.nn.Initializer;
import backprop.nn.Loss;
import backprop.nn.Network;
import backprop.nn.Rng;
import backprop.nn.Trainer;

/**
 * Benchmark workload W2 as defined by the peer harness: MNIST in file order, pixels / 255,
 * 784 → 128 ReLU → 10 softmax with cross-entropy, Glorot-uniform weights, zero biases, SGD
 * lr 0.1, batch 32 (mean), one epoch, then test accuracy. {@code sparse} selects the exact
 * zero-input skipping (same results, fewer multiplications) or the plain dense loops.
 */
public final class W2 {
    public static final int BATCH = 32;

    private final Dataset train, test;
    private final Trainer trainer, inference;
    private final Batcher batcher, testBatcher;
    private final int[] order, testOrder;

    public W2(Dataset train, Dataset test, boolean sparse, int seed) {
        this.train = train;
        this.test = test;
        Network net = new Network(new int[] {784, 128, 10}, new Activation[] {Activation.RELU, Activation.SOFTMAX});
        double[] params = new double[net.paramCount()];
        Initializer.GLOROT.initialize(net, params, new Rng(seed));
        trainer = Workloads.sgd(net, params, Loss.CROSS_ENTROPY, BATCH, sparse);
        inference = Workloads.sgd(net, params, Loss.CROSS_ENTROPY, 250, sparse);
        batcher = new Batcher(train, 10, Activation.SOFTMAX);
        testBatcher = new Batcher(test, 10, Activation.SOFTMAX);
        order = identity(train.size);
        testOrder = identity(test.size);
    }

    /** A dataset from raw bytes: 784 pixels per image (0–255) and one label (0–9) per image. */
    public static Outcome<Dataset> dataset(byte[] pixels, byte[] labels, String name) {
        if (pixels.length != labels.length * 784) {
            return Outcome.error("MNIST " + name + ": " + pixels.length + " pixel bytes for " + labels.length + " labels (expected 784 per label)");
        }
        int[] l = new int[labels.length];
        for (int i = 0; i < l.length; i++) {
            l[i] = labels[i] & 0xFF;
            if (l[i] > 9) return Outcome.error("MNIST " + name + ": label " + l[i] + " at " + i + " is not a digit");
        }
        return Outcome.ok(Dataset.classification(Dataset.unsignedBytes(pixels, 784), l, 10));
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }

    /** Trains on examples [start, end) in batches of 32 (the last one may be shorter); returns the last batch loss. */
    public double trainRange(int start, int end) {
        double loss = 0;
        for (int b = start; b < end; b += BATCH) {
            loss = trainer.step(batcher.select(order, b), Math.min(BATCH, end - b), 0.1);
        }
        return loss;
    }

    public int trainSize() {
        return train.size;
    }

    /** Accuracy on the test set. */
    public double accuracy() {
        return Evaluation.of(inference, test, testBatcher, testOrder).accuracy;
    }
}
