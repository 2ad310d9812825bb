package backprop.experiment;

import backprop.data.Dataset;
import backprop.data.Feature;
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
public final class Problem2D {
    /** Half-width of the plane shown and sampled: [−6, 6]². */
    public static final double EXTENT = 6.0;

    public final Points points;
    public final Feature[] features;
    public final int[] trainIndex, testIndex; // into points
    public final Dataset train, test;

    private Problem2D(Points points, Feature[] features, int[] trainIndex, int[] testIndex) {
        this.points = points;
        this.features = features;
        this.trainIndex = trainIndex;
        this.testIndex = testIndex;
        this.train = dataset(points, features, trainIndex);
        this.test = dataset(points, features, testIndex);
    }

    public static Problem2D of(Config c) {
        Rng rng = new Rng(c.integer(Schema.DATA_SEED));
        Toy2D kind = Toy2D.byId(c.choice(Schema.DATA));
        Points points = kind.generate(c.integer(Schema.POINTS), c.integer(Schema.NOISE) / 100.0, rng);
        return split(points, features(c), c.integer(Schema.TRAIN), rng);
    }

    /** Shuffles the point indices with {@code rng} and keeps the first {@code trainPercent} % for training. */
    public static Problem2D split(Points points, Feature[] features, int trainPercent, Rng rng) {
        int n = points.size();
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        rng.shuffle(idx, 0, n);
        int nTrain = Math.max(1, Math.min(n - 1, (n * trainPercent + 50) / 100));
        int[] tr = new int[nTrain], te = new int[n - nTrain];
        System.arraycopy(idx, 0, tr, 0, nTrain);
        System.arraycopy(idx, nTrain, te, 0, n - nTrain);
        return new Problem2D(points, features, tr, te);
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

    /** The network for this problem: one output for two classes or regression, else one per class. */
    Network network(Config c) {
        int[] hidden = c.ints(Schema.LAYERS);
        String[] acts = c.list(Schema.ACTIVATION);
        Activation out = Activation.byId(c.choice(Schema.OUTPUT));
        int outputs = out == Activation.SOFTMAX ? Math.max(2, points.classes) : points.classes > 2 ? points.classes : 1;
        int[] sizes = new int[hidden.length + 2];
        Activation[] a = new Activation[hidden.length + 1];
        sizes[0] = features.length;
        for (int l = 0; l < hidden.length; l++) {
            sizes[l + 1] = hidden[l];
            a[l] = Activation.byId(acts[Math.min(l, acts.length - 1)]);
        }
        sizes[hidden.length + 1] = outputs;
        a[hidden.length] = out;
        return new Network(sizes, a);
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
                double x = -EXTENT + 2 * EXTENT * i / (res - 1), y = EXTENT - 2 * EXTENT * j / (res - 1);
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
