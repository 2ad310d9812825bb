package backprop.experiment;

import backprop.data.Points;
import backprop.nn.Activation;
import backprop.nn.Dense;
import backprop.nn.Network;
import backprop.nn.Optimizer;
import backprop.nn.Regularization;
import backprop.nn.Trainer;

/**
 * "Show the math": one training example through the engine's own {@link Trainer} — forward
 * pass, loss, backpropagation and one step of the session's optimizer — with every intermediate
 * number. It works on copies of the parameters and of the optimizer's state, so the session is
 * left exactly as it was. Only small networks (≤ {@link #MAX_PARAMS} parameters) are traced.
 */
public final class MathTrace {
    public static final int MAX_PARAMS = 30;
    private static final String[] KEYS = {"w", "b", "z", "a", "fp", "dA", "dZ", "gW", "gB", "stepW", "newW", "newB"};

    /** The numbers of one weight layer l (inputs a_{l−1}, outputs a_l). */
    public static final class Layer {
        public double[] w, b, z, a, fprime, dA, dZ, gW, gB, stepW, newW, newB;
    }

    public final int example;
    public final double[] input, target;
    public final double loss, lr;
    public final Layer[] layers;

    private MathTrace(int example, double[] input, double[] target, double loss, double lr, Layer[] layers) {
        this.example = example;
        this.input = input;
        this.target = target;
        this.loss = loss;
        this.lr = lr;
        this.layers = layers;
    }

    /** Traces training example {@code example} (an index into the training set) of the session. */
    public static MathTrace of(Session s, int example) {
        Network net = s.network();
        if (net.paramCount() > MAX_PARAMS) {
            throw new IllegalArgumentException("this network has " + net.paramCount() + " parameters; the math is shown for networks of up to "
                    + MAX_PARAMS + " (e.g. data=people with layers=2)");
        }
        int n = s.problem().train.size;
        if (example < 0 || example >= n) throw new IllegalArgumentException("no training example " + example + " (there are " + n + ")");
        Config c = s.config();
        double[] before = s.parameters().clone();
        Optimizer opt = Session.optimizer(c, before.length);
        opt.restore(s.trainer().optimizer().state());
        Trainer t = new Trainer(net, before.clone(), opt, s.head().loss, Regularization.byId(c.choice(Schema.REGULARIZATION)),
                c.number(Schema.REG_RATE), 1, false);
        Batcher source = new Batcher(s.problem().train, net.outputSize(), net.outputActivation()).select(new int[] {example}, 0);
        // Data gradient (the loss of this example alone): the trainer's forward and backward passes.
        source.fill(0, 1, t.inputs(), t.targets());
        t.forward(1);
        t.backward(1, 1.0);
        double[] data = t.gradients().clone();
        // The real step: the same passes again, plus the penalty and the optimizer's update.
        double lr = s.learningRate();
        double loss = t.step(source, 1, lr);
        double[] total = t.gradients(), after = t.parameters();
        int last = net.layerCount() - 1;
        Layer[] layers = new Layer[net.layerCount()];
        for (int l = 0; l <= last; l++) {
            int in = net.inputsOf(l), out = net.outputsOf(l), w = net.weightOffset(l), b = net.biasOffset(l);
            Layer y = new Layer();
            y.w = part(before, w, b - w);
            y.b = part(before, b, out);
            y.z = part(t.preActivations(l), 0, out);
            y.a = part(t.activations(l + 1), 0, out);
            Activation f = net.activation(l);
            if (f.elementWise()) {
                y.fprime = new double[out];
                for (int o = 0; o < out; o++) y.fprime[o] = f.derivative(y.z[o], y.a[o]);
            }
            y.dZ = part(t.deltas(l), 0, out);
            y.gW = part(data, w, b - w);
            y.gB = part(data, b, out);
            y.stepW = part(total, w, b - w);
            y.newW = part(after, w, b - w);
            y.newB = part(after, b, out);
            layers[l] = y;
        }
        // dL/da: from the loss for the output (when its gradient is not already for the logits),
        // from the layer above (Σ_o w·dL/dz_o, the trainer's own kernel) for hidden layers.
        if (!s.head().loss.gradientIsForLogits()) {
            layers[last].dA = new double[net.outputSize()];
            s.head().loss.evaluate(layers[last].z, layers[last].a, t.targets(), layers[last].dA, 1, net.outputSize(), 1.0);
        }
        for (int l = 1; l <= last; l++) {
            layers[l - 1].dA = new double[net.inputsOf(l)];
            Dense.backwardInput(layers[l].dZ, 1, net.inputsOf(l), net.outputsOf(l), before, net.weightOffset(l), layers[l - 1].dA);
        }
        return new MathTrace(example, part(t.inputs(), 0, net.inputSize()), part(t.targets(), 0, net.outputSize()),
                loss, lr, layers);
    }

    private static double[] part(double[] a, int from, int n) {
        double[] out = new double[n];
        System.arraycopy(a, from, out, 0, n);
        return out;
    }

    /** The trace as JSON for the page (see web/js/math/). */
    public static String json(Session s, int example) {
        MathTrace m = of(s, example);
        Config c = s.config();
        Json.Writer j = new Json.Writer().beginObject().key("example").value(example).key("count").value(s.problem().train.size);
        if (s.problem() instanceof Problem2D) {
            Problem2D p = (Problem2D) s.problem();
            Points pts = p.points;
            int i = p.trainIndex[example];
            j.key("x").value(pts.x[i]).key("y").value(pts.y[i]).key("label").value(pts.regression() ? pts.value[i] : pts.label[i]);
        }
        j.key("loss").value(s.head().loss.id).key("opt").value(c.choice(Schema.OPTIMIZER)).key("reg").value(c.choice(Schema.REGULARIZATION))
                .key("lambda").value(c.number(Schema.REG_RATE)).key("lr").value(m.lr).key("lossValue").value(m.loss)
                .key("input").values(m.input).key("target").values(m.target).key("layers").beginArray();
        for (int l = 0; l < m.layers.length; l++) {
            Layer y = m.layers[l];
            double[][] v = {y.w, y.b, y.z, y.a, y.fprime, y.dA, y.dZ, y.gW, y.gB, y.stepW, y.newW, y.newB};
            j.beginObject().key("act").value(s.network().activation(l).id);
            for (int k = 0; k < v.length; k++) if (v[k] != null) j.key(KEYS[k]).values(v[k]);
            j.endObject();
        }
        return j.endArray().endObject().toString();
    }
}
