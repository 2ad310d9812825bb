package backprop.nn;

/**
 * Elementary functions the engine needs, written with + − × ÷ and comparisons only, so that
 * they are finite, accurate and bit-identical on HotSpot, TeaVM's Wasm-GC and TeaVM's JS
 * output (TeaVM's own {@code Math.tanh} is NaN for |x| ≳ 710 and its {@code expm1} is
 * inexact near 0; a call from Wasm to the JS {@code Math.exp} also costs more than the
 * arithmetic below). IEEE 754 makes each basic operation exactly rounded on every target, and
 * Java forbids fused multiply-add contraction, so the same code gives the same bits.
 */
public final class Fn {
    private Fn() {}

    private static final double LN2_HI = 6.93147180369123816490e-01; // high bits of ln 2, 32 trailing zeros
    private static final double LN2_LO = 1.90821492927058770002e-10; // ln 2 − LN2_HI
    private static final double INV_LN2 = 1.44269504088896338700e+00;
    private static final double EXP_OVERFLOW = 709.782712893383973096;   // ln(Double.MAX_VALUE)
    private static final double EXP_UNDERFLOW = -745.1332191019412076235; // ln(min subnormal / 2)

    /** 2^k for k in [-1022, 1023] at index k + 1022, built by exact doublings. */
    private static final double[] POW2 = new double[2046];

    static {
        double p = 1.0;
        for (int k = 0; k <= 1023; k++) { POW2[k + 1022] = p; p *= 2.0; }
        p = 1.0;
        for (int k = 0; k >= -1022; k--) { POW2[k + 1022] = p; p *= 0.5; }
    }

    /**
     * e^x. Cody–Waite reduction x = k·ln2 + r with |r| ≤ ln2/2 (ln 2 split in two parts so that
     * k·LN2_HI is exact), then a degree-13 Taylor polynomial for e^r (truncation < 1e-17
     * relative on that interval), scaled by 2^k. Error ≤ 2 ulp over the whole range.
     */
    public static double exp(double x) {
        if (!(x < EXP_OVERFLOW)) return x != x ? x : Double.POSITIVE_INFINITY;
        if (x < EXP_UNDERFLOW) return 0.0;
        double kd = Math.floor(x * INV_LN2 + 0.5);
        int k = (int) kd;
        double r = (x - kd * LN2_HI) - kd * LN2_LO;
        double p = expTaylor(r);
        if (k < -1020) return p * POW2[k + 1022 + 60] * POW2[-60 + 1022]; // subnormal result
        return k > 1023 ? p * POW2[1023 + 1022] * 2.0 : p * POW2[k + 1022];
    }

    private static double expTaylor(double r) {
        // Horner form of sum_{n=0..13} r^n / n!
        double p = 1.0 / 6227020800.0;
        p = p * r + 1.0 / 479001600.0;
        p = p * r + 1.0 / 39916800.0;
        p = p * r + 1.0 / 3628800.0;
        p = p * r + 1.0 / 362880.0;
        p = p * r + 1.0 / 40320.0;
        p = p * r + 1.0 / 5040.0;
        p = p * r + 1.0 / 720.0;
        p = p * r + 1.0 / 120.0;
        p = p * r + 1.0 / 24.0;
        p = p * r + 1.0 / 6.0;
        p = p * r + 0.5;
        p = p * r + 1.0;
        return p * r + 1.0;
    }

    /**
     * e^x − 1, accurate near 0 where {@code exp(x) - 1} cancels: for |x| < ln2/2 the Taylor
     * series without its constant term (relative error ~1 ulp), elsewhere exp(x) − 1 (which
     * does not cancel there).
     */
    public static double expm1(double x) {
        if (Math.abs(x) < 0.34657359027997264) {
            double p = 1.0 / 6227020800.0;
            p = p * x + 1.0 / 479001600.0;
            p = p * x + 1.0 / 39916800.0;
            p = p * x + 1.0 / 3628800.0;
            p = p * x + 1.0 / 362880.0;
            p = p * x + 1.0 / 40320.0;
            p = p * x + 1.0 / 5040.0;
            p = p * x + 1.0 / 720.0;
            p = p * x + 1.0 / 120.0;
            p = p * x + 1.0 / 24.0;
            p = p * x + 1.0 / 6.0;
            p = p * x + 0.5;
            return x + x * (x * p);
        }
        return exp(x) - 1.0;
    }

    /**
     * ln(1 + x) for x ≥ −1, accurate near 0. Uses u = 1 + x and the identity
     * log1p(x) = ln(u) · x / (u − 1), which cancels the rounding error of u
     * (D. Goldberg, "What every computer scientist should know about floating-point
     * arithmetic", 1991, Theorem 4).
     */
    public static double log1p(double x) {
        double u = 1.0 + x;
        if (u == 1.0) return x;
        if (u == Double.POSITIVE_INFINITY) return u;
        return StrictMath.log(u) * x / (u - 1.0);
    }

    /** tanh x = sign(x) · e/(e + 2) with e = expm1(2|x|); ±1 once |x| > 19.1 (rounds to 1). */
    public static double tanh(double x) {
        double a = Math.abs(x);
        if (a > 19.1) return x > 0 ? 1.0 : -1.0;
        double e = expm1(2.0 * a);
        double t = e / (e + 2.0);
        return x < 0 ? -t : t; // keeps −0 for −0 and NaN for NaN
    }

    /** Logistic sigmoid 1/(1 + e^−x), evaluated without overflow for either sign. */
    public static double sigmoid(double x) {
        if (x >= 0) return 1.0 / (1.0 + exp(-x));
        double e = exp(x);
        return e / (1.0 + e);
    }

    /** softplus ln(1 + e^x) = max(x, 0) + ln(1 + e^−|x|): never overflows. */
    public static double softplus(double x) {
        return Math.max(x, 0.0) + log1p(exp(-Math.abs(x)));
    }
}
