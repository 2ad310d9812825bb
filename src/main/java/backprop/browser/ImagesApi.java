package backprop.browser;

import backprop.data.Dataset;
import backprop.data.Digit;
import backprop.data.ImageChunk;
import backprop.data.ImageSet;
import backprop.data.ImageStore;
import backprop.data.Outcome;
import backprop.experiment.Config;
import backprop.experiment.ImageProblem;
import backprop.experiment.Json;
import backprop.experiment.Problem;
import backprop.experiment.Schema;
import org.teavm.jso.JSExport;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.typedarrays.Float64Array;
import org.teavm.jso.typedarrays.Int8Array;

/** Image datasets in the worker (exported as {@code ImagesApi}): chunks in, views out. */
public final class ImagesApi {
    private ImagesApi() {}

    /** Loaded chunks per image set: [set][0 = train, 1 = test]. */
    private static final ImageStore[][] IMAGES = new ImageStore[ImageSet.values().length][2];

    private static ImageStore store(ImageSet set, boolean train) {
        int s = set.ordinal(), k = train ? 0 : 1;
        if (IMAGES[s][k] == null) IMAGES[s][k] = new ImageStore(set.classes());
        return IMAGES[s][k];
    }

    /** Image problems from the chunks loaded so far, for WorkerApi.init (see Engine.images). */
    private static final class Problems implements Engine.ImageProblems {
        @Override
        public boolean ready(Config c) {
            ImageSet s = ImageSet.byId(c.choice(Schema.DATA));
            return s != null && ImageProblem.ready(c, store(s, true), store(s, false));
        }

        @Override
        public Problem of(Config c) {
            ImageSet s = ImageSet.byId(c.choice(Schema.DATA));
            return ImageProblem.of(c, store(s, true), store(s, false));
        }

        @Override
        public void describe(Json.Writer w, Problem p) {
            w.key("classNames").beginArray();
            for (String c : ((ImageProblem) p).set.classNames()) w.value(c);
            w.endArray();
        }
    }

    private static final Problems PROBLEMS = new Problems();

    static { // ImagesApi's first call (the page loads chunks before init): WorkerApi.init can make image problems
        Engine.images = PROBLEMS;
    }

    /** Adds the next decompressed chunk (from file) of a set's split; returns {count} (images loaded) or {error, code, args}. */
    @JSExport
    public static String addChunk(String set, boolean train, Int8Array bytes, String file) {
        ImageSet s = ImageSet.byId(set);
        if (s == null) return Engine.error("unknown image set '" + set + "'");
        Outcome<ImageChunk> c = ImageChunk.read(bytes.copyToJavaArray(), file);
        if (!c.isOk()) return Engine.error(c);
        Outcome<Integer> n = store(s, train).add(c.get());
        if (!n.isOk()) return Engine.error(n);
        int count = n.get(); // unboxed: a boxed number in text would pull in Double.toString (see NumberText)
        return "{\"count\":" + count + "}";
    }

    /** Whether the chunks loaded so far hold the subsets a query asks for. */
    @JSExport
    public static boolean ready(String query) {
        return PROBLEMS.ready(Config.decode(query).config);
    }

    /** Images of the session's training (or test) subset, as bytes 0–255 (read them as unsigned), 784 per image. */
    @JSExport
    public static Int8Array pixels(boolean train, int from, int count) {
        if (Engine.session == null) return Int8Array.create(0);
        Dataset d = train ? Engine.session.problem().train : Engine.session.problem().test;
        int n = Math.max(0, Math.min(count, d.size - from));
        byte[] out = new byte[n * ImageSet.PIXELS];
        double[] row = new double[ImageSet.PIXELS];
        for (int i = 0; i < n; i++) {
            d.inputs.copyRow(from + i, row, 0);
            for (int j = 0; j < row.length; j++) out[i * ImageSet.PIXELS + j] = (byte) (int) (row[j] * 255 + 0.5);
        }
        return Int8Array.copyFromJavaArray(out);
    }

    /** Class labels of the session's training (or test) subset. */
    @JSExport
    public static Int8Array labels(boolean train) {
        if (Engine.session == null) return Int8Array.create(0);
        Dataset d = train ? Engine.session.problem().train : Engine.session.problem().test;
        byte[] out = new byte[d.size];
        for (int i = 0; i < d.size; i++) out[i] = (byte) d.labels[i];
        return Int8Array.copyFromJavaArray(out);
    }

    /** Class probabilities of every test image, [n][classes]. */
    @JSExport
    public static Float32Array testOutputs() {
        return Engine.session == null ? Float32Array.create(0) : Float32Array.copyFromJavaArray(Engine.session.testOutputs());
    }

    /**
     * Classifies a drawing: {@code gray} is h × w ink in [0, 1]. Returns the class outputs followed
     * by the 784 pixels the network saw (after MNIST-style centring).
     */
    @JSExport
    public static Float64Array classify(Float32Array gray, int w, int h) {
        if (Engine.session == null || gray.getLength() != w * h) return Float64Array.create(0);
        float[] g = gray.copyToJavaArray();
        double[] d = new double[g.length];
        for (int i = 0; i < g.length; i++) d[i] = g[i];
        double[] image = Digit.toMnist(d, w, h), out = Engine.session.predict(image);
        double[] all = new double[out.length + image.length];
        System.arraycopy(out, 0, all, 0, out.length);
        System.arraycopy(image, 0, all, out.length, image.length);
        return Float64Array.copyFromJavaArray(all);
    }

    /** Per class counts of the training subset (shows what "balanced" did). */
    @JSExport
    public static String classCounts() {
        return Engine.guarded(() -> {
            int[] counts = new int[Engine.session.problem().classes()];
            for (int l : Engine.session.problem().train.labels) counts[l]++;
            Json.Writer w = new Json.Writer().beginArray();
            for (int c : counts) w.value(c);
            return w.endArray().toString();
        });
    }
}
