package backprop.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.nn.Rng;
import org.junit.jupiter.api.Test;

/** The toy sets follow TensorFlow Playground's definitions. */
class Toy2DTest {
    @Test
    void spiralWithoutNoiseIsTheFormula() {
        Points p = Toy2D.SPIRAL.generate(500, 0, 2, new Rng(1));
        assertEquals(500, p.size());
        for (int i : new int[] {0, 17, 249}) {
            double r = i / 250.0 * 5, t = 1.75 * i / 250.0 * 2 * Math.PI;
            assertEquals(r * Math.sin(t), p.x[i], 1e-12);
            assertEquals(r * Math.cos(t), p.y[i], 1e-12);
            assertEquals(1, p.label[i]);
            assertEquals(-p.x[i], p.x[250 + i], 1e-12); // the second arm is turned by π
            assertEquals(0, p.label[250 + i]);
        }
    }

    @Test
    void circleXorAndGaussLabelsAgreeWithTheirGeometry() {
        Points c = Toy2D.CIRCLE.generate(400, 0, 2, new Rng(2));
        for (int i = 0; i < c.size(); i++) {
            double d = Math.hypot(c.x[i], c.y[i]);
            assertEquals(d < 2.5 ? 1 : 0, c.label[i]);
            assertTrue(d <= 2.5 || d >= 3.5 && d <= 5);
        }
        Points x = Toy2D.XOR.generate(400, 0, 2, new Rng(3));
        for (int i = 0; i < x.size(); i++) {
            assertEquals(x.x[i] * x.y[i] >= 0 ? 1 : 0, x.label[i]);
            assertTrue(Math.abs(x.x[i]) >= 0.3 && Math.abs(x.y[i]) >= 0.3); // padding away from the axes
        }
        Points g = Toy2D.GAUSS.generate(2000, 0, 2, new Rng(4));
        double mx = 0;
        for (int i = 0; i < 1000; i++) { mx += g.x[i]; assertEquals(1, g.label[i]); }
        assertEquals(2.0, mx / 1000, 0.1);
    }

    @Test
    void noiseMovesLabelsOrPointsAndSeedsReproduce() {
        Points a = Toy2D.CIRCLE.generate(500, 0.5, 2, new Rng(7)), b = Toy2D.CIRCLE.generate(500, 0.5, 2, new Rng(7));
        int flipped = 0;
        for (int i = 0; i < 500; i++) {
            assertEquals(a.x[i], b.x[i], 0.0);
            if ((Math.hypot(a.x[i], a.y[i]) < 2.5 ? 1 : 0) != a.label[i]) flipped++;
        }
        assertTrue(flipped > 10, "noise 50 % changes some labels: " + flipped);
    }
}
