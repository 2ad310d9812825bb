package backprop.cli;

import backprop.data.ImageSet;
import backprop.data.ImageStore;
import backprop.data.Outcome;
import backprop.experiment.Config;
import backprop.experiment.Evaluation;
import backprop.experiment.ImageProblem;
import backprop.experiment.Json;
import backprop.experiment.ModelJson;
import backprop.experiment.NumpyScript;
import backprop.experiment.Param;
import backprop.experiment.Problem;
import backprop.experiment.Schema;
import backprop.experiment.Session;
import backprop.experiment.UrlText;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code train}: the page's experiment, headless. Settings come from the same schema as the URL
 * (every key is an option, plus a few friendly aliases), so a shared link's query string can be
 * replayed with {@code --query}. Prints one JSON line per epoch.
 */
final class Train {
    private Train() {}

    private static final Map<String, String> ALIASES = new LinkedHashMap<>();

    static {
        ALIASES.put("dataset", "data");
        ALIASES.put("activation", "act");
        ALIASES.put("optimizer", "opt");
        ALIASES.put("output", "out");
        ALIASES.put("batch-size", "batch");
    }

    private static boolean write(String file, String text, PrintStream err) {
        try {
            Files.writeString(Path.of(file), text);
            return true;
        } catch (IOException ex) {
            err.println("cannot write " + file + ": " + ex.getMessage());
            return false;
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        StringBuilder query = new StringBuilder();
        int epochs = 300;
        String export = null, numpy = null, importFile = null, images = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help")) {
                out.println(Main.USAGE);
                for (Param p : Schema.params()) out.println("  --" + p.key + "  " + p.label + " (default " + p.format(p.defaultValue()) + ")");
                return 0;
            }
            if (!a.startsWith("--") || i + 1 >= args.length) {
                err.println(a.startsWith("--") ? "option " + a + " needs a value" : "unexpected argument '" + a + "' (options look like --lr 0.03)");
                return 2;
            }
            String name = a.substring(2), value = args[++i];
            switch (name) {
                case "epochs":
                    Integer e = parseEpochs(value);
                    if (e == null) {
                        err.println("--epochs '" + value + "' is not a whole number from 0 to 1000000");
                        return 2;
                    }
                    epochs = e;
                    break;
                case "export": export = value; break;
                case "numpy": numpy = value; break;
                case "import": importFile = value; break;
                case "images": images = value; break;
                case "query": query.append('&').append(value.startsWith("?") ? value.substring(1) : value); break;
                default:
                    String key = ALIASES.getOrDefault(name, name);
                    if (Schema.byKey(key) == null) {
                        err.println("unknown option --" + name + " (see --help for the settings)");
                        return 2;
                    }
                    query.append('&').append(key).append('=').append(UrlText.encode(value));
            }
        }
        Config.Decoded d = Config.decode(query.toString());
        if (!d.problems.isEmpty()) {
            for (Config.Problem p : d.problems) err.println("bad setting " + p.key + ": " + p.message);
            return 2;
        }
        Config config = d.config;
        ModelJson.Model model = null;
        if (importFile != null) {
            Outcome<ModelJson.Model> m = readModel(importFile);
            if (!m.isOk()) {
                err.println(m.error());
                return 2;
            }
            model = m.get();
            config = model.config;
        }
        Outcome<Session> made = session(config, images);
        if (!made.isOk()) {
            err.println(made.error());
            return 2;
        }
        Session session = made.get();
        if (model != null) session.load(model.params);
        for (int e = 0; e < epochs && session.divergence() == null; e++) {
            long t0 = System.nanoTime();
            session.stepEpoch();
            out.println(line(session, (System.nanoTime() - t0) / 1e9));
        }
        if (export != null && !write(export, ModelJson.write(session.config(), session.network(), session.parameters(), session.epoch()), err)) return 1;
        if (numpy != null && !write(numpy, NumpyScript.of(session), err)) return 1;
        if (session.divergence() != null) {
            err.println("training stopped: " + session.divergence() + "; try a lower learning rate");
            return 1;
        }
        return 0;
    }

    /**
     * A session for the config: toy 2D data is generated; image data (mnist, fashion) is read
     * from the site's chunks in imagesDir (default web/data/&lt;set&gt;).
     */
    static Outcome<Session> session(Config c, String imagesDir) {
        if (!Problem.isImages(c)) return Outcome.ok(new Session(c));
        ImageSet set = ImageSet.byId(c.choice(Schema.DATA));
        Path dir = Path.of(imagesDir != null ? imagesDir : "web/data/" + set.id);
        Outcome<ImageStore[]> st = ImageFiles.load(dir, set.classes());
        if (!st.isOk()) return Outcome.error(st.error() + " (--images DIR names the folder of " + set.id + "'s chunks)");
        ImageStore train = st.get()[0], test = st.get()[1];
        if (!ImageProblem.ready(c, train, test)) {
            return Outcome.error(dir + " holds " + train.count() + " training and " + test.count() + " test images: too few for this subset");
        }
        return Outcome.ok(new Session(c, ImageProblem.of(c, train, test)));
    }

    static String line(Session s, double seconds) {
        Evaluation tr = s.evaluateTrain(), te = s.evaluateTest();
        return new Json.Writer().beginObject().key("epoch").value(s.epoch()).key("steps").value(s.steps())
                .key("seconds").value(seconds)
                .key("trainLoss").value(tr.loss).key("testLoss").value(te.loss)
                .key("trainAccuracy").value(tr.accuracy).key("testAccuracy").value(te.accuracy)
                .key("lr").value(s.learningRate()).endObject().toString();
    }

    private static Integer parseEpochs(String s) {
        if (!s.matches("\\d{1,7}")) return null;
        int v = Integer.parseInt(s);
        return v <= 1_000_000 ? v : null;
    }

    private static Outcome<ModelJson.Model> readModel(String file) {
        try {
            return ModelJson.read(Files.readString(Path.of(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Outcome.error("cannot read " + file + ": " + e.getMessage());
        }
    }
}
