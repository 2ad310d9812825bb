package backprop.experiment;

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

    /** Parses text; on failure returns null and adds one problem to {@code problems}. */
    abstract Object parse(String text, List<Config.Problem> problems);

    /** Kind name for the page: "choice", "int", "number", "intlist", "choicelist", "flags". */
    public abstract String kind();

    /** Extra description fields for the page's controls, written into {@code json}. */
    abstract void describe(Json.Writer json);

    String using() {
        return "; using " + format(defaultValue());
    }

    /** A rejected value of this setting: code, "label 'text' why; using default", and the arguments. */
    Config.Problem rejected(String code, String text, String why, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = Schema.clip(text);
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 1] = format(defaultValue());
        return new Config.Problem(key, code, label + " '" + Schema.clip(text) + "' " + why + using(), all);
    }
}
