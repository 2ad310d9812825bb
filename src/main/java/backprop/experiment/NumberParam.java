package backprop.experiment;

import java.util.List;

/** A finite number in [min, max]; {@code log} marks a log-scale control. */
final class NumberParam extends Param {
    final double min, max, def;
    final boolean log;
    final double[] presets;

    NumberParam(String key, String label, String help, double min, double max, double def, boolean log, double[] presets) {
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

    @Override Object parse(String text, List<Config.Problem> problems) {
        Double v = Schema.parseNumber(text);
        if (v == null || v < min || v > max) {
            problems.add(rejected("number", text, "is not a number from " + Schema.formatNumber(min) + " to " + Schema.formatNumber(max),
                    Schema.formatNumber(min), Schema.formatNumber(max)));
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
