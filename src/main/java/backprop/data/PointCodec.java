package backprop.data;

/**
 * Compact text for the user's own points, so they fit in a shareable URL: a format letter
 * ('a') then base64url, four bytes per point — x and y on a 0.01 grid over [−6, 6] (11 bits
 * each) and the class (0–4) in the last byte. About 5.3 characters per point.
 */
public final class PointCodec {
    private PointCodec() {}

    public static final int MAX_POINTS = 2000, MAX_CLASSES = 5;
    public static final double EXTENT = 6.0, STEP = 0.01;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final int CELLS = 1200; // (2 · EXTENT) / STEP

    /** Coordinate → grid cell 0..1200 (clamped to the plane). */
    static int cell(double v) {
        double c = (v + EXTENT) / STEP + 0.5;
        return c < 0 ? 0 : c > CELLS ? CELLS : (int) c;
    }

    /** The coordinate a point will have after a round trip through the codec. */
    public static double snap(double v) {
        return cell(v) * STEP - EXTENT;
    }

    public static String encode(Points p) {
        int n = Math.min(p.size(), MAX_POINTS);
        StringBuilder sb = new StringBuilder(2 + n * 6).append('a');
        int bits = 0, nbits = 0;
        for (int i = 0; i < n; i++) {
            int word = cell(p.x[i]) << 19 | cell(p.y[i]) << 8 | (p.label[i] & 0xFF); // 30 bits used of 32
            for (int b = 3; b >= 0; b--) {
                bits = bits << 8 | (word >>> (8 * b) & 0xFF);
                nbits += 8;
                while (nbits >= 6) {
                    nbits -= 6;
                    sb.append(ALPHABET.charAt(bits >>> nbits & 63));
                }
                bits &= (1 << nbits) - 1;
            }
        }
        if (nbits > 0) sb.append(ALPHABET.charAt(bits << (6 - nbits) & 63));
        return sb.toString();
    }

    public static Outcome<Points> decode(String s) {
        if (s.isEmpty() || s.charAt(0) != 'a') return Outcome.failure("ptsFormat", "unknown point format (expected 'a…')");
        int chars = s.length() - 1;
        if (chars > (MAX_POINTS * 4 * 8 + 5) / 6) return Outcome.failure("ptsTooMany", "more than " + MAX_POINTS + " points", MAX_POINTS);
        int bytes = chars * 6 / 8;
        if (bytes % 4 != 0 || (chars * 6) % 8 >= 6) return Outcome.failure("ptsShort", "the point text is cut short");
        byte[] raw = new byte[bytes];
        int bits = 0, nbits = 0, k = 0;
        for (int i = 1; i < s.length(); i++) {
            int v = ALPHABET.indexOf(s.charAt(i));
            if (v < 0) return Outcome.failure("ptsChar", "character '" + s.charAt(i) + "' at " + i + " is not base64url", String.valueOf(s.charAt(i)), i);
            bits = bits << 6 | v;
            nbits += 6;
            if (nbits >= 8) {
                nbits -= 8;
                if (k < bytes) raw[k++] = (byte) (bits >>> nbits);
                bits &= (1 << nbits) - 1;
            }
        }
        int n = bytes / 4, maxLabel = 0;
        Points.Builder b = new Points.Builder(n, MAX_CLASSES);
        for (int i = 0; i < n; i++) {
            int word = (raw[4 * i] & 0xFF) << 24 | (raw[4 * i + 1] & 0xFF) << 16 | (raw[4 * i + 2] & 0xFF) << 8 | (raw[4 * i + 3] & 0xFF);
            int cx = word >>> 19 & 0x7FF, cy = word >>> 8 & 0x7FF, label = word & 0xFF;
            if (cx > CELLS || cy > CELLS || label >= MAX_CLASSES || word >>> 30 != 0) {
                return Outcome.failure("ptsPoint", "point " + (i + 1) + " is outside the plane or has class " + label + " (allowed 0–" + (MAX_CLASSES - 1) + ")",
                        i + 1, label, MAX_CLASSES - 1);
            }
            b.add(cx * STEP - EXTENT, cy * STEP - EXTENT, label);
            maxLabel = Math.max(maxLabel, label);
        }
        Points p = b.build();
        return Outcome.ok(new Points(p.x, p.y, p.label, p.value, Math.max(2, maxLabel + 1)));
    }
}
