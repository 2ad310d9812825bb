package backprop.experiment;

import backprop.data.NumberText;
import backprop.data.Outcome;
import backprop.data.PointCodec;
import backprop.data.Points;

/**
 * What the 2D playground asks of a session on toy data: the decision grid, every node's value
 * over the plane and at a point, and clicks that edit the points.
 */
public final class Plane {
    private final Session session;
    private final Problem2D problem;

    public Plane(Session session) {
        if (!(session.problem() instanceof Problem2D)) throw new IllegalArgumentException("not a 2D problem");
        this.session = session;
        this.problem = (Problem2D) session.problem();
    }

    public Problem2D problem() {
        return problem;
    }

    /**
     * Network output over a res × res grid covering [−6, 6]² (row 0 at y = 6), written to out:
     * one value per pixel, the score of class 1 in [0, 1] for two classes with one output, the
     * value itself for regression, the arg-max class + its probability (class + p) for several
     * outputs. Returns out.
     */
    public float[] grid(int res, float[] out) {
        return problem.grid(session.inference(), res, out);
    }

    /** Node values over a res × res grid, node after node (see Problem2D.nodeGrids). */
    public float[] nodeGrids(int res, float[] out) {
        return problem.nodeGrids(session.inference(), res, out);
    }

    public int nodeCount() {
        return Problem2D.nodeCount(session.network());
    }

    /** Every node's value at (x, y) in plane coordinates. */
    public double[] probe(double x, double y) {
        return problem.probe(session.inference(), x, y);
    }

    /**
     * The current points edited by one click, encoded for the {@code pts} setting: "add" a point of
     * class {@code cls} at (x, y), "erase" the nearest point within {@code radius}, or "clear".
     * Generated data becomes the user's own data this way. Regression data cannot be edited.
     */
    public Outcome<String> editPoints(String op, double x, double y, int cls, double radius) {
        Points p = problem.points;
        if (p.regression()) return Outcome.failure("editRegression", "regression data cannot be edited by clicking; choose a classification dataset");
        if (op.equals("clear")) return Outcome.ok("");
        int n = p.size(), drop = -1;
        if (op.equals("erase")) {
            double best = radius * radius;
            for (int i = 0; i < n; i++) {
                double d = (p.x[i] - x) * (p.x[i] - x) + (p.y[i] - y) * (p.y[i] - y);
                if (d <= best) { best = d; drop = i; }
            }
            if (drop < 0) return Outcome.failure("editNoPoint", "no point within " + NumberText.of(radius) + " of the click", radius);
        } else if (!op.equals("add")) {
            return Outcome.failure("editUnknown", "unknown point edit '" + op + "'", op);
        } else if (cls < 0 || cls >= PointCodec.MAX_CLASSES || Math.abs(x) > PointCodec.EXTENT || Math.abs(y) > PointCodec.EXTENT) {
            return Outcome.failure("editBadPoint", "a point needs a class 0 to " + (PointCodec.MAX_CLASSES - 1) + " and to lie in the plane (−6 to 6)", PointCodec.MAX_CLASSES - 1);
        } else if (n >= PointCodec.MAX_POINTS) {
            return Outcome.failure("editTooMany", "at most " + PointCodec.MAX_POINTS + " points", PointCodec.MAX_POINTS);
        }
        int m = op.equals("add") ? n + 1 : n - 1, k = 0;
        double[] xs = new double[m], ys = new double[m], vs = new double[m];
        int[] ls = new int[m];
        for (int i = 0; i < n; i++) {
            if (i == drop) continue;
            xs[k] = p.x[i];
            ys[k] = p.y[i];
            ls[k] = p.label[i];
            vs[k++] = p.label[i];
        }
        if (op.equals("add")) {
            xs[k] = x;
            ys[k] = y;
            ls[k] = cls;
            vs[k] = cls;
        }
        return Outcome.ok(PointCodec.encode(new Points(xs, ys, ls, vs, PointCodec.MAX_CLASSES)));
    }

}
