package backprop.nn;

/**
 * Weight penalties added to the loss, keyed by stable ids. They act on weights only, never
 * on biases: L1 adds λ·Σ|w| (gradient λ·sign w), L2 adds ½λ·Σw² (gradient λ·w).
 */
public enum Regularization implements Keyed {
    NONE("none", "no penalty"),
    L1("l1", "penalty = lambda * sum |w|"),
    L2("l2", "penalty = lambda/2 * sum w^2");

    public final String id;
    public final String formula;

    Regularization(String id, String formula) {
        this.id = id;
        this.formula = formula;
    }

    public static Regularization byId(String id) {
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

    /** g += dPenalty/dw over every weight of net. */
    public void addGradient(Network net, double[] p, double[] g, double lambda) {
        if (this == NONE || lambda == 0) return;
        for (int l = 0; l < net.layerCount(); l++) {
            int from = net.weightOffset(l), to = net.biasOffset(l);
            if (this == L2) {
                for (int i = from; i < to; i++) g[i] += lambda * p[i];
            } else {
                for (int i = from; i < to; i++) {
                    double w = p[i];
                    g[i] += w > 0 ? lambda : w < 0 ? -lambda : 0.0;
                }
            }
        }
    }

    /** The penalty value for the current weights. */
    public double penalty(Network net, double[] p, double lambda) {
        if (this == NONE || lambda == 0) return 0;
        double s = 0;
        for (int l = 0; l < net.layerCount(); l++) {
            for (int i = net.weightOffset(l); i < net.biasOffset(l); i++) {
                s += this == L2 ? 0.5 * p[i] * p[i] : Math.abs(p[i]);
            }
        }
        return lambda * s;
    }
}
