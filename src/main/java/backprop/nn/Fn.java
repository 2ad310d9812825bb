package backprop.nn;

/**
 * Elementary functions the engine needs, written with + − × ÷ and comparisons only, so that
 * they are finite, accurate and bit-identical on HotSpot, TeaVM's Wasm-GC and TeaVM's JS
 * output (TeaVM's own {@code Math.tanh} is NaN for |x| ≳ 710 and its {@code expm1} is
 * inexact near 0; a call from Wasm to the JS {@code Math.exp} also costs more than the
 * arithmetic below). IEEE 754 makes each basic operation exactly rounded on every target, and
 * Java forbids fused multiply-add contraction, so the same code gives the same bits.
 * One caution: TeaVM 0.15's JS output prints {@code a * (b * c)}, {@code a * (b / c)} and
 * {@code a + (b - c)} without the parentheses, which JS then evaluates left to right; so the
 * engine writes such expressions with the bracketed operand first, {@code (b * c) * a},
 * {@code (b - c) + a} (same value, any target).
 *
 * <p>The methods are instance methods on one shared object ({@link #MATH}) that owns the lookup
 * tables: TeaVM guards every call of a static method of a class with a static initialiser by a
 * class-initialisation check (an indirect call in Wasm-GC), which cost more than the arithmetic
 * here. Hot loops keep a reference to {@code MATH} and call it directly.
 */
public final class Fn {
    /** The shared instance. */
    public static final Fn MATH = new Fn();

    // e^x by P. T. P. Tang's table-driven method (ACM TOMS 15(2), 1989): x = (64n + j)·ln2/64 + r,
    // e^x = 2^n · 2^(j/64) · e^r with |r| ≤ ln2/128. No Math.floor: TeaVM's Wasm-GC output
    // imports it from JS (≈ 26 ns a call); a cast to int rounds instead.
    private static final double INV_L = 0x1.71547652b82fep+6;  // 64 / ln 2
    private static final double L1 = 0x1.62e42fefa0000p-7;     // ln2/64, 36 significant bits: k·L1 is exact
    private static final double L2 = 0x1.cf79abc9e3b3ap-46;    // ln2/64 − L1
    private static final double EXP_OVERFLOW = 709.782712893383973096;   // ln(Double.MAX_VALUE)
    private static final double EXP_UNDERFLOW = -745.1332191019412076235; // ln(min subnormal / 2)
    private static final double LN2_HALF = 0.34657359027997264;          // ln(2) / 2
    private static final double LN2_HI = 0x1.62e42feep-1;    // ln 2 to 32 bits: k·LN2_HI is exact for |k| < 2^21
    private static final double LN2_LO = 0x1.a39ef35793c76p-33; // ln 2 − LN2_HI
    private static final double SQRT2 = 0x1.6a09e667f3bcdp+0;  // √2

