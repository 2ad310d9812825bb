package backprop.data;

import backprop.nn.Keyed;
import backprop.nn.Rng;

/**
 * Generators of the toy 2D datasets, keyed by stable ids. Circle, XOR, Gaussian, spiral, plane
 * and multi-Gaussian follow TensorFlow Playground's definitions (points in [−6, 6]², noise in
 * [0, 0.5]); class 1 is its positive class, class 0 its negative one. {@link #CUSTOM} is the
 * user's own points (see {@link PointCodec}) and generates nothing.
 */
public enum Toy2D implements Keyed {
    CIRCLE("circle", 2, "two classes: a disc inside a ring"),
    XOR("xor", 2, "two classes by the sign of x·y"),
    GAUSS("gauss", 2, "two Gaussian clouds"),
    SPIRAL("spiral", 2, "two interleaved spirals"),
    MOONS("moons", 2, "two interleaving half circles"),
    CHECKER("checker", 2, "a 4 × 4 checkerboard"),
    BLOBS("blobs", -1, "3 to 5 Gaussian clouds, one per class"),
    ARMS("arms", -1, "a spiral with 3 to 5 arms, one per class"),
    PLANE("plane", 0, "regression: a tilted plane, (x + y) / 10"),
    MULTIGAUSS("multigauss", 0, "regression: six Gaussian bumps of sign ±1"),
    PEOPLE("people", 2, "the 2-2-1 tutorial: weight − 135 lb and height − 66 in of 4 people, 1 = female"),
    CUSTOM("custom", -1, "your own points: click the plane or import a CSV file");

    public final String id;
    /** Classes; 0 for regression; −1 when set by the classes setting or by the points. */
    public final int classes;
    public final String description;

    Toy2D(String id, int classes, String description) {
        this.id = id;
        this.classes = classes;
        this.description = description;
    }

    public static Toy2D byId(String id) {
        return Keyed.find(values(), id);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String formula() {
        return description;
    }

    /** Half-width of the square of the plane that shows the data. */
    public double extent() {
        return this == PEOPLE ? 30 : 6;
    }

    /** {@code n} points with noise level {@code noise} (0 … 0.5) and {@code k} classes where that applies. */
    public Points generate(int n, double noise, int k, Rng rng) {
        Points.Builder b = new Points.Builder(this == PEOPLE ? 4 : n, classes < 0 ? k : classes);
        switch (this) {
            case CIRCLE: Toy2DShapes.circle(b, n, noise, rng); break;
            case XOR: Toy2DShapes.xor(b, n, noise, rng); break;
            case GAUSS: Toy2DShapes.blobs(b, n, noise, new double[][] {{2, 2}, {-2, -2}}, new int[] {1, 0}, rng); break;
            case SPIRAL: Toy2DShapes.spiral(b, n, noise, 2, new int[] {1, 0}, rng); break;
            case MOONS: Toy2DShapes.moons(b, n, noise, rng); break;
            case CHECKER: Toy2DShapes.checker(b, n, noise, rng); break;
            case BLOBS: Toy2DShapes.blobs(b, n, noise, Toy2DShapes.ring(k, 3.5), null, rng); break;
            case ARMS: Toy2DShapes.spiral(b, n, noise, k, null, rng); break;
            case PLANE: Toy2DShapes.plane(b, n, noise, rng); break;
            case MULTIGAUSS: Toy2DShapes.multiGauss(b, n, noise, rng); break;
            case PEOPLE:
                b.add(-2, -1, 1);   // Alice: 133 lb, 65 in, female
                b.add(25, 6, 0);    // Bob: 160 lb, 72 in
                b.add(17, 4, 0);    // Charlie: 152 lb, 70 in
                b.add(-15, -6, 1);  // Diana: 120 lb, 60 in, female
                break;
            default: break; // CUSTOM: the points come from the URL
        }
        return b.build();
    }
}
