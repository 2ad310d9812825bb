package backprop.experiment;

import backprop.data.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a TensorFlow Playground link (its hash: {@code #activation=tanh&batchSize=10&…}) and
 * writes the equivalent settings of ours, with notes on what has no exact equivalent.
 * TF Playground always trains with plain SGD, squared error and a tanh output (identity for
 * regression), weights U(−0.5, 0.5) and biases 0.1.
 */
public final class TfPlaygroundLink {
    private TfPlaygroundLink() {}

    /** The settings query and the notes for the user. */
    public static final class Converted {
        public final String query;
        /** What could not be carried over, each with its message code (Outcome.failure). */
        public final List<Outcome<Void>> notes;

        Converted(String query, List<Outcome<Void>> notes) {
            this.query = query;
            this.notes = notes;
        }

        /** The notes' English sentences. */
        public List<String> messages() {
            return Outcome.messages(notes);
        }
    }

    /** Keys of TF Playground's state that this converter reads. */
    public static final String[] KEYS = {"activation", "batchSize", "dataset", "regDataset", "learningRate", "regularization",
        "regularizationRate", "noise", "networkShape", "seed", "percTrainData", "x", "y", "xTimesY", "xSquared", "ySquared",
        "cosX", "sinX", "cosY", "sinY", "problem", "discretize", "showTestData", "initZero", "collectStats"};

    /** True when a query or hash uses TF Playground's keys rather than ours. */
    public static boolean looksLikeOne(String text) {
        String q = fragment(text);
        return q.contains("networkShape=") || q.contains("learningRate=") || q.contains("percTrainData=");
    }

    public static Converted convert(String text) {
        Map<String, String> tf = new LinkedHashMap<>();
        for (String part : Schema.split(fragment(text), '&')) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                String k = UrlText.decode(part.substring(0, eq)), v = UrlText.decode(part.substring(eq + 1));
                if (k != null && v != null) tf.put(k, v);
            }
        }
        List<Outcome<Void>> notes = new ArrayList<>();
        StringBuilder q = new StringBuilder("opt=sgd&init=uniform&loss=mse");
        boolean regression = "regression".equals(tf.get("problem"));
        String dataset = regression ? tf.getOrDefault("regDataset", "reg-plane") : tf.getOrDefault("dataset", "circle");
        String data = map(dataset, new String[][] {{"circle", "circle"}, {"xor", "xor"}, {"gauss", "gauss"}, {"spiral", "spiral"},
            {"reg-plane", "plane"}, {"reg-gauss", "multigauss"}});
        if (data == null) {
            notes.add(Outcome.failure("tfDataset", "dataset '" + Schema.clip(dataset) + "' is not one of TensorFlow Playground's; using circle",
                    Schema.clip(dataset)));
            data = "circle";
        }
        q.append("&data=").append(data).append("&out=").append(regression ? "identity" : "tanh");
        String act = map(tf.getOrDefault("activation", "tanh"), new String[][] {{"tanh", "tanh"}, {"relu", "relu"}, {"sigmoid", "sigmoid"}, {"linear", "identity"}});
        q.append("&act=").append(act == null ? "tanh" : act);
        copy(tf, "learningRate", "lr", q);
        copy(tf, "batchSize", "batch", q);
        copy(tf, "noise", "noise", q);
        copy(tf, "percTrainData", "train", q);
        copy(tf, "regularizationRate", "regRate", q);
        String reg = map(tf.getOrDefault("regularization", "none"), new String[][] {{"none", "none"}, {"L1", "l1"}, {"L2", "l2"}});
        if (reg != null) q.append("&reg=").append(reg);
        if (tf.containsKey("networkShape")) q.append("&layers=").append(UrlText.encode(tf.get("networkShape")));
        if ("true".equals(tf.get("initZero"))) q.append("&init=zeros");
        if (tf.containsKey("discretize")) q.append("&disc=").append("true".equals(tf.get("discretize")) ? 1 : 0);
        if (tf.containsKey("showTestData")) q.append("&test=").append("true".equals(tf.get("showTestData")) ? 1 : 0);
        String[][] feats = {{"x", "x"}, {"y", "y"}, {"xTimesY", "xy"}, {"xSquared", "x2"}, {"ySquared", "y2"}, {"sinX", "sinx"}, {"sinY", "siny"}};
        StringBuilder f = new StringBuilder();
        boolean anyFeature = false;
        for (String[] pair : feats) {
            if (tf.containsKey(pair[0])) anyFeature = true;
            if ("true".equals(tf.get(pair[0])) || !tf.containsKey(pair[0]) && (pair[1].equals("x") || pair[1].equals("y"))) {
                f.append(f.length() > 0 ? "," : "").append(pair[1]);
            }
        }
        if (anyFeature && f.length() > 0) q.append("&feat=").append(f);
        if ("true".equals(tf.get("cosX")) || "true".equals(tf.get("cosY"))) notes.add(Outcome.failure("tfCos", "features cos x and cos y have no equivalent here; left out"));
        if (tf.containsKey("seed")) {
            int seed = tf.get("seed").hashCode() & Integer.MAX_VALUE;
            q.append("&seed=").append(seed).append("&dseed=").append(seed);
            notes.add(Outcome.failure("tfSeed", "TensorFlow Playground's seed '" + Schema.clip(tf.get("seed")) + "' drives a different random generator; "
                    + "the data and initial weights are generated afresh from it", Schema.clip(tf.get("seed"))));
        }
        notes.add(Outcome.failure("tfBias", "TensorFlow Playground starts biases at 0.1; here they start at 0"));
        return new Converted(q.toString(), notes);
    }

    private static String fragment(String text) {
        String t = text.trim();
        int hash = t.indexOf('#');
        if (hash >= 0) return t.substring(hash + 1);
        int query = t.indexOf('?');
        return query >= 0 ? t.substring(query + 1) : t;
    }

    private static void copy(Map<String, String> tf, String from, String to, StringBuilder q) {
        if (tf.containsKey(from)) q.append('&').append(to).append('=').append(UrlText.encode(tf.get(from)));
    }

    private static String map(String v, String[][] pairs) {
        for (String[] p : pairs) if (p[0].equals(v)) return p[1];
        return null;
    }
}
