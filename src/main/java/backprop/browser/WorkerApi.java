package backprop.browser;

import backprop.experiment.Config;
import backprop.experiment.Evaluation;
import backprop.experiment.ImageProblem;
import backprop.experiment.Json;
import backprop.experiment.MathTrace;
import backprop.experiment.Plane;
import backprop.experiment.Problem;
import backprop.experiment.Problem2D;
import backprop.experiment.Schema;
import backprop.experiment.SelfTest;
import backprop.experiment.Session;
import backprop.experiment.Unused;
import backprop.nn.Network;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSExportClasses;
import org.teavm.jso.typedarrays.Float64Array;

/**
 * The engine's surface for the Web Worker (web/engine/worker.js), compiled by TeaVM to Wasm-GC
 * and to an ES module. Only this package imports TeaVM. Every method is a thin call into the
 * pure-Java {@code experiment} package; text crosses the boundary as JSON, bulk numbers as
 * typed arrays. Exceptions never escape: they come back as {@code {"error": "..."}}. The 2D
 * playground's functions are exported as the class {@code PlaneApi}; this class alone is the
 * 2D page's engine, {@link FullWorkerApi} adds the image pages' and the benchmarks' APIs.
 */
@JSExportClasses({PlaneApi.class})
public final class WorkerApi {
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
     * What a query needs before a session can start: its canonical form, the problems found, and
     * for image data the set and subset sizes whose chunks must be loaded first.
     */
    @JSExport
    public static String plan(String query) {
        Config.Decoded d = Config.decode(query);
        Json.Writer w = new Json.Writer().beginObject().key("query").value(d.config.encode());
        problems(w, d);
        if (Problem.isImages(d.config)) {
            w.key("images").value(d.config.choice(Schema.DATA)).key("train").value(ImageProblem.trainCount(d.config))
                    .key("balanced").value(ImageProblem.balanced(d.config)).key("test").value(ImageProblem.testCount(d.config));
        }
        return w.endObject().toString();
    }

    private static void problems(Json.Writer w, Config.Decoded d) {
        w.key("problems").beginArray();
        for (Config.Problem p : d.problems) {
            w.beginObject().key("key").value(p.key).key("message").value(p.message).key("code").value(p.code).key("args").beginArray();
            for (String a : p.args) w.value(a);
            w.endArray().endObject();
        }
        w.endArray();
    }

    /**
     * Starts a session on a query (bad values fall back to defaults and are listed) and describes
     * it. Image data must have been loaded with ImagesApi.addChunk first (see plan).
     */
    @JSExport
    public static String init(String query) {
        try {
            Config.Decoded d = Config.decode(query);
            Problem problem;
            if (Problem.isImages(d.config)) {
                if (Engine.images == null || !Engine.images.ready(d.config)) {
                    return Engine.error("the images of " + d.config.choice(Schema.DATA) + " are not loaded yet");
                }
                problem = Engine.images.of(d.config);
            } else {
                problem = Problem2D.of(d.config);
            }
            Engine.session = new Session(d.config, problem);
            Session s = Engine.session;
            Engine.timeline.restart(s);
            Json.Writer w = new Json.Writer().beginObject().key("query").value(d.config.encode());
            problems(w, d);
            describeNetwork(w, s.network());
            w.key("kind").value(problem instanceof Problem2D ? "plane" : "images").key("classes").value(problem.classes())
                    .key("output").value(s.network().outputActivation().id).key("loss").value(s.head().loss.id)
                    .key("speed").value(d.config.integer(Schema.SPEED)).key("epochs").value(d.config.integer(Schema.EPOCHS))
                    .key("trainSize").value(problem.train.size).key("testSize").value(problem.test.size)
                    .key("stepsPerEpoch").value(s.stepsPerEpoch()).key("batchSize").value(s.batchSize()).key("unused").beginArray();
            for (String k : Unused.keys(d.config)) w.value(k); // settings this run ignores: greyed out on the page
            w.endArray();
            if (problem instanceof Problem2D) {
                w.key("extent").value(((Problem2D) problem).extent).key("nodeCount").value(new Plane(s).nodeCount());
            } else {
                Engine.images.describe(w, problem);
            }
            return w.endObject().toString();
        } catch (RuntimeException e) {
            Engine.session = null;
            return Engine.error(e);
        }
    }

    private static void describeNetwork(Json.Writer w, Network net) {
        w.key("sizes").beginArray();
        for (int s : net.sizes()) w.value(s);
        w.endArray().key("activations").beginArray();
        for (int l = 0; l < net.layerCount(); l++) w.value(net.activation(l).id);
        w.endArray().key("paramCount").value(net.paramCount());
    }

    /** Runs up to n optimisation steps; returns the status after them. */
    @JSExport
    public static String step(int n) {
        return Engine.guarded(() -> {
            Engine.timeline.step(Engine.session, n);
            return status();
        });
    }

