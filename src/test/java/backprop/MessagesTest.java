package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.data.Outcome;
import backprop.experiment.Config;
import backprop.experiment.Json;
import backprop.experiment.Schema;
import java.util.Set;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The message files (web/i18n/*.json) are complete: both languages have the same keys, no empty
 * text, the same {placeholders} per key; every key the page names literally (t('key') in its
 * modules, data-i18n / data-i18n-attr in its HTML) exists.
 */
class MessagesTest {
    static final String[] LANGS = {"en", "zh-CN"};
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)\\}");

    /** The parts of the message files that only one page loads (web/i18n/<lang>-<part>.json). */
    static final String[] PARTS = {"images", "bench", "engine"};

    /** All texts of a language: its main file and every part, which must not repeat a key. */
    static Map<String, Object> messages(String lang) throws IOException {
        Map<String, Object> all = new java.util.LinkedHashMap<>(messages("", lang));
        for (String part : PARTS) {
            for (Map.Entry<String, Object> e : messages("", lang + "-" + part).entrySet()) {
                assertTrue(all.put(e.getKey(), e.getValue()) == null, lang + "-" + part + ".json repeats " + e.getKey());
            }
        }
        return all;
    }

    /** A message file: prefix "" for the page's texts, "lessons-" for the lessons' texts; lang may name a part (en-images). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> messages(String prefix, String lang) throws IOException {
        String text = Files.readString(WebSourcesTest.WEB.resolve("i18n/" + prefix + lang + ".json"), StandardCharsets.UTF_8);
        Outcome<Object> o = Json.parse(text);
        assertTrue(o.isOk(), () -> lang + ".json: " + o.error());
        return (Map<String, Object>) o.get();
    }

    static TreeSet<String> placeholders(String s) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(s);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() throws IOException {
        sameKeysAndPlaceholders("");
    }

    @Test
    void bothLanguagesOfTheLessonsHaveTheSameKeysAndPlaceholders() throws IOException {
        sameKeysAndPlaceholders("lessons-");
    }

    @Test
    void bothLanguagesOfEachPartHaveTheSameKeysAndPlaceholders() throws IOException {
        for (String part : PARTS) sameKeysAndPlaceholders("", "-" + part);
    }

    /** The 2D page loads the main file only: every key its files name is there. */
    @Test
    void theTwoDimensionalPageNeedsNoPart() throws IOException {
        Map<String, Object> main = messages("", "en");
        List<String> absent = new ArrayList<>();
        for (String use : usedKeys()) {
            String file = use.substring(0, use.indexOf(' ')), key = use.substring(use.indexOf(' ') + 1);
            boolean otherPage = file.startsWith("js/mnist/") || file.equals("mnist.html") || file.startsWith("js/bench") || file.equals("bench.html");
            if (!otherPage && !main.containsKey(key)) absent.add(use);
        }
        assertEquals(List.of(), absent, "keys of the 2D page's files that are only in a part");
    }

    static void sameKeysAndPlaceholders(String prefix) throws IOException {
        sameKeysAndPlaceholders(prefix, "");
    }

    static void sameKeysAndPlaceholders(String prefix, String suffix) throws IOException {
        Map<String, Object> en = messages(prefix, "en" + suffix), zh = messages(prefix, "zh-CN" + suffix);
        assertEquals(new TreeSet<>(en.keySet()), new TreeSet<>(zh.keySet()), "keys of en.json and zh-CN.json");
        for (String lang : LANGS) {
            for (Map.Entry<String, Object> e : messages(prefix, lang + suffix).entrySet()) {
                assertTrue(e.getValue() instanceof String && !((String) e.getValue()).isBlank(), lang + ": " + e.getKey() + " has no text");
            }
        }
        for (String k : en.keySet()) {
            assertEquals(placeholders((String) en.get(k)), placeholders((String) zh.get(k)), "placeholders of " + k);
        }
    }

    /** t('key') or t('key', vars): a literal key as the whole first argument (not 'group.' + name). */
    static final Pattern T_CALL = Pattern.compile("\\bt\\(\\s*'([^']+)'\\s*[,)]");
    static final Pattern DATA_I18N = Pattern.compile("data-i18n=\"([^\"]+)\"");
    static final Pattern DATA_I18N_ATTR = Pattern.compile("data-i18n-attr=\"([^\"]+)\"");

    /** Keys named literally by the page's modules and HTML. */
    static List<String> usedKeys() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path p : WebSourcesTest.files(".js", ".html")) {
            String code = WebSourcesTest.code(p);
            Matcher m = T_CALL.matcher(code);
            while (m.find()) out.add(WebSourcesTest.WEB.relativize(p).toString().replace('\\', '/') + " " + m.group(1));
            m = DATA_I18N.matcher(code);
            while (m.find()) out.add(WebSourcesTest.WEB.relativize(p).toString().replace('\\', '/') + " " + m.group(1));
            m = DATA_I18N_ATTR.matcher(code);
            while (m.find()) {
                for (String pair : m.group(1).split(";")) out.add(WebSourcesTest.WEB.relativize(p).toString().replace('\\', '/') + " " + pair.substring(pair.indexOf(':') + 1).trim());
            }
        }
        return out;
    }

    @Test
    void everyKeyThePageNamesExistsInBothLanguages() throws IOException {
        for (String lang : LANGS) {
            Map<String, Object> table = messages(lang);
            List<String> absent = new ArrayList<>();
            for (String use : usedKeys()) if (!table.containsKey(use.substring(use.indexOf(' ') + 1))) absent.add(use);
            assertEquals(List.of(), absent, "keys used by web/ but missing in " + lang + ".json");
        }
    }

    /** Choice names that are technical names, the same in every language. */
    static final Set<String> TECHNICAL = Set.of("sigmoid", "tanh", "relu", "leaky_relu", "elu", "softplus", "softmax", "mse", "bce", "ce",
            "glorot", "he", "sgd", "rmsprop", "adam", "l1", "l2", "x", "y", "x*y", "x^2", "y^2", "sin(x)", "sin(y)", "mnist");
    /** Words of formulas; a note with other words (or "if", "or") is prose and needs its translation. */
    static final Set<String> FORMULA = Set.of("sqrt", "max", "sum", "tanh", "sigmoid", "softmax", "floor", "epoch", "every", "gamma",
            "lambda", "eps", "rho", "out");
    static final Map<String, String> ALIAS = Map.of("out", "act"); // as controls.js: the output shares the activations' texts

    static boolean prose(String note) {
        if (Pattern.compile("\\b(if|or)\\b").matcher(note).find()) return true;
        Matcher m = Pattern.compile("[a-z]{3,}").matcher(note.toLowerCase());
        while (m.find()) if (!FORMULA.contains(m.group())) return true;
        return false;
    }

    static boolean hasEntry(Map<String, Object> table, String kind, String key, String id) {
        return table.containsKey(kind + "." + key + "." + id) || (ALIAS.containsKey(key) && table.containsKey(kind + "." + ALIAS.get(key) + "." + id));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySettingHasItsNameHelpChoicesAndNotesInBothLanguages() throws IOException {
        Map<String, Object> schema = (Map<String, Object>) Json.parse(Schema.describe()).get();
        for (String lang : LANGS) {
            Map<String, Object> table = messages(lang);
            List<String> absent = new ArrayList<>();
            for (Object o : (List<Object>) schema.get("params")) {
                Map<String, Object> p = (Map<String, Object>) o;
                String key = (String) p.get("key");
                for (String k : List.of("param." + key, "param." + key + ".help")) if (!table.containsKey(k)) absent.add(k);
                for (Object c : (List<Object>) p.getOrDefault("choices", List.of())) {
                    Map<String, Object> choice = (Map<String, Object>) c;
                    String id = (String) choice.get("id"), label = (String) choice.get("label"), note = (String) choice.getOrDefault("note", "");
                    if (label.matches(".*[A-Za-z].*") && !TECHNICAL.contains(label.toLowerCase()) && !hasEntry(table, "choice", key, id)) {
                        absent.add("choice." + key + "." + id + " (" + label + ")");
                    }
                    if (note != null && !note.isEmpty() && prose(note) && !hasEntry(table, "note", key, id)) absent.add("note." + key + "." + id + " (" + note + ")");
                }
            }
            assertEquals(List.of(), absent, "settings' texts missing in " + lang + ".json");
        }
    }

    static final Pattern CODE = Pattern.compile("(?:new (?:Config\\.)?Problem\\([^,;]+, |rejected\\()\"(\\w+)\"");
    /** Codes of errors the page shows (Outcome.failure): files, point edits and lists, image chunks. */
    static final Pattern FAILURE_CODE = Pattern.compile("(?:failure\\(|rowError\\(line, |[?:] )\"((?:csv|pts|edit|model|chunk|store|tf)[A-Z]\\w*)\"");
    /** Codes of the worker's own errors (downloads). */
    static final Pattern WORKER_CODE = Pattern.compile("(?:coded\\(|code: )'(\\w+)'");

    static void scan(Path dir, String suffix, Pattern pattern, TreeSet<String> into) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(suffix))::iterator) {
                Matcher m = pattern.matcher(Files.readString(p, StandardCharsets.UTF_8));
                while (m.find()) into.add(m.group(1));
            }
        }
    }

    @Test
    void everyMessageCodeTheEngineSendsHasItsSentence() throws IOException {
        TreeSet<String> codes = new TreeSet<>();
        scan(Path.of("src/main/java"), ".java", CODE, codes);
        assertTrue(codes.size() >= 18, "the scan finds the engine's message codes: " + codes);
        int settings = codes.size();
        scan(Path.of("src/main/java"), ".java", FAILURE_CODE, codes);
        assertTrue(codes.size() >= settings + 40, "the scan finds the codes of file and point errors: " + codes);
        int engine = codes.size();
        scan(Path.of("web/engine"), ".js", WORKER_CODE, codes);
        assertTrue(codes.size() == engine + 6, "the scan finds the worker's download and engine-loading codes: " + codes);
        for (String lang : LANGS) {
            Map<String, Object> table = messages(lang);
            List<String> absent = new ArrayList<>();
            for (String c : codes) if (!table.containsKey("engine." + c)) absent.add("engine." + c);
            assertEquals(List.of(), absent, "engine message codes missing in " + lang + ".json");
        }
    }

    /**
     * The page's English sentence of each engine code, filled with the problem's arguments, is
     * the engine's own English sentence: the two cannot drift apart. The links below make the
     * engine report every code the sources emit.
     */
    @Test
    void theEnglishSentencesEqualTheEnginesOwn() throws IOException {
        Map<String, Object> en = messages("en");
        String[] links = {"%zz=1", "zz=1", "lr=%zz", "lr=0.1&lr=0.2", "v=x", "v=99", "layers=8,8&act=relu,tanh,relu", "data=blobs&out=tanh",
            "data=plane&out=softmax", "data=plane&loss=ce", "loss=bce&out=tanh", "loss=mse&out=softmax&data=blobs", "test=7", "feat=x,q",
            "data=nope", "act=", "act=relu,nope", "lr=99", "seed=-1", "pts=zz", "layers=1,2,3,4,5,6,7,8,9,10,11", "layers=0"};
        TreeSet<String> seen = new TreeSet<>();
        for (String link : links) {
            for (backprop.experiment.Config.Problem p : backprop.experiment.Config.decode(link).problems) {
                seen.add(p.code);
                String text = (String) en.get("engine." + p.code);
                assertTrue(text != null, "engine." + p.code);
                var param = Schema.byKey(p.key);
                text = text.replace("{label}", param != null ? param.label : p.key).replace("{key}", p.key);
                for (int i = 0; i < p.args.length; i++) text = text.replace("{" + (i + 1) + "}", p.args[i]);
                assertEquals(p.message, text, link + " → engine." + p.code);
            }
        }
        // Training that blows up: why it stopped, the same way.
        for (String link : new String[] {"data=spiral&opt=sgd&lr=10&act=relu&out=identity&loss=mse"}) {
            backprop.experiment.Session s = new backprop.experiment.Session(backprop.experiment.Config.decode(link).config);
            for (int i = 0; i < 200 && s.divergence() == null; i++) s.stepEpoch();
            backprop.experiment.Config.Problem p = s.divergenceProblem();
            assertTrue(p != null, link + " diverges");
            seen.add(p.code);
            String text = (String) en.get("engine." + p.code);
            for (int i = 0; i < p.args.length; i++) text = text.replace("{" + (i + 1) + "}", p.args[i]);
            assertEquals(p.message, text, link + " → engine." + p.code);
        }
        assertTrue(seen.size() >= 21, "codes covered: " + seen);
    }

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
        Map<String, Object> en = messages("en");
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
        scan(Path.of("src/main/java"), ".java", FAILURE_CODE, all);
        assertEquals(all, seen, "every file and point error code is checked here");
    }
}
