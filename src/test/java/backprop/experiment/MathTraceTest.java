package backprop.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.nn.Network;
import backprop.nn.Optimizer;
import backprop.nn.Regularization;
import backprop.nn.Trainer;
import org.junit.jupiter.api.Test;

/** "Show the math": the traced numbers are the engine's gradients and the session stays untouched. */
class MathTraceTest {
    static final String[] QUERIES = {
        "data=people&layers=2&opt=sgd&lr=0.5",
        "data=people&layers=2&act=sigmoid&out=sigmoid&loss=bce&opt=adam&lr=0.1",
        "data=blobs&classes=3&layers=3&act=relu&opt=momentum&points=60",
        "data=plane&layers=3&act=elu&reg=l2&regRate=0.1&opt=rmsprop&points=50",
    };

    /** Loss of training example {@code i} alone for parameters {@code p} (the trainer's forward pass). */
    static double loss(Session s, double[] p, int i) {
        Network net = s.network();
        Trainer t = new Trainer(net, p, Optimizer.create(Optimizer.Kind.SGD, p.length, new Optimizer.Settings()), s.head().loss,
                Regularization.NONE, 0, 1, false);
        new Batcher(s.problem().train, net.outputSize(), net.outputActivation()).select(new int[] {i}, 0).fill(0, 1, t.inputs(), t.targets());
        t.forward(1);
        return t.loss(1);
    }

    static double[] flat(MathTrace m, boolean weights, boolean biases, int which) {
        java.util.List<Double> out = new java.util.ArrayList<>();
        for (MathTrace.Layer y : m.layers) {
            double[][] parts = which == 0 ? new double[][] {y.gW, y.gB} : which == 1 ? new double[][] {y.newW, y.newB} : new double[][] {y.stepW, y.gB};
            for (double v : parts[0]) if (weights) out.add(v);
            for (double v : parts[1]) if (biases) out.add(v);
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void gradientsMatchCentralDifferencesOfTheExamplesLoss() {
        for (String q : QUERIES) {
            Session s = new Session(Config.decode(q).config);
            s.step(7);
            for (int i = 0; i < Math.min(4, s.problem().train.size); i++) {
                MathTrace m = MathTrace.of(s, i);
                double[] g = flat(m, true, true, 0), p = s.parameters();
                assertEquals(loss(s, p.clone(), i), m.loss, 1e-15, q);
                for (int k = 0; k < p.length; k++) {
                    double h = 1e-6, keep = p[k];
                    double[] plus = p.clone(), minus = p.clone();
                    plus[k] = keep + h;
                    minus[k] = keep - h;
                    double numeric = (loss(s, plus, i) - loss(s, minus, i)) / (2 * h);
                    assertEquals(numeric, g[k], 1e-6 * Math.max(1, Math.abs(numeric)), q + " example " + i + " parameter " + k);
                }
            }
        }
    }

    @Test
    void equalsTheTrainersStepOnABatchOfThatExampleAndLeavesTheSessionAlone() {
        for (String q : QUERIES) {
            Session s = new Session(Config.decode(q).config);
            s.step(5);
            double[] params = s.parameters().clone();
            double[][] state = s.trainer().optimizer().state();
            int i = s.problem().train.size - 1;
            MathTrace m = MathTrace.of(s, i);
            assertArrayEquals(params, s.parameters(), "parameters untouched");
            assertTrue(java.util.Arrays.deepEquals(state, s.trainer().optimizer().state()), "optimizer state untouched");
            assertEquals(5, s.steps());
            // The same step by hand: a trainer of batch 1 on a copy, with a copy of the optimizer.
            Optimizer opt = Session.optimizer(s.config(), params.length);
            opt.restore(state);
            Config c = s.config();
            Trainer t = new Trainer(s.network(), params.clone(), opt, s.head().loss, Regularization.byId(c.choice(Schema.REGULARIZATION)),
                    c.number(Schema.REG_RATE), 1, false);
            double l = t.step(new Batcher(s.problem().train, s.network().outputSize(), s.network().outputActivation()).select(new int[] {i}, 0),
                    1, s.learningRate());
            assertEquals(l, m.loss, 0.0);
            assertArrayEquals(t.gradients(), flat(m, true, true, 2), q);
            assertArrayEquals(t.parameters(), flat(m, true, true, 1), q);
            if (q.contains("opt=sgd")) {
                double[] g = flat(m, true, true, 2), after = flat(m, true, true, 1);
                for (int k = 0; k < g.length; k++) assertEquals(params[k] - s.learningRate() * g[k], after[k], 0.0, "w − lr·g");
            }
        }
    }

    @Test
    void chainRuleHoldsForEveryNeuron() {
        Session s = new Session(Config.decode(QUERIES[0]).config);
        MathTrace m = MathTrace.of(s, 1);
        Network net = s.network();
        for (int l = 0; l < net.layerCount(); l++) {
            MathTrace.Layer y = m.layers[l];
            double[] in = l == 0 ? m.input : m.layers[l - 1].a;
            int out = net.outputsOf(l);
            for (int o = 0; o < out; o++) {
                double z = y.b[o];
                for (int k = 0; k < in.length; k++) z += in[k] * y.w[k * out + o];
                assertEquals(z, y.z[o], 1e-15);
                assertEquals(y.dA[o] * y.fprime[o], y.dZ[o], 1e-15, "dL/dz = dL/da · f'(z)");
                assertEquals(y.dZ[o], y.gB[o], 0.0);
                for (int k = 0; k < in.length; k++) assertEquals(y.dZ[o] * in[k], y.gW[k * out + o], 1e-15, "dL/dw = dL/dz · a_in");
            }
        }
        MathTrace.Layer top = m.layers[net.layerCount() - 1];
        assertEquals(top.a[0] - m.target[0], top.dA[0], 0.0, "MSE: dL/da = a − t");
        String json = MathTrace.json(s, 1);
        assertTrue(json.contains("\"count\":4") && json.contains("\"loss\":\"mse\"") && json.contains("\"fp\":["), json);
    }

    @Test
    void largeNetworksAndBadIndicesAreRefused() {
        Session big = new Session(Config.decode("data=spiral&layers=8,8").config);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MathTrace.of(big, 0));
        assertTrue(e.getMessage().contains("up to 30"), e.getMessage());
        Session small = new Session(Config.decode(QUERIES[0]).config);
        assertThrows(IllegalArgumentException.class, () -> MathTrace.of(small, 4));
        assertThrows(IllegalArgumentException.class, () -> MathTrace.of(small, -1));
    }
}
