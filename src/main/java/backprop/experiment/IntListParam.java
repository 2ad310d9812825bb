package backprop.experiment;

import backprop.data.DecimalForm;
import java.util.List;

/** A comma-separated list of whole numbers, each in [min, max], of length [minLength, maxLength]. */
final class IntListParam extends Param {
    final int min, max, minLength, maxLength;
    final int[] def;

    IntListParam(String key, String label, String help, int min, int max, int minLength, int maxLength, int[] def) {
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

    @Override Object parse(String text, List<Config.Problem> problems) {
        String[] parts = text.isEmpty() ? new String[0] : Schema.split(text, ',');
        boolean count = parts.length < minLength || parts.length > maxLength;
        String bad = count ? "has " + parts.length + " entries; allowed " + minLength + " to " + maxLength : null;
        String entry = null;
        int[] v = new int[parts.length];
        for (int i = 0; i < parts.length && bad == null; i++) {
            Integer x = DecimalForm.parseInt(parts[i].trim());
            if (x == null || x < min || x > max) {
                entry = Schema.clip(parts[i]);
                bad = "entry '" + entry + "' is not a whole number from " + min + " to " + max;
            }
            else v[i] = x;
        }
        if (bad != null) {
            problems.add(count ? rejected("listLength", text, bad, String.valueOf(parts.length), String.valueOf(minLength), String.valueOf(maxLength))
                    : rejected("listEntry", text, bad, entry, String.valueOf(min), String.valueOf(max)));
            return null;
        }
        return v;
    }

    @Override void describe(Json.Writer json) {
        json.key("min").value(min).key("max").value(max).key("minLength").value(minLength).key("maxLength").value(maxLength);
    }
}
