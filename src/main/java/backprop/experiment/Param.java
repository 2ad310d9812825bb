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

    /** Parses text; on failure returns null and adds one message to {@code problems}. */
    abstract Object parse(String text, List<String> problems);

    /** Kind name for the page: "choice", "int", "number", "intlist", "choicelist", "flags". */
    public abstract String kind();

    /** Extra description fields for the page's controls, written into {@code json}. */
    abstract void describe(Json.Writer json);

    String using() {
        return "; using " + format(defaultValue());
    }
}
