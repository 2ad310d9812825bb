package backprop.nn;

/**
 * Parameter update rules, keyed by stable ids. An optimizer owns its state arrays (one slot
 * per parameter, allocated once) and updates the flat parameter block in place from the flat
 * gradient block. Every rule here is element-wise, so one loop over the block does it.
 */
public abstract class Optimizer {
    /** Registry of optimizer kinds. */
    public enum Kind implements Keyed {
        SGD("sgd", "w -= lr * g"),
        MOMENTUM("momentum", "v = mu * v - lr * g; w += v"),
        RMSPROP("rmsprop", "s = rho * s + (1 - rho) g^2; w -= lr * g / (sqrt(s) + eps)"),
        ADAM("adam", "m = b1 m + (1-b1) g; v = b2 v + (1-b2) g^2; w -= lr * m^ / (sqrt(v^) + eps)");

        public final String id;
        public final String formula;

        Kind(String id, String formula) {
            this.id = id;
            this.formula = formula;
        }

        public static Kind byId(String id) {
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
    }

    /** Hyper-parameters of the rules (each rule reads the ones it uses). */
    public static final class Settings {
        public double momentum = 0.9, rho = 0.9, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8;
    }

    public static Optimizer create(Kind kind, int size, Settings s) {
        switch (kind) {
            case SGD: return new Sgd();
            case MOMENTUM: return new Momentum(size, s.momentum);
            case RMSPROP: return new RmsProp(size, s.rho, s.epsilon);
            default: return new Adam(size, s.beta1, s.beta2, s.epsilon);
        }
    }

    /** p ← p − step(g), with learning rate lr. */
    public abstract void update(double[] p, double[] g, double lr);

    /** Forget the state (as after a fresh initialisation). */
    public abstract void reset();

    /** Copy of the state (for model snapshots and the timeline); empty for stateless rules. */
    public abstract double[][] state();

    /** Restores {@link #state()}. */
    public abstract void restore(double[][] state);

    static final class Sgd extends Optimizer {
        @Override public void update(double[] p, double[] g, double lr) {
            for (int i = 0; i < p.length; i++) p[i] -= lr * g[i];
        }
        @Override public void reset() {}
        @Override public double[][] state() { return new double[0][]; }
        @Override public void restore(double[][] state) {}
    }

    /** Classical (heavy-ball) momentum, B. T. Polyak 1964. */
    static final class Momentum extends Optimizer {
        private final double mu;
        private final double[] v;
        Momentum(int n, double mu) { this.mu = mu; v = new double[n]; }
        @Override public void update(double[] p, double[] g, double lr) {
            for (int i = 0; i < p.length; i++) {
                double vi = mu * v[i] - lr * g[i];
                v[i] = vi;
                p[i] += vi;
            }
        }
        @Override public void reset() { java.util.Arrays.fill(v, 0); }
        @Override public double[][] state() { return new double[][] {v.clone()}; }
        @Override public void restore(double[][] s) { System.arraycopy(s[0], 0, v, 0, v.length); }
    }

    /** RMSProp, G. Hinton, Coursera "Neural networks for machine learning", lecture 6e, 2012. */
    static final class RmsProp extends Optimizer {
        private final double rho, eps;
        private final double[] s;
        RmsProp(int n, double rho, double eps) { this.rho = rho; this.eps = eps; s = new double[n]; }
        @Override public void update(double[] p, double[] g, double lr) {
            for (int i = 0; i < p.length; i++) {
                double gi = g[i];
                double si = rho * s[i] + (1 - rho) * gi * gi;
                s[i] = si;
                p[i] -= lr * gi / (Math.sqrt(si) + eps);
            }
        }
        @Override public void reset() { java.util.Arrays.fill(s, 0); }
        @Override public double[][] state() { return new double[][] {s.clone()}; }
        @Override public void restore(double[][] st) { System.arraycopy(st[0], 0, s, 0, s.length); }
    }

    /** Adam with bias correction, D. P. Kingma, J. Ba, ICLR 2015 (Algorithm 1). */
    static final class Adam extends Optimizer {
        private final double b1, b2, eps;
        private final double[] m, v;
        private double b1t = 1, b2t = 1; // b1^t, b2^t as running products
        Adam(int n, double b1, double b2, double eps) {
            this.b1 = b1; this.b2 = b2; this.eps = eps;
            m = new double[n];
            v = new double[n];
        }
        @Override public void update(double[] p, double[] g, double lr) {
            b1t *= b1;
            b2t *= b2;
            double c1 = 1.0 / (1 - b1t), c2 = 1.0 / (1 - b2t);
            for (int i = 0; i < p.length; i++) {
                double gi = g[i];
                double mi = b1 * m[i] + (1 - b1) * gi;
                double vi = b2 * v[i] + (1 - b2) * gi * gi;
                m[i] = mi;
                v[i] = vi;
                p[i] -= (mi * c1) * lr / (Math.sqrt(vi * c2) + eps); // m̂ first: see Fn on TeaVM's JS output
            }
        }
        @Override public void reset() {
            java.util.Arrays.fill(m, 0);
            java.util.Arrays.fill(v, 0);
            b1t = 1;
            b2t = 1;
        }
        @Override public double[][] state() { return new double[][] {m.clone(), v.clone(), {b1t, b2t}}; }
        @Override public void restore(double[][] s) {
            System.arraycopy(s[0], 0, m, 0, m.length);
            System.arraycopy(s[1], 0, v, 0, v.length);
            b1t = s[2][0];
            b2t = s[2][1];
        }
    }
}
