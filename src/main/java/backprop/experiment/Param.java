package backprop.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * One setting of an experiment: its URL key, a label, a default, the allowed values and how
 * its value is written to and read from text. The {@link Schema} lists them all; the URL codec,
 * the validation and the page's controls are all driven by that one table.
 *
 * <p>{@link #parse} never throws: it returns the value, or null and a message that names the
 * setting and the allowed range.
 */
public abstract class Param {
    public final String key;
    public final String label;
    public final String help;
    int index; // position in the schema, set by Schema

    Param(String key, String label, String help) {
        this.key = key;
        this.label = label;
        this.help = help;
    }

    public abstract Object defaultValue();

    /** Canonical text of a valid value (what goes into the URL). */
    public abstract String format(Object value);

    /** Parses text; on failure returns null and adds one message to {@code problems}. */
    abstract Object parse(String text, List<String> problems);

    /** Kind name for the page: "choice", "int", "number", "intlist", "choicelist", "flags". */
    public abstract String kind();

    /** Extra description fields for the page's controls, written into {@code json}. */
    abstract void describe(Json.Writer json);

    String using() {
        return "; using " + format(defaultValue());
    }

    /** One of a fixed list of ids. */
    public static final class Choice extends Param {
        final String[] ids, labels, notes;
        final String def;

        Choice(String key, String label, String help, String[] ids, String[] labels, String[] notes, String def) {
            super(key, label, help);
            this.ids = ids;
            this.labels = labels;
            this.notes = notes;
            this.def = def;
        }

        @Override public Object defaultValue() { return def; }
        @Override public String format(Object v) { return (String) v; }
        @Override public String kind() { return "choice"; }

        @Override Object parse(String text, List<String> problems) {
            for (String id : ids) if (id.equals(text)) return id;
            problems.add(label + " '" + Schema.clip(text) + "' is not one of " + String.join(", ", ids) + using());
            return null;
        }

        @Override void describe(Json.Writer json) {
            json.key("choices").beginArray();
            for (int i = 0; i < ids.length; i++) {
                json.beginObject().key("id").value(ids[i]).key("label").value(labels[i]).key("note").value(notes[i]).endObject();
            }
            json.endArray();
        }
    }

    /** A whole number in [min, max]. */
    public static final class Int extends Param {
        final int min, max, def;

        Int(String key, String label, String help, int min, int max, int def) {
            super(key, label, help);
            this.min = min;
            this.max = max;
            this.def = def;
        }

        @Override public Object defaultValue() { return def; }
        @Override public String format(Object v) { return Integer.toString((Integer) v); }
        @Override public String kind() { return "int"; }

        @Override Object parse(String text, List<String> problems) {
            Integer v = Schema.parseInt(text);
            if (v == null || v < min || v > max) {
                problems.add(label + " '" + Schema.clip(text) + "' is not a whole number from " + min + " to " + max + using());
                return null;
            }
            return v;
        }

        @Override void describe(Json.Writer json) {
            json.key("min").value(min).key("max").value(max);
        }
    }

    /** A finite number in [min, max]; {@code log} marks a log-scale control. */
    public static final class Num extends Param {
        final double min, max, def;
        final boolean log;
        final double[] presets;

        Num(String key, String label, String help, double min, double max, double def, boolean log, double[] presets) {
            super(key, label, help);
            this.min = min;
            this.max = max;
            this.def = def;
            this.log = log;
            this.presets = presets;
        }

        @Override public Object defaultValue() { return def; }
        @Override public String format(Object v) { return Schema.formatNumber((Double) v); }
        @Override public String kind() { return "number"; }

        @Override Object parse(String text, List<String> problems) {
            Double v = Schema.parseNumber(text);
            if (v == null || v < min || v > max) {
                problems.add(label + " '" + Schema.clip(text) + "' is not a number from " + Schema.formatNumber(min)
                        + " to " + Schema.formatNumber(max) + using());
                return null;
            }
            return v;
        }

        @Override void describe(Json.Writer json) {
            json.key("min").value(min).key("max").value(max).key("log").value(log);
            json.key("presets").beginArray();
            for (double p : presets) json.value(format(p));
            json.endArray();
        }
    }

    /** A comma-separated list of whole numbers, each in [min, max], of length [minLength, maxLength]. */
    public static final class IntList extends Param {
        final int min, max, minLength, maxLength;
        final int[] def;

        IntList(String key, String label, String help, int min, int max, int minLength, int maxLength, int[] def) {
            super(key, label, help);
            this.min = min;
            this.max = max;
            this.minLength = minLength;
            this.maxLength = maxLength;
            this.def = def;
        }

        @Override public Object defaultValue() { return def.clone(); }
        @Override public String kind() { return "intlist"; }

        @Override public String format(Object v) {
            StringBuilder sb = new StringBuilder();
            for (int x : (int[]) v) sb.append(sb.length() > 0 ? "," : "").append(x);
            return sb.toString();
        }

        @Override Object parse(String text, List<String> problems) {
            String[] parts = text.isEmpty() ? new String[0] : Schema.split(text, ',');
            String bad = parts.length < minLength || parts.length > maxLength
                    ? "has " + parts.length + " entries; allowed " + minLength + " to " + maxLength : null;
            int[] v = new int[parts.length];
            for (int i = 0; i < parts.length && bad == null; i++) {
                Integer x = Schema.parseInt(parts[i].trim());
                if (x == null || x < min || x > max) bad = "entry '" + Schema.clip(parts[i]) + "' is not a whole number from " + min + " to " + max;
                else v[i] = x;
            }
            if (bad != null) {
                problems.add(label + " '" + Schema.clip(text) + "' " + bad + using());
                return null;
            }
            return v;
        }

        @Override void describe(Json.Writer json) {
            json.key("min").value(min).key("max").value(max).key("minLength").value(minLength).key("maxLength").value(maxLength);
        }
    }

    /** A comma-separated list of ids from a fixed list (one per layer, or one for all). */
    public static final class ChoiceList extends Param {
        final Choice item;
        final int maxLength;
        final String[] def;

        ChoiceList(String key, String label, String help, Choice item, int maxLength, String[] def) {
            super(key, label, help);
            this.item = item;
            this.maxLength = maxLength;
            this.def = def;
        }

        @Override public Object defaultValue() { return def.clone(); }
        @Override public String format(Object v) { return String.join(",", (String[]) v); }
        @Override public String kind() { return "choicelist"; }

        @Override Object parse(String text, List<String> problems) {
            String[] parts = Schema.split(text, ',');
            if (text.isEmpty() || parts.length > maxLength) {
                problems.add(label + " '" + Schema.clip(text) + "' needs 1 to " + maxLength + " entries" + using());
                return null;
            }
            List<String> inner = new ArrayList<>();
            for (String p : parts) {
                if (item.parse(p.trim(), inner) == null) {
                    problems.add(label + " entry '" + Schema.clip(p) + "' is not one of " + String.join(", ", item.ids) + using());
                    return null;
                }
            }
            for (int i = 0; i < parts.length; i++) parts[i] = parts[i].trim();
            return parts;
        }

        @Override void describe(Json.Writer json) {
            json.key("maxLength").value(maxLength);
            item.describe(json);
        }
    }

    /** A non-empty set of ids from a fixed list, written comma-separated in list order. */
    public static final class Flags extends Param {
        final Choice item;
        final String[] def;

        Flags(String key, String label, String help, Choice item, String[] def) {
            super(key, label, help);
            this.item = item;
            this.def = def;
        }

        @Override public Object defaultValue() { return def.clone(); }
        @Override public String format(Object v) { return String.join(",", (String[]) v); }
        @Override public String kind() { return "flags"; }

        @Override Object parse(String text, List<String> problems) {
            List<String> chosen = new ArrayList<>();
            String[] parts = Schema.split(text, ',');
            for (String p : parts) {
                String id = p.trim();
                boolean known = false;
                for (String k : item.ids) known |= k.equals(id);
                if (!known) {
                    problems.add(label + " '" + Schema.clip(id) + "' is not one of " + String.join(", ", item.ids) + using());
                    return null;
                }
            }
            for (String id : item.ids) {
                for (String p : parts) if (p.trim().equals(id)) { chosen.add(id); break; }
            }
            return chosen.toArray(new String[0]);
        }

        @Override void describe(Json.Writer json) {
            item.describe(json);
        }
    }
}
