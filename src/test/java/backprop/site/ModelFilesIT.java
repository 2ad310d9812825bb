package backprop.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.data.Feature;
import backprop.experiment.ModelJson;
import backprop.experiment.NumpyExportIT;
import backprop.experiment.Problem2D;
import backprop.experiment.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Model files on the 2D page, through its buttons: Export JSON → Import JSON restores the same
 * weights; bad files are named and change nothing; the NumPy script the page exports, run by
 * python3 + NumPy, predicts what the page's network does (to 1e-9).
 */
class ModelFilesIT extends OnSite {
    static final String URL = "/?data=spiral&feat=x,y,sinx,siny&layers=6,4&act=tanh,elu&opt=adam&lr=0.03&seed=3";

    /**
     * Clicks a button of the Files menu, catches the Blob it offers for download and returns
     * what {@code read} (a script with {@code f}, the Blob, and {@code done}) makes of it.
     */
    private static Object offered(String button, String read) {
        b.js("window.__files = []; const make = URL.createObjectURL;"
                + "URL.createObjectURL = (blob) => { window.__files.push(blob); return make(blob); };");
        if (!(Boolean) b.js("return document.getElementById('model-box').open;")) {
            b.driver.findElement(By.cssSelector("#model-box summary")).click();
        }
        b.driver.findElement(By.id(button)).click();
        b.waitFor(20, "return window.__files.length > 0;");
        return b.driver.executeAsyncScript("const done = arguments[0], f = window.__files[0];" + read);
    }

    /** The text of the file a Files button offers. */
    static String exported(String button) {
        return (String) offered(button, "f.text().then(done);");
    }

    /** {size, 1 if image/png, first 24 bytes...} of the picture a Files button offers. */
    @SuppressWarnings("unchecked")
    static List<Number> picture(String button) {
        return (List<Number>) offered(button,
                "f.slice(0, 24).arrayBuffer().then((a) => done([f.size, f.type === 'image/png' ? 1 : 0, ...new Uint8Array(a)]));");
    }

    @Test
    void thePlaneAndTheNetworkAsPngPictures() {
        b.open(URL);
        b.waitReady();
        trainSteps(50);
        for (String[] c : new String[][] {{"png-boundary", "boundary"}, {"png-diagram", "diagram"}}) {
            List<Number> png = picture(c[0]);
            assertEquals(1, png.get(1).intValue(), c[0] + " is image/png");
            int[] sig = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
            for (int i = 0; i < sig.length; i++) assertEquals(sig[i], png.get(2 + i).intValue(), "PNG signature");
            int width = be(png, 2 + 16), height = be(png, 2 + 20); // IHDR: width and height after the 16-byte prefix
            assertEquals(((Number) b.js("return document.getElementById('" + c[1] + "').width;")).intValue(), width, c[0]);
            assertEquals(((Number) b.js("return document.getElementById('" + c[1] + "').height;")).intValue(), height, c[0]);
            assertTrue(png.get(0).intValue() > 2000, c[0] + " has a picture in it: " + png.get(0) + " bytes");
        }
    }

    private static int be(List<Number> b, int at) {
        int v = 0;
        for (int i = 0; i < 4; i++) v = (v << 8) | b.get(at + i).intValue();
        return v;
    }

    static void trainSteps(int n) {
        int before = ((Number) b.js("return window.bp.store.get().snapshot.status.steps;")).intValue();
        b.js("window.bp.engine.send({type: 'step', batches: " + n + "});");
        b.waitFor(30, "return window.bp.store.get().snapshot.status.steps >= " + (before + n) + ";");
    }

    static void importFile(Path file) {
        b.driver.findElement(By.id("import-model")).sendKeys(file.toString());
    }

