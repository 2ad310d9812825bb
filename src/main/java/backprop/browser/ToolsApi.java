package backprop.browser;

import backprop.data.Csv;
import backprop.data.Outcome;
import backprop.data.PointCodec;
import backprop.data.Points;
import backprop.experiment.Config;
import backprop.experiment.Json;
import backprop.experiment.ModelJson;
import backprop.experiment.NumpyScript;
import backprop.experiment.TfPlaygroundLink;
import org.teavm.jso.JSExport;
import org.teavm.jso.typedarrays.Float64Array;

/**
 * What the page needs only when the user asks (exported as {@code ToolsApi} by
 * {@link FullWorkerApi}): reading CSV files, model files and TensorFlow Playground links, writing
 * model files and NumPy scripts. Stateless: the session's settings, epoch and weights come in as
 * arguments. The 2D page's engine leaves these out (a fifth of its size); its worker loads the
 * full build on first use for them (web/engine/load.js).
 */
public final class ToolsApi {
    private ToolsApi() {}

    /**
     * Reads CSV text: {pts (encoded points), count, badRows, errors[]} or {error, code, args, errors[]};
     * each of errors is {error, code, args} (the line is argument 1).
     */
    @JSExport
    public static String importCsv(String text) {
        Outcome<Csv.Result> r = Csv.read(text);
        if (!r.isOk()) return Engine.error(r);
        Csv.Result csv = r.get();
        Outcome<Points> usable = csv.usable();
        Json.Writer w = new Json.Writer().beginObject();
        if (usable.isOk()) w.key("pts").value(PointCodec.encode(csv.points)).key("count").value(csv.points.size());
        else Engine.problem(w, usable);
        w.key("badRows").value(csv.badRows).key("errors").beginArray();
        for (Outcome<Void> e : csv.errors) Engine.problem(w.beginObject(), e).endObject();
        return w.endArray().endObject().toString();
    }

    /** A TensorFlow Playground link as our settings: {query, notes[]}, each note {error, code, args}. */
    @JSExport
    public static String tfLink(String text) {
        TfPlaygroundLink.Converted c = TfPlaygroundLink.convert(text);
        Json.Writer w = new Json.Writer().beginObject().key("query").value(c.query).key("notes").beginArray();
        for (Outcome<Void> n : c.notes) Engine.problem(w.beginObject(), n).endObject();
        return w.endArray().endObject().toString();
    }

    /** The model file of a network: its settings (a canonical query), epoch and weights. */
    @JSExport
    public static String modelJson(String query, int epoch, Float64Array params) {
        return written(() -> ModelJson.write(Config.decode(query).config, params.copyToJavaArray(), epoch));
    }

    /** The network as a Python + NumPy script (see experiment.NumpyScript). */
    @JSExport
    public static String numpy(String query, int epoch, Float64Array params) {
        return written(() -> NumpyScript.of(Config.decode(query).config, params.copyToJavaArray(), epoch));
    }

    /** A text the tools write, or {error} (no session needed, unlike Engine.guarded). */
    private static String written(java.util.function.Supplier<String> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            return Engine.error(e);
        }
    }

    /** Reads a model file: {query, epoch, params[]} or {error, code, args}. */
    @JSExport
    public static String readModel(String text) {
        Outcome<ModelJson.Model> m = ModelJson.read(text);
        if (!m.isOk()) return Engine.error(m);
        return new Json.Writer().beginObject().key("query").value(m.get().config.encode()).key("epoch").value(m.get().epoch)
                .key("params").values(m.get().params).endObject().toString();
    }
}
