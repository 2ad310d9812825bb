package backprop.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Initial weights have the distribution each scheme promises; biases start at zero. */
class InitializerTest {
    static final Network NET = new Network(new int[] {300, 200, 10}, new Activation[] {Activation.RELU, Activation.SOFTMAX});

    private static double[] stats(Initializer init) {
        double[] p = new double[NET.paramCount()];
        init.initialize(NET, p, new Rng(3));
        int n = 300 * 200, w = NET.weightOffset(0);
        double mean = 0, sq = 0, max = 0;
        for (int i = w; i < w + n; i++) { mean += p[i]; sq += p[i] * p[i]; max = Math.max(max, Math.abs(p[i])); }
        for (int l = 0; l < NET.layerCount(); l++) {
            for (int b = NET.biasOffset(l); b < NET.biasOffset(l) + NET.outputsOf(l); b++) assertEquals(0.0, p[b]);
        }
        mean /= n;
        return new double[] {mean, Math.sqrt(sq / n - mean * mean), max};
    }

    @Test
    void eachSchemeHasItsSpread() {
        assertEquals(0.0, stats(Initializer.ZEROS)[2]);
        double[] normal = stats(Initializer.NORMAL);
        assertEquals(0.1, normal[1], 0.002);
        double[] uniform = stats(Initializer.UNIFORM);
        assertEquals(1 / Math.sqrt(12), uniform[1], 0.005);
        assertTrue(uniform[2] <= 0.5);
        double limit = Math.sqrt(6.0 / 500);
        double[] glorot = stats(Initializer.GLOROT);
        assertTrue(glorot[2] <= limit && glorot[2] > 0.99 * limit);
        assertEquals(limit / Math.sqrt(3), glorot[1], 0.002);
        assertEquals(Math.sqrt(2.0 / 300), stats(Initializer.HE)[1], 0.002);
        for (Initializer i : Initializer.values()) assertEquals(0.0, stats(i)[0], 0.003, i.id);
    }

    @Test
    void rngIsUniformEnough() {
        Rng r = new Rng(99);
        int[] counts = new int[10];
        for (int i = 0; i < 100_000; i++) counts[r.nextInt(10)]++;
        double chi = 0;
        for (int c : counts) chi += (c - 10_000.0) * (c - 10_000.0) / 10_000.0;
        assertTrue(chi < 30, "chi-square with 9 degrees of freedom: " + chi); // p ≈ 0.0004
        for (int i = 0; i < 10_000; i++) {
            double d = r.nextDouble();
            assertTrue(d >= 0 && d < 1);
        }
    }
}
