package backprop.browser;

import backprop.data.Outcome;
import backprop.experiment.Config;
import backprop.experiment.Json;
import backprop.experiment.Problem;
import backprop.experiment.Session;
import backprop.experiment.Timeline;
import java.util.function.Supplier;

/** The worker's state shared by the exported APIs: the session, its timeline and the image problems. */
final class Engine {
    private Engine() {}

    static Session session;
    /** Checkpoints of the current session's run (the page's timeline). */
    static final Timeline timeline = new Timeline();
    /**
     * How init makes an image problem: ImagesApi's, set when that class is first used (the page
     * loads chunks before it starts a session on image data). The 2D page's build has no ImagesApi, so none:
     * its engine leaves out image problems altogether (about 1.3 kB gzip of its first load).
     */
    static ImageProblems images;

    interface ImageProblems {
        /** Whether the chunks loaded so far hold the subsets a config asks for. */
        boolean ready(Config c);

        Problem of(Config c);

        /** What init tells the page about an image problem beyond what every problem has. */
        void describe(Json.Writer w, Problem p);
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
