package backprop.data;

import backprop.nn.Fn;
import backprop.nn.Rng;

/** The point generators behind {@link Toy2D}. */
final class Toy2DShapes {
    private Toy2DShapes() {}

    /** Inner disc r &lt; 2.5 (class 1) and ring 3.5 &lt; r &lt; 5 (class 0); noise moves the label test. */
    static void circle(Points.Builder b, int n, double noise, Rng rng) {
        double radius = 5;
        for (int part = 0; part < 2; part++) {
            int count = part == 0 ? n / 2 : n - n / 2;
            for (int i = 0; i < count; i++) {
                double r = part == 0 ? rng.uniform(0, radius * 0.5) : rng.uniform(radius * 0.7, radius);
                double angle = rng.uniform(0, 2 * Math.PI);
                double x = r * Fn.MATH.sin(angle), y = r * Fn.MATH.cos(angle);
                double nx = rng.uniform(-radius, radius) * noise, ny = rng.uniform(-radius, radius) * noise;
                double d = Math.sqrt((x + nx) * (x + nx) + (y + ny) * (y + ny));
                b.add(x, y, d < radius * 0.5 ? 1 : 0);
            }
        }
    }

    /** Uniform in [−5, 5]² pushed 0.3 away from the axes; class 1 where x·y ≥ 0 (after noise). */
    static void xor(Points.Builder b, int n, double noise, Rng rng) {
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

    /** One Gaussian cloud per centre; variance 0.5 → 4 as noise goes 0 → 0.5 (TF Playground's scale). */
    static void blobs(Points.Builder b, int n, double noise, double[][] centres, int[] labels, Rng rng) {
        double sd = Math.sqrt(0.5 + 7 * noise);
        int k = centres.length;
        for (int c = 0; c < k; c++) {
            int count = n / k + (c < n % k ? 1 : 0);
            for (int i = 0; i < count; i++) {
                b.add(centres[c][0] + rng.nextGaussian() * sd, centres[c][1] + rng.nextGaussian() * sd, labels == null ? c : labels[c]);
            }
        }
    }

    /** k centres evenly spaced on a circle. */
    static double[][] ring(int k, double radius) {
        double[][] c = new double[k][];
        for (int i = 0; i < k; i++) {
            double a = 2 * Math.PI * i / k + Math.PI / 2;
            c[i] = new double[] {radius * Fn.MATH.cos(a), radius * Fn.MATH.sin(a)};
        }
        return c;
    }

    /** k interleaved spiral arms, 1.75 turns, radius 0 → 5; noise adds U(−1, 1)·noise per axis. */
    static void spiral(Points.Builder b, int n, double noise, int k, int[] labels, Rng rng) {
        for (int c = 0; c < k; c++) {
            int count = n / k + (c < n % k ? 1 : 0);
            double deltaT = 2 * Math.PI * c / k;
            for (int i = 0; i < count; i++) {
                double r = (double) i / count * 5;
                double t = 1.75 * i / count * 2 * Math.PI + deltaT;
                double x = r * Fn.MATH.sin(t) + rng.uniform(-1, 1) * noise;
                double y = r * Fn.MATH.cos(t) + rng.uniform(-1, 1) * noise;
                b.add(x, y, labels == null ? c : labels[c]);
            }
        }
    }

    /** Two half circles of radius 3.5 (class 1 on top), offset so they interleave; Gaussian noise sd 2·noise. */
    static void moons(Points.Builder b, int n, double noise, Rng rng) {
        double sd = 2 * noise;
        for (int part = 0; part < 2; part++) {
            int count = part == 0 ? n / 2 : n - n / 2;
            for (int i = 0; i < count; i++) {
                double t = rng.uniform(0, Math.PI);
                double x = part == 0 ? Fn.MATH.cos(t) : 1 - Fn.MATH.cos(t);
                double y = part == 0 ? Fn.MATH.sin(t) : 0.5 - Fn.MATH.sin(t);
                b.add(3.5 * (x - 0.5) + rng.nextGaussian() * sd, 3.5 * (y - 0.25) + rng.nextGaussian() * sd, part == 0 ? 1 : 0);
            }
        }
    }

    /** Uniform in [−6, 6]², squares of side 3 alternate classes; noise moves the label test like circle. */
    static void checker(Points.Builder b, int n, double noise, Rng rng) {
        for (int i = 0; i < n; i++) {
            double x = rng.uniform(-6, 6), y = rng.uniform(-6, 6);
            double tx = x + rng.uniform(-6, 6) * noise + 12, ty = y + rng.uniform(-6, 6) * noise + 12; // shifted ≥ 0
            b.add(x, y, ((int) (tx / 3) + (int) (ty / 3)) % 2);
        }
    }

    /** TF Playground's plane: value (x + y) / 10 at a point moved by noise. */
    static void plane(Points.Builder b, int n, double noise, Rng rng) {
        for (int i = 0; i < n; i++) {
            double x = rng.uniform(-6, 6), y = rng.uniform(-6, 6);
            double nx = rng.uniform(-6, 6) * noise, ny = rng.uniform(-6, 6) * noise;
            b.addValue(x, y, (x + nx + y + ny) / 10);
        }
    }

    /** TF Playground's six Gaussians: sign · max(0, 1 − d/2) of the nearest-strongest centre. */
    static void multiGauss(Points.Builder b, int n, double noise, Rng rng) {
        double[][] g = {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};
        for (int i = 0; i < n; i++) {
            double x = rng.uniform(-6, 6), y = rng.uniform(-6, 6);
            double px = x + rng.uniform(-6, 6) * noise, py = y + rng.uniform(-6, 6) * noise;
            double label = 0;
            for (double[] c : g) {
                double d = Math.sqrt((px - c[0]) * (px - c[0]) + (py - c[1]) * (py - c[1]));
                double v = c[2] * Math.max(0, 1 - d / 2);
                if (Math.abs(v) > Math.abs(label)) label = v;
            }
            b.addValue(x, y, label);
        }
    }
}
