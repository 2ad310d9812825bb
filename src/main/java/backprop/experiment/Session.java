package backprop.experiment;

import backprop.data.NumberText;
import backprop.data.Dataset;
import backprop.nn.Activation;
import backprop.nn.Initializer;
import backprop.nn.Network;
import backprop.nn.Optimizer;
import backprop.nn.Regularization;
import backprop.nn.Rng;
import backprop.nn.Schedule;
import backprop.nn.Trainer;

/**
 * One training run: data, network, parameters, optimizer and the seeded order of examples.
 * The same session runs on the JVM (command line, tests, benchmarks) and in the browser's worker.
 * {@link #reset()} returns to the same initial weights, optimizer state and shuffling, so a run
 * replays bit for bit.
 */
public final class Session {
    /** Rows processed at once; batches above this are summed in chunks before one update. */
    static final int MAX_CHUNK = 256;
    /** Rows per forward pass for evaluation and the boundary grid (small enough to stay in L1/L2). */
    static final int INFERENCE_CHUNK = 128;
    /** A loss or weight beyond this has exploded even if still finite: training stops there too. */
    static final double EXPLODED = 1e12;

    private final Config config;
    private final Problem problem;
    private final Head head;
    private final Network net;
    private final double[] params, initial;
    private final Trainer trainer, inference; // same parameter block, different batch buffers
    private final Batcher trainBatcher, evalBatcher, testBatcher;
    private final int[] order, testOrder, trainOrder;
    private final int batchSize, seed;
    private final Schedule schedule;
    private final double lr0, decay, every;
    private Rng shuffle;
    private int epoch, cursor, steps;
    private double lastLoss = Double.NaN;
    private Config.Problem divergence; // why training stopped: a message code and its arguments, with the English sentence

    /** A session on toy 2D data (generated from the config). Image data: {@link #Session(Config, Problem)}. */
    public Session(Config config) {
        this(config, Problem2D.of(config));
    }

    public Session(Config config, Problem problem) {
        this.config = config;
        this.problem = problem;
        this.head = Head.of(config);
        this.net = problem.network(config, head);
        this.seed = config.integer(Schema.SEED);
        params = new double[net.paramCount()];
        Initializer.byId(config.choice(Schema.INIT)).initialize(net, params, new Rng(seed));
        initial = params.clone();
        Optimizer optimizer = optimizer(config, params.length);
        Dataset train = problem.train;
        batchSize = Math.max(1, Math.min(config.integer(Schema.BATCH), train.size));
        trainer = new Trainer(net, params, optimizer, head.loss,
                Regularization.byId(config.choice(Schema.REGULARIZATION)), config.number(Schema.REG_RATE),
                Math.min(MAX_CHUNK, batchSize), true);
        inference = new Trainer(net, params, optimizer, head.loss,
                Regularization.NONE, 0, INFERENCE_CHUNK, true);
        Activation out = net.outputActivation();
        trainBatcher = new Batcher(train, net.outputSize(), out);
        evalBatcher = new Batcher(train, net.outputSize(), out);
        testBatcher = new Batcher(problem.test, net.outputSize(), out);
        order = identity(train.size);
        trainOrder = identity(train.size);
        testOrder = identity(problem.test.size);
        schedule = Schedule.byId(config.choice(Schema.SCHEDULE));
        lr0 = config.number(Schema.LR);
        decay = config.number(Schema.DECAY);
        every = config.integer(Schema.DECAY_EVERY);
        reset();
    }

    /** A fresh optimizer of the configured kind and coefficients for {@code size} parameters. */
    static Optimizer optimizer(Config config, int size) {
        Optimizer.Settings s = new Optimizer.Settings();
        s.momentum = config.number(Schema.MOMENTUM);
        s.rho = config.number(Schema.RHO);
        s.beta1 = config.number(Schema.BETA1);
        s.beta2 = config.number(Schema.BETA2);
        s.epsilon = config.number(Schema.EPSILON);
        return Optimizer.create(Optimizer.Kind.byId(config.choice(Schema.OPTIMIZER)), size, s);
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }

