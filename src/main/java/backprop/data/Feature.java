package backprop.data;

import backprop.nn.Fn;
import backprop.nn.Keyed;

/** Input features computed from a 2D point, keyed by stable ids. */
public enum Feature implements Keyed {
    X("x", "x"), Y("y", "y"), XY("xy", "x*y"), X2("x2", "x^2"), Y2("y2", "y^2"),
    SIN_X("sinx", "sin(x)"), SIN_Y("siny", "sin(y)");

    public final String id;
    public final String label;

    Feature(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public static Feature byId(String id) {
        return Keyed.find(values(), id);
    }

    @Override
    public String id() {
        return id;
    }

    public double of(double x, double y) {
        switch (this) {
            case X: return x;
            case Y: return y;
            case XY: return x * y;
            case X2: return x * x;
            case Y2: return y * y;
            case SIN_X: return Fn.MATH.sin(x);
            default: return Fn.MATH.sin(y);
        }
    }

    /** Row-major [n][features.length] matrix of the features of each point. */
    public static double[] matrix(Feature[] features, double[] xs, double[] ys) {
        int f = features.length;
        double[] m = new double[xs.length * f];
        for (int i = 0; i < xs.length; i++) {
            for (int j = 0; j < f; j++) m[i * f + j] = features[j].of(xs[i], ys[i]);
        }
        return m;
    }
}
