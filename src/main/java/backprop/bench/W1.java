package backprop.bench;

import backprop.data.Dataset;
import backprop.experiment.Batcher;
import backprop.experiment.Evaluation;
import backprop.nn.Activation;
import backprop.nn.Initializer;
import backprop.nn.Loss;
import backprop.nn.Network;
import backprop.nn.Rng;
import backprop.nn.Trainer;

/**
 * Benchmark workload W1 as defined by the peer harness (../shared/peers/README.md): the
 * TensorFlow Playground spiral (500 points, noise 0, shuffled by mulberry32(1), 250 train),
 * 2 → 8 tanh → 8 tanh → 1 tanh, ½(o − t)², plain SGD lr 0.03, batch 10 in a fixed order;
 * and a 100 × 100 grid of forward passes. Inputs are rounded to float32 like the harness's.
 */
public final class W1 {
    public static final int TRAIN = 250, BATCH = 10, GRID = 100;

    private final Trainer trainer, inference;
    private final Batcher batcher, testBatcher;
    private final Dataset testData;
    private final int[] order;
    private final double[] gridX = new double[GRID * GRID * 2];
    private final float[] gridOut = new float[GRID * GRID];

    public W1(int seed) {
        double[][] data = spiral();
        Network net = new Network(new int[] {2, 8, 8, 1}, new Activation[] {Activation.TANH, Activation.TANH, Activation.TANH});
        double[] params = new double[net.paramCount()];
        Initializer.UNIFORM.initialize(net, params, new Rng(seed));
        trainer = Workloads.sgd(net, params, Loss.MSE, BATCH, false);
        inference = Workloads.sgd(net, params, Loss.MSE, 128, false);
        int[] labels = new int[TRAIN];
        double[] x = new double[TRAIN * 2];
        for (int i = 0; i < TRAIN; i++) {
            x[2 * i] = data[i][0];
            x[2 * i + 1] = data[i][1];
            labels[i] = data[i][2] > 0 ? 1 : 0;
        }
        batcher = new Batcher(Dataset.classification(Dataset.doubles(x, 2), labels, 2), 1, Activation.TANH);
        int[] testLabels = new int[TRAIN];
        double[] tx = new double[TRAIN * 2];
        for (int i = 0; i < TRAIN; i++) {
            tx[2 * i] = data[TRAIN + i][0];
            tx[2 * i + 1] = data[TRAIN + i][1];
            testLabels[i] = data[TRAIN + i][2] > 0 ? 1 : 0;
        }
        testData = Dataset.classification(Dataset.doubles(tx, 2), testLabels, 2);
        testBatcher = new Batcher(testData, 1, Activation.TANH);
        order = new int[TRAIN];
        for (int i = 0; i < TRAIN; i++) order[i] = i;
        int k = 0;
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                gridX[k++] = (float) (-6 + 12.0 * i / (GRID - 1));
                gridX[k++] = (float) (6 - 12.0 * j / (GRID - 1));
            }
        }
    }

    /** Trains {@code epochs} epochs of 25 batches; returns the last batch loss. */
    public double trainEpochs(int epochs) {
        double loss = 0;
        for (int e = 0; e < epochs; e++) {
            for (int b = 0; b < TRAIN; b += BATCH) loss = trainer.step(batcher.select(order, b), BATCH, 0.03);
        }
        return loss;
    }

    /** Mean ½(o − t)² over the 250 test points. */
    public double testLoss() {
        int[] all = new int[TRAIN];
        for (int i = 0; i < TRAIN; i++) all[i] = i;
        return Evaluation.of(inference, testData, testBatcher, all).loss;
    }

    /** Forward passes over the 100 × 100 grid; returns the sum of outputs (a checksum). */
    public double grid() {
        double[] in = inference.inputs();
        int n = GRID * GRID, cap = inference.capacity();
        double sum = 0;
        for (int from = 0; from < n; from += cap) {
            int rows = Math.min(cap, n - from);
            System.arraycopy(gridX, from * 2, in, 0, rows * 2);
            inference.forward(rows);
            double[] o = inference.outputs();
            for (int r = 0; r < rows; r++) {
                gridOut[from + r] = (float) o[r];
                sum += o[r];
            }
        }
        return sum;
    }

    /** The spiral points after the harness's shuffle: {x, y, ±1} with x, y rounded to float32. */
    static double[][] spiral() {
        double[][] pts = new double[500][];
        int n = 250, k = 0;
        for (int part = 0; part < 2; part++) {
            double deltaT = part == 0 ? 0 : Math.PI;
            for (int i = 0; i < n; i++) {
                double r = (double) i / n * 5;
                double t = 1.75 * i / n * 2 * Math.PI + deltaT;
                pts[k++] = new double[] {(float) (r * StrictMath.sin(t)), (float) (r * StrictMath.cos(t)), part == 0 ? 1 : -1};
            }
        }
        Mulberry32 rand = new Mulberry32(1);
        for (int c = pts.length; c > 0; ) {
            int idx = (int) Math.floor(rand.next() * c);
            c--;
            double[] t = pts[c];
            pts[c] = pts[idx];
            pts[idx] = t;
        }
        return pts;
    }

    /** mulberry32 (T. Ettinger, public domain), the harness's data-shuffling generator. */
    static final class Mulberry32 {
        private int a;

        Mulberry32(int seed) { a = seed; }

        double next() {
            a += 0x6D2B79F5;
            int t = a;
            t = (t ^ (t >>> 15)) * (t | 1);
            t ^= t + (t ^ (t >>> 7)) * (t | 61);
            int u = t ^ (t >>> 14);
            return ((u >>> 1) * 2.0 + (u & 1)) / 4294967296.0; // unsigned, without long
        }
    }
}