    /** Back to the initial weights, a fresh optimizer and the first epoch's order. */
    public void reset() {
        System.arraycopy(initial, 0, params, 0, params.length);
        trainer.optimizer().reset();
        shuffle = new Rng(seed ^ 0x5F3759DF);
        for (int i = 0; i < order.length; i++) order[i] = i;
        shuffle.shuffle(order, 0, order.length);
        epoch = 0;
        cursor = 0;
        steps = 0;
        lastLoss = Double.NaN;
        divergence = null;
    }

    /**
     * Runs up to {@code n} optimisation steps (batches); stops early when the loss or a weight
     * stops being finite, and returns the number of steps done.
     */
    public int step(int n) {
        int done = 0;
        while (done < n && divergence == null && order.length > 0) { // no data (an empty custom set): nothing to do
            int size = Math.min(batchSize, order.length - cursor);
            double lr = learningRate();
            lastLoss = trainer.step(trainBatcher.select(order, cursor), size, lr);
            done++;
            steps++;
            cursor += size;
            if (cursor >= order.length) {
                cursor = 0;
                epoch++;
                shuffle.shuffle(order, 0, order.length);
            }
            if (!Double.isFinite(lastLoss) || lastLoss > EXPLODED) {
                String v = NumberText.of(lastLoss), at = " at step " + steps + " (epoch " + epoch + ")";
                divergence = Double.isFinite(lastLoss)
                        ? new Config.Problem("divergence", "lossExploded", "the loss exploded to " + v + at, v, String.valueOf(steps), String.valueOf(epoch))
                        : new Config.Problem("divergence", "lossBecame", "the loss became " + v + at, v, String.valueOf(steps), String.valueOf(epoch));
            } else if (cursor == 0 || done == n) {
                int bad = firstNonFinite(params);
                if (bad >= 0) {
                    String v = NumberText.of(params[bad]), at = " at step " + steps + " (epoch " + epoch + ")";
                    divergence = Double.isFinite(params[bad])
                            ? new Config.Problem("divergence", "weightExploded", "a weight exploded to " + v + at, v, String.valueOf(steps), String.valueOf(epoch))
                            : new Config.Problem("divergence", "weightBecame", "a weight became " + v + at, v, String.valueOf(steps), String.valueOf(epoch));
                }
            }
        }
        return done;
    }

    /**
     * Everything training changes, copied: weights, optimizer state, example order and its
     * generator, position, counters. {@link #restore} puts a session back exactly there, so
     * training resumed from a checkpoint continues bit for bit as it did the first time.
     */
    public static final class Checkpoint {
        public final int epoch, steps;
        public final double lastLoss;
        final double[] params;
        final double[][] optimizer;
        final int[] order;
        final Rng shuffle;
        final int cursor;
        final Config.Problem divergence;

        Checkpoint(Session s) {
            epoch = s.epoch;
            steps = s.steps;
            lastLoss = s.lastLoss;
            params = s.params.clone();
            optimizer = s.trainer.optimizer().state();
            order = s.order.clone();
            shuffle = s.shuffle.copy();
            cursor = s.cursor;
            divergence = s.divergence;
        }
    }

    public Checkpoint checkpoint() {
        return new Checkpoint(this);
    }

    /** Back to a checkpoint of this session (not of another one: the shapes must match). */
    public void restore(Checkpoint c) {
        if (c.params.length != params.length || c.order.length != order.length) {
            throw new IllegalArgumentException("a checkpoint of another experiment");
        }
        System.arraycopy(c.params, 0, params, 0, params.length);
        trainer.optimizer().restore(c.optimizer);
        System.arraycopy(c.order, 0, order, 0, order.length);
        shuffle = c.shuffle.copy();
        epoch = c.epoch;
        cursor = c.cursor;
        steps = c.steps;
        lastLoss = c.lastLoss;
        divergence = c.divergence;
    }

    /** Runs to the end of the current epoch; returns the steps done. */
    public int stepEpoch() {
        int before = epoch, done = 0;
        while (epoch == before && divergence == null && order.length > 0) done += step(1);
        return done;
    }

