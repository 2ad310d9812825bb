package backprop.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The built-in challenges (web/challenges.json) can be met: each one's known solution keeps
 * its limits and locks, and trained by the engine reaches its goal within its epochs. Their
 * titles exist in both languages.
 */
class ChallengesTest {
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> builtIns() throws IOException {
        return (List<Map<String, Object>>) Json.parse(Files.readString(Path.of("web/challenges.json"), StandardCharsets.UTF_8)).get();
    }

    static int intOr(Map<String, Object> c, String key, int fallback) {
        return c.containsKey(key) ? ((Number) c.get(key)).intValue() : fallback;
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyBuiltInChallengeCanBeMetWithinItsRules() throws IOException {
        List<Map<String, Object>> all = builtIns();
        assertTrue(all.size() >= 8, "at least 8 built-in challenges");
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> c : all) {
            String id = (String) c.get("id");
            assertFalse(ids.contains(id), "ids are unique: " + id);
            ids.add(id);
            Map<String, Object> title = (Map<String, Object>) c.get("title");
            assertFalse(((String) title.get("en")).isBlank() || ((String) title.get("zh-CN")).isBlank(), id + " has both titles");
            String settings = (String) c.get("settings"), solution = (String) c.get("solution");
            Config.Decoded d = Config.decode(merged(settings, solution));
            assertEquals(List.of(), d.problems, id);
            for (String locked : ((String) c.get("lock")).split(",")) {
                assertEquals(value(Config.decode(settings).config.encode(), locked), value(d.config.encode(), locked), id + ": the solution keeps " + locked);
            }
            for (Config c0 : new Config[] {Config.decode(settings).config, d.config}) { // the start and the solution keep the limits
                int[] sizes = c0.ints(Schema.LAYERS);
                int total = 0;
                for (int n : sizes) total += n;
                assertTrue(total <= intOr(c, "maxn", Integer.MAX_VALUE) && sizes.length <= intOr(c, "maxl", Integer.MAX_VALUE), id + ": limits of " + c0.encode());
            }
            int[] layers = d.config.ints(Schema.LAYERS);
            int neurons = 0;
            for (int n : layers) neurons += n;
            assertTrue(neurons <= intOr(c, "maxn", Integer.MAX_VALUE) && layers.length <= intOr(c, "maxl", Integer.MAX_VALUE), id + ": limits");
            String[] goal = ((String) c.get("goal")).split(":");
            assertEquals("acc", goal[0], id);
            double want = Double.parseDouble(goal[1]) / 100;
            Session s = new Session(d.config);
            int maxe = intOr(c, "maxe", 1000), metAt = -1;
            for (int e = 1; e <= maxe && metAt < 0; e++) {
                s.stepEpoch();
                if (s.evaluateTest().accuracy >= want) metAt = e;
            }
            assertTrue(metAt > 0, id + ": " + merged(settings, solution) + " reaches " + goal[1] + " % within " + maxe + " epochs");
        }
    }

    /** The settings with the solution's keys put in (a solution changes what the learner may change). */
    static String merged(String settings, String solution) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (String q : new String[] {settings, solution}) {
            for (String p : q.split("&")) if (!p.isEmpty()) m.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
        }
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(sb.length() > 0 ? "&" : "").append(k).append('=').append(v));
        return sb.toString();
    }

    static String value(String query, String key) {
        for (String p : query.split("&")) if (p.startsWith(key + "=")) return p.substring(key.length() + 1);
        return null;
    }
}
