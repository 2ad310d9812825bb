package backprop.nn;

/**
 * Activation functions, keyed by the stable ids used in URLs and model files.
 * Element-wise ones are applied over array ranges so that the switch sits outside the loop;
 * {@link #SOFTMAX} works on a whole row and is only valid on the output layer, paired with
 * softmax cross-entropy (its Jacobian is folded into that loss's gradient).
 */
public enum Activation implements Keyed {
    IDENTITY("identity", "f(z) = z"),
    /**
     * Heaviside step. Its derivative is 0 wherever it exists, so backpropagation sends no
     * signal through it: layers below a step layer never learn. It is offered to show why
     * smooth activations replaced the perceptron's step.
     */
    STEP("step", "f(z) = 1 if z > 0 else 0; f'(z) = 0, so nothing below it learns"),
    SIGMOID("sigmoid", "f(z) = 1 / (1 + e^-z); f' = f(1 - f)"),
    TANH("tanh", "f(z) = tanh z; f' = 1 - f^2"),
    RELU("relu", "f(z) = max(0, z); f' = 1 if z > 0 else 0"),
    /** Leaky ReLU with slope 0.01 for z < 0 (Maas, Hannun, Ng 2013). */
    LEAKY_RELU("leaky_relu", "f(z) = z if z > 0 else 0.01 z"),
    /** ELU with alpha = 1 (Clevert, Unterthiner, Hochreiter 2016). */
    ELU("elu", "f(z) = z if z > 0 else e^z - 1; f' = 1 or f + 1"),
    SOFTPLUS("softplus", "f(z) = ln(1 + e^z); f' = sigmoid(z)"),
    SOFTMAX("softmax", "p_i = e^(z_i - max z) / sum_j e^(z_j - max z); output layer only");

    public static final double LEAKY_SLOPE = 0.01;

    public final String id;
    public final String formula;
    private final Fn fn = Fn.MATH; // held per constant: see Fn on why hot loops avoid static calls

    Activation(String id, String formula) {
        this.id = id;
        this.formula = formula;
    }

    /** The activation with this id, or null. */
    public static Activation byId(String id) {
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

    public boolean elementWise() {
        return this != SOFTMAX;
    }

    /** f(z) for one element-wise activation. */
    public double apply(double z) {
        switch (this) {
            case IDENTITY: return z;
            case STEP: return z > 0 ? 1.0 : 0.0;
            case SIGMOID: return fn.sigmoid(z);
            case TANH: return fn.tanh(z);
            case RELU: return z > 0 ? z : 0.0;
            case LEAKY_RELU: return z > 0 ? z : LEAKY_SLOPE * z;
            case ELU: return z > 0 ? z : fn.expm1(z);
            case SOFTPLUS: return fn.softplus(z);
            default: throw new IllegalStateException(id + " is not element-wise");
        }
    }

    /** f'(z), given z and a = f(z). */
    public double derivative(double z, double a) {
        switch (this) {
            case IDENTITY: return 1.0;
            case STEP: return 0.0;
            case SIGMOID: return a * (1.0 - a);
            case TANH: return 1.0 - a * a;
            case RELU: return z > 0 ? 1.0 : 0.0;
            case LEAKY_RELU: return z > 0 ? 1.0 : LEAKY_SLOPE;
            case ELU: return z > 0 ? 1.0 : a + 1.0;
            case SOFTPLUS: return fn.sigmoid(z);
            default: throw new IllegalStateException(id + " has no element-wise derivative");
        }
    }

    /** a[i] = f(z[i]) for i in [from, to); for softmax, rows of length {@code width}. */
    public void forward(double[] z, double[] a, int from, int to, int width) {
        Fn f = fn;
        switch (this) {
            case IDENTITY: System.arraycopy(z, from, a, from, to - from); return;
            case TANH: for (int i = from; i < to; i++) a[i] = f.tanh(z[i]); return;
            case SIGMOID: for (int i = from; i < to; i++) a[i] = f.sigmoid(z[i]); return;
            case RELU: for (int i = from; i < to; i++) { double v = z[i]; a[i] = v > 0 ? v : 0.0; } return;
            case SOFTMAX: for (int r = from; r < to; r += width) softmaxRow(f, z, a, r, width); return;
            default: for (int i = from; i < to; i++) a[i] = apply(z[i]);
        }
    }

    /** g[i] *= f'(z[i]) for i in [from, to): turns dL/da into dL/dz. */
    public void backward(double[] z, double[] a, double[] g, int from, int to) {
        switch (this) {
            case IDENTITY: return;
            case TANH: for (int i = from; i < to; i++) { double v = a[i]; g[i] *= 1.0 - v * v; } return;
            case SIGMOID: for (int i = from; i < to; i++) { double v = a[i]; g[i] = (v * (1.0 - v)) * g[i]; } return; // product first: see Fn
            case RELU: for (int i = from; i < to; i++) if (!(z[i] > 0)) g[i] = 0.0; return;
            case SOFTMAX: throw new IllegalStateException("softmax is only trained through softmax cross-entropy");
            default: for (int i = from; i < to; i++) g[i] = derivative(z[i], a[i]) * g[i];
        }
    }

    /** Numerically safe softmax of one row: subtract the row maximum before exponentiating. */
    static void softmaxRow(Fn f, double[] z, double[] p, int off, int n) {
        double max = z[off];
        for (int i = 1; i < n; i++) max = Math.max(max, z[off + i]);
        double sum = 0;
        for (int i = 0; i < n; i++) { double e = f.exp(z[off + i] - max); p[off + i] = e; sum += e; }
        double inv = 1.0 / sum;
        for (int i = 0; i < n; i++) p[off + i] *= inv;
    }
}
