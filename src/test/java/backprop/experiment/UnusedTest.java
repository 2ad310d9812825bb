package backprop.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.data.PointCodec;
import backprop.data.Toy2D;
import backprop.nn.Rng;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The settings that Unused names are really unused: changing one leaves two epochs of training
 * the same to the last bit; and those it does not name are used: changing one changes the run.
 */
class UnusedTest {
    /** A different valid value for each setting that Unused may name. */
    static final Map<String, String> OTHER = Map.ofEntries(Map.entry("noise", "30"), Map.entry("points", "120"), Map.entry("train", "70"),
            Map.entry("dseed", "2"), Map.entry("classes", "4"), Map.entry("feat", "x,y,xy"), Map.entry("mom", "0.5"), Map.entry("rho", "0.5"),
            Map.entry("b1", "0.5"), Map.entry("b2", "0.9"), Map.entry("eps", "0.001"), Map.entry("regRate", "0.03"),
            Map.entry("decay", "0.1"), Map.entry("every", "2"));

    static String customPoints() {
        return PointCodec.encode(Toy2D.XOR.generate(40, 0.1, 2, new Rng(5)));
    }

    static double[] run(Config c) {
        Session s = new Session(c);
        s.stepEpoch();
        s.stepEpoch();
        return s.parameters().clone();
    }

    static Config with(Config c, String key, String value) {
        Config.Decoded d = c.with(key, value);
        assertEquals(List.of(), d.problems, key + "=" + value);
        return d.config;
    }

    @Test
    void unusedSettingsChangeNothingAndUsedOnesChangeTheRun() {
        int configs = 0;
        for (Toy2D data : Toy2D.values()) {
            for (String opt : new String[] {"sgd", "momentum", "rmsprop", "adam"}) {
                for (String reg : new String[] {"none", "l2"}) {
                    String sched = configs % 2 == 0 ? "constant" : "step";
                    String q = "data=" + data.id + "&layers=4&opt=" + opt + "&lr=0.03&reg=" + reg + "&sched=" + sched + "&every=1&batch=10";
                    Config c = Config.decode(q).config;
                    if (data == Toy2D.CUSTOM) c = with(c, "pts", customPoints());
                    check(c);
                    configs++;
                }
            }
        }
        assertEquals(Toy2D.values().length * 8, configs);
    }

    static void check(Config c) {
        List<String> unused = Unused.keys(c);
        double[] base = run(c);
        for (Map.Entry<String, String> e : OTHER.entrySet()) {
            double[] other = run(with(c, e.getKey(), e.getValue()));
            String what = e.getKey() + "=" + e.getValue() + " on " + c.encode();
            if (unused.contains(e.getKey())) {
                assertArrayEquals(base, other, "named unused but changes the run: " + what);
            } else {
                assertFalse(Arrays.equals(base, other), "used (not named unused) but changes nothing: " + what);
            }
        }
    }

    @Test
    void namesInSchemaOrderAndOnlySettingsOfTheSchema() {
        Config c = Config.decode("data=xor&opt=sgd&reg=none&sched=constant").config;
        assertEquals(List.of("classes", "mom", "rho", "b1", "b2", "eps", "regRate", "decay", "every"), Unused.keys(c));
        Config images = Config.decode("data=mnist&opt=adam&reg=l2&sched=exp").config;
        assertEquals(List.of("noise", "points", "train", "classes", "dseed", "feat", "mom", "rho"), Unused.keys(images));
        for (String k : Unused.keys(images)) assertTrue(Schema.params().stream().anyMatch(p -> p.key.equals(k)), k);
    }
}
