package backprop.cli;

import backprop.bench.W1;
import backprop.bench.W2;
import backprop.data.Dataset;
import backprop.data.ImageStore;
import backprop.data.Outcome;
import backprop.experiment.Json;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * {@code bench}: workloads W1 and W2 of the peer harness on HotSpot, timed like the harness
 * (W1: 1.5 s warm-up, 7 reps of ~0.4 s, grid 2 + 7 reps; W2: one epoch in 25 chunks of 2,400
 * examples). Prints one JSON line per workload. The browser figures come from bench.html
 * (see README, Performance).
 */
final class Bench {
    private Bench() {}

    static int run(String[] args, PrintStream out, PrintStream err) {
        String workload = "all", mnist = "web/data/mnist";
        boolean dense = false;
        int reps = 7;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--workload": workload = i + 1 < args.length ? args[++i] : ""; break;
                case "--mnist": mnist = i + 1 < args.length ? args[++i] : ""; break;
                case "--dense": dense = true; break;
                case "--reps": reps = i + 1 < args.length && args[i + 1].matches("\\d{1,3}") ? Integer.parseInt(args[++i]) : -1; break;
                default:
                    err.println("unknown bench option " + args[i] + "\n" + Main.USAGE);
                    return 2;
            }
        }
        if (!workload.matches("W1|W2|all") || reps < 1) {
            err.println("--workload must be W1, W2 or all, --reps a positive number");
            return 2;
        }
        if (!workload.equals("W2")) out.println(w1(reps));
        if (!workload.equals("W1")) {
            Outcome<Dataset[]> data = loadMnist(Path.of(mnist));
            if (!data.isOk()) {
                err.println(data.error());
                return 2;
            }
            out.println(w2(data.get(), !dense));
        }
        return 0;
    }

    static String w1(int reps) {
        W1 w = new W1(1);
        long t0 = System.nanoTime();
        int epochs = 0;
        while (System.nanoTime() - t0 < 1_500_000_000L || epochs < 3) {
            w.trainEpochs(1);
            epochs++;
        }
        double perEpochMs = (System.nanoTime() - t0) / 1e6 / epochs;
        int e = (int) Math.max(1, Math.round(400 / perEpochMs));
        double[] rates = new double[reps];
        for (int r = 0; r < reps; r++) {
            long t = System.nanoTime();
            w.trainEpochs(e);
            rates[r] = e * W1.TRAIN / ((System.nanoTime() - t) / 1e9);
        }
        for (int i = 0; i < 2; i++) w.grid();
        double[] grid = new double[reps];
        for (int r = 0; r < reps; r++) {
            long t = System.nanoTime();
            w.grid();
            grid[r] = (System.nanoTime() - t) / 1e6;
        }
        return stats(new Json.Writer().beginObject().key("workload").value("W1").key("runtime").value(runtime())
                .key("trainExamplesPerSecond"), rates).key("gridMs").raw(stats(new Json.Writer(), grid).toString())
                .endObject().toString();
    }

    static String w2(Dataset[] data, boolean sparse) {
        W2 w = new W2(data[0], data[1], sparse, 1);
        int n = w.trainSize(), chunk = 2400;
        double[] rates = new double[(n + chunk - 1) / chunk];
        long all = System.nanoTime();
        for (int c = 0; c < rates.length; c++) {
            long t = System.nanoTime();
            int from = c * chunk, to = Math.min(n, from + chunk);
            w.trainRange(from, to);
            rates[c] = (to - from) / ((System.nanoTime() - t) / 1e9);
        }
        double epochRate = n / ((System.nanoTime() - all) / 1e9);
        return stats(new Json.Writer().beginObject().key("workload").value("W2").key("runtime").value(runtime())
                .key("path").value(sparse ? "sparse" : "dense").key("epochExamplesPerSecond").value(epochRate)
                .key("chunkExamplesPerSecond"), rates).key("testAccuracy").value(w.accuracy()).endObject().toString();
    }

    private static Json.Writer stats(Json.Writer w, double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int m = s.length;
        double median = m % 2 == 1 ? s[m / 2] : 0.5 * (s[m / 2 - 1] + s[m / 2]);
        return w.beginObject().key("median").value(median).key("min").value(s[0]).key("max").value(s[m - 1]).endObject();
    }

    private static String runtime() {
        return "HotSpot " + System.getProperty("java.vm.version");
    }

    /** MNIST train and test sets from the site's image chunks in dir (web/data/mnist). */
    static Outcome<Dataset[]> loadMnist(Path dir) {
        Outcome<ImageStore[]> s = ImageFiles.load(dir, 10);
        if (!s.isOk()) return Outcome.error(s.error());
        ImageStore[] st = s.get();
        return Outcome.ok(new Dataset[] {st[0].subset(st[0].count(), false), st[1].subset(st[1].count(), false)});
    }
}
