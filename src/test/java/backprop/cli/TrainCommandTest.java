package backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.experiment.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless command line: one JSON line per epoch, clear errors with exit code 2. */
class TrainCommandTest {
    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsOneJsonLinePerEpoch() {
        Run r = run("train", "--dataset", "spiral", "--layers", "8,8", "--activation", "tanh", "--lr", "0.03", "--epochs", "5", "--seed", "1");
        assertEquals(0, r.code, r.err);
        List<String> lines = r.out.lines().toList();
        assertEquals(5, lines.size());
        for (int i = 0; i < 5; i++) {
            Map<?, ?> m = (Map<?, ?>) Json.parse(lines.get(i)).get();
            assertEquals((double) (i + 1), m.get("epoch"));
            assertTrue(m.get("trainLoss") instanceof Double && m.get("testAccuracy") instanceof Double, lines.get(i));
        }
    }

    @Test
    void aQueryStringReplaysTheSameRunAsOptions() {
        Run a = run("train", "--query", "data=xor&layers=4&lr=0.1&seed=5", "--epochs", "3");
        Run b = run("train", "--data", "xor", "--layers", "4", "--lr", "0.1", "--seed", "5", "--epochs", "3");
        assertEquals(withoutTimes(a.out), withoutTimes(b.out)); // everything but the wall-clock seconds
        assertTrue(a.out.contains("\"seconds\":"), a.out);
    }

    static String withoutTimes(String out) {
        return out.replaceAll("\"seconds\":[0-9.eE-]+,", "");
    }

    @Test
    void imageDataTrainsFromTheSiteChunks() {
        Run r = run("train", "--query", "data=mnist&subset=500&testn=1000&layers=16&act=relu&opt=adam&lr=0.003&batch=10", "--epochs", "2");
        assertEquals(0, r.code, r.err);
        List<String> lines = r.out.lines().toList();
        assertEquals(2, lines.size());
        Map<?, ?> last = (Map<?, ?>) Json.parse(lines.get(1)).get();
        assertEquals(100.0, last.get("steps")); // 500 images in batches of 10, twice
        assertTrue((Double) last.get("testAccuracy") > 0.7, lines.get(1));
        Run missing = run("train", "--data", "fashion", "--images", "no/such/dir", "--epochs", "1");
        assertEquals(2, missing.code);
        assertTrue(missing.err.contains("cannot read the images in no/such/dir") && missing.err.contains("--images DIR"), missing.err);
    }

    @Test
    void badArgumentsExitWithTwoAndSayWhy() {
        Run r = run("train", "--lr", "abc");
        assertEquals(2, r.code);
        assertTrue(r.err.contains("learning rate 'abc' is not a number from 0.00001 to 10; using 0.01"), r.err);
        assertEquals(2, run("train", "--colour", "red").code);
        assertTrue(run("train", "--colour", "red").err.contains("unknown option --colour"));
        assertEquals(2, run("train", "--epochs", "-1").code);
        assertEquals(2, run("train", "--layers").code);
        assertEquals(2, run("frobnicate").code);
        assertEquals(2, run().code);
    }

    @Test
    void exportedModelsImportAndContinue(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("m.json");
        assertEquals(0, run("train", "--data", "circle", "--epochs", "2", "--export", model.toString()).code);
        assertTrue(Files.readString(model).startsWith("{\"format\":\"backprop-playground-model\""));
        Run r = run("train", "--import", model.toString(), "--epochs", "1");
        assertEquals(0, r.code, r.err);
        assertTrue(r.out.startsWith("{\"epoch\":1,"), r.out);
        Files.writeString(model, "{\"format\":\"backprop-playground-model\",\"version\":2}");
        Run bad = run("train", "--import", model.toString());
        assertEquals(2, bad.code);
        assertTrue(bad.err.contains("version 2.0 is not supported"), bad.err);
    }

    @Test
    void divergenceStopsWithExitCodeOne() {
        Run r = run("train", "--data", "spiral", "--opt", "sgd", "--lr", "10", "--act", "relu", "--out", "identity", "--epochs", "50");
        assertEquals(1, r.code, r.out);
        assertTrue(r.err.contains("training stopped: ") && r.err.contains("lower learning rate"), r.err);
    }
}