    /** Number of batches in one epoch. */
    public int stepsPerEpoch() {
        return (order.length + batchSize - 1) / batchSize;
    }

    /** Learning rate of the next step (the schedule sees fractional epochs). */
    public double learningRate() {
        return schedule.rate(lr0, decay, every, epoch + (double) cursor / Math.max(1, order.length));
    }

    /** Index of the first weight that is not finite or beyond {@link #EXPLODED}, or −1. */
    private static int firstNonFinite(double[] p) {
        for (int i = 0; i < p.length; i++) {
            double v = p[i];
            if (!(v > -EXPLODED && v < EXPLODED)) return i;
        }
        return -1;
    }

    public Evaluation evaluateTrain() {
        return Evaluation.of(inference, problem.train, evalBatcher, trainOrder);
    }

    /** The network's outputs for every test example, [n][outputs] (probabilities for softmax). */
    public float[] testOutputs() {
        Dataset test = problem.test;
        int k = net.outputSize(), cap = inference.capacity();
        float[] out = new float[test.size * k];
        for (int from = 0; from < test.size; from += cap) {
            int rows = Math.min(cap, test.size - from);
            testBatcher.select(testOrder, from).fill(0, rows, inference.inputs(), inference.targets());
            inference.forward(rows);
            double[] o = inference.outputs();
            for (int i = 0; i < rows * k; i++) out[from * k + i] = (float) o[i];
        }
        return out;
    }

    /** The network's outputs for one input row (e.g. a drawn digit). */
    public double[] predict(double[] input) {
        System.arraycopy(input, 0, inference.inputs(), 0, net.inputSize());
        inference.forward(1);
        return java.util.Arrays.copyOf(inference.outputs(), net.outputSize());
    }

    /** Evaluation on the first {@code limit} training examples (a large set's quick estimate). */
    public Evaluation evaluateTrain(int limit) {
        return limit >= trainOrder.length ? evaluateTrain()
                : Evaluation.of(inference, problem.train, evalBatcher, java.util.Arrays.copyOf(trainOrder, limit));
    }

    public Evaluation evaluateTest() {
        return Evaluation.of(inference, problem.test, testBatcher, testOrder);
    }

    /**
     * Sets the weight from neuron {@code from} of layer {@code layer} to neuron {@code to} of the
     * next layer (the diagram's click-to-edit). Returns false for an index or value out of range.
     */
    public boolean setWeight(int layer, int from, int to, double value) {
        if (layer < 0 || layer >= net.layerCount() || from < 0 || from >= net.inputsOf(layer) || to < 0
                || to >= net.outputsOf(layer) || !Double.isFinite(value)) {
            return false;
        }
        params[net.weightOffset(layer) + from * net.outputsOf(layer) + to] = value;
        return true;
    }

    public Config config() { return config; }
    public Network network() { return net; }
    public Head head() { return head; }
    /** The live parameter block (do not modify). */
    public double[] parameters() { return params; }
    public double[] initialParameters() { return initial.clone(); }
    public int epoch() { return epoch; }
    public int steps() { return steps; }
    public int batchSize() { return batchSize; }
    public double lastLoss() { return lastLoss; }
    /** Why training stopped (NaN or infinity), or null while all is finite. */
    /** Why training stopped (English), or null. */
    public String divergence() { return divergence == null ? null : divergence.message; }

    /** Why training stopped as a message code with arguments (for the page's languages), or null. */
    public Config.Problem divergenceProblem() { return divergence; }
    public Problem problem() { return problem; }
    public Trainer trainer() { return trainer; }
    /** The trainer for batch inference (same parameters, larger row buffers). */
    Trainer inference() { return inference; }

    /** Replaces the parameters (model import); the caller checked the shape. */
    public void load(double[] values) {
        if (values.length != params.length) throw new IllegalArgumentException("expected " + params.length + " parameters");
        System.arraycopy(values, 0, params, 0, params.length);
        divergence = null;
    }
}
