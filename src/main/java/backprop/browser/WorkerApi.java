package backprop.browser;

import backprop.data.Csv;
import backprop.data.Outcome;
import backprop.data.PointCodec;
import backprop.experiment.Config;
import backprop.experiment.Evaluation;
import backprop.experiment.Json;
import backprop.experiment.ModelJson;
import backprop.experiment.Schema;
import backprop.experiment.SelfTest;
import backprop.experiment.Session;
import backprop.experiment.TfPlaygroundLink;
import backprop.nn.Network;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSExportClasses;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.typedarrays.Float64Array;

/**
 * The engine's surface for the Web Worker (web/engine/worker.js), compiled by TeaVM to Wasm-GC
 * and to an ES module. Only this package imports TeaVM. Every method is a thin call into the
 * pure-Java {@code experiment} package; text crosses the boundary as JSON, bulk numbers as
 * typed arrays. Exceptions never escape: they come back as {@code {"error": "..."}}.
 */
@JSExportClasses(BenchApi.class)
public final class WorkerApi {
    private static Session session;
    private static float[] gridBuffer = new float[0];

    private WorkerApi() {}

    public static void main(String[] args) {
        // Nothing to start: the worker calls the exported functions.
    }

    /** The settings schema (keys, kinds, ranges, defaults) that the page builds its controls from. */
    @JSExport
    public static String schema() {
        return Schema.describe();
    }

    /**
     * Decodes a query string into a config (never fails: bad values fall back to defaults and are
     * listed), starts a session on it and describes it.
     */
    @JSExport
    public static String init(String query) {
        try {
            Config.Decoded d = Config.decode(query);
            session = new Session(d.config);
            Json.Writer w = new Json.Writer().beginObject().key("query").value(d.config.encode());
            w.key("problems").beginArray();
            for (Config.Problem p : d.problems) w.beginObject().key("key").value(p.key).key("message").value(p.message).endObject();
            w.endArray();
            describeNetwork(w, session.network());
            w.key("classes").value(session.problem().points.classes).key("extent").value(session.problem().extent)
                    .key("output").value(session.network().outputActivation().id).key("loss").value(session.head().loss.id)
                    .key("nodeCount").value(session.nodeCount()).key("speed").value(d.config.integer(Schema.SPEED))
                    .key("trainSize").value(session.problem().train.size).key("testSize").value(session.problem().test.size)
                    .key("stepsPerEpoch").value(session.stepsPerEpoch()).key("batchSize").value(session.batchSize());
            return w.endObject().toString();
        } catch (RuntimeException e) {
            session = null;
            return error(e);
        }
    }

    private static void describeNetwork(Json.Writer w, Network net) {
        w.key("sizes").beginArray();
        for (int s : net.sizes()) w.value(s);
        w.endArray().key("activations").beginArray();
        for (int l = 0; l < net.layerCount(); l++) w.value(net.activation(l).id);
        w.endArray().key("paramCount").value(net.paramCount());
    }

    private static final String NO_SESSION = "{\"error\":\"no experiment: call init first\"}";

    /** Runs an action on the session; a missing session or any exception becomes {"error": text}. */
    private static String guarded(java.util.function.Supplier<String> action) {
        if (session == null) return NO_SESSION;
        try {
            return action.get();
        } catch (RuntimeException e) {
            return error(e);
        }
    }

    /** Runs up to n optimisation steps; returns the status after them. */
    @JSExport
    public static String step(int n) {
        return guarded(() -> {
            session.step(n);
            return status();
        });
    }

    /** Runs to the end of the current epoch. */
    @JSExport
    public static String stepEpoch() {
        return guarded(() -> {
            session.stepEpoch();
            return status();
        });
    }

    /** Back to the same initial weights, optimizer state and example order. */
    @JSExport
    public static String reset() {
        return guarded(() -> {
            session.reset();
            return status();
        });
    }

    /** Epoch, steps, last batch loss, learning rate and divergence message (or null). */
    @JSExport
    public static String status() {
        return guarded(() -> new Json.Writer().beginObject().key("epoch").value(session.epoch()).key("steps").value(session.steps())
                .key("batchLoss").value(session.lastLoss()).key("lr").value(session.learningRate())
                .key("divergence").value(session.divergence()).endObject().toString());
    }

    /** Loss and accuracy on the training and test sets, and the test confusion matrix. */
    @JSExport
    public static String evaluate() {
        return guarded(() -> {
            Evaluation tr = session.evaluateTrain(), te = session.evaluateTest();
            Json.Writer w = new Json.Writer().beginObject()
                    .key("trainLoss").value(tr.loss).key("testLoss").value(te.loss)
                    .key("trainAccuracy").value(tr.accuracy).key("testAccuracy").value(te.accuracy)
                    .key("confusion").beginArray();
            for (int c : te.confusion) w.value(c);
            return w.endArray().endObject().toString();
        });
    }

