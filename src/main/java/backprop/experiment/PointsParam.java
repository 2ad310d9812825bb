package backprop.experiment;

import backprop.data.Outcome;
import backprop.data.PointCodec;
import backprop.data.Points;
import java.util.List;

/** The user's own points, compactly encoded by {@link PointCodec} (empty = none). */
final class PointsParam extends Param {
    PointsParam(String key, String label, String help) {
        super(key, label, help);
    }

    @Override public Object defaultValue() { return ""; }
    @Override public String format(Object v) { return (String) v; }
    @Override public String kind() { return "points"; }

    @Override Object parse(String text, List<Config.Problem> problems) {
        if (text.isEmpty()) return "";
        Outcome<Points> p = PointCodec.decode(text);
        if (!p.isOk()) {
            // The codec's code and arguments; the sentence adds the setting's name and "; using none".
            problems.add(new Config.Problem(key, p.code(), label + ": " + p.error() + "; using none", p.args()));
            return null;
        }
        return text;
    }

    @Override void describe(Json.Writer json) {
        json.key("maxPoints").value(PointCodec.MAX_POINTS);
    }
}
