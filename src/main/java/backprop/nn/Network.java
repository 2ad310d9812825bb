package backprop.nn;

import java.util.Arrays;

/**
 * The shape of a dense network: layer sizes, one activation per layer, and where each layer's
 * parameters live in one flat {@code double[]} block. Immutable; the parameter values are kept
 * apart (see {@link Trainer}) so that one shape serves many parameter blocks.
 *
 * <pre>
 * params = [ W0 | b0 | W1 | b1 | ... ]
 *   W_l : [in_l][out_l] row-major, W_l[i][o] at weightOffset(l) + i*out_l + o
 *   b_l : [out_l]                  at biasOffset(l) + o
 * z_l = a_{l-1} · W_l + b_l,   a_l = f_l(z_l)
 * </pre>
 * Storing W as [in][out] makes the innermost loops of forward and weight-gradient passes run
 * over contiguous output neurons.
 */
public final class Network {
    private final int[] sizes;             // sizes[0] = inputs, sizes[L] = outputs
    private final Activation[] activations; // one per layer, [L]
    private final int[] weightOffsets;
    private final int[] biasOffsets;
    private final int paramCount;

    /**
     * @param sizes layer sizes including input and output, at least two entries, all &gt; 0
     * @param activations one activation per weight layer (sizes.length − 1 entries)
     */
    public Network(int[] sizes, Activation[] activations) {
        if (sizes.length < 2) throw new IllegalArgumentException("a network needs an input and an output size");
        if (activations.length != sizes.length - 1) {
            throw new IllegalArgumentException("need " + (sizes.length - 1) + " activations, got " + activations.length);
        }
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] < 1) throw new IllegalArgumentException("layer " + i + " has size " + sizes[i] + "; sizes must be at least 1");
        }
        for (int l = 0; l < activations.length - 1; l++) {
            if (!activations[l].elementWise()) {
                throw new IllegalArgumentException("softmax can only be the output activation (hidden layer " + (l + 1) + ")");
            }
        }
        this.sizes = sizes.clone();
        this.activations = activations.clone();
        int layers = activations.length;
        weightOffsets = new int[layers];
        biasOffsets = new int[layers];
        int off = 0;
        for (int l = 0; l < layers; l++) {
            weightOffsets[l] = off;
            off += sizes[l] * sizes[l + 1];
            biasOffsets[l] = off;
            off += sizes[l + 1];
        }
        paramCount = off;
    }

    /** A network whose hidden layers share one activation. */
    public static Network of(int inputs, int[] hidden, Activation hiddenActivation, int outputs, Activation output) {
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = inputs;
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = outputs;
        Activation[] acts = new Activation[hidden.length + 1];
        Arrays.fill(acts, hiddenActivation);
        acts[hidden.length] = output;
        return new Network(sizes, acts);
    }

    /** Number of weight layers (hidden layers + 1). */
    public int layerCount() { return activations.length; }
    public int inputsOf(int layer) { return sizes[layer]; }
    public int outputsOf(int layer) { return sizes[layer + 1]; }
    public int inputSize() { return sizes[0]; }
    public int outputSize() { return sizes[sizes.length - 1]; }
    public Activation activation(int layer) { return activations[layer]; }
    public Activation outputActivation() { return activations[activations.length - 1]; }
    public int weightOffset(int layer) { return weightOffsets[layer]; }
    public int biasOffset(int layer) { return biasOffsets[layer]; }
    public int paramCount() { return paramCount; }
    public int[] sizes() { return sizes.clone(); }

    /** Widest layer, inputs included. */
    public int maxWidth() {
        int m = 0;
        for (int s : sizes) m = Math.max(m, s);
        return m;
    }

    /** Whether parameter index p is a weight (true) or a bias (false). */
    public boolean isWeight(int p) {
        for (int l = 0; l < layerCount(); l++) {
            if (p < biasOffsets[l]) return p >= weightOffsets[l];
        }
        return false;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sizes.length; i++) {
            if (i > 0) sb.append(" -").append(activations[i - 1].id).append("-> ");
            sb.append(sizes[i]);
        }
        return sb.toString();
    }
}
