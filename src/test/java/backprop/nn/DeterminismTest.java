package backprop.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.data.Dataset;
import backprop.experiment.Batcher;
import backprop.experiment.Config;
import backprop.experiment.Session;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Same seed → same bits; the zero-skipping kernels change nothing but speed; reset() replays. */
class DeterminismTest {
    /** Bit-for-bit equality (distinguishes −0.0 from 0.0, unlike a delta comparison). */
    static void assertSameBits(double[] a, double[] b, String what) {
        assertEquals(a.length, b.length, what);
        for (int i = 0; i < a.length; i++) {
            assertEquals(Double.doubleToRawLongBits(a[i]), Double.doubleToRawLongBits(b[i]), what + " at " + i + ": " + a[i] + " vs " + b[i]);
        }
    }

    @Test
    void sameSeedGivesBitIdenticalWeightsAfterAThousandSteps() {
        String q = "data=spiral&layers=8,8&act=tanh&opt=adam&lr=0.01&seed=3&batch=10";
        Session a = new Session(Config.decode(q).config), b = new Session(Config.decode(q).config);
        assertSameBits(a.parameters(), b.parameters(), "initial weights");
        assertEquals(1000, a.step(1000));
        assertEquals(1000, b.step(1000));
        assertNull(a.divergence());
        assertSameBits(a.parameters(), b.parameters(), "weights after 1000 steps");
        assertEquals(Double.doubleToRawLongBits(a.lastLoss()), Double.doubleToRawLongBits(b.lastLoss()));
        assertFalse(Arrays.equals(a.initialParameters(), a.parameters()), "training moved the weights");
        Session other = new Session(Config.decode(q.replace("seed=3", "seed=4")).config);
        other.step(1000);
        assertFalse(Arrays.equals(a.parameters(), other.parameters()), "another seed, another run");
    }

    @Test
    void resetReturnsToTheInitialWeightsAndReplaysTheLossSequence() {
        for (String q : new String[] {"data=xor&layers=4&opt=momentum&lr=0.05&seed=9", "data=blobs&classes=4&layers=6,5&act=relu&opt=adam&batch=7&seed=2",
            "data=moons&layers=5&act=elu&opt=rmsprop&reg=l2&regRate=0.01&sched=exp&every=1&seed=5"}) {
            Session s = new Session(Config.decode(q).config);
            double[] init = s.parameters().clone();
            int n = 3 * s.stepsPerEpoch() + 2; // crosses epoch boundaries, so the reshuffling is replayed too
            double[] first = new double[n], second = new double[n];
            for (int i = 0; i < n; i++) { s.step(1); first[i] = s.lastLoss(); }
            double[] trained = s.parameters().clone();
            s.reset();
            assertSameBits(init, s.parameters(), q + ": weights after reset");
            assertEquals(0, s.steps());
            assertEquals(0, s.epoch());
            for (int i = 0; i < n; i++) { s.step(1); second[i] = s.lastLoss(); }
            assertSameBits(first, second, q + ": loss sequence");
            assertSameBits(trained, s.parameters(), q + ": weights after the replay");
        }
    }

    /** 40 % of the rows' inputs exactly 0, a few columns always 0 (like MNIST's border pixels). */
    static Dataset sparseRows(int n, int width, int classes, int seed) {
        Rng rng = new Rng(seed);
        double[] x = new double[n * width];
        int[] labels = new int[n];
        for (int r = 0; r < n; r++) {
            labels[r] = rng.nextInt(classes);
            for (int i = 0; i < width; i++) {
                boolean zero = i < 6 || rng.nextDouble() < 0.4 + 0.1 * labels[r];
                x[r * width + i] = zero ? 0.0 : rng.uniform(-1, 1);
            }
        }
        return Dataset.classification(Dataset.doubles(x, width), labels, classes);
    }

