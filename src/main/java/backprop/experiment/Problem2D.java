package backprop.experiment;

import backprop.data.Dataset;
import backprop.data.Feature;
import backprop.data.PointCodec;
import backprop.data.Points;
import backprop.data.Toy2D;
import backprop.nn.Activation;
import backprop.nn.Network;
import backprop.nn.Rng;
import backprop.nn.Targets;
import backprop.nn.Trainer;

/**
 * A toy 2D problem built from a config: the generated points, their train/test split (seeded
 * shuffle, then the first share is for training), the input features, and the network shape
 * that fits them.
 */
public final class Problem2D extends Problem {
    public final Points points;
    /** Half-width of the square plane shown and sampled: [−extent, extent]². */
    public final double extent;
    public final Feature[] features;
    public final int[] trainIndex, testIndex; // into points

    private Problem2D(Points points, double extent, Feature[] features, int[] trainIndex, int[] testIndex) {
        super(dataset(points, features, trainIndex), dataset(points, features, testIndex));
        this.points = points;
        this.extent = extent;
        this.features = features;
        this.trainIndex = trainIndex;
        this.testIndex = testIndex;
    }

    public static Problem2D of(Config c) {
        Rng rng = new Rng(c.integer(Schema.DATA_SEED));
        Toy2D kind = Toy2D.byId(c.choice(Schema.DATA));
        Points points = kind == Toy2D.CUSTOM ? customPoints(c)
                : kind.generate(c.integer(Schema.POINTS), c.integer(Schema.NOISE) / 100.0, c.integer(Schema.CLASSES), rng);
        return split(points, kind.extent(), features(c), c.integer(Schema.TRAIN), rng);
    }

    private static Points customPoints(Config c) {
        String text = c.points(Schema.CUSTOM_POINTS);
        return text.isEmpty() ? new Points(new double[0], new double[0], new int[0], new double[0], 2) : PointCodec.decode(text).get();
    }

    /** Number of classes of the configured data (0 for regression). */
    static int classesOf(Config c) {
        Toy2D kind = Toy2D.byId(c.choice(Schema.DATA));
        if (kind == Toy2D.CUSTOM) return customPoints(c).classes;
        return kind.classes >= 0 ? kind.classes : c.integer(Schema.CLASSES);
    }

    /**
     * Shuffles the point indices with {@code rng} and keeps the first {@code trainPercent} % for
     * training. Sets of fewer than 10 points (the tutorial's four people) train and test on all.
     */
    public static Problem2D split(Points points, double extent, Feature[] features, int trainPercent, Rng rng) {
        int n = points.size();
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        rng.shuffle(idx, 0, n);
        if (n < 10) return new Problem2D(points, extent, features, idx, idx.clone());
        int nTrain = Math.max(1, Math.min(n - 1, (n * trainPercent + 50) / 100));
        int[] tr = new int[nTrain], te = new int[n - nTrain];
        System.arraycopy(idx, 0, tr, 0, nTrain);
        System.arraycopy(idx, nTrain, te, 0, n - nTrain);
        return new Problem2D(points, extent, features, tr, te);
    }

    static Feature[] features(Config c) {
        String[] ids = c.list(Schema.FEATURES);
        Feature[] f = new Feature[ids.length];
        for (int i = 0; i < ids.length; i++) f[i] = Feature.byId(ids[i]);
        return f;
    }

    private static Dataset dataset(Points p, Feature[] features, int[] index) {
        double[] xs = new double[index.length], ys = new double[index.length];
        for (int i = 0; i < index.length; i++) {
            xs[i] = p.x[index[i]];
            ys[i] = p.y[index[i]];
        }
        Dataset.Inputs inputs = Dataset.doubles(Feature.matrix(features, xs, ys), features.length);
        if (p.regression()) {
            double[] v = new double[index.length];
            for (int i = 0; i < index.length; i++) v[i] = p.value[index[i]];
            return Dataset.regression(inputs, v);
        }
        int[] labels = new int[index.length];
        for (int i = 0; i < index.length; i++) labels[i] = p.label[index[i]];
        return Dataset.classification(inputs, labels, p.classes);
    }

