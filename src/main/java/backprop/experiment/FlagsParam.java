package backprop.experiment;

import java.util.ArrayList;
import java.util.List;

/** A non-empty set of ids from a fixed list, written comma-separated in list order. */
final class FlagsParam extends Param {
    final ChoiceParam item;
    final String[] def;

    FlagsParam(String key, String label, String help, ChoiceParam item, String[] def) {
        super(key, label, help);
        this.item = item;
        this.def = def;
    }

    @Override public Object defaultValue() { return def.clone(); }
    @Override public String format(Object v) { return String.join(",", (String[]) v); }
    @Override public String kind() { return "flags"; }

    @Override Object parse(String text, List<Config.Problem> problems) {
        List<String> chosen = new ArrayList<>();
        String[] parts = Schema.split(text, ',');
        for (String p : parts) {
            String id = p.trim();
            boolean known = false;
            for (String k : item.ids) known |= k.equals(id);
            if (!known) {
                problems.add(rejected("choice", id, "is not one of " + String.join(", ", item.ids), String.join(", ", item.ids)));
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
