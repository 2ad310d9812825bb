package backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.data.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** netlify.toml is the one source of the site's headers; the server reads it with this parser. */
class NetlifyHeadersTest {
    static NetlifyHeaders real() throws Exception {
        Outcome<NetlifyHeaders> h = NetlifyHeaders.parse(Files.readString(Path.of("netlify.toml")));
        assertTrue(h.isOk(), h.error());
        return h.get();
    }

    @Test
    void pagesGetTheStrictPolicyAndOnlyTheWorkerMayEval() throws Exception {
        NetlifyHeaders h = real();
        for (String page : new String[] {"/", "/index.html", "/bench.html", "/mnist.html", "/mnist"}) {
            String csp = h.headersFor(page).get("Content-Security-Policy");
            assertTrue(csp.startsWith("default-src 'self'; script-src 'self';"), page + ": " + csp);
            assertFalse(csp.contains("unsafe-eval") || csp.contains("unsafe-inline"), csp);
        }
        assertTrue(h.headersFor("/engine/worker.js").get("Content-Security-Policy").contains("script-src 'self' 'unsafe-eval'"));
        // The 2D page is made to be embedded (?mode=embed) by any page; the others only by the site.
        for (String page : new String[] {"/", "/index.html"}) {
            assertFalse(h.headersFor(page).get("Content-Security-Policy").contains("frame-ancestors"), page);
            assertEquals(null, h.headersFor(page).get("X-Frame-Options"), page);
        }
        for (String page : new String[] {"/bench.html", "/mnist.html", "/mnist"}) {
            assertTrue(h.headersFor(page).get("Content-Security-Policy").endsWith("; frame-ancestors 'self'"), page);
        }
        for (String any : new String[] {"/", "/js/main.js", "/data/mnist/x.gz", "/engine/wasm/engine.wasm"}) {
            assertEquals("nosniff", h.headersFor(any).get("X-Content-Type-Options"), any);
            assertEquals("no-referrer", h.headersFor(any).get("Referrer-Policy"), any);
        }
        assertTrue(h.headersFor("/data/mnist/train-images-idx3-ubyte.gz").get("Cache-Control").contains("max-age"));
    }

    @Test
    void parsesTheSubsetAndNamesErrorsByLine() {
        Outcome<NetlifyHeaders> ok = NetlifyHeaders.parse("[build]\n  command = \"x # not a comment\" # comment\n[[headers]]\n"
                + "for = '/a/*'\n[headers.values]\n  X-A = \"q\\\"\\u0041\"\n");
        assertTrue(ok.isOk(), ok.error());
        Map<String, String> a = ok.get().headersFor("/a/b/c");
        assertEquals("q\"A", a.get("X-A"));
        assertEquals(a, ok.get().headersFor("/a"));
        assertTrue(ok.get().headersFor("/ab").isEmpty());
        assertEquals("netlify.toml line 2: unterminated string \"abc",
                NetlifyHeaders.parse("[[headers]]\nfor = \"abc\n").error());
        assertTrue(NetlifyHeaders.parse("x = \"1\"").error().startsWith("netlify.toml line 1: key 'x' outside any table"));
        assertTrue(NetlifyHeaders.parse("[[headers]]\nfor = \"/\"\n[headers.values\n").error().startsWith("netlify.toml line 3: unclosed table header"));
        assertTrue(NetlifyHeaders.parse("[[headers]]\n[headers.values]\nA = \"b\"\n").error().contains("has no 'for' path"));
        assertTrue(NetlifyHeaders.parse("[[headers]]\nfor = /x\n").error().contains("line 2: expected a quoted string"));
    }

    @Property(tries = 3000)
    void neverThrows(@ForAll String text) {
        Outcome<NetlifyHeaders> h = NetlifyHeaders.parse(text);
        assertTrue(h.isOk() || h.error().startsWith("netlify.toml"));
    }
}
