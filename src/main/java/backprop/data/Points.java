package backprop.data;

/**
 * A 2D dataset: coordinates with a class label (classification) or a value (regression).
 * Arrays are owned by the instance and never change after construction.
 */
public final class Points {
    public final double[] x, y;
    /** Class index per point, 0 … classes−1; all 0 for regression. */
    public final int[] label;
    /** Target value per point for regression (in [−1, 1]); label as a number otherwise. */
    public final double[] value;
    /** Number of classes, or 0 for a regression set. */
    public final int classes;

    public Points(double[] x, double[] y, int[] label, double[] value, int classes) {
        if (x.length != y.length || x.length != label.length || x.length != value.length) {
            throw new IllegalArgumentException("x, y, label and value need the same length");
        }
        this.x = x;
        this.y = y;
        this.label = label;
        this.value = value;
        this.classes = classes;
    }

    public int size() {
        return x.length;
    }

    public boolean regression() {
        return classes == 0;
    }

    /** Builder used by the generators. */
    static final class Builder {
        private final double[] x, y, value;
        private final int[] label;
        private final int classes;
        private int n;

        Builder(int capacity, int classes) {
            x = new double[capacity];
            y = new double[capacity];
            value = new double[capacity];
            label = new int[capacity];
            this.classes = classes;
        }

        void add(double px, double py, int cls) {
            x[n] = px;
            y[n] = py;
            label[n] = cls;
            value[n] = cls;
            n++;
        }

        void addValue(double px, double py, double v) {
            x[n] = px;
            y[n] = py;
            value[n] = v;
            n++;
        }

        int lastLabel() {
            return label[n - 1];
        }

        Points build() {
            return new Points(java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n),
                    java.util.Arrays.copyOf(label, n), java.util.Arrays.copyOf(value, n), classes);
        }
    }
}
