package backprop.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Backpropagation against central differences, dL/dθ ≈ (L(θ + h) − L(θ − h)) / 2h, for every
 * hidden activation × every loss (with its valid output) on a 3-layer network 3-4-5-K, a batch
 * of 6 rows, with and without the zero-skipping kernels, and with L1/L2 penalties.
 */
class GradientCheckTest {
    static final int ROWS = 6, IN = 3;

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        Activation[] hidden = {Activation.IDENTITY, Activation.SIGMOID, Activation.TANH, Activation.RELU,
            Activation.LEAKY_RELU, Activation.ELU, Activation.SOFTPLUS};
        Object[][] heads = {{Loss.MSE, Activation.IDENTITY, 2}, {Loss.MSE, Activation.TANH, 2},
            {Loss.MSE, Activation.SIGMOID, 1}, {Loss.BCE, Activation.SIGMOID, 2}, {Loss.CROSS_ENTROPY, Activation.SOFTMAX, 3}};
        for (Activation h : hidden) {
            for (Object[] head : heads) {
                for (boolean sparse : new boolean[] {false, true}) out.add(Arguments.of(h, head[0], head[1], head[2], sparse));
            }
        }
        return out.stream();
    }

    /** Mean loss of the batch at the current parameters. */
    static double loss(Trainer t, double[] x, double[] y, Regularization reg, double lambda) {
        System.arraycopy(x, 0, t.inputs(), 0, x.length);
        System.arraycopy(y, 0, t.targets(), 0, y.length);
        t.forward(ROWS);
        return t.loss(ROWS) / ROWS + reg.penalty(t.network(), t.parameters(), lambda);
    }

    static void check(Activation hidden, Loss loss, Activation out, int k, boolean sparse, Regularization reg, double lambda) {
        Network net = new Network(new int[] {IN, 4, 5, k}, new Activation[] {hidden, hidden, out});
        double[] p = new double[net.paramCount()];
        Rng rng = new Rng(42);
        for (int i = 0; i < p.length; i++) p[i] = rng.uniform(-0.9, 0.9);
        Trainer t = new Trainer(net, p, Optimizer.create(Optimizer.Kind.SGD, p.length, new Optimizer.Settings()),
                loss, reg, lambda, ROWS, sparse);
        double[] x = new double[ROWS * IN], y = new double[ROWS * k];
        for (int i = 0; i < x.length; i++) x[i] = i % 4 == 0 ? 0.0 : rng.uniform(-2, 2); // exact zeros for the sparse path
        for (int r = 0; r < ROWS; r++) {
            if (loss == Loss.CROSS_ENTROPY) y[r * k + r % k] = 1;
            else for (int j = 0; j < k; j++) y[r * k + j] = loss == Loss.BCE ? (r + j) % 2 : rng.uniform(-0.8, 0.8);
        }
        // Analytic gradient of the mean loss (+ penalty), computed exactly as Trainer.step does.
        loss(t, x, y, reg, lambda);
        java.util.Arrays.fill(t.gradients(), 0);
        t.backward(ROWS, 1.0 / ROWS);
        double[] analytic = t.gradients().clone();
        reg.addGradient(net, p, analytic, lambda);
        int checked = 0;
        for (int i = 0; i < p.length; i++) {
            double w = p[i], h = 1e-5 * Math.max(1, Math.abs(w));
            if (reg == Regularization.L1 && Math.abs(w) < 2 * h && net.isWeight(i)) continue; // |w| kink
            p[i] = w + h;
            double up = loss(t, x, y, reg, lambda);
            String upSigns = signs(t);
            p[i] = w - h;
            double down = loss(t, x, y, reg, lambda);
            p[i] = w;
            if (!upSigns.equals(signs(t))) continue; // a pre-activation crossed a kink at 0
            double numeric = (up - down) / (2 * h);
            double err = Math.abs(numeric - analytic[i]) / Math.max(1e-4, Math.abs(numeric) + Math.abs(analytic[i]));
            assertTrue(err < 2e-6, net + " " + loss.id + " sparse=" + sparse + " param " + i
                    + ": numeric " + numeric + " vs backprop " + analytic[i]);
            checked++;
        }
        assertTrue(checked > p.length / 2, "checked " + checked + " of " + p.length);
    }

    /** Signs of the hidden pre-activations after the last forward pass. */
    static String signs(Trainer t) {
        StringBuilder sb = new StringBuilder();
        for (int l = 0; l < 2; l++) {
            double[] z = t.preActivations(l);
            for (int i = 0; i < ROWS * t.network().outputsOf(l); i++) sb.append(z[i] > 0 ? '+' : '-');
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0} hidden, {1} loss, {2} output, sparse={4}")
    @MethodSource("cases")
    void backpropMatchesCentralDifferences(Activation hidden, Loss loss, Activation out, int k, boolean sparse) {
        check(hidden, loss, out, k, sparse, Regularization.NONE, 0);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(value = Regularization.class, names = {"L1", "L2"})
    void penaltiesMatchCentralDifferences(Regularization reg) {
        check(Activation.TANH, Loss.MSE, Activation.IDENTITY, 2, false, reg, 0.05);
    }

    @org.junit.jupiter.api.Test
    void stepLayersPassNoGradient() {
        Network net = new Network(new int[] {2, 3, 1}, new Activation[] {Activation.STEP, Activation.SIGMOID});
        double[] p = new double[net.paramCount()];
        for (int i = 0; i < p.length; i++) p[i] = 0.3 * (i + 1);
        Trainer t = new Trainer(net, p, Optimizer.create(Optimizer.Kind.SGD, p.length, new Optimizer.Settings()),
                Loss.BCE, Regularization.NONE, 0, 2, false);
        System.arraycopy(new double[] {1, -2, 0.5, 3}, 0, t.inputs(), 0, 4);
        System.arraycopy(new double[] {0, 1}, 0, t.targets(), 0, 2);
        t.forward(2);
        t.backward(2, 0.5);
        for (int i = net.weightOffset(0); i < net.biasOffset(0) + 3; i++) assertEquals(0.0, t.gradients()[i], "first layer, param " + i);
        assertTrue(Math.abs(t.gradients()[net.weightOffset(1)]) > 0, "the layer after the step still learns");
    }
}
