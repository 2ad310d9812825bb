package backprop.experiment;

import backprop.data.DecimalForm;
import backprop.data.Feature;
import backprop.data.ImageSet;
import backprop.data.NumberText;
import backprop.data.Toy2D;
import backprop.nn.Activation;
import backprop.nn.Initializer;
import backprop.nn.Keyed;
import backprop.nn.Loss;
import backprop.nn.Optimizer;
import backprop.nn.Regularization;
import backprop.nn.Schedule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one table of experiment settings. URL keys, defaults, allowed ranges and labels live
 * here and nowhere else: {@link Config} encodes and decodes URLs with it, validates with it,
 * and the page builds its controls from {@link #describe()}. Registry ids (activations,
 * losses, optimizers, …) are the enums' stable ids.
 *
 * <p>{@link #VERSION} is written as {@code v=}; it changes when a key's meaning changes, so old
 * links keep decoding as they were made.
 */
public final class Schema {
    private Schema() {}

    public static final int VERSION = 1;
    public static final String VERSION_KEY = "v";

    private static final List<Param> PARAMS = new ArrayList<>();

    private static <P extends Param> P add(P p) {
        p.index = PARAMS.size();
        PARAMS.add(p);
        return p;
    }

    private static ChoiceParam choice(String key, String label, String help, Keyed[] entries, String def) {
        String[] ids = new String[entries.length], notes = new String[entries.length];
        for (int i = 0; i < entries.length; i++) {
            ids[i] = entries[i].id();
            notes[i] = entries[i].formula();
        }
        return new ChoiceParam(key, label, help, ids, ids, notes, def);
    }

    /** A choice with a leading "auto" entry (decided by the problem), then the registry's ids. */
    private static ChoiceParam autoChoice(String key, String label, String help, String autoNote, Keyed[] entries) {
        String[] ids = new String[entries.length + 1], notes = new String[entries.length + 1];
        ids[0] = AUTO;
        notes[0] = autoNote;
        for (int i = 0; i < entries.length; i++) {
            ids[i + 1] = entries[i].id();
            notes[i + 1] = entries[i].formula();
        }
        return new ChoiceParam(key, label, help, ids, ids, notes, AUTO);
    }

    /** The value of output activation and loss that lets the problem decide. */
    public static final String AUTO = "auto";

    // --- data ---
    public static final ChoiceParam DATA = add(choice("data", "dataset", "toy 2D or image dataset", datasets(), "spiral"));
    public static final ChoiceParam SUBSET = add(new ChoiceParam("subset", "training images", "images used for training (image datasets)",
            new String[] {"500", "1000", "5000", "10000", "20000", "60000"}, new String[] {"500", "1,000", "5,000", "10,000", "20,000", "60,000 (all)"},
            new String[] {"", "", "", "", "", "the full training set, in file order"}, "5000"));
    public static final BoolParam BALANCED = add(new BoolParam("balanced", "balanced subset",
            "1: the same number of images of every class; 0: the first images of the file", true));
    public static final ChoiceParam TEST_SUBSET = add(new ChoiceParam("testn", "test images", "images the test accuracy is measured on",
            new String[] {"1000", "10000"}, new String[] {"1,000", "10,000 (all)"}, new String[] {"the first 1,000 of the test file", "the full test set"}, "1000"));
    public static final IntParam NOISE = add(new IntParam("noise", "noise", "label/position noise in percent", 0, 50, 0));
    public static final IntParam POINTS = add(new IntParam("points", "number of points", "points generated", 50, 2000, 500));
    public static final IntParam TRAIN = add(new IntParam("train", "training share", "percent of points used for training", 10, 90, 50));
    public static final IntParam CLASSES = add(new IntParam("classes", "classes", "number of classes of blobs and arms", 3, 5, 3));
    public static final PointsParam CUSTOM_POINTS = add(new PointsParam("pts", "your points", "points you added or imported (data=custom)"));
    public static final IntParam DATA_SEED = add(new IntParam("dseed", "data seed", "seed of the data generator", 0, Integer.MAX_VALUE, 1));
    public static final FlagsParam FEATURES = add(new FlagsParam("feat", "input features", "features computed from (x, y)",
            new ChoiceParam("feat", "feature", "", ids(Feature.values()), labels(Feature.values()), new String[] {"", "", "", "", "", "", ""}, "x"),
            new String[] {"x", "y"}));
    // --- network ---
    public static final IntListParam LAYERS = add(new IntListParam("layers", "hidden layers", "neurons per hidden layer",
            1, 1024, 0, 10, new int[] {8, 8}));
    public static final ChoiceListParam ACTIVATION = add(new ChoiceListParam("act", "activation",
            "hidden activation, one for all layers or one per layer",
            choice("act", "activation", "", hiddenActivations(), "tanh"), 10, new String[] {"tanh"}));
    public static final ChoiceParam OUTPUT = add(autoChoice("out", "output activation", "activation of the output layer",
            "tanh for two classes, softmax for more, identity for regression", Activation.values()));
    public static final ChoiceParam LOSS = add(autoChoice("loss", "loss", "loss function",
            "cross-entropy for softmax or sigmoid outputs, mean squared error otherwise", Loss.values()));
    public static final ChoiceParam INIT = add(choice("init", "initialiser", "initial weights", Initializer.values(), "glorot"));
    public static final IntParam SEED = add(new IntParam("seed", "weight seed", "seed of the initial weights and shuffling", 0, Integer.MAX_VALUE, 1));
    // --- training ---
    public static final NumberParam LR = add(new NumberParam("lr", "learning rate", "step size", 0.00001, 10, 0.01, true,
            new double[] {0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10}));
    public static final ChoiceParam OPTIMIZER = add(choice("opt", "optimizer", "update rule", Optimizer.Kind.values(), "adam"));
    public static final NumberParam MOMENTUM = add(new NumberParam("mom", "momentum", "momentum coefficient mu", 0, 0.999, 0.9, false, new double[] {0.5, 0.9, 0.99}));
    public static final NumberParam RHO = add(new NumberParam("rho", "RMSProp decay", "decay rho of the squared-gradient average", 0, 0.9999, 0.9, false, new double[] {0.9, 0.99}));
    public static final NumberParam BETA1 = add(new NumberParam("b1", "Adam beta1", "decay of the gradient average", 0, 0.9999, 0.9, false, new double[] {0.9}));
    public static final NumberParam BETA2 = add(new NumberParam("b2", "Adam beta2", "decay of the squared-gradient average", 0, 0.99999, 0.999, false, new double[] {0.999}));
    public static final NumberParam EPSILON = add(new NumberParam("eps", "epsilon", "added to the denominator of RMSProp/Adam", 1e-12, 1, 1e-8, true,
            new double[] {1e-10, 1e-8, 1e-7, 1e-6, 1e-4, 1e-3}));
    public static final IntParam BATCH = add(new IntParam("batch", "batch size", "examples per update; at least the training set means full batch", 1, 60000, 10));
    public static final ChoiceParam REGULARIZATION = add(choice("reg", "regularisation", "weight penalty", Regularization.values(), "none"));
    public static final NumberParam REG_RATE = add(new NumberParam("regRate", "regularisation rate", "lambda", 0, 10, 0, false,
            new double[] {0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1, 3, 10}));
    public static final ChoiceParam SCHEDULE = add(choice("sched", "learning-rate schedule", "how lr changes over epochs", Schedule.values(), "constant"));
    public static final NumberParam DECAY = add(new NumberParam("decay", "decay factor", "gamma of the schedule", 0.001, 1, 0.5, false, new double[] {0.1, 0.5, 0.9, 0.99}));
    public static final IntParam DECAY_EVERY = add(new IntParam("every", "decay period", "epochs per decay step", 1, 100000, 100));
    public static final IntParam EPOCHS = add(new IntParam("epochs", "epochs", "stop after this many epochs; 0 = never", 0, 1000, 0));
    public static final IntParam SPEED = add(new IntParam("speed", "speed", "epochs per frame; 0 = as fast as the page stays smooth", 0, 1000, 0));
    // --- view ---
    public static final BoolParam SHOW_TEST = add(new BoolParam("test", "show test data", "draw the test points", true));
    public static final BoolParam DISCRETIZE = add(new BoolParam("disc", "discretize", "colour only the predicted class, no confidence", false));

    public static List<Param> params() {
        return Collections.unmodifiableList(PARAMS);
    }

    public static Param byKey(String key) {
        for (Param p : PARAMS) if (p.key.equals(key)) return p;
        return null;
    }

    /** The schema as JSON for the page: version and one object per setting. */
    public static String describe() {
        Json.Writer w = new Json.Writer();
        w.beginObject().key("version").value(VERSION).key("params").beginArray();
        for (Param p : PARAMS) {
            w.beginObject().key("key").value(p.key).key("kind").value(p.kind()).key("label").value(p.label)
                    .key("help").value(p.help).key("default").value(p.format(p.defaultValue()));
            p.describe(w);
            w.endObject();
        }
        return w.endArray().endObject().toString();
    }

    // --- text helpers shared by the parameter kinds ---

    /**
     * Splits on one character, keeping empty parts ("a,,b" → 3 parts, "" → [""]). Used instead
     * of String.split, which would pull a regular-expression engine into the browser build.
     */
    static String[] split(String s, char sep) {
        int n = 1;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == sep) n++;
        String[] parts = new String[n];
        int start = 0, k = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == sep) {
                parts[k++] = s.substring(start, i);
                start = i + 1;
            }
        }
        return parts;
    }

    /** A finite decimal number (JSON grammar, leading '+' or '.' allowed), or null. */
    static Double parseNumber(String s) {
        int n = s.length(), i = 0;
        if (n == 0 || n > 40) return null;
        if (s.charAt(0) == '-' || s.charAt(0) == '+') i++;
        int digits = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') { i++; digits++; }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') { i++; digits++; }
        }
        if (digits == 0) return null;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) i++;
            int e = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') { i++; e++; }
            if (e == 0) return null;
        }
        if (i != n) return null;
        double v = NumberText.parse(s);
        return Double.isInfinite(v) || Double.isNaN(v) ? null : v;
    }

    /**
     * Shortest text that parses back to the same double, written for people and URLs: whole
     * numbers without ".0", plain decimals from 1e-6 up ("0.00001"), "1e-8" style below.
     */
    public static String formatNumber(double v) {
        if (v == Math.floor(v) && Math.abs(v) < 1e9) return Integer.toString((int) v);
        String s = NumberText.of(v); // shortest round-trip digits, possibly "d.dddE-n"
        int e = s.indexOf('E');
        if (e < 0) return s;
        int exp = DecimalForm.parseInt(s.substring(e + 1));
        boolean neg = s.charAt(0) == '-';
        String mant = s.substring(neg ? 1 : 0, e);
        int dot = mant.indexOf('.');
        String digits = dot < 0 ? mant : mant.substring(0, dot) + mant.substring(dot + 1);
        while (digits.length() > 1 && digits.endsWith("0")) digits = digits.substring(0, digits.length() - 1);
        if (exp < -6 || exp >= 9) {
            String m = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return (neg ? "-" : "") + m + "e" + exp;
        }
        StringBuilder sb = new StringBuilder(neg ? "-" : "");
        if (exp < 0) {
            sb.append("0.");
            for (int i = -1; i > exp; i--) sb.append('0');
            sb.append(digits);
        } else {
            String d = digits;
            while (d.length() <= exp) d = d + "0";
            sb.append(d, 0, exp + 1);
            if (d.length() > exp + 1) sb.append('.').append(d.substring(exp + 1));
        }
        return sb.toString();
    }

    /** Text safe to quote in a message: at most 40 characters, control characters as '?'. */
    static String clip(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < 40; i++) {
            char c = s.charAt(i);
            sb.append(c < 0x20 || c == 0x7F ? '?' : c);
        }
        if (s.length() > 40) sb.append('…');
        return sb.toString();
    }

    private static Keyed[] datasets() {
        Keyed[] all = new Keyed[Toy2D.values().length + ImageSet.values().length];
        System.arraycopy(Toy2D.values(), 0, all, 0, Toy2D.values().length);
        System.arraycopy(ImageSet.values(), 0, all, Toy2D.values().length, ImageSet.values().length);
        return all;
    }

    private static Activation[] hiddenActivations() {
        List<Activation> hidden = new ArrayList<>();
        for (Activation a : Activation.values()) if (a.elementWise()) hidden.add(a);
        return hidden.toArray(new Activation[0]);
    }

    private static String[] ids(Keyed[] values) {
        String[] ids = new String[values.length];
        for (int i = 0; i < values.length; i++) ids[i] = values[i].id();
        return ids;
    }

    private static String[] labels(Feature[] values) {
        String[] labels = new String[values.length];
        for (int i = 0; i < values.length; i++) labels[i] = values[i].label;
        return labels;
    }
}
