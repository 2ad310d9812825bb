package backprop.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Softmax and the losses: finite for any logits, equal to their textbook formulas where those are stable. */
class LossTest {
    static final Fn F = Fn.MATH;

    /** Finite logits of every size, with ±1000 and the extremes mixed in. */
    @Provide
    Arbitrary<List<Double>> logits() {
        Arbitrary<Double> one = Arbitraries.oneOf(
                Arbitraries.doubles().between(-1000, 1000),
                Arbitraries.of(1000.0, -1000.0, 0.0, -0.0, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, 745.0, -745.0),
                Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite));
        return one.list().ofMinSize(1).ofMaxSize(12);
    }

    static double[] array(List<Double> l) {
        return l.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Property(tries = 5000)
    void softmaxIsAProbabilityVectorForAnyFiniteLogits(@ForAll("logits") List<Double> logits) {
        double[] z = array(logits), p = new double[z.length];
        Activation.SOFTMAX.forward(z, p, 0, z.length, z.length);
        double sum = 0;
        int argmax = 0;
        for (int i = 0; i < z.length; i++) {
            assertTrue(Double.isFinite(p[i]) && p[i] >= 0 && p[i] <= 1, "p[" + i + "] = " + p[i]);
            sum += p[i];
            if (z[i] > z[argmax]) argmax = i;
        }
        assertEquals(1.0, sum, 1e-12);
        for (double v : p) assertTrue(p[argmax] >= v, "the largest logit gets the largest probability");
    }

    @Property(tries = 2000)
    void softmaxMatchesTheDefinitionAndIgnoresShifts(@ForAll("logits") List<Double> logits) {
        // p_i = e^z_i / Σ_j e^z_j, computed directly for logits in [−30, 30] where nothing overflows.
        double[] z = array(logits).clone(), p = new double[z.length], q = new double[z.length];
        for (int i = 0; i < z.length; i++) z[i] = z[i] % 30;
        double s = 0;
        for (double v : z) s += StrictMath.exp(v);
        Activation.SOFTMAX.forward(z, p, 0, z.length, z.length);
        double[] shifted = new double[z.length];
        for (int i = 0; i < z.length; i++) shifted[i] = z[i] + 500; // softmax(z + c) = softmax(z)
        Activation.SOFTMAX.forward(shifted, q, 0, z.length, z.length);
        for (int i = 0; i < z.length; i++) {
            double want = StrictMath.exp(z[i]) / s;
            assertEquals(want, p[i], 1e-14 * want + 1e-300, "p[" + i + "]");
            assertEquals(p[i], q[i], 1e-12 * p[i] + 1e-300, "shifted p[" + i + "]");
        }
    }

    @Test
    void crossEntropyAndBceStayFiniteForLogitsOfPlusMinus1000() {
        // CE: L = logsumexp(z) − z_t. z = (1000, −1000, 0), t = class 1: L = 1000 − (−1000) = 2000 (+ e^−1000 terms).
        double[] z = {1000, -1000, 0}, a = new double[3], t = {0, 1, 0}, g = new double[3];
        Activation.SOFTMAX.forward(z, a, 0, 3, 3);
        assertEquals(2000.0, Loss.CROSS_ENTROPY.evaluate(z, a, t, g, 1, 3, 1.0), 1e-9);
        assertEquals(1.0, g[0], 1e-15);  // dL/dz = p − t
        assertEquals(-1.0, g[1], 1e-15);
        assertEquals(0.0, Loss.CROSS_ENTROPY.evaluate(z, a, new double[] {1, 0, 0}, g, 1, 3, 1.0), 1e-300);
        // BCE: L = max(z, 0) − z·t + ln(1 + e^−|z|): (z, t) = (1000, 0) → 1000; (−1000, 1) → 1000; (−1000, 0) → e^−1000 ≈ 0.
        double[] zb = {1000, -1000, -1000, 1000}, tb = {0, 1, 0, 1}, ab = new double[4], gb = new double[4];
        for (int i = 0; i < 4; i++) ab[i] = F.sigmoid(zb[i]);
        double[] each = new double[4];
        for (int i = 0; i < 4; i++) each[i] = Loss.BCE.evaluate(new double[] {zb[i]}, new double[] {ab[i]}, new double[] {tb[i]}, new double[1], 1, 1, 1.0);
        assertEquals(1000.0, each[0], 0.0);
        assertEquals(1000.0, each[1], 0.0);
        assertTrue(each[2] >= 0 && each[2] < 1e-300, "" + each[2]);
        assertTrue(each[3] >= 0 && each[3] < 1e-300, "" + each[3]);
        assertEquals(2000.0, Loss.BCE.evaluate(zb, ab, tb, gb, 4, 1, 1.0), 0.0);
        for (double v : gb) assertTrue(Double.isFinite(v) && Math.abs(v) <= 1);
    }

    @Property(tries = 3000)
    void crossEntropyIsMinusLogOfTheTargetProbability(@ForAll("logits") List<Double> logits) {
        double[] z = array(logits);
        int k = z.length;
        if (k < 2) return;
        for (int i = 0; i < k; i++) z[i] = z[i] % 1e4;
        double[] a = new double[k], t = new double[k], g = new double[k];
        int cls = (int) Math.floorMod(Double.doubleToLongBits(z[0]), (long) k);
        t[cls] = 1;
        Activation.SOFTMAX.forward(z, a, 0, k, k);
        double loss = Loss.CROSS_ENTROPY.evaluate(z, a, t, g, 1, k, 0.5);
        assertTrue(Double.isFinite(loss) && loss >= 0, "loss " + loss);
        if (a[cls] > 1e-300) assertEquals(-StrictMath.log(a[cls]), loss, 1e-9 * Math.max(1, loss)); // −ln p_t
        for (int j = 0; j < k; j++) assertEquals(0.5 * (a[j] - t[j]), g[j], 0.0, "scale·(p − t)");
    }

    @Property(tries = 3000)
    void bceIsTheTextbookFormula(@ForAll("logits") List<Double> logits) {
        double z = logits.get(0), t = logits.size() % 2;
        double a = F.sigmoid(z), g[] = new double[1];
        double loss = Loss.BCE.evaluate(new double[] {z}, new double[] {a}, new double[] {t}, g, 1, 1, 1.0);
        assertTrue(Double.isFinite(loss) && loss >= 0, "bce(" + z + ", " + t + ") = " + loss);
        if (Math.abs(z) < 30) { // −[t ln σ(z) + (1 − t) ln(1 − σ(z))] with 1 − σ(z) = σ(−z), no cancellation
            double want = -(t * StrictMath.log(1 / (1 + StrictMath.exp(-z))) + (1 - t) * StrictMath.log(1 / (1 + StrictMath.exp(z))));
            assertEquals(want, loss, 1e-12 * Math.max(1, want));
        }
        assertEquals(a - t, g[0], 0.0);
    }

    @Test
    void mseIsHalfTheSquaredError() {
        double[] a = {0.5, -1, 2}, t = {0, 1, 2}, g = new double[3];
        assertEquals(0.5 * (0.25 + 4 + 0), Loss.MSE.evaluate(a, a, t, g, 1, 3, 1.0), 0.0);
        assertEquals(0.5, g[0], 0.0); // dL/da = a − t
        assertEquals(-2.0, g[1], 0.0);
        assertTrue(Loss.CROSS_ENTROPY.gradientIsForLogits() && Loss.BCE.gradientIsForLogits() && !Loss.MSE.gradientIsForLogits());
    }

    @Test
    void invalidHeadsAreRejectedWithAReason() {
        assertNull(Loss.MSE.incompatibility(Activation.TANH));
        assertNull(Loss.BCE.incompatibility(Activation.SIGMOID));
        assertNull(Loss.CROSS_ENTROPY.incompatibility(Activation.SOFTMAX));
        assertNotNull(Loss.MSE.incompatibility(Activation.SOFTMAX));
        assertNotNull(Loss.CROSS_ENTROPY.incompatibility(Activation.SIGMOID));
        Network bad = new Network(new int[] {2, 1}, new Activation[] {Activation.TANH});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () ->
                new Trainer(bad, new double[bad.paramCount()], Optimizer.create(Optimizer.Kind.SGD, 3, new Optimizer.Settings()),
                        Loss.BCE, Regularization.NONE, 0, 1, false));
        assertTrue(e.getMessage().contains("sigmoid"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Network(new int[] {2, 3, 2},
                new Activation[] {Activation.SOFTMAX, Activation.SOFTMAX}));
        assertThrows(IllegalStateException.class, () -> Activation.SOFTMAX.apply(0));
    }
}
