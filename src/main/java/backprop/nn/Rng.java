package backprop.nn;

/**
 * Seeded pseudo-random numbers with int state only (no {@code long}: TeaVM's JS output makes
 * it a BigInt), so that the same seed gives the same stream on the JVM and in the browser.
 *
 * <p>Generator: xoshiro128** (D. Blackman, S. Vigna, "Scrambled linear pseudorandom number
 * generators", ACM TOMS 2021), state seeded through the MurmurHash3 finaliser of successive
 * Weyl-sequence values so that nearby seeds give unrelated streams.
 */
public final class Rng {
    private int s0, s1, s2, s3;

    public Rng(int seed) {
        int x = seed;
        s0 = mix(x += 0x9E3779B9);
        s1 = mix(x += 0x9E3779B9);
        s2 = mix(x += 0x9E3779B9);
        s3 = mix(x + 0x9E3779B9);
        if ((s0 | s1 | s2 | s3) == 0) s0 = 1; // the all-zero state is a fixed point
    }

    /** A generator continuing exactly where this one is now. */
    public Rng copy() {
        Rng r = new Rng(0);
        r.s0 = s0;
        r.s1 = s1;
        r.s2 = s2;
        r.s3 = s3;
        return r;
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    /** Next 32 random bits. */
    public int nextInt() {
        int result = Integer.rotateLeft(s1 * 5, 7) * 9;
        int t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Integer.rotateLeft(s3, 11);
        return result;
    }

    /**
     * Uniform int in [0, bound), bound &gt; 0, without modulo bias: 31-bit draws below
     * 2^31 mod bound are rejected, so the accepted range is a multiple of bound.
     */
    public int nextInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive: " + bound);
        int threshold = (Integer.MAX_VALUE % bound + 1) % bound; // 2^31 mod bound
        while (true) {
            int r = nextInt() >>> 1;
            if (r >= threshold) return r % bound;
        }
    }

    /** Uniform double in [0, 1) with 53 random bits. */
    public double nextDouble() {
        double hi = (nextInt() >>> 6) * 134217728.0; // 26 bits × 2^27
        double lo = nextInt() >>> 5;                   // 27 bits
        return (hi + lo) * 0x1.0p-53;
    }

    /** Uniform double in [a, b). */
    public double uniform(double a, double b) {
        return a + (b - a) * nextDouble();
    }

    /** Standard normal variate by the Box–Muller transform (one of the pair is used). */
    public double nextGaussian() {
        double u1 = 1.0 - nextDouble(); // (0, 1]: log stays finite
        double u2 = nextDouble();
        return StrictMath.sqrt(-2.0 * Fn.MATH.log(u1)) * Fn.MATH.cos(2.0 * Math.PI * u2);
    }

    /** Fisher–Yates shuffle of a[from, to). */
    public void shuffle(int[] a, int from, int to) {
        for (int i = to - 1; i > from; i--) {
            int j = from + nextInt(i - from + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
