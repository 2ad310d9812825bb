package backprop.experiment;

import backprop.data.Dataset;
import backprop.data.ImageSet;
import backprop.data.Toy2D;
import backprop.nn.Activation;
import backprop.nn.Network;

/** What a session trains on: a training and a test set, and the input width they imply. */
public abstract class Problem {
    public final Dataset train, test;

    Problem(Dataset train, Dataset test) {
        this.train = train;
        this.test = test;
    }

    /** Number of classes (0 for regression). */
    public abstract int classes();

    /** Width of an input row. */
    public abstract int inputs();

    /** Classes of the configured data, before any data is loaded (0 for regression). */
    static int classesOf(Config c) {
        ImageSet images = ImageSet.byId(c.choice(Schema.DATA));
        return images != null ? images.classes() : Problem2D.classesOf(c);
    }

    /** The network a config describes, without its data (model files). */
    static Network networkFor(Config c) {
        int inputs = isImages(c) ? ImageSet.PIXELS : Problem2D.features(c).length;
        return shape(c, Head.of(c), inputs);
    }

    /** The network a config describes, for weights given from outside; throws if their number does not fit it. */
    static Network networkFor(Config c, double[] params) {
        Network net = networkFor(c);
        if (params.length != net.paramCount()) throw new IllegalArgumentException(params.length + " weights for a network of " + net.paramCount());
        return net;
    }

    /** The network: inputs, the configured hidden layers, the resolved head. */
    Network network(Config c, Head head) {
        return shape(c, head, inputs());
    }

    private static Network shape(Config c, Head head, int inputs) {
        int[] hidden = c.ints(Schema.LAYERS);
        String[] acts = c.list(Schema.ACTIVATION);
        int[] sizes = new int[hidden.length + 2];
        Activation[] a = new Activation[hidden.length + 1];
        sizes[0] = inputs;
        for (int l = 0; l < hidden.length; l++) {
            sizes[l + 1] = hidden[l];
            a[l] = Activation.byId(acts[Math.min(l, acts.length - 1)]);
        }
        sizes[hidden.length + 1] = head.outputs;
        a[hidden.length] = head.output;
        return new Network(sizes, a);
    }

    /** True when the configured data is an image set (its images are loaded separately). */
    public static boolean isImages(Config c) {
        return Toy2D.byId(c.choice(Schema.DATA)) == null;
    }
}
