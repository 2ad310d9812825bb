package backprop.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** The engine's own elementary functions against StrictMath (fdlibm) and exact identities. */
class FnTest {
    static final Fn F = Fn.MATH;

    static long ulps(double a, double b) {
        if (a == b) return 0;
        return Math.abs(Double.doubleToLongBits(a) - Double.doubleToLongBits(b));
    }

    @Property(tries = 20000)
    void expWithinOneUlp(@ForAll @DoubleRange(min = -745, max = 709.78) double x) {
        assertTrue(ulps(F.exp(x), StrictMath.exp(x)) <= 1, () -> "exp(" + x + ") = " + F.exp(x) + " vs " + StrictMath.exp(x));
    }

    @Property(tries = 20000)
    void tanhWithinFourUlp(@ForAll @DoubleRange(min = -25, max = 25) double x) {
        assertTrue(ulps(F.tanh(x), StrictMath.tanh(x)) <= 4, () -> "tanh(" + x + ") = " + F.tanh(x) + " vs " + StrictMath.tanh(x));
    }

    @Property(tries = 20000)
    void expm1AndLog1pAccurateNearZero(@ForAll @DoubleRange(min = -0.7, max = 0.7) double x) {
        assertTrue(ulps(F.expm1(x), StrictMath.expm1(x)) <= 2, () -> "expm1(" + x + ")");
        assertTrue(ulps(F.log1p(x), StrictMath.log1p(x)) <= 2, () -> "log1p(" + x + ")");
    }

    @Property(tries = 5000)
    void sigmoidAndSoftplusMatchTheirDefinitions(@ForAll @DoubleRange(min = -700, max = 700) double x) {
        double s = 1 / (1 + StrictMath.exp(-x));
        assertTrue(Math.abs(F.sigmoid(x) - s) <= 1e-15 * s + 1e-300, () -> "sigmoid(" + x + ")");
        double sp = Math.max(x, 0) + StrictMath.log1p(StrictMath.exp(-Math.abs(x)));
        assertTrue(Math.abs(F.softplus(x) - sp) <= 1e-15 * Math.abs(sp) + 1e-300, () -> "softplus(" + x + ")");
    }

    @Test
    void extremeInputsStayFiniteAndCorrect() {
        double[] xs = {0.0, -0.0, 1e-300, -1e-300, 1e-10, -1e-10, 0.5, -0.5, 20, -20, 709, -709, 710, -710, 745, -745, 1000, -1000, 1e300, -1e300};
        for (double x : xs) {
            assertEquals(Math.signum(x) * Math.min(1, Math.abs(StrictMath.tanh(x))), F.tanh(x), 4e-16 * Math.abs(F.tanh(x)) + 1e-320, "tanh " + x);
            assertTrue(Double.isFinite(F.sigmoid(x)) && F.sigmoid(x) >= 0 && F.sigmoid(x) <= 1, "sigmoid " + x);
            assertTrue(Double.isFinite(F.softplus(x)) && F.softplus(x) >= 0, "softplus " + x);
            for (Activation a : Activation.values()) {
                if (!a.elementWise()) continue;
                double f = a.apply(x);
                assertTrue(Double.isFinite(f) || a == Activation.IDENTITY, a.id + "(" + x + ") = " + f);
                assertTrue(Double.isFinite(a.derivative(x, f)), a.id + "'(" + x + ")");
            }
        }
        assertEquals(1.0, F.tanh(1000));
        assertEquals(-1.0, F.tanh(-1000));
        assertEquals(1.0, F.sigmoid(1000));
        assertEquals(0.0, F.sigmoid(-1000));
        assertEquals(1000.0, F.softplus(1000));
        assertEquals(1e-10, F.tanh(1e-10), 1e-26);
        assertEquals(StrictMath.expm1(1e-10), F.expm1(1e-10), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, F.exp(710));
        assertEquals(0.0, F.exp(-746));
        assertEquals(Double.MIN_VALUE, F.exp(-745));
        assertTrue(Double.isNaN(F.exp(Double.NaN)) && Double.isNaN(F.tanh(Double.NaN)));
    }

    @Property
    void softmaxSumsToOneAndStaysFinite(@ForAll @DoubleRange(min = -1000, max = 1000) double a,
                                         @ForAll @DoubleRange(min = -1000, max = 1000) double b,
                                         @ForAll @DoubleRange(min = -1000, max = 1000) double c) {
        double[] z = {a, b, c, 1000, -1000}, p = new double[5];
        Activation.SOFTMAX.forward(z, p, 0, 5, 5);
        double sum = 0;
        for (double v : p) {
            assertTrue(Double.isFinite(v) && v >= 0 && v <= 1);
            sum += v;
        }
        assertEquals(1.0, sum, 1e-12);
    }

    @Test
    void crossEntropyLossesStayFiniteForHugeLogits() {
        double[] z = {1000, -1000, 0}, a = new double[3], t = {0, 1, 0}, g = new double[3];
        Activation.SOFTMAX.forward(z, a, 0, 3, 3);
        assertEquals(2000.0, Loss.CROSS_ENTROPY.evaluate(z, a, t, g, 1, 3, 1.0), 1e-9);
        assertEquals(1.0, g[0], 1e-15);
        assertEquals(-1.0, g[1], 1e-15);
        double[] zb = {1000, -1000}, ab = {F.sigmoid(1000), F.sigmoid(-1000)}, tb = {0, 1}, gb = new double[2];
        assertEquals(2000.0, Loss.BCE.evaluate(zb, ab, tb, gb, 2, 1, 1.0), 1e-9);
        assertEquals(0.0, Loss.BCE.evaluate(new double[] {-1000}, new double[] {0}, new double[] {0}, new double[1], 1, 1, 1.0), 1e-300);
    }
}
