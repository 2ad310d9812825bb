package backprop.experiment;

import java.util.ArrayList;
import java.util.List;

/** A comma-separated list of ids from a fixed list (one per layer, or one for all). */
final class ChoiceListParam extends Param {
    final ChoiceParam item;
    final int maxLength;
    final String[] def;

    ChoiceListParam(String key, String label, String help, ChoiceParam item, int maxLength, String[] def) {
        super(key, label, help);
        this.item = item;
        this.maxLength = maxLength;
        this.def = def;
    }

    @Override public Object defaultValue() { return def.clone(); }
    @Override public String format(Object v) { return String.join(",", (String[]) v); }
    @Override public String kind() { return "choicelist"; }

    @Override Object parse(String text, List<Config.Problem> problems) {
        String[] parts = Schema.split(text, ',');
        if (text.isEmpty() || parts.length > maxLength) {
            problems.add(rejected("entries", text, "needs 1 to " + maxLength + " entries", String.valueOf(maxLength)));
            return null;
        }
        List<Config.Problem> inner = new ArrayList<>();
        for (String p : parts) {
            if (item.parse(p.trim(), inner) == null) {
                problems.add(new Config.Problem(key, "entry", label + " entry '" + Schema.clip(p) + "' is not one of " + String.join(", ", item.ids) + using(),
                        Schema.clip(p), String.join(", ", item.ids), format(defaultValue())));
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
