package backprop.experiment;

import backprop.data.NumberText;
import backprop.data.Outcome;
import backprop.nn.Network;
import java.util.List;
import java.util.Map;

/**
 * Model files: format name and version, the experiment config (as its canonical query string),
 * and per layer its shape, activation, weights ([in][out] row-major) and biases. Import checks
 * every shape against the network the config describes and names what does not fit.
 */
public final class ModelJson {
    private ModelJson() {}

    public static final String FORMAT = "backprop-playground-model";
    public static final int VERSION = 1;

    /** A decoded model file: the config and a parameter block for the network it describes. */
    public static final class Model {
        public final Config config;
        public final double[] params;
        public final int epoch;

        Model(Config config, double[] params, int epoch) {
            this.config = config;
            this.params = params;
            this.epoch = epoch;
        }
    }

    /** The file of the network a config describes, with these weights (as many as it has). */
    public static String write(Config config, double[] params, int epoch) {
        return write(config, Problem.networkFor(config, params), params, epoch);
    }

    public static String write(Config config, Network net, double[] params, int epoch) {
        Json.Writer w = new Json.Writer();
        w.beginObject().key("format").value(FORMAT).key("version").value(VERSION)
                .key("config").value(config.encode()).key("epoch").value(epoch).key("layers").beginArray();
        for (int l = 0; l < net.layerCount(); l++) {
            int in = net.inputsOf(l), out = net.outputsOf(l);
            double[] wts = new double[in * out], b = new double[out];
            System.arraycopy(params, net.weightOffset(l), wts, 0, wts.length);
            System.arraycopy(params, net.biasOffset(l), b, 0, out);
            w.beginObject().key("inputs").value(in).key("outputs").value(out)
                    .key("activation").value(net.activation(l).id)
                    .key("weights").values(wts).key("biases").values(b).endObject();
        }
        return w.endArray().endObject().toString();
    }

    public static Outcome<Model> read(String text) {
        Outcome<Object> parsed = Json.parse(text);
        if (!parsed.isOk()) return Outcome.failure("modelNotJson", "model file is not valid JSON: " + parsed.error(), parsed.error());
        if (!(parsed.get() instanceof Map)) return Outcome.failure("modelNotObject", "model file: expected a JSON object at the top");
        Map<?, ?> root = (Map<?, ?>) parsed.get();
        if (!FORMAT.equals(root.get("format"))) return Outcome.failure("modelFormat", "model file: 'format' must be \"" + FORMAT + "\"", FORMAT);
        Object version = root.get("version");
        if (!(version instanceof Double) || (Double) version != VERSION) {
            return Outcome.failure("modelVersion", "model file: version " + shown(version) + " is not supported (this page reads version " + VERSION + ")",
                    shown(version), VERSION);
        }
        if (!(root.get("config") instanceof String)) return Outcome.failure("modelNoConfig", "model file: 'config' (a settings string) is missing");
        Config.Decoded decoded = Config.decode((String) root.get("config"));
        if (!decoded.problems.isEmpty()) return Outcome.failure("modelSettings", "model file: its settings are not valid: " + decoded.problems.get(0).message,
                    decoded.problems.get(0).message);
        Network net = Problem.networkFor(decoded.config);
        if (!(root.get("layers") instanceof List)) return Outcome.failure("modelNoLayers", "model file: 'layers' (a list) is missing");
        List<?> layers = (List<?>) root.get("layers");
        if (layers.size() != net.layerCount()) {
            return Outcome.failure("modelLayerCount", "model file: " + layers.size() + " layers, but its settings describe " + net.layerCount(),
                    layers.size(), net.layerCount());
        }
        double[] params = new double[net.paramCount()];
        for (int l = 0; l < layers.size(); l++) {
            if (!(layers.get(l) instanceof Map)) return Outcome.failure("modelLayerKind", "model file: layer " + l + " is not an object", l);
            Map<?, ?> layer = (Map<?, ?>) layers.get(l);
            int in = net.inputsOf(l), out = net.outputsOf(l);
            String act = net.activation(l).id;
            if (!act.equals(layer.get("activation"))) {
                return Outcome.failure("modelActivation", "model file: layer " + l + " activation " + shown(layer.get("activation")) + " but settings say " + act,
                        l, shown(layer.get("activation")), act);
            }
            Outcome<Void> e = copy(layer.get("weights"), in * out, params, net.weightOffset(l), l, in + "x" + out, true);
            if (e == null) e = copy(layer.get("biases"), out, params, net.biasOffset(l), l, String.valueOf(out), false);
            if (e != null) return e.as();
        }
        Object epoch = root.get("epoch");
        int ep = epoch instanceof Double && (Double) epoch >= 0 && (Double) epoch < 1e9 ? (int) (double) (Double) epoch : 0;
        return Outcome.ok(new Model(decoded.config, params, ep));
    }

    /** Copies layer {@code layer}'s weights (or biases) into dst; null, or the error (arguments: layer, shape, …). */
    private static Outcome<Void> copy(Object list, int n, double[] dst, int off, int layer, String shape, boolean weights) {
        String what = "model file: layer " + layer + (weights ? " weights (" : " biases (") + shape + ")";
        if (!(list instanceof List)) return Outcome.failure(weights ? "modelWeightsMissing" : "modelBiasesMissing", what + " are missing", layer, shape);
        List<?> l = (List<?>) list;
        if (l.size() != n) {
            return Outcome.failure(weights ? "modelWeightsCount" : "modelBiasesCount", what + ": expected " + n + " numbers, found " + l.size(),
                    layer, shape, n, l.size());
        }
        for (int i = 0; i < n; i++) {
            Object v = l.get(i);
            if (!(v instanceof Double) || !Double.isFinite((Double) v)) {
                return Outcome.failure(weights ? "modelWeightsEntry" : "modelBiasesEntry", what + ": entry " + i + " is not a finite number", layer, shape, i);
            }
            dst[off + i] = (Double) v;
        }
        return null;
    }

    /**
     * A JSON value for a message: strings as they are, numbers as Java writes them (through
     * NumberText, so the browser build needs no Double.toString), other values by their kind.
     */
    private static String shown(Object v) {
        if (v instanceof String) return (String) v;
        if (v instanceof Double) return NumberText.of((Double) v);
        if (v instanceof Boolean) return ((Boolean) v) ? "true" : "false";
        return v == null ? "null" : v instanceof List ? "a list" : "an object";
    }
}