    /** 2^(j/64), j = 0..63, correctly rounded (generated with 60-digit decimal arithmetic). */
    private final double[] t = {

        0x1.0000000000000p+0, 0x1.02c9a3e778061p+0, 0x1.059b0d3158574p+0, 0x1.0874518759bc8p+0,
        0x1.0b5586cf9890fp+0, 0x1.0e3ec32d3d1a2p+0, 0x1.11301d0125b51p+0, 0x1.1429aaea92de0p+0,
        0x1.172b83c7d517bp+0, 0x1.1a35beb6fcb75p+0, 0x1.1d4873168b9aap+0, 0x1.2063b88628cd6p+0,
        0x1.2387a6e756238p+0, 0x1.26b4565e27cddp+0, 0x1.29e9df51fdee1p+0, 0x1.2d285a6e4030bp+0,
        0x1.306fe0a31b715p+0, 0x1.33c08b26416ffp+0, 0x1.371a7373aa9cbp+0, 0x1.3a7db34e59ff7p+0,
        0x1.3dea64c123422p+0, 0x1.4160a21f72e2ap+0, 0x1.44e086061892dp+0, 0x1.486a2b5c13cd0p+0,
        0x1.4bfdad5362a27p+0, 0x1.4f9b2769d2ca7p+0, 0x1.5342b569d4f82p+0, 0x1.56f4736b527dap+0,
        0x1.5ab07dd485429p+0, 0x1.5e76f15ad2148p+0, 0x1.6247eb03a5585p+0, 0x1.6623882552225p+0,
        0x1.6a09e667f3bcdp+0, 0x1.6dfb23c651a2fp+0, 0x1.71f75e8ec5f74p+0, 0x1.75feb564267c9p+0,
        0x1.7a11473eb0187p+0, 0x1.7e2f336cf4e62p+0, 0x1.82589994cce13p+0, 0x1.868d99b4492edp+0,
        0x1.8ace5422aa0dbp+0, 0x1.8f1ae99157736p+0, 0x1.93737b0cdc5e5p+0, 0x1.97d829fde4e50p+0,
        0x1.9c49182a3f090p+0, 0x1.a0c667b5de565p+0, 0x1.a5503b23e255dp+0, 0x1.a9e6b5579fdbfp+0,
        0x1.ae89f995ad3adp+0, 0x1.b33a2b84f15fbp+0, 0x1.b7f76f2fb5e47p+0, 0x1.bcc1e904bc1d2p+0,
        0x1.c199bdd85529cp+0, 0x1.c67f12e57d14bp+0, 0x1.cb720dcef9069p+0, 0x1.d072d4a07897cp+0,
        0x1.d5818dcfba487p+0, 0x1.da9e603db3285p+0, 0x1.dfc97337b9b5fp+0, 0x1.e502ee78b3ff6p+0,
        0x1.ea4afa2a490dap+0, 0x1.efa1bee615a27p+0, 0x1.f50765b6e4540p+0, 0x1.fa7c1819e90d8p+0,
    };

    /** 2^k for k in [-1022, 1023] at index k + 1022, built by exact doublings. */
    private final double[] pow2 = new double[2046];

    private Fn() {
        double p = 1.0;
        for (int k = 0; k <= 1023; k++) { pow2[k + 1022] = p; p *= 2.0; }
        p = 1.0;
        for (int k = 0; k >= -1022; k--) { pow2[k + 1022] = p; p *= 0.5; }
    }

