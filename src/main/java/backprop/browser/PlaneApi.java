package backprop.browser;

import backprop.data.Csv;
import backprop.data.Outcome;
import backprop.data.PointCodec;
import backprop.experiment.Json;
import backprop.experiment.Plane;
import backprop.experiment.Problem2D;
import org.teavm.jso.JSExport;
import org.teavm.jso.typedarrays.Float32Array;
import org.teavm.jso.typedarrays.Float64Array;

/** The 2D playground's views and edits (exported as {@code PlaneApi}); see experiment.Plane. */
public final class PlaneApi {
    private PlaneApi() {}

    private static Plane plane() {
        return Engine.session != null && Engine.session.problem() instanceof Problem2D ? new Plane(Engine.session) : null;
    }

    /** Network output over a res × res grid of the plane (see Plane.grid), as a new Float32Array. */
    @JSExport
    public static Float32Array grid(int res) {
        Plane p = plane();
        if (p == null || res < 2 || res > 1024) return Float32Array.create(0);
        return Float32Array.copyFromJavaArray(p.grid(res, new float[res * res]));
    }

    /** The points as [x, y, label (or value), 0 = train / 1 = test] per point. */
    @JSExport
    public static Float32Array points() {
        Plane p = plane();
        return p == null ? Float32Array.create(0) : Float32Array.copyFromJavaArray(p.problem().pointArray());
    }

    /** Every node's value over a res × res grid (node after node), for the diagram's thumbnails. */
    @JSExport
    public static Float32Array nodeGrids(int res) {
        Plane p = plane();
        if (p == null || res < 2 || res > 128) return Float32Array.create(0);
        return Float32Array.copyFromJavaArray(p.nodeGrids(res, new float[p.nodeCount() * res * res]));
    }

    /** Every node's value at the plane point (x, y). */
    @JSExport
    public static Float64Array probe(double x, double y) {
        Plane p = plane();
        return p == null ? Float64Array.create(0) : Float64Array.copyFromJavaArray(p.probe(x, y));
    }

    /** One click on the plane: {pts} with the edited points (see Plane.editPoints) or {error}. */
    @JSExport
    public static String editPoints(String op, double x, double y, int cls, double radius) {
        Plane p = plane();
        if (p == null) return Engine.error("no 2D experiment");
        Outcome<String> r = p.editPoints(op, x, y, cls, radius);
        Json.Writer w = new Json.Writer().beginObject();
        return (r.isOk() ? w.key("pts").value(r.get()) : Engine.problem(w, r)).endObject().toString();
    }

    /** The current points as CSV. */
    @JSExport
    public static String exportCsv() {
        Plane p = plane();
        return p == null ? "" : Csv.write(p.problem().points);
    }
}
