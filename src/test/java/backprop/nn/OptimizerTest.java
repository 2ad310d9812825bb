package backprop.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each update rule against its formula, written out by hand for two steps. */
class OptimizerTest {
    static final double LR = 0.1;

    private static double[] twoSteps(Optimizer.Kind kind, Optimizer.Settings s) {
        double[] p = {1.0, -2.0};
        Optimizer o = Optimizer.create(kind, 2, s);
        o.update(p, new double[] {0.5, -1.0}, LR);
        o.update(p, new double[] {0.25, 2.0}, LR);
        return p;
    }

    @Test
    void sgd() {
        double[] p = twoSteps(Optimizer.Kind.SGD, new Optimizer.Settings());
        assertEquals(1.0 - 0.1 * 0.5 - 0.1 * 0.25, p[0], 1e-15);
        assertEquals(-2.0 + 0.1 - 0.2, p[1], 1e-15);
    }

    @Test
    void momentum() {
        Optimizer.Settings s = new Optimizer.Settings();
        s.momentum = 0.9;
        double[] p = twoSteps(Optimizer.Kind.MOMENTUM, s);
        double v1 = -LR * 0.5, v2 = 0.9 * v1 - LR * 0.25; // v = μv − lr·g; w += v
        assertEquals(1.0 + v1 + v2, p[0], 1e-15);
    }

    @Test
    void rmsprop() {
        Optimizer.Settings s = new Optimizer.Settings();
        double[] p = twoSteps(Optimizer.Kind.RMSPROP, s);
        double s1 = 0.1 * 0.25, w1 = 1.0 - LR * 0.5 / (Math.sqrt(s1) + 1e-8);
        double s2 = 0.9 * s1 + 0.1 * 0.0625, w2 = w1 - LR * 0.25 / (Math.sqrt(s2) + 1e-8);
        assertEquals(w2, p[0], 1e-12);
    }

    @Test
    void adamWithBiasCorrection() {
        double[] p = twoSteps(Optimizer.Kind.ADAM, new Optimizer.Settings());
        double m1 = 0.1 * 0.5, v1 = 0.001 * 0.25;
        double w1 = 1.0 - LR * (m1 / 0.1) / (Math.sqrt(v1 / 0.001) + 1e-8); // first step moves by ≈ lr
        double m2 = 0.9 * m1 + 0.1 * 0.25, v2 = 0.999 * v1 + 0.001 * 0.0625;
        double w2 = w1 - LR * (m2 / (1 - 0.81)) / (Math.sqrt(v2 / (1 - 0.999 * 0.999)) + 1e-8);
        assertEquals(w2, p[0], 1e-12);
        assertEquals(1.0 - LR, w1, 1e-6);
    }

    @Test
    void resetForgetsTheState() {
        Optimizer o = Optimizer.create(Optimizer.Kind.ADAM, 1, new Optimizer.Settings());
        double[] a = {1}, b = {1};
        o.update(a, new double[] {3}, LR);
        o.reset();
        o.update(b, new double[] {3}, LR);
        assertEquals(1 - LR, b[0], 1e-9);
        assertTrue(o.state().length == 3);
    }

    @Test
    void schedules() {
        assertEquals(0.1, Schedule.CONSTANT.rate(0.1, 0.5, 10, 37), 0.0);
        assertEquals(0.1 * 0.125, Schedule.STEP.rate(0.1, 0.5, 10, 37.5), 1e-15);   // ⌊37.5/10⌋ = 3 halvings
        assertEquals(0.1 * Math.pow(0.5, 3.75), Schedule.EXPONENTIAL.rate(0.1, 0.5, 10, 37.5), 1e-15);
    }
}