    @Override
    public int classes() {
        return points.classes;
    }

    @Override
    public int inputs() {
        return features.length;
    }

    /** The points as [x, y, label (or value), 0 = train / 1 = test] per point, in point order. */
    public float[] pointArray() {
        float[] a = new float[points.size() * 4];
        for (int i = 0; i < points.size(); i++) {
            a[4 * i] = (float) points.x[i];
            a[4 * i + 1] = (float) points.y[i];
            a[4 * i + 2] = (float) (points.regression() ? points.value[i] : points.label[i]);
        }
        for (int i : testIndex) a[4 * i + 3] = 1;
        return a;
    }

    /** Number of nodes of the diagram: input features, hidden neurons, outputs. */
    static int nodeCount(Network net) {
        int n = net.inputSize();
        for (int l = 0; l < net.layerCount(); l++) n += net.outputsOf(l);
        return n;
    }

    /** Writes the features of (x, y) into row r of the trainer's input buffer. */
    private void features(Trainer trainer, int r, double x, double y) {
        double[] in = trainer.inputs();
        for (int q = 0; q < features.length; q++) in[r * features.length + q] = features[q].of(x, y);
    }

    /**
     * Every node's value over a res × res grid of the plane, node after node (features, then
     * each layer's neurons), for the diagram's thumbnails.
     */
    float[] nodeGrids(Trainer trainer, int res, float[] out) {
        Network net = trainer.network();
        int n = res * res, cap = trainer.capacity();
        for (int from = 0; from < n; from += cap) {
            int rows = Math.min(cap, n - from);
            for (int r = 0; r < rows; r++) {
                int p = from + r;
                features(trainer, r, -extent + 2 * extent * (p % res) / (res - 1), extent - 2 * extent * (p / res) / (res - 1));
            }
            trainer.forward(rows);
            int node = 0;
            for (int l = 0; l <= net.layerCount(); l++) {
                int width = l == 0 ? net.inputSize() : net.outputsOf(l - 1);
                double[] a = trainer.activations(l);
                for (int j = 0; j < width; j++, node++) {
                    for (int r = 0; r < rows; r++) out[node * n + from + r] = (float) a[r * width + j];
                }
            }
        }
        return out;
    }

    /** Every node's value at one point (features, hidden neurons, outputs), for hover read-outs. */
    double[] probe(Trainer trainer, double x, double y) {
        Network net = trainer.network();
        features(trainer, 0, x, y);
        trainer.forward(1);
        double[] out = new double[nodeCount(net)];
        int node = 0;
        for (int l = 0; l <= net.layerCount(); l++) {
            int width = l == 0 ? net.inputSize() : net.outputsOf(l - 1);
            for (int j = 0; j < width; j++) out[node++] = trainer.activations(l)[j];
        }
        return out;
    }

    /** See {@link Session#grid}. */
    float[] grid(Trainer trainer, int res, float[] out) {
        Network net = trainer.network();
        int f = features.length, k = net.outputSize(), cap = trainer.capacity(), n = res * res;
        double[] in = trainer.inputs();
        Activation act = net.outputActivation();
        for (int from = 0; from < n; from += cap) {
            int rows = Math.min(cap, n - from);
            for (int r = 0; r < rows; r++) {
                int p = from + r, i = p % res, j = p / res;
                double x = -extent + 2 * extent * i / (res - 1), y = extent - 2 * extent * j / (res - 1);
                for (int q = 0; q < f; q++) in[r * f + q] = features[q].of(x, y);
            }
            trainer.forward(rows);
            double[] o = trainer.outputs();
            for (int r = 0; r < rows; r++) {
                double v;
                if (points.regression()) {
                    v = o[r * k];
                } else if (k == 1) {
                    v = Targets.positiveScore(o[r], act);
                } else if (k == 2 && points.classes == 2) {
                    v = o[r * k + 1];
                } else {
                    int c = Targets.decode(o, r * k, k, act);
                    v = c + Math.min(0.999, o[r * k + c]);
                }
                out[from + r] = (float) v;
            }
        }
        return out;
    }
}
