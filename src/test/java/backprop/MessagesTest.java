package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.data.Outcome;
import backprop.experiment.Json;
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

    @SuppressWarnings("unchecked")
    static Map<String, Object> messages(String lang) throws IOException {
        String text = Files.readString(WebSourcesTest.WEB.resolve("i18n/" + lang + ".json"), StandardCharsets.UTF_8);
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
        Map<String, Object> en = messages("en"), zh = messages("zh-CN");
        assertEquals(new TreeSet<>(en.keySet()), new TreeSet<>(zh.keySet()), "keys of en.json and zh-CN.json");
        for (String lang : LANGS) {
            for (Map.Entry<String, Object> e : messages(lang).entrySet()) {
                assertTrue(e.getValue() instanceof String && !((String) e.getValue()).isBlank(), lang + ": " + e.getKey() + " has no text");
            }
        }
        for (String k : en.keySet()) {
            assertEquals(placeholders((String) en.get(k)), placeholders((String) zh.get(k)), "placeholders of " + k);
        }
    }

    static final Pattern T_CALL = Pattern.compile("\\bt\\(\\s*'([^']+)'");
    static final Pattern DATA_I18N = Pattern.compile("data-i18n=\"([^\"]+)\"");
    static final Pattern DATA_I18N_ATTR = Pattern.compile("data-i18n-attr=\"([^\"]+)\"");

    /** Keys named literally by the page's modules and HTML. */
    static List<String> usedKeys() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path p : WebSourcesTest.files(".js", ".html")) {
            String code = WebSourcesTest.code(p);
            Matcher m = T_CALL.matcher(code);
            while (m.find()) out.add(p.getFileName() + " " + m.group(1));
            m = DATA_I18N.matcher(code);
            while (m.find()) out.add(p.getFileName() + " " + m.group(1));
            m = DATA_I18N_ATTR.matcher(code);
            while (m.find()) {
                for (String pair : m.group(1).split(";")) out.add(p.getFileName() + " " + pair.substring(pair.indexOf(':') + 1).trim());
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
}
