package backprop.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Drawn digits prepared like MNIST: ink box to 20 × 20 keeping the aspect, centre of mass at (14, 14). */
class DigitTest {
    static final int W = 200, H = 160;

    static double[] canvas() {
        return new double[W * H];
    }

    static void fill(double[] g, int x0, int y0, int x1, int y1, double v) {
        for (int y = y0; y < y1; y++) for (int x = x0; x < x1; x++) g[y * W + x] = v;
    }

    /** Bounding box {x0, y0, x1, y1} (exclusive ends) of the non-zero pixels of a 28 × 28 image. */
    static int[] box(double[] img) {
        int x0 = 28, y0 = 28, x1 = 0, y1 = 0;
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                if (img[y * 28 + x] > 0) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x + 1);
                    y1 = Math.max(y1, y + 1);
                }
            }
        }
        return new int[] {x0, y0, x1, y1};
    }

    static double[] centreOfMass(double[] img) {
        double m = 0, mx = 0, my = 0;
        for (int y = 0; y < 28; y++) {
            for (int x = 0; x < 28; x++) {
                double v = img[y * 28 + x];
                m += v;
                mx += v * (x + 0.5);
                my += v * (y + 0.5);
            }
        }
        return new double[] {mx / m, my / m};
    }

    @Test
    void blankDrawingGivesZeros() {
        double[] out = Digit.toMnist(canvas(), W, H);
        assertEquals(784, out.length);
        for (double v : out) assertEquals(0.0, v);
        double[] faint = canvas();
        fill(faint, 10, 10, 50, 50, Digit.INK / 2); // below the ink threshold
        for (double v : Digit.toMnist(faint, W, H)) assertEquals(0.0, v);
    }

    @Test
    void aTallStrokeAnywhereBecomesTwentyPixelsHighAndCentred() {
        // A 20 × 100 bar in a corner: scaled by 20/100 to 4 × 20, centred at (14, 14).
        double[] g = canvas();
        fill(g, 150, 50, 170, 150, 1.0);
        double[] out = Digit.toMnist(g, W, H);
        int[] b = box(out);
        assertEquals(20, b[3] - b[1], "height");
        assertEquals(4, b[2] - b[0], "width keeps the 1:5 aspect");
        double[] c = centreOfMass(out);
        assertEquals(14, c[0], 0.5);
        assertEquals(14, c[1], 0.5);
        for (double v : out) assertTrue(v >= 0 && v <= 1);
        // The same bar elsewhere on the canvas gives the same image (translation invariance).
        double[] moved = canvas();
        fill(moved, 10, 5, 30, 105, 1.0);
        assertEquals(java.util.Arrays.toString(out), java.util.Arrays.toString(Digit.toMnist(moved, W, H)));
    }

    @Test
    void aWideShapeIsTwentyPixelsWideAndMassIsCentredNotTheBox() {
        // An L: a heavy horizontal bar plus a thin vertical one. The centre of mass, not the
        // box centre, lands on (14, 14), so the box is shifted toward the light side.
        double[] g = canvas();
        fill(g, 20, 100, 180, 140, 1.0); // 160 × 40 bar
        fill(g, 20, 60, 30, 100, 1.0);   // 10 × 40 stem above its left end
        double[] out = Digit.toMnist(g, W, H);
        int[] b = box(out);
        assertEquals(20, b[2] - b[0], "width");
        assertEquals(10, b[3] - b[1], "height: 80 px scaled by 20/160");
        double[] c = centreOfMass(out);
        assertEquals(14, c[0], 0.5);
        assertEquals(14, c[1], 0.5);
        double boxCentreY = (b[1] + b[3]) / 2.0;
        assertTrue(boxCentreY < 14, "the heavy bar is at the bottom, so the box sits higher: " + boxCentreY);
    }

    @Test
    void thinLinesAreAntiAliasedNotLost() {
        // A cross of 2-px lines in a 200 × 100 box: scaled by 1/10, each line covers a
        // fifth of a pixel, so it appears as grey (≈ 0.2), not as nothing or full black.
        double[] g = canvas();
        fill(g, 0, 82, 200, 84, 1.0);   // horizontal line, 2 px, inside one row of output pixels
        fill(g, 104, 30, 106, 130, 1.0); // vertical line, 2 px, inside one column
        double[] out = Digit.toMnist(g, W, H);
        double max = 0;
        int grey = 0;
        for (double v : out) {
            max = Math.max(max, v);
            if (v > 0.1 && v < 0.5) grey++;
        }
        assertTrue(grey >= 20, "grey pixels along the lines: " + grey);
        assertTrue(max <= 0.45, "no pixel is fully inked by a 2-px line: " + max);
        assertEquals(20, box(out)[2] - box(out)[0]);
    }
}
