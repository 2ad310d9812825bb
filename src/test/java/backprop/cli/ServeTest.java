package backprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.data.Outcome;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeTest {
    @TempDir Path dir;
    Serve server;
    String base;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        Path www = Files.createDirectories(dir.resolve("www"));
        Files.writeString(www.resolve("index.html"), "<!doctype html>hi");
        Files.createDirectories(www.resolve("engine"));
        Files.write(www.resolve("engine/engine.wasm"), new byte[] {0, 97, 115, 109});
        Files.writeString(dir.resolve("secret.txt"), "do not serve");
        Files.writeString(dir.resolve("n.toml"), "[[headers]]\nfor = \"/*\"\n[headers.values]\nX-All = \"1\"\n"
                + "[[headers]]\nfor = \"/\"\n[headers.values]\nX-Page = \"p\"\n");
        Outcome<Serve> s = Serve.start(www, dir.resolve("n.toml"), "127.0.0.1", 0);
        assertTrue(s.isOk(), s.error());
        server = s.get();
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A raw request line, for paths an HTTP client would normalise away. */
    String raw(String requestLine) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write((requestLine + "\r\nHost: x\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void servesFilesWithTypesAndTheConfiguredHeaders() throws Exception {
        HttpResponse<String> index = get("/");
        assertEquals(200, index.statusCode());
        assertEquals("<!doctype html>hi", index.body());
        assertEquals("text/html; charset=utf-8", index.headers().firstValue("content-type").orElse(""));
        assertEquals("p", index.headers().firstValue("x-page").orElse(""));
        assertEquals("1", index.headers().firstValue("x-all").orElse(""));
        HttpResponse<String> wasm = get("/engine/engine.wasm");
        assertEquals("application/wasm", wasm.headers().firstValue("content-type").orElse(""));
        assertTrue(wasm.headers().firstValue("x-page").isEmpty());
        assertEquals(404, get("/missing.js").statusCode());
    }

    @Test
    void neverLeavesTheRoot() throws Exception {
        for (String path : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/engine/../../secret.txt", "/%2E%2E%2Fsecret.txt"}) {
            String response = raw("GET " + path + " HTTP/1.1");
            assertTrue(!response.contains("do not serve") && !response.startsWith("HTTP/1.1 200"), path + " -> " + response);
        }
    }

    @Test
    void headGetsNoBodyOtherMethodsAreRefusedAndConditionalGetsWork() throws Exception {
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create(base + "/")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base + "/")).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("allow").orElse(""));
        String modified = get("/").headers().firstValue("last-modified").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(base + "/")).header("If-Modified-Since", modified).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
    }

    @Test
    void refusesAMissingRootWithAHint() {
        Outcome<Serve> s = Serve.start(dir.resolve("nope"), dir.resolve("n.toml"), "127.0.0.1", 0);
        assertTrue(!s.isOk() && s.error().contains("build the site first"), String.valueOf(s.error()));
    }
}
