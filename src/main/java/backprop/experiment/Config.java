package backprop.experiment;

import backprop.data.DecimalForm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An experiment's settings: one valid value per {@link Schema} parameter. Immutable.
 * {@link #decode} turns any query string into a valid config plus the list of what it had to
 * reject (it never throws); {@link #encode} writes the canonical query string, which decodes
 * back to an equal config.
 */
public final class Config {
    /**
     * A rejected or corrected setting: the URL key, a sentence for the user (English, for the
     * command line), and a message code with its arguments, from which the page writes the same
     * sentence in its language (web/i18n: engine.&lt;code&gt;; {label} is the setting's name,
     * {1}, {2}, … the arguments after the key).
     */
    public static final class Problem {
        public final String key;
        public final String message;
        public final String code;
        public final String[] args;

        public Problem(String key, String code, String message, String... args) {
            this.key = key;
            this.code = code;
            this.message = message;
            this.args = args;
        }

        @Override public String toString() { return key + ": " + message; }
    }

    /** Result of decoding: always a usable config. */
    public static final class Decoded {
        public final Config config;
        public final List<Problem> problems;

        Decoded(Config config, List<Problem> problems) {
            this.config = config;
            this.problems = problems;
        }
    }

    private final Object[] values;

    private Config(Object[] values) {
        this.values = values;
    }

    public static Config defaults() {
        List<Param> ps = Schema.params();
        Object[] v = new Object[ps.size()];
        for (Param p : ps) v[p.index] = p.defaultValue();
        return new Config(v);
    }

    /** Decodes a query string ("a=1&b=2", optionally starting with '?' or '#'). */
    public static Decoded decode(String query) {
        List<Problem> problems = new ArrayList<>();
        Object[] v = defaults().values;
        boolean[] seen = new boolean[v.length];
        String q = query == null ? "" : query;
        if (q.startsWith("?") || q.startsWith("#")) q = q.substring(1);
        for (String part : Schema.split(q, '&')) {
            if (part.isEmpty()) continue;
            int eq = part.indexOf('=');
            String key = UrlText.decode(eq < 0 ? part : part.substring(0, eq));
            String raw = UrlText.decode(eq < 0 ? "" : part.substring(eq + 1));
            if (key == null) {
                problems.add(new Problem("?", "badName", "a setting name in the link is not valid percent-encoded text; ignored"));
                continue;
            }
            if (key.equals(Schema.VERSION_KEY)) {
                checkVersion(raw, problems);
                continue;
            }
            Param p = Schema.byKey(key);
            if (p == null) {
                problems.add(new Problem(Schema.clip(key), "unknown", "unknown setting '" + Schema.clip(key) + "' ignored"));
                continue;
            }
            if (raw == null) {
                problems.add(new Problem(key, "encoding", p.label + " is not valid percent-encoded text" + p.using(), p.format(p.defaultValue())));
                continue;
            }
            if (seen[p.index]) problems.add(new Problem(key, "repeated", p.label + " is given more than once; using the last one"));
            seen[p.index] = true;
            List<Problem> messages = new ArrayList<>();
            Object parsed = p.parse(raw, messages);
            if (parsed != null) {
                v[p.index] = parsed;
            } else {
                v[p.index] = p.defaultValue();
                problems.addAll(messages);
            }
        }
        Config c = new Config(v);
        return new Decoded(c.reconcile(problems), problems);
    }

    private static void checkVersion(String raw, List<Problem> problems) {
        Integer version = raw == null ? null : DecimalForm.parseInt(raw);
        if (version == null || version < 1) {
            problems.add(new Problem(Schema.VERSION_KEY, "versionBad", "version '" + Schema.clip(String.valueOf(raw)) + "' is not valid; reading the link as version " + Schema.VERSION,
                    Schema.clip(String.valueOf(raw)), String.valueOf(Schema.VERSION)));
        } else if (version > Schema.VERSION) {
            problems.add(new Problem(Schema.VERSION_KEY, "versionNew", "the link was made by a newer version (" + version + "); settings are read as version " + Schema.VERSION + " where they exist",
                    String.valueOf(version), String.valueOf(Schema.VERSION)));
        }
    }

    /**
     * Fixes combinations that each value alone cannot rule out, recording what changed:
     * activation list vs number of layers, loss vs output activation.
     */
    private Config reconcile(List<Problem> problems) {
        Object[] v = values.clone();
        int layers = ((int[]) v[Schema.LAYERS.index]).length;
        String[] acts = (String[]) v[Schema.ACTIVATION.index];
        if (acts.length != 1 && acts.length != Math.max(layers, 1)) {
            String[] fixed = Arrays.copyOf(acts, Math.max(layers, 1));
            for (int i = acts.length; i < fixed.length; i++) fixed[i] = acts[acts.length - 1];
            problems.add(new Problem(Schema.ACTIVATION.key, "actCount", "activation lists " + acts.length + " entries for " + layers
                    + " hidden layers; using " + String.join(",", fixed), String.valueOf(acts.length), String.valueOf(layers), String.join(",", fixed)));
            v[Schema.ACTIVATION.index] = fixed;
        }
        Config partial = new Config(v);
        List<Problem> fixes = new ArrayList<>();
        Head head = Head.resolve(partial.choice(Schema.OUTPUT), partial.choice(Schema.LOSS), backprop.experiment.Problem.classesOf(partial), fixes);
        for (Problem p : fixes) {
            problems.add(p);
            if (p.key.equals(Schema.OUTPUT.key)) v[Schema.OUTPUT.index] = head.output.id;
            if (p.key.equals(Schema.LOSS.key)) v[Schema.LOSS.index] = head.loss.id;
        }
        return new Config(v);
    }

    /** Canonical query string: the version, then every setting in schema order. */
    public String encode() {
        StringBuilder sb = new StringBuilder(Schema.VERSION_KEY).append('=').append(Schema.VERSION);
        for (Param p : Schema.params()) {
            sb.append('&').append(p.key).append('=').append(UrlText.encode(p.format(values[p.index])));
        }
        return sb.toString();
    }

    /** This config with one setting replaced by parsing {@code text}; problems are collected. */
    public Decoded with(String key, String text) {
        StringBuilder sb = new StringBuilder(Schema.VERSION_KEY).append('=').append(Schema.VERSION);
        for (Param p : Schema.params()) {
            if (!p.key.equals(key)) sb.append('&').append(p.key).append('=').append(UrlText.encode(p.format(values[p.index])));
        }
        return decode(sb.append('&').append(UrlText.encode(key)).append('=').append(UrlText.encode(text)).toString());
    }

    public String choice(ChoiceParam p) { return (String) values[p.index]; }
    public int integer(IntParam p) { return (Integer) values[p.index]; }
    public double number(NumberParam p) { return (Double) values[p.index]; }
    public int[] ints(IntListParam p) { return ((int[]) values[p.index]).clone(); }
    public String[] list(ChoiceListParam p) { return ((String[]) values[p.index]).clone(); }
    public String[] list(FlagsParam p) { return ((String[]) values[p.index]).clone(); }
    public boolean flag(BoolParam p) { return (Boolean) values[p.index]; }
    public String points(PointsParam p) { return (String) values[p.index]; }

    /** The canonical text of one setting. */
    public String text(Param p) {
        return p.format(values[p.index]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Config && ((Config) o).encode().equals(encode());
    }

    @Override
    public int hashCode() {
        return encode().hashCode();
    }

    @Override
    public String toString() {
        return encode();
    }
}