    @Test
    void exportThenImportRestoresTheWeightsAndBadFilesChangeNothing(@TempDir Path dir) throws Exception {
        b.open(URL);
        b.waitReady();
        trainSteps(200);
        String model = exported("export-model");
        assertTrue(model.contains("\"format\":\"backprop-playground-model\""), model.substring(0, 100));
        Path good = dir.resolve("model.json");
        Files.writeString(good, model);
        b.driver.findElement(By.id("new-seed")).click(); // other weights
        b.waitFor(20, "return window.bp.store.get().query.includes('seed=') && !window.bp.store.get().query.includes('seed=3&');");
        b.waitFor(20, "return window.bp.store.get().snapshot.status.steps === 0;");
        String before = exported("export-model");
        String url = b.driver.getCurrentUrl();
        String[][] bad = {
            {"{\"format\":\"backprop-playground-model\",\"version\":2}", "is not supported"},
            {model.replaceFirst("\"inputs\":4,\"outputs\":6", "\"inputs\":4,\"outputs\":7").replaceFirst("layers=6,4", "layers=7,4"), "layer 0"},
            {model.replaceFirst("\"biases\":\\[[^\\]]*\\]", "\"biases\":[1,2]"), "biases (6): expected 6 numbers, found 2"},
            {model.replace("\"layers\":", "\"lairs\":"), "'layers' (a list) is missing"},
            {"not json at all", "not valid JSON"},
        };
        for (String[] c : bad) {
            b.js("window.bp.store.get(); document.getElementById('notices').replaceChildren();");
            Path f = dir.resolve("bad.json");
            Files.writeString(f, c[0]);
            importFile(f);
            String notice = (String) b.waitFor(20, "const t = document.getElementById('notices').textContent; return t.includes('could not be used') && t;");
            assertTrue(notice.contains(c[1]), c[1] + " in: " + notice);
            assertEquals(url, b.driver.getCurrentUrl(), "a bad file leaves the link");
            assertEquals(before, exported("export-model"), "a bad file leaves the weights");
        }
        importFile(good);
        b.waitFor(20, "return document.getElementById('notices').textContent.includes('Model imported');");
        b.waitFor(20, "return location.search.includes('seed=3&');");
        org.junit.jupiter.api.Assertions.assertArrayEquals(ModelJson.read(model).get().params,
                ModelJson.read(exported("export-model")).get().params, "the imported weights are the exported ones");
        String reexported = exported("export-model");
        assertEquals(model.replaceFirst("\"epoch\":\\d+", ""), reexported.replaceFirst("\"epoch\":\\d+", ""));
    }

    @Test
    void theNumpyScriptPredictsWhatThePageDoes(@TempDir Path dir) throws Exception {
        b.open(URL);
        b.waitReady();
        trainSteps(300);
        String model = exported("export-model");
        String script = exported("export-numpy");
        Path py = dir.resolve("model.py"), csv = dir.resolve("points.csv");
        Files.writeString(py, script);
        ModelJson.Model m = ModelJson.read(model).get();
        Session s = new Session(m.config);
        s.load(m.params);
        Problem2D plane = (Problem2D) s.problem();
        StringBuilder rows = new StringBuilder();
        double[][] pts = new double[100][];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = new double[] {-6 + 0.12 * i, 5.5 - 0.11 * i};
            rows.append(pts[i][0]).append(',').append(pts[i][1]).append('\n');
        }
        Files.writeString(csv, rows);
        List<String> lines = NumpyExportIT.run(py.toString(), csv.toString());
        assertEquals(pts.length, lines.size());
        for (int i = 0; i < pts.length; i++) {
            Feature[] f = plane.features;
            double[] in = new double[f.length];
            for (int q = 0; q < f.length; q++) in[q] = f[q].of(pts[i][0], pts[i][1]);
            double want = s.predict(in)[0];
            double got = Double.parseDouble(lines.get(i).trim().split(" ")[2]);
            assertEquals(want, got, 1e-9 * Math.max(1, Math.abs(want)), "point " + i);
        }
    }
}
