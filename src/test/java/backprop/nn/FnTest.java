package backprop.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The engine's own elementary functions against StrictMath (fdlibm, &lt; 1 ulp) or against
 * references built from StrictMath by exact identities, over the whole double range.
 */
class FnTest {
    static final Fn F = Fn.MATH;

    static final double[] EXTREMES = {0.0, -0.0, 1e-300, -1e-300, 1e-10, -1e-10, 0.5, -0.5, 1, -1, 20, -20,
        709, -709, 709.78, 710, -710, 745, -745, -745.2, 1000, -1000, 1e300, -1e300, Double.MAX_VALUE, -Double.MAX_VALUE,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};

    /** One function with its reference and the largest distance allowed, in units in the last place. */
    record Case(String name, DoubleUnaryOperator fn, DoubleUnaryOperator ref, long maxUlps) {}

    /** σ(x) = 1/(1 + e^−x) = e^x/(1 + e^x): the form that does not overflow for the sign of x. */
    static double sigmoidRef(double x) {
        return x >= 0 ? 1 / (1 + StrictMath.exp(-x)) : StrictMath.exp(x) / (1 + StrictMath.exp(x));
    }

    /** softplus(x) = ln(1 + e^x) = max(x, 0) + ln(1 + e^−|x|). */
    static double softplusRef(double x) {
        return Math.max(x, 0) + StrictMath.log1p(StrictMath.exp(-Math.abs(x)));
    }

    static final Case[] CASES = {
        new Case("exp", F::exp, StrictMath::exp, 1),
        new Case("expm1", F::expm1, StrictMath::expm1, 4),
        new Case("log1p", F::log1p, StrictMath::log1p, 2),
        new Case("log", F::log, StrictMath::log, 1),
        new Case("tanh", F::tanh, StrictMath::tanh, 4),
        new Case("sigmoid", F::sigmoid, FnTest::sigmoidRef, 3),
        new Case("softplus", F::softplus, FnTest::softplusRef, 3),
        new Case("sin", F::sin, StrictMath::sin, 2),
        new Case("cos", F::cos, StrictMath::cos, 2),
    };

