package backprop.browser;

import backprop.data.ImageSet;
import backprop.data.ImageStore;
import backprop.data.Outcome;
import backprop.experiment.Json;
import backprop.experiment.Session;
import backprop.experiment.Timeline;
import java.util.function.Supplier;

/** The worker's state shared by the exported APIs: the session and the image chunks loaded so far. */
final class Engine {
    private Engine() {}

    static Session session;
    /** Checkpoints of the current session's run (the page's timeline). */
    static final Timeline timeline = new Timeline();
    /** Loaded chunks per image set: [set][0 = train, 1 = test]. */
    static final ImageStore[][] IMAGES = new ImageStore[ImageSet.values().length][2];

    static ImageStore store(ImageSet set, boolean train) {
        int s = set.ordinal(), k = train ? 0 : 1;
        if (IMAGES[s][k] == null) IMAGES[s][k] = new ImageStore(set.classes());
        return IMAGES[s][k];
    }

    static final String NO_SESSION = "{\"error\":\"no experiment: call init first\"}";

    /** Runs an action; a missing session or any exception becomes {"error": text}. */
    static String guarded(Supplier<String> action) {
        if (session == null) return NO_SESSION;
        try {
            return action.get();
        } catch (RuntimeException e) {
            return error(e);
        }
    }

    static String error(RuntimeException e) {
        String msg = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        return error(msg);
    }

    static String error(String message) {
        return new Json.Writer().beginObject().key("error").value(message).endObject().toString();
    }

    /** {error, code, args}: the page words coded errors in its own language (i18n "engine.<code>"). */
    static String error(Outcome<?> failed) {
        return problem(new Json.Writer().beginObject(), failed).endObject().toString();
    }

    /** Writes error, code and args of a failed outcome into an open object. */
    static Json.Writer problem(Json.Writer w, Outcome<?> failed) {
        w.key("error").value(failed.error());
        if (failed.code() == null) return w;
        w.key("code").value(failed.code()).key("args").beginArray();
        for (String a : failed.args()) w.value(a);
        return w.endArray();
    }
}
