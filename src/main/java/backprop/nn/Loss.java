package backprop.nn;

/**
 * Loss functions, keyed by stable ids. Each takes a batch of output rows (pre-activations z and
 * activations a, K values per row) with target rows t, returns the summed loss over the rows and
 * writes {@code scale · dL/dz} into g (scale = 1/batch gives the batch mean).
 *
 * <p>Binary and softmax cross-entropy are computed from the logits z, never from the
 * probabilities, so they stay finite for any logit (no log 0): the output activation's Jacobian
 * is folded into the gradient, which becomes (p − t).
 */
public enum Loss implements Keyed {
    /** Mean squared error with the ½ convention: L = ½ Σ_k (a_k − t_k)², so dL/da = a − t. */
    MSE("mse", "L = 1/2 * sum_k (a_k - t_k)^2"),
    /** Binary cross-entropy on sigmoid outputs: L = max(z,0) − z·t + ln(1 + e^−|z|). */
    BCE("bce", "L = -[t ln a + (1 - t) ln(1 - a)], a = sigmoid(z)"),
    /** Softmax cross-entropy: L = logsumexp(z) − Σ_k t_k z_k. */
    CROSS_ENTROPY("ce", "L = -sum_k t_k ln p_k, p = softmax(z)");

    public final String id;
    public final String formula;
    private final Fn fn = Fn.MATH; // see Fn on why hot loops avoid static calls

    Loss(String id, String formula) {
        this.id = id;
        this.formula = formula;
    }

    public static Loss byId(String id) {
        return Keyed.find(values(), id);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String formula() {
        return formula;
    }

    /** The output activation this loss needs, or null when any element-wise one works (MSE). */
    public Activation requiredOutput() {
        switch (this) {
            case BCE: return Activation.SIGMOID;
            case CROSS_ENTROPY: return Activation.SOFTMAX;
            default: return null;
        }
    }

    /** Why {@code out} cannot be used with this loss, or null when the pair is valid. */
    public String incompatibility(Activation out) {
        Activation need = requiredOutput();
        if (need != null && out != need) {
            return "loss '" + id + "' needs the '" + need.id + "' output activation (got '" + out.id + "')";
        }
        if (need == null && !out.elementWise()) {
            return "softmax outputs are trained with cross-entropy ('ce'), not '" + id + "'";
        }
        return null;
    }

    /**
     * Summed loss of {@code rows} rows of width k starting at 0; g receives scale · dL/dz.
     * For MSE the caller still multiplies g by the output activation's derivative.
     */
    public double evaluate(double[] z, double[] a, double[] t, double[] g, int rows, int k, double scale) {
        int n = rows * k;
        double sum = 0;
        Fn f = fn;
        switch (this) {
            case MSE:
                for (int i = 0; i < n; i++) {
                    double d = a[i] - t[i];
                    sum += 0.5 * d * d;
                    g[i] = scale * d;
                }
                return sum;
            case BCE:
                for (int i = 0; i < n; i++) {
                    double zi = z[i];
                    sum = (Math.max(zi, 0.0) - zi * t[i] + f.log1p(f.exp(zi < 0 ? zi : -zi))) + sum; // term first: see Fn
                    g[i] = scale * (a[i] - t[i]);
                }
                return sum;
            default:
                for (int r = 0; r < n; r += k) {
                    double max = z[r];
                    for (int j = 1; j < k; j++) max = Math.max(max, z[r + j]);
                    double s = 0, tz = 0, tsum = 0;
                    for (int j = 0; j < k; j++) {
                        s += f.exp(z[r + j] - max);
                        tz += t[r + j] * (z[r + j] - max);
                        tsum += t[r + j];
                    }
                    sum = (tsum * Fn.MATH.log(s) - tz) + sum;
                    for (int j = 0; j < k; j++) g[r + j] = scale * (a[r + j] - t[r + j]);
                }
                return sum;
        }
    }

    /** Whether g from {@link #evaluate} is already dL/dz (true) or dL/da (false, MSE). */
    public boolean gradientIsForLogits() {
        return this != MSE;
    }
}
