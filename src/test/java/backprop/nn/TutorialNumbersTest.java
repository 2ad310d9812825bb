package backprop.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers worked out by hand in the tutorials the project grew from. */
class TutorialNumbersTest {
    private static Trainer trainer(Network net, double[] params, Loss loss, int rows) {
        return new Trainer(net, params, Optimizer.create(Optimizer.Kind.SGD, params.length, new Optimizer.Settings()),
                loss, Regularization.NONE, 0, rows, false);
    }

    @Test
    void oneSigmoidNeuron() {
        // w = [0, 1], b = 0, x = [2, 3]: sigmoid(0·2 + 1·3) = sigmoid(3) = 0.9526
        Network net = new Network(new int[] {2, 1}, new Activation[] {Activation.SIGMOID});
        Trainer t = trainer(net, new double[] {0, 1, 0}, Loss.MSE, 1);
        t.inputs()[0] = 2;
        t.inputs()[1] = 3;
        t.forward(1);
        assertEquals(0.9526, t.outputs()[0], 5e-5);
    }

    @Test
    void twoTwoOneNetworkWithWeightsZeroOne() {
        // Each neuron has weights (0, 1) and bias 0: h1 = h2 = sigmoid(3) = 0.9526, o = sigmoid(0·h1 + 1·h2) = 0.7216
        Network net = new Network(new int[] {2, 2, 1}, new Activation[] {Activation.SIGMOID, Activation.SIGMOID});
        double[] p = new double[net.paramCount()];
        // W0 is [in][out]: neuron o's weight from input i at i*2 + o; (w_from_x0, w_from_x1) = (0, 1) per neuron
        p[net.weightOffset(0) + 0 * 2 + 0] = 0;
        p[net.weightOffset(0) + 1 * 2 + 0] = 1;
        p[net.weightOffset(0) + 0 * 2 + 1] = 0;
        p[net.weightOffset(0) + 1 * 2 + 1] = 1;
        p[net.weightOffset(1)] = 0;
        p[net.weightOffset(1) + 1] = 1;
        Trainer t = trainer(net, p, Loss.MSE, 1);
        t.inputs()[0] = 2;
        t.inputs()[1] = 3;
        t.forward(1);
        assertEquals(0.9526, t.activations(1)[0], 5e-5);
        assertEquals(0.7216, t.outputs()[0], 5e-5);
    }

    @Test
    void meanSquaredErrorOfTheTutorial() {
        // The tutorial's MSE is the mean of squared errors, mean((y_true − y_pred)²):
        // predictions [1, 0, 0, 1] vs targets [0, 0, 0, 0] → (1 + 0 + 0 + 1) / 4 = 0.5.
        // Our MSE loss uses the ½ convention per example, L = ½ Σ_k (a_k − t_k)² (so dL/da = a − t),
        // and Trainer.step reports its mean over the batch. With the four predictions as four
        // single-output examples: (½ + 0 + 0 + ½) / 4 = 0.25, i.e. exactly half the tutorial's value.
        double[] a = {1, 0, 0, 1}, t = {0, 0, 0, 0}, g = new double[4];
        double sum = Loss.MSE.evaluate(a, a, t, g, 4, 1, 0.25);
        assertEquals(0.25, sum / 4, 0.0);
        assertEquals(0.5, 2 * sum / 4, 0.0);
        assertEquals(0.25, g[0], 0.0); // scale · (a − t) with scale = 1/batch

        // The same through a network: one identity neuron a = 1·x + 0 fed x = prediction.
        Network net = new Network(new int[] {1, 1}, new Activation[] {Activation.IDENTITY});
        double[] p = {1, 0};
        double mean = trainer(net, p, Loss.MSE, 4).step((from, rows, x, y) -> {
            System.arraycopy(a, from, x, 0, rows);
            System.arraycopy(t, from, y, 0, rows);
        }, 4, 0.0);
        assertEquals(0.25, mean, 0.0);
        assertEquals(0.5, 2 * mean, 0.0); // ×2 turns our ½-convention mean into the tutorial's MSE
        // One example with two outputs [1, 1] vs [0, 0]: ½(1 + 1) = 1 here, mean over outputs = 1 there.
        assertEquals(1.0, Loss.MSE.evaluate(new double[] {1, 1}, new double[] {1, 1}, new double[2], new double[2], 1, 2, 1.0), 0.0);
    }

    @Test
    void softmaxOfFiveAndOne() {
        double[] z = {5, 1}, p = new double[2];
        Activation.SOFTMAX.forward(z, p, 0, 2, 2);
        assertEquals(0.982, p[0], 5e-4);
        assertEquals(0.018, p[1], 5e-4);
        assertEquals(1.0, p[0] + p[1], 1e-15);
    }
}