    /** e^x, error below 1 ulp (table entry ≤ ½ ulp, polynomial truncation &lt; 1e-19). */
    public double exp(double x) {
        if (!(x < EXP_OVERFLOW)) return x != x ? x : Double.POSITIVE_INFINITY;
        if (x < EXP_UNDERFLOW) return 0.0;
        double v = x * INV_L;
        int k = (int) (v >= 0 ? v + 0.5 : v - 0.5); // nearest integer
        int j = k & 63, n = k >> 6;                  // k = 64n + j, 0 ≤ j < 64
        double r = (x - k * L1) - k * L2;
        // e^r − 1 by its Taylor series to r^6 (|r| ≤ 0.0055)
        double p = r + r * r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720)))));
        double tj = t[j];
        double y = tj + tj * p;
        if (n < -1020) return y * pow2[n + 60 + 1022] * pow2[-60 + 1022]; // subnormal result
        return n > 1023 ? y * pow2[1023 + 1022] * 2.0 : y * pow2[n + 1022];
    }

    /**
     * e^x − 1 for |x| &lt; ln2/2: its Taylor series without the constant term (~1 ulp). An
     * instance method although it reads no field: static ones carry TeaVM's class-init check.
     */
    private double expm1Small(double x) {
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
        return x + (x * p) * x; // not x * (x * p): see the class comment on TeaVM's JS output
    }

    /**
     * e^x − 1, accurate near 0 where {@code exp(x) - 1} cancels: the series for |x| &lt; ln2/2,
     * elsewhere exp(x) − 1 (which does not cancel there).
     */
    public double expm1(double x) {
        return (x < 0 ? -x : x) < LN2_HALF ? expm1Small(x) : exp(x) - 1.0;
    }

    /**
     * ln(1 + x) for x ≥ −1, accurate near 0. Uses u = 1 + x and the identity
     * log1p(x) = ln(u) · x / (u − 1), which cancels the rounding error of u
     * (D. Goldberg, "What every computer scientist should know about floating-point
     * arithmetic", 1991, Theorem 4).
     */
    public double log1p(double x) {
        double u = 1.0 + x;
        if (u == 1.0) return x;
        if (u == Double.POSITIVE_INFINITY) return u;
        return (x / (u - 1.0)) * log(u); // the ratio first: no overflow for huge x
    }

    /**
     * Natural logarithm for x &gt; 0 (NaN below, +∞ at +∞), within about 1 ulp. Browsers'
     * {@code Math.log} is not bit-identical to Java's fdlibm, so this is ours: x = 2^k·m with
     * m in [√½, √2) by exact power-of-two scalings (no bit tricks: {@code long} is slow in JS),
     * f = m − 1, s = f/(2 + f), and ln m = 2·atanh s = f − f²/2 + s·(f²/2 + R) with
     * R = Σ 2s^2i/(2i + 1), summed to s²² (|s| ≤ 0.172, truncation &lt; 2e-18); the split of
     * k·ln2 into an exact and a small part follows fdlibm's e_log.c (Sun, 1993).
     */
    public double log(double x) {
        if (!(x > 0)) return x == 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        if (x == Double.POSITIVE_INFINITY) return x;
        int k = 0;
        while (x >= 0x1p64) { x *= 0x1p-64; k += 64; }
        while (x < 0x1p-64) { x *= 0x1p64; k -= 64; } // subnormals too: the products are exact
        if (x >= 1.0) {
            if (x >= 0x1p32) { x *= 0x1p-32; k += 32; }
            if (x >= 0x1p16) { x *= 0x1p-16; k += 16; }
            if (x >= 0x1p8) { x *= 0x1p-8; k += 8; }
            if (x >= 0x1p4) { x *= 0x1p-4; k += 4; }
            if (x >= 0x1p2) { x *= 0x1p-2; k += 2; }
            if (x >= 0x1p1) { x *= 0.5; k += 1; }
        } else {
            if (x < 0x1p-32) { x *= 0x1p32; k -= 32; }
            if (x < 0x1p-16) { x *= 0x1p16; k -= 16; }
            if (x < 0x1p-8) { x *= 0x1p8; k -= 8; }
            if (x < 0x1p-4) { x *= 0x1p4; k -= 4; }
            if (x < 0x1p-2) { x *= 0x1p2; k -= 2; }
            if (x < 0x1p-1) { x *= 0x1p1; k -= 1; }
            x *= 2.0; // now in [1, 2)
            k -= 1;
        }
        if (x >= SQRT2) { x *= 0.5; k += 1; }
        double f = x - 1.0, s = f / (2.0 + f), z = s * s, hfsq = 0.5 * f * f;
        double r = 2.0 / 23;
        r = r * z + 2.0 / 21;
        r = r * z + 2.0 / 19;
        r = r * z + 2.0 / 17;
        r = r * z + 2.0 / 15;
        r = r * z + 2.0 / 13;
        r = r * z + 2.0 / 11;
        r = r * z + 2.0 / 9;
        r = r * z + 2.0 / 7;
        r = r * z + 2.0 / 5;
        r = r * z + 2.0 / 3;
        r *= z;
        return k * LN2_HI - ((hfsq - (s * (hfsq + r) + k * LN2_LO)) - f);
    }

    /**
     * tanh x, within 4 ulp: for |x| &lt; ln2/4 as e/(e + 2) with e = expm1(2|x|) from the series,
     * above as (1 − e)/(1 + e) with e = e^(−2|x|) ≤ 0.71 (little cancellation); ±1 once
     * |x| &gt; 19.1, where tanh rounds to 1.
     */
    public double tanh(double x) {
        // Written so that TeaVM turns each comparison into one instruction: two tests of x with
        // the same operator would be merged into a call to its three-way compare helper.
        double a = x >= 0 ? x : -x;
        double v;
        if (a > 19.1) {
            v = 1.0;
        } else if (a < 0.5 * LN2_HALF) {
            double e = expm1Small(2.0 * a);
            v = e / (e + 2.0);
        } else {
            // e = e^(−2a) for 2a in [ln2/2, 38.2]: exp() inlined without its range checks,
            // since 2^n here is always a normal number (n in [−56, 0]).
            double y = -2.0 * a, m = y * INV_L;
            int k = (int) (m - 0.5);
            double r = (y - k * L1) - k * L2;
            double p = r + r * r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720)))));
            double tj = t[k & 63];
            double e = (tj + tj * p) * pow2[(k >> 6) + 1022];
            v = (1.0 - e) / (1.0 + e);
        }
        return x < 0 ? -v : v; // keeps −0 for −0 and NaN for NaN
    }

    // π/2 in three parts for Cody–Waite reduction (W. J. Cody, W. Waite, "Software manual for
    // the elementary functions", 1980): the first two have 33 significant bits, so k·P1 and k·P2
    // are exact for |k| < 2^20.
    private static final double P1 = 0x1.921fb54400000p+0, P2 = 0x1.0b4611a600000p-34, P3 = 0x1.3198a2e037073p-69;
    private static final double TWO_OVER_PI = 0x1.45f306dc9c883p-1;
    private static final double TRIG_LIMIT = 0x1p19; // beyond: the platform's (rare; not bit-identical)

    /** sin x within 2 ulp for |x| &lt; 2^19, the same bits on every target. */
    public double sin(double x) {
        double a = x >= 0 ? x : -x;
        if (!(a < TRIG_LIMIT)) return StrictMath.sin(x);
        if (a < 0x1p-27) return x; // sin x rounds to x; keeps −0
        return trig(x, 0);
    }

    /** cos x within 2 ulp for |x| &lt; 2^19, the same bits on every target. */
    public double cos(double x) {
        double a = x >= 0 ? x : -x;
        if (!(a < TRIG_LIMIT)) return StrictMath.cos(x);
        return trig(x, 1);
    }

    /**
     * sin(x + shift·π/2): x = k·π/2 + r with |r| ≤ π/4, then the Taylor series of sin r (to
     * r^17) or cos r (to r^18) by the quadrant k + shift mod 4; truncation &lt; 1e-19.
     */
    private double trig(double x, int shift) {
        double v = x * TWO_OVER_PI;
        int k = (int) (v >= 0 ? v + 0.5 : v - 0.5);
        double r = ((x - k * P1) - k * P2) - k * P3, z = r * r;
        int q = (k + shift) & 3;
        double y;
        if ((q & 1) == 0) {
            double p = -1.0 / 355687428096000.0;           // −1/17!
            p = p * z + 1.0 / 1307674368000.0;
            p = p * z - 1.0 / 6227020800.0;
            p = p * z + 1.0 / 39916800.0;
            p = p * z - 1.0 / 362880.0;
            p = p * z + 1.0 / 5040.0;
            p = p * z - 1.0 / 120.0;
            p = p * z + 1.0 / 6.0;
            y = r - (z * r) * p;                            // not r * (z * p): see the class comment
        } else {
            double p = 1.0 / 6402373705728000.0;          // 1/18!
            p = p * z - 1.0 / 20922789888000.0;
            p = p * z + 1.0 / 87178291200.0;
            p = p * z - 1.0 / 479001600.0;
            p = p * z + 1.0 / 3628800.0;
            p = p * z - 1.0 / 40320.0;
            p = p * z + 1.0 / 720.0;
            p = p * z - 1.0 / 24.0;
            double h = 0.5 * z, w = 1.0 - h;
            y = (((1.0 - w) - h) - (z * z) * p) + w; // 1 − z/2 + z²(1/24 − …); (1 − w) − h is w's rounding error; sum last, see class comment
        }
        return q < 2 ? y : -y;
    }

    /**
     * b^e for b &gt; 0 (learning-rate schedules) as e^(e·ln b), the same bits on every target
     * (browsers' {@code Math.pow} is not Java's); relative error ≈ (|e·ln b| + 2)·2^−53.
     */
    public double pow(double b, double e) {
        return e == 0 ? 1.0 : exp(e * log(b));
    }

    /** Logistic sigmoid 1/(1 + e^−x), evaluated without overflow for either sign. */
    public double sigmoid(double x) {
        if (x >= 0) return 1.0 / (1.0 + exp(-x));
        double e = exp(x);
        return e / (1.0 + e);
    }

    /** softplus ln(1 + e^x) = max(x, 0) + ln(1 + e^−|x|): never overflows. */
    public double softplus(double x) {
        return (x > 0 ? x : 0.0) + log1p(exp(x < 0 ? x : -x));
    }
}