    /** Distance in ulps between two doubles of the same sign (±0 count as equal, NaN only equals NaN). */
    static long ulps(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) return Double.isNaN(a) && Double.isNaN(b) ? 0 : Long.MAX_VALUE;
        if (a == b) return 0;
        if ((a < 0) != (b < 0) && a != 0 && b != 0) return Long.MAX_VALUE;
        return Math.abs(Double.doubleToLongBits(Math.abs(a)) - Double.doubleToLongBits(Math.abs(b)));
    }

    static void check(Case c, double x) {
        double got = c.fn.applyAsDouble(x), want = c.ref.applyAsDouble(x);
        if (Double.isFinite(want)) assertTrue(Double.isFinite(got), () -> c.name + "(" + x + ") = " + got + ", should be " + want);
        assertTrue(ulps(got, want) <= c.maxUlps, () -> c.name + "(" + x + ") = " + got + " vs " + want
                + " (" + ulps(got, want) + " ulp)");
    }

    @Test
    void extremeInputsMatchTheReferences() {
        for (Case c : CASES) for (double x : EXTREMES) check(c, x);
    }

    /** Any double: uniform bit patterns (every exponent), magnitudes log-uniform in [2^−1074, 2^11], and the ranges that matter. */
    @Provide
    Arbitrary<Double> anyDouble() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(Double::longBitsToDouble),
                Arbitraries.doubles().between(-1074, 11).flatMap(e -> Arbitraries.of(1.0, -1.0).map(s -> s * StrictMath.pow(2, e))),
                Arbitraries.doubles().between(-800, 800),
                Arbitraries.doubles().between(-1, 1));
    }

    @Property(tries = 20000)
    void everyFunctionWithinAFewUlpsEverywhere(@ForAll("anyDouble") double x) {
        for (Case c : CASES) check(c, x);
    }

    @Property(tries = 5000)
    void relativeErrorNearZeroBelow1e15(@ForAll("anyDouble") double raw) {
        // Where exp(x) − 1 or the tanh series would cancel (|x| < 1), relative error < 1e-15.
        double x = raw % 1.0;
        if (!Double.isFinite(x) || x == 0) return;
        assertTrue(Math.abs(F.expm1(x) - StrictMath.expm1(x)) <= 1e-15 * Math.abs(StrictMath.expm1(x)), () -> "expm1(" + x + ")");
        assertTrue(Math.abs(F.tanh(x) - StrictMath.tanh(x)) <= 1e-15 * Math.abs(StrictMath.tanh(x)), () -> "tanh(" + x + ")");
        assertTrue(Math.abs(F.exp(x) - StrictMath.exp(x)) <= 1e-15 * StrictMath.exp(x), () -> "exp(" + x + ")");
        assertTrue(Math.abs(F.log1p(x) - StrictMath.log1p(x)) <= 1e-15 * Math.abs(StrictMath.log1p(x)), () -> "log1p(" + x + ")");
    }

    @Property(tries = 3000)
    void powersAsSchedulesUseThem(@ForAll("anyDouble") double raw, @ForAll("anyDouble") double rawE) {
        // gamma in (0, 2), exponents up to 10^4 epochs, whole (step schedule) or fractional (exponential).
        double b = Math.abs(raw % 2.0), e = rawE % 1e4;
        if (!(b > 0) || !Double.isFinite(e)) return;
        for (double x : new double[] {e, Math.floor(e)}) {
            double w = StrictMath.pow(b, x);
            if (w == 0 || Double.isInfinite(w)) continue;
            assertEquals(w, F.pow(b, x), (Math.abs(x * StrictMath.log(b)) + 2) * 0x1p-52 * w, "pow(" + b + ", " + x + ")");
        }
    }

    @Test
    void tinyArgumentsAreExact() {
        // expm1(x) = x + x²/2 + …, tanh(x) = x − x³/3 + …, log1p(x) = x − x²/2 + …: for |x| ≤ 1e-10 the
        // correction is below ½ ulp of x·1e-10, so the result is x up to one rounding.
        for (double x : new double[] {1e-300, -1e-300, Double.MIN_VALUE, 1e-200, -3e-17}) {
            assertEquals(x, F.expm1(x), 0.0);
            assertEquals(x, F.tanh(x), 0.0);
            assertEquals(x, F.log1p(x), 0.0);
            assertEquals(1.0, F.exp(x), 0.0);
            assertEquals(0.5, F.sigmoid(x), 0.0);
        }
        assertEquals(StrictMath.expm1(1e-10), F.expm1(1e-10), 0.0);
        assertEquals(1e-10, F.tanh(1e-10), Math.ulp(1e-10));
    }

    @Test
    void saturationAndOverflow() {
        assertEquals(1.0, F.tanh(1000), 0.0);
        assertEquals(-1.0, F.tanh(-1000), 0.0);
        assertEquals(1.0, F.tanh(Double.POSITIVE_INFINITY), 0.0);
        assertEquals(1.0, F.sigmoid(1000), 0.0);   // 1/(1 + e^−1000) rounds to 1
        assertEquals(0.0, F.sigmoid(-1000), 0.0);  // e^−1000 underflows to 0
        assertEquals(1000.0, F.softplus(1000), 0.0);
        double sp = F.softplus(-1000);             // ln(1 + e^−1000) ≈ e^−1000 ≈ 5e-435, below every double
        assertTrue(sp >= 0 && sp < 1e-300, "softplus(-1000) = " + sp);
        double e30 = StrictMath.exp(-30);
        assertEquals(e30 - e30 * e30 / 2, F.softplus(-30), 1e-15 * e30); // ln(1 + u) = u − u²/2 + … with u = e^−30
        assertEquals(Double.POSITIVE_INFINITY, F.exp(710), 0.0);
        assertEquals(Double.MIN_VALUE, F.exp(-745), 0.0);
        assertEquals(0.0, F.exp(-746), 0.0);
        assertEquals(-1.0, F.expm1(-1000), 0.0);
        assertEquals(StrictMath.log(Double.MAX_VALUE), F.log1p(Double.MAX_VALUE), 0.0);
        assertEquals(Double.NEGATIVE_INFINITY, F.log1p(-1), 0.0);
        assertTrue(Double.isNaN(F.log1p(-2)));
        for (Case c : CASES) assertTrue(Double.isNaN(c.fn.applyAsDouble(Double.NaN)), c.name + "(NaN)");
    }

    @Property(tries = 3000)
    void symmetries(@ForAll("anyDouble") double x) {
        if (Double.isNaN(x)) return;
        assertEquals(-F.tanh(x), F.tanh(-x), 0.0, "tanh is odd, bit for bit");
        assertEquals(1.0, F.sigmoid(x) + F.sigmoid(-x), 5e-16, "σ(x) + σ(−x) = 1");
        if (Math.abs(x) < 1e15) assertEquals(x, F.softplus(x) - F.softplus(-x), 1e-15 * Math.max(1, Math.abs(x)), "sp(x) − sp(−x) = x");
    }

    @Test
    void activationsAndDerivativesStayFiniteAtExtremeInputs() {
        for (Activation a : Activation.values()) {
            if (!a.elementWise()) continue;
            for (double x : EXTREMES) {
                if (Double.isNaN(x)) continue;
                double f = a.apply(x), d = a.derivative(x, f);
                if (Double.isFinite(x)) assertTrue(Double.isFinite(f), a.id + "(" + x + ") = " + f);
                assertTrue(Double.isFinite(d), a.id + "'(" + x + ") = " + d);
                assertTrue(d >= 0 && d <= 1, a.id + "'(" + x + ") = " + d + " outside [0, 1]");
                // The array kernels agree with the scalar definitions.
                double[] z = {x}, out = {0}, g = {1};
                a.forward(z, out, 0, 1, 1);
                a.backward(z, out, g, 0, 1);
                assertEquals(f, out[0], 0.0, a.id + " forward at " + x);
                assertEquals(d, g[0], 0.0, a.id + " backward at " + x);
            }
        }
        assertEquals(1.0, Activation.SIGMOID.apply(1000), 0.0);
        assertEquals(0.0, Activation.SIGMOID.derivative(1000, 1.0), 0.0);
        assertEquals(-1.0, Activation.ELU.apply(-1000), 0.0);
        assertEquals(-10.0, Activation.LEAKY_RELU.apply(-1000), 0.0);
    }

    @Property(tries = 3000)
    void derivativesMatchDifferences(@ForAll("anyDouble") double raw) {
        // f'(z) ≈ (f(z + h) − f(z − h)) / 2h for smooth activations at moderate z.
        double z = raw % 8.0;
        if (!Double.isFinite(z)) return;
        for (Activation a : new Activation[] {Activation.SIGMOID, Activation.TANH, Activation.ELU, Activation.SOFTPLUS, Activation.IDENTITY}) {
            double h = 1e-5;
            if (a == Activation.ELU && Math.abs(z) < 2 * h) continue; // f'' jumps at 0: O(h) difference error
            double numeric = (a.apply(z + h) - a.apply(z - h)) / (2 * h);
            assertEquals(numeric, a.derivative(z, a.apply(z)), 1e-9, a.id + "'(" + z + ")");
        }
    }
}
