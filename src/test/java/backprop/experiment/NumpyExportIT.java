package backprop.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.data.Feature;
import backprop.nn.Rng;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The NumPy export, run by Debian's python3 with python3-numpy (installed by
 * src/build/ensure-test-tools before the integration tests): for networks with every activation,
 * sigmoid, tanh, softmax and identity outputs and all input features, the script's predictions
 * for 200 points equal the engine's to 1e-9 (relative to max(1, |value|)).
 */
public class NumpyExportIT {
    static final String PYTHON = "/usr/bin/python3";

    @ParameterizedTest
    @ValueSource(strings = {
        "data=spiral&feat=x,y,xy,x2,y2,sinx,siny&layers=6,5&act=tanh,relu",
        "data=circle&layers=4,3&act=sigmoid,elu&out=sigmoid&loss=bce",
        "data=blobs&classes=5&layers=7&act=leaky_relu",
        "data=multigauss&layers=5,5&act=softplus,identity",
        "data=xor&layers=3&act=step&init=normal",
        "data=gauss&layers=",
    })
    void scriptPredictsWhatTheEngineDoes(String query, @TempDir Path dir) throws Exception {
        Config.Decoded d = Config.decode(query + "&seed=4&lr=0.05&opt=adam");
        assertEquals(List.of(), d.problems);
        Session s = new Session(d.config);
        s.step(200);
        Problem2D plane = (Problem2D) s.problem();
        Path script = dir.resolve("model.py"), csv = dir.resolve("points.csv");
        Files.writeString(script, NumpyScript.of(s));
        Rng rng = new Rng(9);
        double[][] pts = new double[200][];
        StringBuilder rows = new StringBuilder("x,y\n");
        for (int i = 0; i < pts.length; i++) {
            pts[i] = new double[] {rng.uniform(-plane.extent, plane.extent), rng.uniform(-plane.extent, plane.extent)};
            rows.append(pts[i][0]).append(',').append(pts[i][1]).append('\n');
        }
        Files.writeString(csv, rows);
        List<String> lines = run(script.toString(), csv.toString());
        assertEquals(pts.length, lines.size(), () -> String.join("\n", lines));
        Feature[] f = plane.features;
        for (int i = 0; i < pts.length; i++) {
            double[] in = new double[f.length];
            for (int q = 0; q < f.length; q++) in[q] = f[q].of(pts[i][0], pts[i][1]);
            double[] want = s.predict(in);
            String[] got = lines.get(i).trim().split(" ");
            assertEquals(2 + want.length, got.length, lines.get(i));
            assertEquals(pts[i][0], Double.parseDouble(got[0]), 0.0, "the point read back exactly");
            for (int k = 0; k < want.length; k++) {
                double g = Double.parseDouble(got[2 + k]);
                assertEquals(want[k], g, 1e-9 * Math.max(1, Math.abs(want[k])), "point " + i + " output " + k + " of " + query);
            }
        }
        assertEquals(25, run(script.toString()).size(), "without a file: a 5 x 5 grid");
    }

    public static List<String> run(String... args) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(Path.of(PYTHON)), "needs Debian's python3 with python3-numpy (src/build/ensure-test-tools)");
        String[] cmd = new String[args.length + 1];
        cmd[0] = PYTHON;
        System.arraycopy(args, 0, cmd, 1, args.length);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "python did not finish");
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }
}
