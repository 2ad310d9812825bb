package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page's colours, read from web/: class colours (plane, nodes, edges, charts) stay apart for
 * the three kinds of dichromacy (simulated with Machado, Oliveira and Fernandes 2009, full
 * severity, in linear RGB; distance CIE76 ΔE in Lab), and lines and the focus ring have at least
 * the 3:1 contrast against white that WCAG 1.4.11 asks of graphics.
 */
class ColoursTest {
    static final double[][] NORMAL = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    static final double[][] PROTAN = {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};
    static final double[][] DEUTAN = {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
    static final double[][] TRITAN = {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}};
    static final List<double[][]> VISIONS = List.of(NORMAL, PROTAN, DEUTAN, TRITAN);
    static final String[] VISION_NAMES = {"normal", "protanopia", "deuteranopia", "tritanopia"};
    static final double APART = 15; // ΔE: clearly different colours side by side

    static double lin(int c) {
        double v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    static double[] lab(int[] rgb, double[][] vision) {
        double[] l = {lin(rgb[0]), lin(rgb[1]), lin(rgb[2])}, s = new double[3];
        for (int i = 0; i < 3; i++) s[i] = Math.max(0, Math.min(1, vision[i][0] * l[0] + vision[i][1] * l[1] + vision[i][2] * l[2]));
        double x = (0.4124 * s[0] + 0.3576 * s[1] + 0.1805 * s[2]) / 0.95047, y = 0.2126 * s[0] + 0.7152 * s[1] + 0.0722 * s[2];
        double z = (0.0193 * s[0] + 0.1192 * s[1] + 0.9505 * s[2]) / 1.08883;
        double fx = f(x), fy = f(y), fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116.0;
    }

    /** The smallest ΔE between two of the colours for any of the visions, with its description. */
    static String closest(List<int[]> colours, double[] min) {
        String which = "";
        min[0] = Double.MAX_VALUE;
        for (int v = 0; v < VISIONS.size(); v++) {
            for (int a = 0; a < colours.size(); a++) {
                for (int b = a + 1; b < colours.size(); b++) {
                    double[] p = lab(colours.get(a), VISIONS.get(v)), q = lab(colours.get(b), VISIONS.get(v));
                    double d = Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
                    if (d < min[0]) {
                        min[0] = d;
                        which = "colours " + a + " and " + b + " under " + VISION_NAMES[v];
                    }
                }
            }
        }
        return which;
    }

    static double luminance(int[] c) {
        return 0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2]);
    }

    static double contrastOnWhite(int[] c) {
        return 1.05 / (luminance(c) + 0.05);
    }

    static int[] hex(String h) {
        return new int[] {Integer.parseInt(h.substring(1, 3), 16), Integer.parseInt(h.substring(3, 5), 16), Integer.parseInt(h.substring(5, 7), 16)};
    }

    static List<int[]> all(Pattern p, String text, boolean isHex) {
        List<int[]> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(isHex ? hex(m.group(1)) : new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))});
        }
        return out;
    }

    static final Pattern TRIPLE = Pattern.compile("\\[(\\d+), (\\d+), (\\d+)\\]");
    static final Pattern STROKE = Pattern.compile("stroke: '(#[0-9a-fA-F]{6})'");

    static String read(String path) throws IOException {
        return Files.readString(Path.of("web", path));
    }

    @Test
    void classColoursStayApartForColourBlindEyes() throws IOException {
        String palette = read("js/palette.js");
        String line = palette.lines().filter(l -> l.startsWith("export const CLASS_RGB")).findFirst().orElseThrow();
        List<int[]> classes = all(TRIPLE, line, false);
        assertEquals(5, classes.size(), line);
        double[] min = new double[1];
        String which = closest(classes, min);
        assertTrue(min[0] >= APART, "class colours too close: ΔE " + min[0] + " for " + which);
        // The diagram's edges use the two-class colours (negative orange, positive blue).
        String diagram = read("js/diagram.js");
        assertTrue(diagram.contains("rgba(" + join(classes.get(0))) && diagram.contains("rgba(" + join(classes.get(1))), "edge colours");
        // The measure can fail: a red/green pair is one colour to a deuteranope.
        closest(List.of(hex("#d62728"), hex("#2ca02c")), min);
        assertTrue(min[0] < APART, "red/green under deuteranopia: ΔE " + min[0]);
    }

    static String join(int[] c) {
        return c[0] + ", " + c[1] + ", " + c[2];
    }

    @Test
    void chartLinesAndTheFocusRingStandOutFromWhite() throws IOException {
        for (String chart : List.of("js/charts.js", "js/mnist/curves.js")) {
            List<int[]> strokes = all(STROKE, read(chart), true);
            assertTrue(strokes.size() >= 2, chart);
            for (int[] s : strokes) assertTrue(contrastOnWhite(s) >= 3, chart + ": line contrast " + contrastOnWhite(s));
            double[] min = new double[1];
            String which = closest(strokes.subList(strokes.size() - 2, strokes.size()), min);
            assertTrue(min[0] >= APART, chart + ": train and test lines too close, " + which);
            assertTrue(read(chart).contains("dash"), chart + ": the test curve is dashed as well");
        }
        Matcher focus = Pattern.compile("--focus: (#[0-9a-fA-F]{6})").matcher(read("css/app.css"));
        assertTrue(focus.find(), "app.css defines --focus");
        assertTrue(contrastOnWhite(hex(focus.group(1))) >= 3, "focus ring contrast " + contrastOnWhite(hex(focus.group(1))));
        assertTrue(contrastOnWhite(hex("#f5a300")) < 3, "the old amber ring would fail");
    }
}
