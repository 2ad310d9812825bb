package backprop.experiment;

import backprop.data.Feature;
import backprop.data.NumberText;
import backprop.nn.Activation;
import backprop.nn.Network;

/**
 * A trained network as a self-contained Python 3 + NumPy script: its settings, features, weights
 * (every double written so that Python reads back the same value) and a forward pass with the
 * same activations, so a learner can continue in Python. The script predicts for the rows of a
 * CSV file, or for a 5 × 5 grid of the plane when given none.
 */
public final class NumpyScript {
    private NumpyScript() {}

    /** The script of the network a config describes, with these weights (without its data: a tool of the page). */
    public static String of(Config config, double[] params, int epoch) {
        boolean images = Problem.isImages(config);
        return write(config, Problem.networkFor(config, params), params, epoch, images ? null : Problem2D.features(config),
                images ? 0 : backprop.data.Toy2D.byId(config.choice(Schema.DATA)).extent());
    }

    /** The script for a session's current network (2D features, or image pixels). */
    public static String of(Session session) {
        Problem p = session.problem();
        Problem2D plane = p instanceof Problem2D ? (Problem2D) p : null;
        return write(session.config(), session.network(), session.parameters(), session.epoch(),
                plane == null ? null : plane.features, plane == null ? 0 : plane.extent);
    }

    /** The script; {@code features} are the 2D inputs, or null when the inputs are image pixels. */
    public static String write(Config config, Network net, double[] params, int epoch, Feature[] features, double extent) {
        StringBuilder s = new StringBuilder();
        String shape = shape(net);
        s.append("#!/usr/bin/env python3\n");
        s.append("\"\"\"A network trained in Backprop Playground: ").append(shape).append(", after ").append(epoch).append(" epochs.\n\n");
        s.append("Settings (the playground's link query): ").append(config.encode()).append("\n\n");
        if (features != null) {
            s.append("  python3 model.py             predictions on a 5 x 5 grid of the plane\n");
            s.append("  python3 model.py points.csv  predictions for the x,y columns of each row (a header line is skipped)\n");
        } else {
            s.append("  python3 model.py images.csv  predictions for rows of ").append(net.inputSize())
                    .append(" pixel values in [0, 1] (pixel / 255)\n");
        }
        s.append("Output: one line per input with the network's outputs").append(net.outputSize() > 1 ? " (class probabilities)" : "").append(".\n\"\"\"\n");
        s.append("import sys\n\nimport numpy as np\n\n");
        s.append("np.set_printoptions(precision=17)\n\n");
        if (features != null) {
            s.append("FEATURES = [");
            for (int i = 0; i < features.length; i++) s.append(i > 0 ? ", " : "").append('"').append(features[i].id).append('"');
            s.append("]  # inputs computed from a point (x, y)\n");
            s.append("EXTENT = ").append(NumberText.of(extent)).append("  # the plane is [-EXTENT, EXTENT]^2\n\n");
        }
        s.append("# One (weights [inputs][outputs], biases, activation) per layer: a = f(a @ W + b).\nLAYERS = [\n");
        for (int l = 0; l < net.layerCount(); l++) {
            int in = net.inputsOf(l), out = net.outputsOf(l);
            s.append("    (np.array(");
            numbers(s, params, net.weightOffset(l), in * out);
            s.append(").reshape(").append(in).append(", ").append(out).append("),\n     np.array(");
            numbers(s, params, net.biasOffset(l), out);
            s.append("), \"").append(net.activation(l).id).append("\"),\n");
        }
        s.append("]\n\n");
        if (features != null) {
            s.append("def features(xy):\n    x, y = xy[:, 0], xy[:, 1]\n");
            s.append("    table = {\"x\": x, \"y\": y, \"xy\": x * y, \"x2\": x * x, \"y2\": y * y, \"sinx\": np.sin(x), \"siny\": np.sin(y)}\n");
            s.append("    return np.stack([table[f] for f in FEATURES], axis=1)\n\n\n");
        }
        s.append("def activate(z, name):\n");
        s.append("    if name == \"identity\":\n        return z\n");
        s.append("    if name == \"step\":\n        return (z > 0).astype(float)\n");
        s.append("    if name == \"sigmoid\":  # 1 / (1 + e^-z), without overflow for either sign\n");
        s.append("        e = np.exp(-np.abs(z))\n        return np.where(z >= 0, 1 / (1 + e), e / (1 + e))\n");
        s.append("    if name == \"tanh\":\n        return np.tanh(z)\n");
        s.append("    if name == \"relu\":\n        return np.maximum(z, 0)\n");
        s.append("    if name == \"leaky_relu\":\n        return np.where(z > 0, z, ").append(NumberText.of(Activation.LEAKY_SLOPE)).append(" * z)\n");
        s.append("    if name == \"elu\":\n        return np.where(z > 0, z, np.expm1(np.minimum(z, 0)))\n");
        s.append("    if name == \"softplus\":  # ln(1 + e^z) = max(z, 0) + ln(1 + e^-|z|)\n");
        s.append("        return np.maximum(z, 0) + np.log1p(np.exp(-np.abs(z)))\n");
        s.append("    if name == \"softmax\":  # subtract each row's maximum first: e^z cannot overflow\n");
        s.append("        e = np.exp(z - z.max(axis=1, keepdims=True))\n        return e / e.sum(axis=1, keepdims=True)\n");
        s.append("    raise ValueError(\"unknown activation \" + name)\n\n\n");
        s.append("def predict(inputs):\n    a = np.asarray(inputs, dtype=float)\n");
        s.append("    for w, b, f in LAYERS:\n        a = activate(a @ w + b, f)\n    return a\n\n\n");
        s.append("def read_rows(path, width):\n    rows = []\n    with open(path) as f:\n        for line in f:\n");
        s.append("            cells = line.strip().split(\",\")\n            try:\n                rows.append([float(c) for c in cells[:width]])\n");
        s.append("            except ValueError:\n                continue  # a header or a bad row\n    return np.array(rows).reshape(-1, width)\n\n\n");
        s.append("if __name__ == \"__main__\":\n");
        if (features != null) {
            s.append("    if len(sys.argv) > 1:\n        points = read_rows(sys.argv[1], 2)\n    else:\n");
            s.append("        g = np.linspace(-EXTENT, EXTENT, 5)\n        points = np.array([(x, y) for y in g[::-1] for x in g])\n");
            s.append("    for p, out in zip(points, predict(features(points))):\n");
            s.append("        print(repr(float(p[0])), repr(float(p[1])), *[repr(float(v)) for v in out])\n");
        } else {
            s.append("    for out in predict(read_rows(sys.argv[1], ").append(net.inputSize()).append(")):\n");
            s.append("        print(*[repr(float(v)) for v in out])\n");
        }
        return s.toString();
    }

    private static String shape(Network net) {
        StringBuilder s = new StringBuilder().append(net.inputSize());
        for (int l = 0; l < net.layerCount(); l++) s.append('-').append(net.outputsOf(l));
        return s.toString();
    }

    /** A Python list literal; Java's shortest-repr-or-longer decimal of a double reads back exactly. */
    private static void numbers(StringBuilder s, double[] a, int off, int n) {
        s.append('[');
        for (int i = 0; i < n; i++) {
            if (i > 0) s.append(i % 8 == 0 ? ",\n      " : ", ");
            s.append(NumberText.of(a[off + i]));
        }
        s.append(']');
    }
}
