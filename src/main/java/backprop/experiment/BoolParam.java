package backprop.experiment;

import java.util.List;

/** On or off, written 1 or 0 (true/false accepted). */
final class BoolParam extends Param {
    final boolean def;

    BoolParam(String key, String label, String help, boolean def) {
        super(key, label, help);
        this.def = def;
    }

    @Override public Object defaultValue() { return def; }
    @Override public String format(Object v) { return (Boolean) v ? "1" : "0"; }
    @Override public String kind() { return "bool"; }

    @Override Object parse(String text, List<Config.Problem> problems) {
        switch (text) {
            case "1": case "true": return Boolean.TRUE;
            case "0": case "false": return Boolean.FALSE;
            default:
                problems.add(rejected("bool", text, "is not 1 or 0"));
                return null;
        }
    }

    @Override void describe(Json.Writer json) {}
}
