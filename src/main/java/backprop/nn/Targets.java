package backprop.nn;

/**
 * How class labels become target rows and output rows become predicted classes.
 * One output neuron (two classes): the target of class 1 is 1 and that of class 0 is the low
 * end of the output activation's range (−1 for tanh, identity and other signed outputs, 0 for
 * sigmoid-like ones); the decision threshold is halfway. Several outputs: one-hot targets and
 * the arg-max as prediction.
 */
public final class Targets {
    private Targets() {}

    /** Target value of class 0 for a single output with this activation. */
    public static double low(Activation out) {
        switch (out) {
            case SIGMOID: case RELU: case SOFTPLUS: case STEP: case SOFTMAX: return 0.0;
            default: return -1.0;
        }
    }

    /** Writes the target row of {@code label} (k outputs) at t[off]. */
    public static void encode(int label, int k, Activation out, double[] t, int off) {
        if (k == 1) {
            t[off] = label == 1 ? 1.0 : low(out);
            return;
        }
        for (int j = 0; j < k; j++) t[off + j] = j == label ? 1.0 : 0.0;
    }

    /** Predicted class of the output row a[off, off + k). */
    public static int decode(double[] a, int off, int k, Activation out) {
        if (k == 1) return a[off] > (low(out) + 1.0) / 2 ? 1 : 0;
        int best = 0;
        for (int j = 1; j < k; j++) if (a[off + j] > a[off + best]) best = j;
        return best;
    }

    /** Score of class 1 in [0, 1] for a single output (for colouring a two-class boundary). */
    public static double positiveScore(double a, Activation out) {
        double lo = low(out);
        double s = (a - lo) / (1.0 - lo);
        return s < 0 ? 0 : s > 1 ? 1 : s;
    }
}
