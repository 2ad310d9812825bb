package backprop.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import backprop.experiment.Config;
import backprop.experiment.Session;
import org.junit.jupiter.api.Test;

/** Same seed → same bits; the zero-skipping kernels change nothing but speed. */
class DeterminismTest {
    private static double[] trainedParams(String query, int steps) {
        Session s = new Session(Config.decode(query).config);
        s.step(steps);
        return s.parameters().clone();
    }

    @Test
    void sameSeedGivesBitIdenticalWeightsAfterAThousandSteps() {
        String q = "data=spiral&layers=8,8&act=tanh&opt=adam&lr=0.01&seed=3&batch=10";
        double[] a = trainedParams(q, 1000), b = trainedParams(q, 1000);
        assertArrayEquals(a, b, 0.0);
        assertNotEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(trainedParams(q.replace("seed=3", "seed=4"), 1000)));
    }

    @Test
    void resetReplaysTheSameLossSequence() {
        Session s = new Session(Config.decode("data=xor&layers=4&opt=momentum&lr=0.05&seed=9").config);
        double[] first = new double[200], second = new double[200];
        double[] init = s.parameters().clone();
        for (int i = 0; i < 200; i++) { s.step(1); first[i] = s.lastLoss(); }
        s.reset();
        assertArrayEquals(init, s.parameters(), 0.0);
        for (int i = 0; i < 200; i++) { s.step(1); second[i] = s.lastLoss(); }
        assertArrayEquals(first, second, 0.0);
    }

    @Test
    void sparseAndDenseKernelsGiveBitIdenticalTraining() {
        // 64-input rows with ~70 % exact zeros (like MNIST pixels) and ReLU hidden layers (zeros too).
        Network net = new Network(new int[] {64, 32, 16, 4}, new Activation[] {Activation.RELU, Activation.RELU, Activation.SOFTMAX});
        double[] p0 = new double[net.paramCount()];
        Initializer.HE.initialize(net, p0, new Rng(5));
        double[][] results = new double[2][];
        for (int mode = 0; mode < 2; mode++) {
            double[] p = p0.clone();
            Trainer t = new Trainer(net, p, Optimizer.create(Optimizer.Kind.SGD, p.length, new Optimizer.Settings()),
                    Loss.CROSS_ENTROPY, Regularization.NONE, 0, 13, mode == 1);
            Rng data = new Rng(11);
            for (int step = 0; step < 300; step++) {
                int rows = 1 + step % 13; // odd batch sizes exercise every remainder path
                t.step((from, n, x, y) -> {
                    for (int i = 0; i < n * 64; i++) x[i] = data.nextDouble() < 0.7 ? 0.0 : data.nextDouble();
                    for (int r = 0; r < n; r++) for (int j = 0; j < 4; j++) y[r * 4 + j] = j == r % 4 ? 1 : 0;
                }, rows, 0.05);
            }
            results[mode] = p;
        }
        assertArrayEquals(results[0], results[1], 0.0);
        assertNotEquals(java.util.Arrays.toString(p0), java.util.Arrays.toString(results[0]));
    }

    @Test
    void rngStreamsAreReproducibleAndSeedDependent() {
        Rng a = new Rng(123), b = new Rng(123), c = new Rng(124);
        int same = 0;
        for (int i = 0; i < 1000; i++) {
            int x = a.nextInt();
            assertEquals(x, b.nextInt());
            if (x == c.nextInt()) same++;
        }
        assertEquals(0, same);
    }
}
