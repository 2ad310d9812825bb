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
}
