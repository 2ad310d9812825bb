package backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The build's JS step takes out comments and indentation and nothing else. */
class StripJsTest {
    @Test
    void commentsIndentationAndBlankLinesGo() {
        String js = "// file comment\n/**\n * doc\n */\nexport function f(a) {\n    const b = a / 2; // half\n\n    return b; /* inline */\n}\n";
        assertEquals("export function f(a) {\nconst b = a / 2;\nreturn b;\n}\n", StripJs.strip(js));
    }

    @Test
    void stringsTemplatesAndRegularExpressionsStayAsTheyAre() {
        String[] kept = {
            "const u = 'http://x/*y*/';\n",
            "const d = \"a // b\";\n",
            "const t = `line one\n    // kept, it is text\n  ${x + `in ${'//'}`} /* too */`;\n",
            "const r = /https?:\\/\\//.test(s) && /[/*]/.test(s);\n",
            "if (ok) return /\\/\\/x/g;\n",
            "const q = a / b / c;\n",
            "const o = { '}': 1 }, t2 = `${ { a: '}' }.a }`;\n",
        };
        for (String js : kept) assertEquals(js, StripJs.strip(js), js);
    }

    @Test
    void lineBreaksBetweenStatementsAreKept() {
        // No semicolons: automatic semicolon insertion needs the line break where the comment was.
        assertEquals("let a = 1\nlet b = 2\n", StripJs.strip("let a = 1 /* one\n */ let b = 2"));
        assertEquals("a\nb\n", StripJs.strip("a // x\n    // y\nb"));
    }

    @Test
    void brokenFilesAreRefusedNotMangled() {
        assertThrows(IllegalArgumentException.class, () -> StripJs.strip("const s = 'open\n"));
        assertThrows(IllegalArgumentException.class, () -> StripJs.strip("/* never closed"));
        assertThrows(IllegalArgumentException.class, () -> StripJs.strip("const t = `open"));
    }

    /** Every JS file of the site: stripping twice changes nothing more, and every string literal survives. */
    @Test
    void theSitesFilesStripCleanly() throws IOException {
        int files = 0;
        try (Stream<Path> all = Files.walk(Path.of("web"))) {
            for (Path p : (Iterable<Path>) all.filter(f -> f.toString().endsWith(".js") && !f.toString().contains("vendor"))::iterator) {
                String js = Files.readString(p, StandardCharsets.UTF_8), once = StripJs.strip(js);
                assertEquals(once, StripJs.strip(once), p.toString());
                assertTrue(once.length() < js.length(), p.toString());
                var m = java.util.regex.Pattern.compile("'(?:[^'\\\\\\n]|\\\\.)*'").matcher(once);
                assertFalse(once.contains("\n\n"), p + ": no blank lines");
                while (m.find()) assertTrue(js.contains(m.group()), p + " keeps " + m.group());
                files++;
            }
        }
        assertTrue(files > 40, "files: " + files);
    }

    @Property(tries = 1000)
    void plainCodeWithoutCommentsOnlyLosesIndentation(@ForAll @StringLength(max = 60) String name) {
        String id = name.replaceAll("[^A-Za-z]", "");
        String js = "    const " + "v" + id + " = '" + name.replace("\\", "").replace("'", "").replace("\n", "").replace("\r", "") + "';\n";
        assertEquals(js.substring(4), StripJs.strip(js));
    }
}
