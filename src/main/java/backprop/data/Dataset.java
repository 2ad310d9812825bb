package backprop.data;

/**
 * Training or test examples for the engine: an input row per example plus a class label
 * (classification) or a target value (regression). Inputs are stored compactly (doubles for
 * 2D features, bytes for images) and expanded to doubles one batch at a time.
 */
public final class Dataset {
    /** Row storage. */
    public interface Inputs {
        int width();

        /** Writes row i into dst[off, off + width). */
        void copyRow(int i, double[] dst, int off);
    }

    public final Inputs inputs;
    public final int size;
    /** Number of classes; 0 for regression. */
    public final int classes;
    /** Class index per example (classification). */
    public final int[] labels;
    /** Target value per example (regression); null for classification. */
    public final double[] values;

    private Dataset(Inputs inputs, int size, int classes, int[] labels, double[] values) {
        this.inputs = inputs;
        this.size = size;
        this.classes = classes;
        this.labels = labels;
        this.values = values;
    }

    public static Dataset classification(Inputs inputs, int[] labels, int classes) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("label " + labels[i] + " of example " + i + " is outside 0.." + (classes - 1));
            }
        }
        return new Dataset(inputs, labels.length, classes, labels, null);
    }

    public static Dataset regression(Inputs inputs, double[] values) {
        return new Dataset(inputs, values.length, 0, new int[values.length], values);
    }

    public boolean regression() {
        return classes == 0;
    }

    /** Rows of doubles, [n][width] row-major. */
    public static Inputs doubles(double[] matrix, int width) {
        return new Inputs() {
            @Override public int width() { return width; }
            @Override public void copyRow(int i, double[] dst, int off) {
                System.arraycopy(matrix, i * width, dst, off, width);
            }
        };
    }

    /** Rows of unsigned bytes scaled to [0, 1] (pixel / 255), [n][width] row-major. */
    public static Inputs unsignedBytes(byte[] data, int width) {
        return new Inputs() {
            @Override public int width() { return width; }
            @Override public void copyRow(int i, double[] dst, int off) {
                int src = i * width;
                for (int j = 0; j < width; j++) dst[off + j] = (data[src + j] & 0xFF) / 255.0;
            }
        };
    }
}
