package backprop.experiment;

import java.util.List;

/** One of a fixed list of ids. */
final class ChoiceParam extends Param {
    final String[] ids, labels, notes;
    final String def;

    ChoiceParam(String key, String label, String help, String[] ids, String[] labels, String[] notes, String def) {
        super(key, label, help);
        this.ids = ids;
        this.labels = labels;
        this.notes = notes;
        this.def = def;
    }

    @Override public Object defaultValue() { return def; }
    @Override public String format(Object v) { return (String) v; }
    @Override public String kind() { return "choice"; }

    @Override Object parse(String text, List<Config.Problem> problems) {
        for (String id : ids) if (id.equals(text)) return id;
        problems.add(rejected("choice", text, "is not one of " + String.join(", ", ids), String.join(", ", ids)));
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