    /** Network output over a res × res grid of the plane (see Session.grid), as a new Float32Array. */
    @JSExport
    public static Float32Array grid(int res) {
        if (session == null || res < 2 || res > 1024) return Float32Array.create(0);
        if (gridBuffer.length != res * res) gridBuffer = new float[res * res];
        session.grid(res, gridBuffer);
        return Float32Array.copyFromJavaArray(gridBuffer);
    }

    /** The points as [x, y, label (or value), 0 = train / 1 = test] per point. */
    @JSExport
    public static Float32Array points() {
        if (session == null) return Float32Array.create(0);
        return Float32Array.copyFromJavaArray(session.problem().pointArray());
    }

    /** Every node's value over a res × res grid (node after node), for the diagram's thumbnails. */
    @JSExport
    public static Float32Array nodeGrids(int res) {
        if (session == null || res < 2 || res > 128) return Float32Array.create(0);
        return Float32Array.copyFromJavaArray(session.nodeGrids(res, new float[session.nodeCount() * res * res]));
    }

    /** Every node's value at the plane point (x, y). */
    @JSExport
    public static Float64Array probe(double x, double y) {
        return session == null ? Float64Array.create(0) : Float64Array.copyFromJavaArray(session.probe(x, y));
    }

    /** The current parameter block (layout as in nn.Network: per layer W [in][out], then b). */
    @JSExport
    public static Float64Array weights() {
        return session == null ? Float64Array.create(0) : Float64Array.copyFromJavaArray(session.parameters());
    }

    /** Edits one weight; returns the status, or an error for an index or value out of range. */
    @JSExport
    public static String setWeight(int layer, int from, int to, double value) {
        return guarded(() -> session.setWeight(layer, from, to, value) ? status()
                : "{\"error\":\"no such weight, or the value is not a finite number\"}");
    }

    /** Reads CSV text: {pts (encoded points), count, badRows, errors[]} or {error}. */
    @JSExport
    public static String importCsv(String text) {
        Outcome<Csv.Result> r = Csv.read(text);
        Json.Writer w = new Json.Writer().beginObject();
        if (!r.isOk()) return w.key("error").value(r.error()).endObject().toString();
        w.key("pts").value(PointCodec.encode(r.get().points)).key("count").value(r.get().points.size())
                .key("badRows").value(r.get().badRows).key("errors").beginArray();
        for (String e : r.get().errors) w.value(e);
        return w.endArray().endObject().toString();
    }

    /** One click on the plane: {pts} with the edited points (see Session.editPoints) or {error}. */
    @JSExport
    public static String editPoints(String op, double x, double y, int cls, double radius) {
        return guarded(() -> {
            Outcome<String> r = session.editPoints(op, x, y, cls, radius);
            Json.Writer w = new Json.Writer().beginObject();
            return (r.isOk() ? w.key("pts").value(r.get()) : w.key("error").value(r.error())).endObject().toString();
        });
    }

    /** The current points as CSV. */
    @JSExport
    public static String exportCsv() {
        return session == null ? "" : Csv.write(session.problem().points);
    }

    /** A TensorFlow Playground link as our settings: {query, notes[]}. */
    @JSExport
    public static String tfLink(String text) {
        TfPlaygroundLink.Converted c = TfPlaygroundLink.convert(text);
        Json.Writer w = new Json.Writer().beginObject().key("query").value(c.query).key("notes").beginArray();
        for (String n : c.notes) w.value(n);
        return w.endArray().endObject().toString();
    }

    /** The model as JSON (format version, settings, weights). */
    @JSExport
    public static String exportModel() {
        return guarded(() -> ModelJson.write(session.config(), session.network(), session.parameters(), session.epoch()));
    }

    /**
     * Reads a model file: on success starts a session on its settings with its weights and returns
     * what {@link #init} returns; on failure returns {"error": message} and leaves the current
     * session as it was.
     */
    @JSExport
    public static String importModel(String text) {
        Outcome<ModelJson.Model> m = ModelJson.read(text);
        if (!m.isOk()) return new Json.Writer().beginObject().key("error").value(m.error()).endObject().toString();
        Session previous = session;
        String described = init(m.get().config.encode());
        if (session == null) {
            session = previous;
            return described;
        }
        session.load(m.get().params);
        return described;
    }

    /** The engine's elementary functions at extreme inputs, for the in-browser correctness test. */
    @JSExport
    public static String selfTest() {
        return SelfTest.run();
    }

    static String error(RuntimeException e) {
        String msg = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        return new Json.Writer().beginObject().key("error").value(msg).endObject().toString();
    }
}
