package backprop.data;

import backprop.nn.Keyed;
import backprop.nn.Rng;

/**
 * Generators of the toy 2D datasets, keyed by stable ids. Circle, XOR, Gaussian and spiral
 * follow TensorFlow Playground's definitions (points in [−6, 6]², noise in [0, 0.5]); class 1
 * is its positive class, class 0 its negative one.
 */
public enum Toy2D implements Keyed {
    CIRCLE("circle", 2), XOR("xor", 2), GAUSS("gauss", 2), SPIRAL("spiral", 2);

    public final String id;
    public final int classes;

    Toy2D(String id, int classes) {
        this.id = id;
        this.classes = classes;
    }

    public static Toy2D byId(String id) {
        return Keyed.find(values(), id);
    }

    @Override
    public String id() {
        return id;
    }

    /** {@code n} points with noise level {@code noise} (0 … 0.5), from {@code rng}. */
    public Points generate(int n, double noise, Rng rng) {
        Points.Builder b = new Points.Builder(n, classes);
        switch (this) {
            case CIRCLE: circle(b, n, noise, rng); break;
            case XOR: xor(b, n, noise, rng); break;
            case GAUSS: gauss(b, n, noise, rng); break;
            default: spiral(b, n, noise, rng);
        }
        return b.build();
    }

    /** Inner disc r &lt; 2.5 (class 1) and ring 3.5 &lt; r &lt; 5 (class 0); noise moves the label test. */
    private static void circle(Points.Builder b, int n, double noise, Rng rng) {
        double radius = 5;
        for (int part = 0; part < 2; part++) {
            int count = part == 0 ? n / 2 : n - n / 2;
            for (int i = 0; i < count; i++) {
                double r = part == 0 ? rng.uniform(0, radius * 0.5) : rng.uniform(radius * 0.7, radius);
                double angle = rng.uniform(0, 2 * Math.PI);
                double x = r * StrictMath.sin(angle), y = r * StrictMath.cos(angle);
                double nx = rng.uniform(-radius, radius) * noise, ny = rng.uniform(-radius, radius) * noise;
                double d = Math.sqrt((x + nx) * (x + nx) + (y + ny) * (y + ny));
                b.add(x, y, d < radius * 0.5 ? 1 : 0);
            }
        }
    }

    /** Uniform in [−5, 5]² pushed 0.3 away from the axes; class 1 where x·y ≥ 0 (after noise). */
    private static void xor(Points.Builder b, int n, double noise, Rng rng) {
        double padding = 0.3;
        for (int i = 0; i < n; i++) {
            double x = rng.uniform(-5, 5);
            x += x > 0 ? padding : -padding;
            double y = rng.uniform(-5, 5);
            y += y > 0 ? padding : -padding;
            double nx = rng.uniform(-5, 5) * noise, ny = rng.uniform(-5, 5) * noise;
            b.add(x, y, (x + nx) * (y + ny) >= 0 ? 1 : 0);
        }
    }

    /** Two Gaussians at (2, 2) (class 1) and (−2, −2); variance grows from 0.5 to 4 with noise. */
    private static void gauss(Points.Builder b, int n, double noise, Rng rng) {
        double variance = 0.5 + (4 - 0.5) * (noise / 0.5);
        double sd = Math.sqrt(variance);
        for (int part = 0; part < 2; part++) {
            int count = part == 0 ? n / 2 : n - n / 2;
            double c = part == 0 ? 2 : -2;
            for (int i = 0; i < count; i++) {
                b.add(c + sd * rng.nextGaussian(), c + sd * rng.nextGaussian(), part == 0 ? 1 : 0);
            }
        }
    }

    /** Two interleaved spirals, 1.75 turns, radius 0 → 5; noise adds U(−1, 1)·noise per axis. */
    private static void spiral(Points.Builder b, int n, double noise, Rng rng) {
        for (int part = 0; part < 2; part++) {
            int count = part == 0 ? n / 2 : n - n / 2;
            double deltaT = part == 0 ? 0 : Math.PI;
            for (int i = 0; i < count; i++) {
                double r = (double) i / count * 5;
                double t = 1.75 * i / count * 2 * Math.PI + deltaT;
                double x = r * StrictMath.sin(t) + rng.uniform(-1, 1) * noise;
                double y = r * StrictMath.cos(t) + rng.uniform(-1, 1) * noise;
                b.add(x, y, part == 0 ? 1 : 0);
            }
        }
    }
}
