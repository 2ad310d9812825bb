package backprop.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Backpropagation against central differences, dJ/dθ ≈ (J(θ + h) − J(θ − h)) / 2h with
 * h = 1e-5·max(1, |θ|), where J = (1/B)·Σ_rows L is the mean loss Trainer.step minimises.
 * Every hidden activation × every loss with its valid output, on a 3-layer network, 6 rows,
 * with and without the zero-skipping kernels. The Trainer only skips zeros in layers with at
 * least {@link Trainer#SPARSE_MIN_INPUTS} inputs, so besides 3-4-5-K a wide 20-16-16-K network
 * (every layer sparse-eligible, inputs with exact zeros) is checked too.
 */
class GradientCheckTest {
    static final int ROWS = 6;
    static final double TOLERANCE = 1e-6; // relative error where the loss is smooth
    static final Activation[] HIDDEN = {Activation.IDENTITY, Activation.SIGMOID, Activation.TANH, Activation.RELU,
        Activation.LEAKY_RELU, Activation.ELU, Activation.SOFTPLUS};
    /** Loss, output activation, outputs K. */
    static final Object[][] HEADS = {{Loss.MSE, Activation.IDENTITY, 2}, {Loss.MSE, Activation.TANH, 2},
        {Loss.MSE, Activation.SIGMOID, 1}, {Loss.BCE, Activation.SIGMOID, 2}, {Loss.CROSS_ENTROPY, Activation.SOFTMAX, 3}};

    /** A network, its parameters and one batch (inputs x, targets y). */
    record Fixture(Network net, double[] p, double[] x, double[] y, Loss loss) {
        Trainer trainer(boolean sparse, Regularization reg, double lambda, int capacity) {
            return new Trainer(net, p, Optimizer.create(Optimizer.Kind.SGD, p.length, new Optimizer.Settings()),
                    loss, reg, lambda, capacity, sparse);
        }

        /** J = mean data loss + penalty, by a forward pass only. */
        double objective(Trainer t, Regularization reg, double lambda) {
            System.arraycopy(x, 0, t.inputs(), 0, x.length);
            System.arraycopy(y, 0, t.targets(), 0, y.length);
            t.forward(ROWS);
            return t.loss(ROWS) / ROWS + reg.penalty(net, p, lambda);
        }

        /** Backprop's dJ/dθ: Trainer.backward with scale 1/B (what step() does before the update). */
        double[] backprop(Trainer t) {
            objective(t, Regularization.NONE, 0);
            Arrays.fill(t.gradients(), 0.0);
            t.backward(ROWS, 1.0 / ROWS);
            return t.gradients().clone();
        }
    }

    static Fixture fixture(int[] sizes, Activation hidden, Loss loss, Activation out, long seed) {
        Activation[] acts = new Activation[sizes.length - 1];
        Arrays.fill(acts, hidden);
        acts[acts.length - 1] = out;
        Network net = new Network(sizes, acts);
        Rng rng = new Rng((int) seed);
        double[] p = new double[net.paramCount()];
        for (int i = 0; i < p.length; i++) p[i] = rng.uniform(-0.9, 0.9);
        int in = sizes[0], k = sizes[sizes.length - 1];
        double[] x = new double[ROWS * in], y = new double[ROWS * k];
        for (int r = 0; r < ROWS; r++) {
            for (int i = 0; i < in; i++) {
                // Exact zeros: whole columns (i % 4 == 1, so 4-row groups skip them) and scattered cells.
                x[r * in + i] = i % 4 == 1 || (r + 2 * i) % 5 == 0 ? 0.0 : rng.uniform(-2, 2);
            }
            for (int j = 0; j < k; j++) {
                y[r * k + j] = loss == Loss.CROSS_ENTROPY ? (j == r % k ? 1 : 0)
                        : loss == Loss.BCE ? (r + j) % 2 : rng.uniform(-0.8, 0.8);
            }
        }
        return new Fixture(net, p, x, y, loss);
    }

    /** Signs of every hidden pre-activation after the last forward pass (ReLU-type kinks sit at 0). */
    static String signs(Trainer t) {
        StringBuilder sb = new StringBuilder();
        for (int l = 0; l < t.network().layerCount() - 1; l++) {
            double[] z = t.preActivations(l);
            for (int i = 0; i < ROWS * t.network().outputsOf(l); i++) sb.append(z[i] > 0 ? '+' : '-');
        }
        return sb.toString();
    }

    /** Compares {@code analytic} with central differences of J; returns how many parameters were checked. */
    static int compare(Fixture f, Trainer t, double[] analytic, Regularization reg, double lambda, String what) {
        double[] p = f.p;
        String base = signs(t);
        int checked = 0;
        for (int i = 0; i < p.length; i++) {
            double w = p[i], h = 1e-5 * Math.max(1, Math.abs(w));
            if (reg == Regularization.L1 && f.net.isWeight(i) && Math.abs(w) < 2 * h) continue; // the kink of |w|
            p[i] = w + h;
            double up = f.objective(t, reg, lambda);
            String upSigns = signs(t);
            p[i] = w - h;
            double down = f.objective(t, reg, lambda);
            String downSigns = signs(t);
            p[i] = w;
            if (!upSigns.equals(base) || !downSigns.equals(base)) continue; // a pre-activation crossed a kink
            double numeric = (up - down) / (2 * h);
            // Allowed: TOLERANCE relative, plus the rounding of J itself, which the difference
            // quotient magnifies by 1/h (a few dozen ulps of J accumulate over a forward pass).
            double rounding = 64 * Math.ulp(Math.max(Math.abs(up), Math.abs(down))) / h;
            double allowed = TOLERANCE * Math.max(1e-4, Math.abs(numeric) + Math.abs(analytic[i])) + rounding;
            assertTrue(Math.abs(numeric - analytic[i]) <= allowed, what + " param " + i + ": numeric " + numeric
                    + " vs backprop " + analytic[i] + " (J = " + up + ", allowed " + allowed + ")");
            checked++;
        }
        return checked;
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Activation h : HIDDEN) {
            for (Object[] head : HEADS) {
                for (boolean wide : new boolean[] {false, true}) {
                    for (boolean sparse : new boolean[] {false, true}) out.add(Arguments.of(h, head[0], head[1], head[2], wide, sparse));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} hidden, {1} loss, {2} output, wide={4}, sparse={5}")
    @MethodSource("cases")
    void backpropMatchesCentralDifferences(Activation hidden, Loss loss, Activation out, int k, boolean wide, boolean sparse) {
        int[] sizes = wide ? new int[] {20, 16, 16, k} : new int[] {3, 4, 5, k};
        Fixture f = fixture(sizes, hidden, loss, out, 42 + k);
        Trainer t = f.trainer(sparse, Regularization.NONE, 0, ROWS);
        double[] analytic = f.backprop(t);
        // The zero-skipping kernels must not change a single bit of the gradient.
        double[] other = f.backprop(f.trainer(!sparse, Regularization.NONE, 0, ROWS));
        assertTrue(Arrays.equals(analytic, other), "sparse and dense gradients differ");
        int checked = compare(f, t, analytic, Regularization.NONE, 0, f.net + " " + loss.id + " sparse=" + sparse);
        assertTrue(checked > f.p.length / 2, "only " + checked + " of " + f.p.length + " parameters away from kinks");
    }

    @Test
    void sparseFlagReallyReachesTheWideLayers() {
        assertTrue(Trainer.SPARSE_MIN_INPUTS <= 16, "the wide network would not exercise the sparse kernels");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Regularization.class, names = {"L1", "L2"})
    void trainerStepAddsTheGradientOfThePenalty(Regularization reg) {
        // J = mean loss + λ·Σ|w| (L1) or + ½λ·Σw² (L2), biases excluded. With SGD and lr = 1,
        // step() moves θ by exactly −dJ/dθ (up to one rounding of θ), which must match differences of J.
        double lambda = 0.05;
        for (Activation hidden : new Activation[] {Activation.TANH, Activation.RELU}) {
            Fixture f = fixture(new int[] {3, 4, 5, 2}, hidden, Loss.MSE, Activation.IDENTITY, 7);
            double[] before = f.p.clone();
            Trainer t = f.trainer(false, reg, lambda, ROWS);
            t.step((from, rows, x, y) -> {
                System.arraycopy(f.x, from * 3, x, 0, rows * 3);
                System.arraycopy(f.y, from * 2, y, 0, rows * 2);
            }, ROWS, 1.0);
            double[] analytic = new double[before.length];
            for (int i = 0; i < before.length; i++) analytic[i] = before[i] - f.p[i];
            System.arraycopy(before, 0, f.p, 0, before.length);
            double[] data = f.backprop(t);
            for (int i = 0; i < before.length; i++) {
                double penaltyGrad = analytic[i] - data[i];
                if (!f.net.isWeight(i)) assertEquals(0.0, penaltyGrad, 1e-15, "bias " + i + " is penalised");
                else assertEquals(reg == Regularization.L2 ? lambda * before[i] : lambda * Math.signum(before[i]), penaltyGrad, 1e-12);
            }
            f.objective(t, Regularization.NONE, 0); // restore the base forward pass for the kink test
            int checked = compare(f, t, analytic, reg, lambda, reg.id + " " + hidden.id);
            assertTrue(checked > f.p.length / 2, "checked " + checked);
        }
    }

    @Test
    void penaltyValues() {
        Network net = new Network(new int[] {2, 1}, new Activation[] {Activation.IDENTITY});
        double[] p = {3, -4, 100}; // w = (3, −4), b = 100 (never penalised)
        assertEquals(0.1 * 7, Regularization.L1.penalty(net, p, 0.1), 1e-15);        // λ·(|3| + |−4|)
        assertEquals(0.5 * 0.1 * 25, Regularization.L2.penalty(net, p, 0.1), 1e-15); // ½λ·(9 + 16)
        assertEquals(0.0, Regularization.NONE.penalty(net, p, 0.1));
    }

    @Test
    void stepLayersPassExactlyZeroGradient() {
        // f = step: f'(z) = 0, so dJ/dθ of both hidden layers is exactly 0 (not merely small),
        // while the output layer still learns and still matches central differences.
        for (Object[] head : HEADS) {
            Loss loss = (Loss) head[0];
            Fixture f = fixture(new int[] {3, 4, 5, (Integer) head[2]}, Activation.STEP, loss, (Activation) head[1], 5);
            Trainer t = f.trainer(false, Regularization.NONE, 0, ROWS);
            double[] g = f.backprop(t);
            int outStart = f.net.weightOffset(2);
            for (int i = 0; i < outStart; i++) assertTrue(g[i] == 0.0, loss.id + ": hidden param " + i + " has gradient " + g[i]);
            double outNorm = 0;
            for (int i = outStart; i < g.length; i++) outNorm += Math.abs(g[i]);
            assertTrue(outNorm > 1e-3, "the output layer above the steps still learns");
            int checked = compare(f, t, g, Regularization.NONE, 0, "step " + loss.id);
            assertTrue(checked > g.length / 2, "checked " + checked);
        }
    }

    @Test
    void batchesLargerThanTheCapacityAreSummedInChunks() {
        // A batch of 11 rows through a trainer of capacity 4 (chunks 4 + 4 + 3) gives the gradient
        // of the same mean loss as one pass of 11 rows; only the summation order differs.
        Network net = new Network(new int[] {3, 5, 2}, new Activation[] {Activation.TANH, Activation.SOFTMAX});
        double[] p = new double[net.paramCount()];
        Initializer.GLOROT.initialize(net, p, new Rng(8));
        Rng rng = new Rng(9);
        double[] x = new double[11 * 3], y = new double[11 * 2];
        for (int i = 0; i < x.length; i++) x[i] = rng.uniform(-1, 1);
        for (int r = 0; r < 11; r++) y[r * 2 + r % 2] = 1;
        Trainer.BatchSource src = (from, rows, xi, yi) -> {
            System.arraycopy(x, from * 3, xi, 0, rows * 3);
            System.arraycopy(y, from * 2, yi, 0, rows * 2);
        };
        double[][] grads = new double[2][];
        double[] losses = new double[2];
        int[] capacity = {11, 4};
        for (int m = 0; m < 2; m++) {
            Trainer t = new Trainer(net, p.clone(), Optimizer.create(Optimizer.Kind.SGD, p.length, new Optimizer.Settings()),
                    Loss.CROSS_ENTROPY, Regularization.NONE, 0, capacity[m], false);
            losses[m] = t.step(src, 11, 0.0);
            grads[m] = t.gradients().clone();
        }
        assertEquals(losses[0], losses[1], 1e-15 * losses[0]);
        assertArrayEquals(grads[0], grads[1], 1e-15);
        assertTrue(Arrays.stream(grads[0]).map(Math::abs).sum() > 1e-3);
    }
}
