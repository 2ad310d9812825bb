package backprop.experiment;

import backprop.nn.Activation;
import backprop.nn.Fn;
import backprop.nn.Loss;

/**
 * The engine's elementary functions, activations and losses at extreme inputs, as JSON. The
 * browser test runs this inside the Wasm-GC and JS builds and compares with the JVM: every value
 * must be finite where the mathematics is, and equal across targets.
 */
public final class SelfTest {
    private SelfTest() {}

    static final double[] INPUTS = {0.0, -0.0, 1e-300, -1e-300, 1e-10, -1e-10, 0.5, -0.5, 1, -1, 20, -20,
        709, -709, 710, -710, 745, -745, 1000, -1000, 1e300, -1e300};

    public static String run() {
        Json.Writer w = new Json.Writer().beginObject();
        w.key("inputs").values(INPUTS);
        series(w, "exp", 0);
        series(w, "expm1", 1);
        series(w, "log1p", 2);
        series(w, "tanh", 3);
        series(w, "sigmoid", 4);
        series(w, "softplus", 5);
        for (Activation a : Activation.values()) {
            if (!a.elementWise()) continue;
            double[] f = new double[INPUTS.length], d = new double[INPUTS.length];
            for (int i = 0; i < INPUTS.length; i++) {
                f[i] = a.apply(INPUTS[i]);
                d[i] = a.derivative(INPUTS[i], f[i]);
            }
            w.key("act." + a.id).values(f).key("dact." + a.id).values(d);
        }
        // Losses from logits ±1000: finite, and the gradient is p − t.
        double[] z = {1000, -1000, 0}, a = new double[3], t = {0, 1, 0}, g = new double[3];
        Activation.SOFTMAX.forward(z, a, 0, 3, 3);
        w.key("softmax").values(a).key("ce").value(Loss.CROSS_ENTROPY.evaluate(z, a, t, g, 1, 3, 1.0)).key("ce.grad").values(g);
        double[] zb = {1000, -1000}, ab = {Fn.MATH.sigmoid(1000), Fn.MATH.sigmoid(-1000)}, tb = {0, 1}, gb = new double[2];
        w.key("bce").value(Loss.BCE.evaluate(zb, ab, tb, gb, 2, 1, 1.0)).key("bce.grad").values(gb);
        return w.endObject().toString();
    }

    private static void series(Json.Writer w, String name, int fn) {
        double[] v = new double[INPUTS.length];
        for (int i = 0; i < INPUTS.length; i++) {
            double x = INPUTS[i];
            switch (fn) {
                case 0: v[i] = Fn.MATH.exp(x); break;
                case 1: v[i] = Fn.MATH.expm1(x); break;
                case 2: v[i] = x < -1 ? Double.NaN : Fn.MATH.log1p(x); break;
                case 3: v[i] = Fn.MATH.tanh(x); break;
                case 4: v[i] = Fn.MATH.sigmoid(x); break;
                default: v[i] = Fn.MATH.softplus(x);
            }
        }
        w.key(name).values(v);
    }
}
