package backprop.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The user's points survive the URL: snapped to the 0.01 grid, classes exact, garbage refused. */
class PointCodecTest {
    @Property(tries = 500)
    void roundTripsSnappedPoints(@ForAll @Size(max = 300) List<@DoubleRange(min = -6, max = 6) Double> xs,
                                 @ForAll @IntRange(min = 0, max = 4) int classSeed) {
        int n = xs.size();
        double[] x = new double[n], y = new double[n], v = new double[n];
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = xs.get(i);
            y[i] = xs.get(n - 1 - i) * 0.7;
            label[i] = (i + classSeed) % 5;
            v[i] = label[i];
        }
        Points p = new Points(x, y, label, v, 5);
        String text = PointCodec.encode(p);
        assertTrue(text.length() <= 1 + (n * 32 + 5) / 6, "about 5.3 characters a point");
        Points back = PointCodec.decode(text).get();
        assertEquals(n, back.size());
        for (int i = 0; i < n; i++) {
            assertEquals(PointCodec.snap(x[i]), back.x[i], 1e-12);
            assertEquals(PointCodec.snap(y[i]), back.y[i], 1e-12);
            assertTrue(Math.abs(back.x[i] - x[i]) <= 0.005 + 1e-12);
            assertEquals(label[i], back.label[i]);
        }
        assertEquals(PointCodec.encode(back), text, "encoding snapped points again changes nothing");
    }

    @Property(tries = 2000)
    void neverThrowsOnGarbage(@ForAll String s) {
        PointCodec.decode(s);
    }

    @Test
    void refusesWhatItCannotRead() {
        assertFalse(PointCodec.decode("").isOk());
        assertTrue(PointCodec.decode("zAAAA").error().contains("unknown point format"));
        assertTrue(PointCodec.decode("aAAA").error().contains("cut short"));
        assertTrue(PointCodec.decode("aAA*AAA").error().contains("not base64url"));
        assertTrue(PointCodec.decode("a_____w").error().contains("outside the plane"));
        assertTrue(PointCodec.decode("a" + "A".repeat(20000)).error().contains("more than 2000 points"));
    }
}
