package backprop.data;

/**
 * A drawn digit made to look like MNIST (as LeCun et al. describe its preparation): the ink's
 * bounding box is scaled, keeping its aspect ratio, to fit 20 × 20 (area-averaged, so edges stay
 * anti-aliased), then placed in 28 × 28 so that its centre of mass sits at the centre.
 */
public final class Digit {
    private Digit() {}

    /** Ink below this (on a 0–1 scale) does not count for the bounding box. */
    static final double INK = 0.05;

    /**
     * @param gray {@code h × w} ink values in [0, 1] (0 = background), row-major
     * @return 784 values in [0, 1], or all zeros for a blank drawing
     */
    public static double[] toMnist(double[] gray, int w, int h) {
        int x0 = w, y0 = h, x1 = -1, y1 = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (gray[y * w + x] > INK) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        double[] out = new double[ImageSet.PIXELS];
        if (x1 < 0) return out;
        int bw = x1 - x0 + 1, bh = y1 - y0 + 1;
        double scale = 20.0 / Math.max(bw, bh); // output pixels per input pixel
        int sw = Math.max(1, (int) Math.round(bw * scale)), sh = Math.max(1, (int) Math.round(bh * scale));
        double[] small = new double[sw * sh];
        // Area averaging: each output pixel is the mean of the input area it covers.
        for (int sy = 0; sy < sh; sy++) {
            for (int sx = 0; sx < sw; sx++) {
                double ax = x0 + sx / scale, bx = x0 + (sx + 1) / scale, ay = y0 + sy / scale, by = y0 + (sy + 1) / scale;
                double sum = 0, area = 0;
                for (int y = (int) ay; y < Math.min(h, Math.ceil(by)); y++) {
                    double fy = Math.min(by, y + 1) - Math.max(ay, y);
                    for (int x = (int) ax; x < Math.min(w, Math.ceil(bx)); x++) {
                        double f = fy * (Math.min(bx, x + 1) - Math.max(ax, x));
                        sum += f * gray[y * w + x];
                        area += f;
                    }
                }
                small[sy * sw + sx] = area > 0 ? sum / area : 0;
            }
        }
        // Centre of mass of the 20 × 20 image, placed at (14, 14) of the 28 × 28 one.
        double mass = 0, mx = 0, my = 0;
        for (int y = 0; y < sh; y++) {
            for (int x = 0; x < sw; x++) {
                double v = small[y * sw + x];
                mass += v;
                mx += v * (x + 0.5);
                my += v * (y + 0.5);
            }
        }
        int offX = (int) Math.round(14 - mx / mass), offY = (int) Math.round(14 - my / mass);
        for (int y = 0; y < sh; y++) {
            for (int x = 0; x < sw; x++) {
                int tx = x + offX, ty = y + offY;
                if (tx >= 0 && tx < ImageSet.SIDE && ty >= 0 && ty < ImageSet.SIDE) {
                    out[ty * ImageSet.SIDE + tx] = Math.min(1, small[y * sw + x]);
                }
            }
        }
        return out;
    }
}