    static double[] train(boolean sparse, Optimizer.Kind kind, Regularization reg, double[][] outputs) {
        // 64-32-16-4 ReLU MLP: every layer has ≥ 16 inputs, so all three use the zero-skipping kernels.
        Network net = new Network(new int[] {64, 32, 16, 4}, new Activation[] {Activation.RELU, Activation.RELU, Activation.SOFTMAX});
        double[] p = new double[net.paramCount()];
        Initializer.HE.initialize(net, p, new Rng(5));
        Dataset data = sparseRows(203, 64, 4, 11);
        Trainer t = new Trainer(net, p, Optimizer.create(kind, p.length, new Optimizer.Settings()),
                Loss.CROSS_ENTROPY, reg, 0.001, 13, sparse);
        Batcher batcher = new Batcher(data, 4, Activation.SOFTMAX);
        int[] order = new int[data.size];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Rng shuffle = new Rng(7);
        for (int epoch = 0; epoch < 8; epoch++) {
            shuffle.shuffle(order, 0, order.length);
            // batches of 1 … 29 rows: every remainder of the 4-row loops, and chunks (capacity 13)
            for (int from = 0, b = 1; from < order.length; from += b, b = b % 29 + 1) {
                double loss = t.step(batcher.select(order, from), Math.min(b, order.length - from), 0.01);
                assertTrue(Double.isFinite(loss));
            }
        }
        batcher.select(order, 0).fill(0, 13, t.inputs(), t.targets());
        t.forward(13);
        outputs[0] = Arrays.copyOf(t.outputs(), 13 * 4);
        outputs[1] = Arrays.copyOf(t.activations(1), 13 * 32);
        return p;
    }

    @Test
    void sparseAndDenseKernelsGiveBitIdenticalTraining() {
        for (Optimizer.Kind kind : new Optimizer.Kind[] {Optimizer.Kind.SGD, Optimizer.Kind.ADAM}) {
            double[][] denseOut = new double[2][], sparseOut = new double[2][];
            double[] dense = train(false, kind, Regularization.L2, denseOut), sparse = train(true, kind, Regularization.L2, sparseOut);
            assertSameBits(dense, sparse, kind.id + " parameters");
            assertSameBits(denseOut[0], sparseOut[0], kind.id + " outputs");
            assertSameBits(denseOut[1], sparseOut[1], kind.id + " hidden activations");
            long zeros = Arrays.stream(sparseOut[1]).filter(v -> v == 0.0).count();
            assertTrue(zeros > 13 * 32 / 10, "ReLU leaves exact zeros for the kernels to skip: " + zeros);
            double[] init = new double[dense.length];
            Initializer.HE.initialize(new Network(new int[] {64, 32, 16, 4},
                    new Activation[] {Activation.RELU, Activation.RELU, Activation.SOFTMAX}), init, new Rng(5));
            assertFalse(Arrays.equals(init, dense), "training changed the weights");
        }
    }

    @Test
    void sparseAndDenseForwardPassesAgreeOnHandMadeZeros() {
        // z = a·W + b with inputs 0 in every pattern of a 4-wide group: skipping must not change a bit.
        int in = 23, out = 5, rows = 16;
        double[] p = new double[in * out + out], a = new double[rows * in], zs = new double[rows * out], zd = new double[rows * out];
        Rng rng = new Rng(3);
        for (int i = 0; i < p.length; i++) p[i] = rng.uniform(-1, 1);
        for (int r = 0; r < rows; r++) for (int i = 0; i < in; i++) a[r * in + i] = ((r >> (i % 4)) & 1) == 0 ? 0.0 : rng.uniform(-3, 3);
        int[] idx = new int[in];
        Dense.forward(a, rows, in, p, 0, in * out, out, zs, true, idx);
        Dense.forward(a, rows, in, p, 0, in * out, out, zd, false, idx);
        assertSameBits(zd, zs, "z");
        double[] naive = new double[rows * out];
        for (int r = 0; r < rows; r++) {
            for (int o = 0; o < out; o++) {
                double z = p[in * out + o];
                for (int i = 0; i < in; i++) z += a[r * in + i] * p[i * out + o]; // term by term, index order
                naive[r * out + o] = z;
            }
        }
        assertSameBits(naive, zd, "kernel vs naive loop");
    }
}
