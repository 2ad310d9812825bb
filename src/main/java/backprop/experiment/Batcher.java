package backprop.experiment;

import backprop.data.Dataset;
import backprop.nn.Activation;
import backprop.nn.Targets;
import backprop.nn.Trainer;

/**
 * Feeds a {@link Trainer} with rows of a {@link Dataset} in a given order: copies the input
 * rows and writes the matching target rows (one-hot, ±1/0-1 or the regression value).
 */
public final class Batcher implements Trainer.BatchSource {
    private final Dataset data;
    private final int outputs;
    private final Activation output;
    private int[] order;
    private int start;

    public Batcher(Dataset data, int outputs, Activation output) {
        this.data = data;
        this.outputs = outputs;
        this.output = output;
    }

    /** The batch is order[start, start + batchSize). */
    public Batcher select(int[] order, int start) {
        this.order = order;
        this.start = start;
        return this;
    }

    @Override
    public void fill(int from, int rows, double[] inputs, double[] targets) {
        int width = data.inputs.width();
        for (int r = 0; r < rows; r++) {
            int i = order[start + from + r];
            data.inputs.copyRow(i, inputs, r * width);
            if (data.regression()) {
                targets[r * outputs] = data.values[i];
            } else {
                Targets.encode(data.labels[i], outputs, output, targets, r * outputs);
            }
        }
    }
}