    /** Runs to the end of the current epoch. */
    @JSExport
    public static String stepEpoch() {
        return Engine.guarded(() -> {
            Engine.timeline.stepEpoch(Engine.session);
            return status();
        });
    }

    /** Back to the same initial weights, optimizer state and example order. */
    @JSExport
    public static String reset() {
        return Engine.guarded(() -> {
            Engine.session.reset();
            Engine.timeline.observe(Engine.session);
            return status();
        });
    }

    /** Back to timeline mark {@code i} (see experiment.Timeline); returns the status there. */
    @JSExport
    public static String timelineGo(int i) {
        return Engine.guarded(() -> {
            Engine.timeline.observe(Engine.session);
            Engine.timeline.goTo(Engine.session, i);
            return status();
        });
    }

    /** Epoch, steps, last batch loss, learning rate, divergence message (or null), timeline marks and the one gone back to (−1: none). */
    @JSExport
    public static String status() {
        return Engine.guarded(() -> {
            Session s = Engine.session;
            Json.Writer w = new Json.Writer().beginObject().key("epoch").value(s.epoch()).key("steps").value(s.steps())
                    .key("batchLoss").value(s.lastLoss()).key("lr").value(s.learningRate())
                    .key("divergence").value(s.divergence());
            Config.Problem why = s.divergenceProblem();
            if (why != null) {
                w.key("divergenceCode").value(why.code).key("divergenceArgs").beginArray();
                for (String a : why.args) w.value(a);
                w.endArray();
            }
            return w.key("marks").value(Engine.timeline.size()).key("mark").value(Engine.timeline.current()).endObject().toString();
        });
    }

    /**
     * Loss and accuracy on the training set (its first {@code trainLimit} examples; 0 = skip) and
     * on the test set, and the test confusion matrix.
     */
    @JSExport
    public static String evaluate(int trainLimit) {
        return Engine.guarded(() -> {
            Evaluation tr = trainLimit > 0 ? Engine.session.evaluateTrain(trainLimit) : null, te = Engine.session.evaluateTest();
            Json.Writer w = new Json.Writer().beginObject()
                    .key("trainLoss").value(tr == null ? Double.NaN : tr.loss).key("testLoss").value(te.loss)
                    .key("trainAccuracy").value(tr == null ? Double.NaN : tr.accuracy).key("testAccuracy").value(te.accuracy)
                    .key("confusion").beginArray();
            for (int c : te.confusion) w.value(c);
            return w.endArray().endObject().toString();
        });
    }

    /** The current parameter block (layout as in nn.Network: per layer W [in][out], then b). */
    @JSExport
    public static Float64Array weights() {
        return Engine.session == null ? Float64Array.create(0) : Float64Array.copyFromJavaArray(Engine.session.parameters());
    }

    /** Edits one weight; returns the status, or an error for an index or value out of range. */
    @JSExport
    public static String setWeight(int layer, int from, int to, double value) {
        return Engine.guarded(() -> Engine.session.setWeight(layer, from, to, value) ? status()
                : Engine.error("no such weight, or the value is not a finite number"));
    }

    /**
     * "Show the math": training example {@code example} through the forward pass, the loss,
     * backpropagation and one update, every number (experiment.MathTrace); the session is unchanged.
     */
    @JSExport
    public static String showMath(int example) {
        return Engine.guarded(() -> MathTrace.json(Engine.session, example));
    }

    /** The session's settings (canonical query) and epoch: with {@link #weights} what a model file or NumPy script holds (ToolsApi). */
    @JSExport
    public static String modelState() {
        return Engine.guarded(() -> new Json.Writer().beginObject().key("query").value(Engine.session.config().encode())
                .key("epoch").value(Engine.session.epoch()).endObject().toString());
    }

    /**
     * Starts a session on a model file's settings with its weights (read by ToolsApi.readModel) and
     * returns what {@link #init} returns; on failure returns {"error": message} and leaves the
     * current session as it was.
     */
    @JSExport
    public static String importModel(String query, Float64Array params) {
        double[] values = params.copyToJavaArray();
        Session previous = Engine.session;
        String described = init(query);
        if (Engine.session == null) {
            Engine.session = previous;
            return described;
        }
        if (values.length != Engine.session.parameters().length) {
            int want = Engine.session.parameters().length;
            Engine.session = previous;
            return Engine.error(values.length + " weights for a network of " + want);
        }
        Engine.session.load(values);
        Engine.timeline.restart(Engine.session); // its first mark: the imported weights
        return described;
    }

    /** The engine's elementary functions at extreme inputs, for the in-browser correctness test. */
    @JSExport
    public static String selfTest() {
        return SelfTest.run();
    }
}
