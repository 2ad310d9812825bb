package backprop.experiment;

import backprop.data.DecimalForm;
import java.util.List;

/** A whole number in [min, max]. */
final class IntParam extends Param {
    final int min, max, def;

    IntParam(String key, String label, String help, int min, int max, int def) {
        super(key, label, help);
        this.min = min;
        this.max = max;
        this.def = def;
    }

    @Override public Object defaultValue() { return def; }
    @Override public String format(Object v) { return Integer.toString((Integer) v); }
    @Override public String kind() { return "int"; }

    @Override Object parse(String text, List<Config.Problem> problems) {
        Integer v = DecimalForm.parseInt(text);
        if (v == null || v < min || v > max) {
            problems.add(rejected("int", text, "is not a whole number from " + min + " to " + max, String.valueOf(min), String.valueOf(max)));
            return null;
        }
        return v;
    }

    @Override void describe(Json.Writer json) {
        json.key("min").value(min).key("max").value(max);
    }
}
