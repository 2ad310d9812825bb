package backprop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The page's own sources (web/, not vendored libraries) never turn text into markup or code,
 * and never load anything from another origin: user-controlled text (URL, CSV, model files)
 * can only reach the DOM as text, whatever a future change does with it.
 */
class WebSourcesTest {
    static final Path WEB = Path.of("web");

    static List<Path> files(String... extensions) throws IOException {
        try (Stream<Path> s = Files.walk(WEB)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.startsWith(WEB.resolve("vendor")))
                    .filter(p -> {
                        String n = p.getFileName().toString();
                        for (String e : extensions) if (n.endsWith(e)) return true;
                        return false;
                    }).sorted().collect(Collectors.toList());
        }
    }

    /** The file without its comments (so that a comment may name what the code must not do). */
    static String code(Path p) throws IOException {
        String s = Files.readString(p, StandardCharsets.UTF_8);
        return s.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)(^|[^:'\"\\\\])//.*$", "$1").replaceAll("(?s)<!--.*?-->", " ");
    }

    static final Pattern[] FORBIDDEN_JS = {
        Pattern.compile("\\.(inner|outer)HTML\\b"), Pattern.compile("insertAdjacentHTML"), Pattern.compile("document\\.write"),
        Pattern.compile("\\beval\\s*\\("), Pattern.compile("new\\s+Function\\b"), Pattern.compile("\\bFunction\\s*\\("),
        Pattern.compile("set(Timeout|Interval)\\s*\\(\\s*['\"`]"), Pattern.compile("createContextualFragment"),
        Pattern.compile("DOMParser"), Pattern.compile("srcdoc"), Pattern.compile("javascript:"),
        Pattern.compile("\\bimport\\s*\\(\\s*[^'\"`\\s]"), // dynamic import of a computed URL
        Pattern.compile("(fetch|importScripts|new\\s+(Worker|WebSocket|EventSource))\\s*\\(\\s*['\"`]https?:"),
    };

    @Test
    void scriptsNeverTurnTextIntoMarkupOrCode() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> js = files(".js");
        assertTrue(js.size() > 20, "the page's modules were found: " + js.size());
        for (Path p : js) {
            String c = code(p);
            for (Pattern f : FORBIDDEN_JS) {
                Matcher m = f.matcher(c);
                while (m.find()) found.add(p + ": " + m.group());
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void pagesHaveNoInlineScriptsHandlersOrOtherOrigins() throws IOException {
        List<String> found = new ArrayList<>();
        Pattern inlineScript = Pattern.compile("(?s)<script(?![^>]*\\bsrc=)[^>]*>\\s*\\S");
        Pattern handler = Pattern.compile("(?i)<[^>]+\\son[a-z]+\\s*=");
        Pattern styleAttr = Pattern.compile("(?i)<[^>]+\\sstyle\\s*=");
        Pattern remote = Pattern.compile("(?i)<(script|link|img|iframe|source|video|audio|embed|object)\\b[^>]*\\s(src|href|data)\\s*=\\s*['\"]?(https?:)?//");
        List<Path> html = files(".html");
        assertTrue(html.size() >= 3, "index, mnist and bench pages: " + html);
        for (Path p : html) {
            String c = code(p);
            for (Pattern f : new Pattern[] {inlineScript, handler, styleAttr, remote}) {
                Matcher m = f.matcher(c);
                while (m.find()) found.add(p + ": " + m.group());
            }
        }
        for (Path p : files(".css")) {
            Matcher m = Pattern.compile("(?i)(@import|url\\(\\s*['\"]?(https?:)?//)").matcher(code(p));
            while (m.find()) found.add(p + ": " + m.group());
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theScanReallyFindsWhatItForbids() {
        // The patterns above must match the real thing (so the tests above can fail).
        String bad = "el.innerHTML = x; eval(s); new Function('a'); setTimeout('go()', 1); fetch('https://cdn.example/x');";
        int hits = 0;
        for (Pattern f : FORBIDDEN_JS) if (f.matcher(bad).find()) hits++;
        assertEquals(6, hits); // new Function( is caught twice
    }
}
