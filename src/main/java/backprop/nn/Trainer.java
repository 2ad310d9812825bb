package backprop.nn;

import java.util.Arrays;

/**
 * Forward pass, backpropagation and parameter update for one {@link Network} and one flat
 * parameter block. All buffers are allocated once here; a training step allocates nothing.
 *
 * <p>Buffers (rows ≤ capacity): {@code acts[0]} is the input batch, {@code z[l]} and
 * {@code acts[l+1]} the pre-activations and activations of weight layer l, {@code delta[l]} the
 * gradient dL/dz[l]; {@code grads} has the layout of {@code params}.
 */
public final class Trainer {
    /** Supplies the rows [from, from + rows) of the current batch. */
    public interface BatchSource {
        void fill(int from, int rows, double[] inputs, double[] targets);
    }

    /** Narrower layers are not worth scanning for zeros. */
    static final int SPARSE_MIN_INPUTS = 16;

    private final Network net;
    private final double[] params;
    private final double[] grads;
    private final Optimizer optimizer;
    private final Loss loss;
    private final Regularization regularization;
    private final double lambda;
    private final boolean[] sparse; // per layer: skip exact-zero inputs (wide layers only)
    private final int capacity;
    private final double[][] acts, z, delta;
    private final double[] targets;
    private final int[] scratch;

    /**
     * @param capacity most rows processed at once; larger batches are processed in chunks
     *                 whose gradients are summed before the single update
     * @param sparse   skip exact-zero inputs in the forward and weight-gradient loops (same bits)
     */
    public Trainer(Network net, double[] params, Optimizer optimizer, Loss loss,
                   Regularization regularization, double lambda, int capacity, boolean sparse) {
        if (params.length != net.paramCount()) {
            throw new IllegalArgumentException("parameter block has " + params.length + " values, network needs " + net.paramCount());
        }
        String bad = loss.incompatibility(net.outputActivation());
        if (bad != null) throw new IllegalArgumentException(bad);
        this.net = net;
        this.params = params;
        this.grads = new double[params.length];
        this.optimizer = optimizer;
        this.loss = loss;
        this.regularization = regularization;
        this.lambda = lambda;
        this.sparse = new boolean[net.layerCount()];
        for (int l = 0; l < net.layerCount(); l++) this.sparse[l] = sparse && net.inputsOf(l) >= SPARSE_MIN_INPUTS;
        this.capacity = capacity;
        int layers = net.layerCount();
        acts = new double[layers + 1][];
        z = new double[layers][];
        delta = new double[layers][];
        acts[0] = new double[capacity * net.inputSize()];
        for (int l = 0; l < layers; l++) {
            int out = net.outputsOf(l);
            z[l] = new double[capacity * out];
            acts[l + 1] = new double[capacity * out];
            delta[l] = new double[capacity * out];
        }
        targets = new double[capacity * net.outputSize()];
        scratch = new int[net.maxWidth()];
    }

    /**
     * One optimisation step on a batch of {@code batchSize} rows: gradients of the mean loss,
     * regularisation, then the optimizer's update. Returns the mean data loss of the batch
     * (measured before the update).
     */
    public double step(BatchSource source, int batchSize, double lr) {
        Arrays.fill(grads, 0.0);
        double sum = 0;
        for (int from = 0; from < batchSize; from += capacity) {
            int rows = Math.min(capacity, batchSize - from);
            source.fill(from, rows, acts[0], targets);  // x, t
            forward(rows);                               // z_l = a_{l-1}·W_l + b_l,  a_l = f_l(z_l)
            sum += backward(rows, 1.0 / batchSize);      // grads += dL/dW, dL/db (chain rule)
        }
        regularization.addGradient(net, params, grads, lambda);
        optimizer.update(params, grads, lr);             // W ← W − lr·(update rule)
        return sum / batchSize;
    }

    /** Forward pass over the first {@code rows} rows of {@link #inputs()}. */
    public void forward(int rows) {
        for (int l = 0; l < net.layerCount(); l++) {
            int in = net.inputsOf(l), out = net.outputsOf(l);
            Dense.forward(acts[l], rows, in, params, net.weightOffset(l), net.biasOffset(l), out, z[l],
                    sparse[l], scratch);
            net.activation(l).forward(z[l], acts[l + 1], 0, rows * out, out);
        }
    }

    /**
     * Backpropagation after {@link #forward}: adds scale · gradients of the summed loss of the
     * rows to {@link #gradients()} and returns the summed loss.
     */
    public double backward(int rows, double scale) {
        int last = net.layerCount() - 1, k = net.outputSize();
        double total = loss.evaluate(z[last], acts[last + 1], targets, delta[last], rows, k, scale);
        if (!loss.gradientIsForLogits()) {
            net.outputActivation().backward(z[last], acts[last + 1], delta[last], 0, rows * k); // dL/da → dL/dz
        }
        for (int l = last; l >= 0; l--) {
            int in = net.inputsOf(l), out = net.outputsOf(l);
            Dense.accumulateGradients(acts[l], delta[l], rows, in, out, grads, net.weightOffset(l), net.biasOffset(l), sparse[l]);
            if (l > 0) {
                Dense.backwardInput(delta[l], rows, in, out, params, net.weightOffset(l), delta[l - 1]); // dL/da_{l-1}
                net.activation(l - 1).backward(z[l - 1], acts[l], delta[l - 1], 0, rows * in);       // dL/dz_{l-1}
            }
        }
        return total;
    }

    /** Summed loss of the rows after {@link #forward} (targets filled), without gradients. */
    public double loss(int rows) {
        int last = net.layerCount() - 1;
        return loss.evaluate(z[last], acts[last + 1], targets, delta[last], rows, net.outputSize(), 0.0);
    }

    public Network network() { return net; }
    public double[] parameters() { return params; }
    public double[] gradients() { return grads; }
    public Optimizer optimizer() { return optimizer; }
    public int capacity() { return capacity; }
    /** Input batch buffer, [capacity][inputs]. */
    public double[] inputs() { return acts[0]; }
    /** Target batch buffer, [capacity][outputs]. */
    public double[] targets() { return targets; }
    /** Output activations after {@link #forward}, [capacity][outputs]. */
    public double[] outputs() { return acts[net.layerCount()]; }
    /** Activations of layer {@code layer} (0 = inputs) after {@link #forward}. */
    public double[] activations(int layer) { return acts[layer]; }
    /** Pre-activations of weight layer {@code layer} after {@link #forward}. */
    public double[] preActivations(int layer) { return z[layer]; }
    /** dL/dz of weight layer {@code layer} after {@link #backward}. */
    public double[] deltas(int layer) { return delta[layer]; }
}
