package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.experiment.Config;
import backprop.experiment.Schema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Errors about what the user brings (CSV files, point lists, clicks on the plane, model files,
 * image chunks, TensorFlow Playground links) carry a message code: the engine produces each one
 * here, and its English sentence must be the page's English template filled with its arguments,
 * so the page's wording (web/i18n, engine.&lt;code&gt;) cannot drift from the engine's.
 */
class FailureMessagesTest {
    /** An error's English message equals its code's English sentence filled with its arguments. */
    static String sameAsSentence(Map<String, Object> en, backprop.data.Outcome<?> o) {
        assertTrue(!o.isOk() && o.code() != null, "a coded error: " + (o.isOk() ? "ok" : o.error()));
        String text = (String) en.get("engine." + o.code());
        assertTrue(text != null, "engine." + o.code());
        String[] args = o.args();
        for (int i = 0; i < args.length; i++) text = text.replace("{" + (i + 1) + "}", args[i]);
        assertEquals(o.error(), text, "engine." + o.code());
        return o.code();
    }

    @Test
    void fileAndPointErrorsSayTheSameInTheirSentences() throws IOException {
        Map<String, Object> en = MessagesTest.messages("en");
        TreeSet<String> seen = new TreeSet<>();
        // CSV: whole files, then each kind of bad row.
        for (String text : new String[] {"1,1,0\n".repeat(200_000), "1,2,0\n\0", "\n\n"}) seen.add(sameAsSentence(en, backprop.data.Csv.read(text)));
        backprop.data.Csv.Result rows = backprop.data.Csv.read("1,2\nfoo,1,0\n1,bar,0\n7,1,0\n1,-8,1\n1,1,9\n").get();
        seen.add(sameAsSentence(en, rows.usable()));
        for (var e : rows.errors) seen.add(sameAsSentence(en, e));
        seen.add(sameAsSentence(en, backprop.data.Csv.read("1,1,0\n".repeat(2001)).get().errors.get(0)));
        // Point lists (as the pts setting says them, with the setting's name).
        String[] lists = {"zz", "aAAAA", "aAAAAA*", "a_____A", "a" + "A".repeat(11_000)};
        for (String pts : lists) {
            for (Config.Problem p : Config.decode("pts=" + pts).problems) {
                seen.add(p.code);
                String text = ((String) en.get("engine." + p.code)).replace("{label}", Schema.byKey("pts").label);
                for (int i = 0; i < p.args.length; i++) text = text.replace("{" + (i + 1) + "}", p.args[i]);
                assertEquals(p.message, text, "pts=" + pts.substring(0, Math.min(9, pts.length())));
            }
        }
        // Clicks on the plane.
        backprop.experiment.Plane plane = new backprop.experiment.Plane(new backprop.experiment.Session(Config.decode("data=xor").config));
        seen.add(sameAsSentence(en, plane.editPoints("erase", 5.9, 5.9, 0, 0.01)));
        seen.add(sameAsSentence(en, plane.editPoints("paint", 0, 0, 0, 1)));
        seen.add(sameAsSentence(en, plane.editPoints("add", 0, 0, 7, 1)));
        seen.add(sameAsSentence(en, new backprop.experiment.Plane(new backprop.experiment.Session(Config.decode("data=plane").config))
                .editPoints("add", 0, 0, 0, 1)));
        String full = "a" + "A".repeat(10_667); // 2000 points at (−6, −6), class 0
        seen.add(sameAsSentence(en, new backprop.experiment.Plane(new backprop.experiment.Session(Config.decode("data=custom&pts=" + full).config))
                .editPoints("add", 0, 0, 0, 1)));
        // Model files.
        backprop.experiment.Session s = new backprop.experiment.Session(Config.decode("data=xor&layers=3").config);
        String good = backprop.experiment.ModelJson.write(s.config(), s.network(), s.parameters(), s.epoch());
        String[] models = {"[", "[1]", "{}", "{\"format\":\"backprop-playground-model\",\"version\":7}",
            good.replaceFirst("\"config\":\"[^\"]*\"", "\"config\":1"), good.replaceFirst("\"config\":\"", "\"config\":\"lr=-5&"),
            good.replace("\"layers\":", "\"lairs\":"), good.replaceFirst("\"layers\":\\[", "\"layers\":[1,"),
            good.replaceFirst("\"layers\":\\[\\{[^}]*\\}", "\"layers\":[1"), good.replaceFirst("\"activation\":\"\\w+\"", "\"activation\":\"step\""),
            good.replaceFirst("\"weights\":", "\"w\":"), good.replaceFirst("\"weights\":\\[", "\"weights\":[1,"),
            good.replaceFirst("\"weights\":\\[[^,]*", "\"weights\":[null"), good.replaceFirst("\"biases\":", "\"b\":"),
            good.replaceFirst("\"biases\":\\[", "\"biases\":[1,"), good.replaceFirst("\"biases\":\\[[^,\\]]*", "\"biases\":[\"x\"")};
        for (String m : models) seen.add(sameAsSentence(en, backprop.experiment.ModelJson.read(m)));
        // Image chunks and their order.
        int[] labels = {1, 2};
        var two = new backprop.data.Idx.Images(2, 2, 2, new byte[8]);
        byte[] chunk = backprop.data.ImageChunk.write(two, labels, 0, 2);
        byte[] magic = chunk.clone(), version = chunk.clone(), header = chunk.clone();
        magic[0] = 0;
        version[7] = 9;
        header[8] = -1; // a negative count
        for (byte[] c : new byte[][] {java.util.Arrays.copyOf(chunk, 5), magic, version, header, java.util.Arrays.copyOf(chunk, chunk.length - 1)}) {
            seen.add(sameAsSentence(en, backprop.data.ImageChunk.read(c, "train-00.bin.gz")));
        }
        backprop.data.ImageChunk ok = backprop.data.ImageChunk.read(chunk, "c").get();
        seen.add(sameAsSentence(en, new backprop.data.ImageStore(10).add(backprop.data.ImageChunk.read(
                backprop.data.ImageChunk.write(two, labels, 1, 1), "c").get())));
        backprop.data.ImageStore store = new backprop.data.ImageStore(10);
        store.add(ok);
        seen.add(sameAsSentence(en, store.add(backprop.data.ImageChunk.read(backprop.data.ImageChunk.write(
                new backprop.data.Idx.Images(4, 3, 3, new byte[4 * 9]), new int[] {0, 1, 2, 3}, 2, 2), "c").get())));
        seen.add(sameAsSentence(en, new backprop.data.ImageStore(2).add(ok)));
        // Notes on a converted TensorFlow Playground link.
        for (var n : backprop.experiment.TfPlaygroundLink.convert("#dataset=moon&cosX=true&seed=0.5").notes) seen.add(sameAsSentence(en, n));
        TreeSet<String> all = new TreeSet<>();
        MessagesTest.scan(Path.of("src/main/java"), ".java", MessagesTest.FAILURE_CODE, all);
        assertEquals(all, seen, "every file and point error code is checked here");
    }
}
