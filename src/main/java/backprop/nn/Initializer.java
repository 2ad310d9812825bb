package backprop.nn;

/** Weight initialisers, keyed by stable ids. Biases always start at 0. */
public enum Initializer implements Keyed {
    /** All weights 0: every neuron of a layer stays identical (the symmetry problem). */
    ZEROS("zeros", "w = 0 (all neurons of a layer stay identical)"),
    /** 0.1 × N(0, 1), as in the from-scratch tutorials. */
    NORMAL("normal", "w ~ 0.1 * N(0, 1)"),
    /** U(−0.5, 0.5), TensorFlow Playground's choice. */
    UNIFORM("uniform", "w ~ U(-0.5, 0.5)"),
    /** U(±√(6/(in+out))) (X. Glorot, Y. Bengio, AISTATS 2010). */
    GLOROT("glorot", "w ~ U(-sqrt(6/(in+out)), +sqrt(6/(in+out)))"),
    /** N(0, 2/in) (K. He et al., "Delving deep into rectifiers", ICCV 2015). */
    HE("he", "w ~ N(0, 2/in)");

    public final String id;
    public final String formula;

    Initializer(String id, String formula) {
        this.id = id;
        this.formula = formula;
    }

    public static Initializer byId(String id) {
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

    /** Fills every layer's weights of {@code params} (layout of {@code net}); biases set to 0. */
    public void initialize(Network net, double[] params, Rng rng) {
        for (int l = 0; l < net.layerCount(); l++) {
            int in = net.inputsOf(l), out = net.outputsOf(l);
            int w = net.weightOffset(l);
            double glorot = StrictMath.sqrt(6.0 / (in + out));
            double he = StrictMath.sqrt(2.0 / in);
            for (int i = 0; i < in * out; i++) {
                double v;
                switch (this) {
                    case ZEROS: v = 0; break;
                    case NORMAL: v = rng.nextGaussian() * 0.1; break; // call first: see Fn on TeaVM's JS output
                    case UNIFORM: v = rng.uniform(-0.5, 0.5); break;
                    case GLOROT: v = rng.uniform(-glorot, glorot); break;
                    default: v = rng.nextGaussian() * he;
                }
                params[w + i] = v;
            }
            int b = net.biasOffset(l);
            for (int o = 0; o < out; o++) params[b + o] = 0;
        }
    }
}
