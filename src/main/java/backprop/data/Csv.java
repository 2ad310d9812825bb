package backprop.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Points as CSV, {@code x,y,label} per line, with or without a header line. Reading validates
 * every row: bad rows are reported with their line numbers and skipped, good rows are kept.
 * Labels are classes 0–4; TensorFlow Playground's −1 is read as class 0.
 */
public final class Csv {
    private Csv() {}

    public static final int MAX_CHARS = 1_000_000, MAX_ERRORS_LISTED = 10;

    /** The rows that could be read and what was wrong with the others. */
    public static final class Result {
        /** The points; null when no row was valid. */
        public final Points points;
        /** At most {@link #MAX_ERRORS_LISTED} errors, "line N: …", each with its code; the line is argument 1. */
        public final List<Outcome<Void>> errors;
        public final int badRows;

        Result(Points points, List<Outcome<Void>> errors, int badRows) {
            this.points = points;
            this.errors = errors;
            this.badRows = badRows;
        }

        /** The points, or the error "none of the N rows is valid" (the rows' errors are in {@link #errors}). */
        public Outcome<Points> usable() {
            if (points != null) return Outcome.ok(points);
            return Outcome.failure("csvNoRows", "none of the " + badRows + " rows is valid", badRows);
        }

        /** The row errors' English messages. */
        public List<String> messages() {
            return Outcome.messages(errors);
        }
    }

    public static Outcome<Result> read(String text) {
        if (text.length() > MAX_CHARS) {
            return Outcome.failure("csvTooBig", "the file has " + text.length() + " characters; the limit is " + MAX_CHARS + " (about "
                    + PointCodec.MAX_POINTS + " points fit in far less)", text.length(), MAX_CHARS, PointCodec.MAX_POINTS);
        }
        if (text.indexOf('\0') >= 0) return Outcome.failure("csvBinary", "this looks like a binary file, not CSV text");
        Points.Builder b = new Points.Builder(PointCodec.MAX_POINTS, PointCodec.MAX_CLASSES);
        List<Outcome<Void>> errors = new ArrayList<>();
        int bad = 0, line = 0, good = 0, maxLabel = 0, start = 0;
        boolean first = true;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            String row = text.substring(start, end).trim();
            start = end + 1;
            line++;
            if (row.isEmpty()) continue;
            Outcome<Void> problem;
            boolean header = first && isHeader(row);
            first = false;
            if (header) continue;
            if (good >= PointCodec.MAX_POINTS) {
                problem = rowError(line, "csvOnlyFirst", "only the first " + PointCodec.MAX_POINTS + " points are used", PointCodec.MAX_POINTS);
            } else {
                problem = row(line, row, b);
            }
            if (problem == null) {
                good++;
                maxLabel = Math.max(maxLabel, b.lastLabel());
            } else {
                bad++;
                if (errors.size() < MAX_ERRORS_LISTED) errors.add(problem);
            }
        }
        if (good == 0 && bad == 0) return Outcome.failure("csvEmpty", "the file has no points");
        if (good == 0) return Outcome.ok(new Result(null, errors, bad));
        Points p = b.build();
        return Outcome.ok(new Result(new Points(p.x, p.y, p.label, p.value, Math.max(2, maxLabel + 1)), errors, bad));
    }

    private static boolean isHeader(String row) {
        String[] f = split(row);
        return f.length == 3 && number(f[0]) == null && number(f[1]) == null;
    }

    /** A row's error: "line N: message", code, arguments (the line first). */
    private static Outcome<Void> rowError(int line, String code, String message, Object... args) {
        Object[] a = new Object[args.length + 1];
        a[0] = line;
        System.arraycopy(args, 0, a, 1, args.length);
        return Outcome.failure(code, "line " + line + ": " + message, a);
    }

    private static Outcome<Void> row(int line, String row, Points.Builder b) {
        String[] f = split(row);
        if (f.length != 3) return rowError(line, "csvFields", "expected 3 values x,y,label, found " + f.length, f.length);
        Double x = number(f[0]), y = number(f[1]), label = number(f[2]);
        if (x == null) return rowError(line, "csvNotNumber", "x '" + clip(f[0]) + "' is not a number", "x", clip(f[0]));
        if (y == null) return rowError(line, "csvNotNumber", "y '" + clip(f[1]) + "' is not a number", "y", clip(f[1]));
        if (Math.abs(x) > PointCodec.EXTENT) return rowError(line, "csvOutside", "x = " + f[0] + " is outside the plane (−6 to 6)", "x", f[0]);
        if (Math.abs(y) > PointCodec.EXTENT) return rowError(line, "csvOutside", "y = " + f[1] + " is outside the plane (−6 to 6)", "y", f[1]);
        if (label == null || label != Math.floor(label) || label < -1 || label >= PointCodec.MAX_CLASSES) {
            return rowError(line, "csvLabel", "label '" + clip(f[2]) + "' is not a class 0 to " + (PointCodec.MAX_CLASSES - 1) + " (or −1)",
                    clip(f[2]), PointCodec.MAX_CLASSES - 1);
        }
        b.add(PointCodec.snap(x), PointCodec.snap(y), label < 0 ? 0 : (int) (double) label);
        return null;
    }

    /** Fields separated by commas, trimmed (no String.split: it would pull a regex engine into the browser build). */
    private static String[] split(String row) {
        int n = 1;
        for (int i = 0; i < row.length(); i++) if (row.charAt(i) == ',') n++;
        String[] f = new String[n];
        int k = 0, from = 0;
        for (int i = 0; i <= row.length(); i++) {
            if (i == row.length() || row.charAt(i) == ',') {
                f[k++] = row.substring(from, i).trim();
                from = i + 1;
            }
        }
        return f;
    }

    /** A finite decimal number, or null ("1e3", "-0.5", ".5"; no NaN, no hex). */
    static Double number(String s) {
        if (s.isEmpty() || s.length() > 40) return null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) return null;
        }
        double v = NumberText.parse(s);
        return Double.isFinite(v) ? v : null;
    }

    private static String clip(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    /** The points as CSV with a header; coordinates exactly as stored. */
    public static String write(Points p) {
        StringBuilder sb = new StringBuilder("x,y,label\n");
        for (int i = 0; i < p.size(); i++) {
            sb.append(NumberText.of(p.x[i])).append(',').append(NumberText.of(p.y[i])).append(',');
            if (p.regression()) sb.append(NumberText.of(p.value[i]));
            else sb.append(p.label[i]);
            sb.append('\n');
        }
        return sb.toString();
    }
}
