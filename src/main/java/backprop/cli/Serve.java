package backprop.cli;

import backprop.data.Outcome;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code serve}: a small static file server for the built site, sending the headers of
 * netlify.toml (one source of truth with the deploy) and the right MIME types, including
 * application/wasm. GET and HEAD only; paths cannot leave the root.
 */
public final class Serve implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("wasm", "application/wasm"),
            Map.entry("png", "image/png"), Map.entry("svg", "image/svg+xml"), Map.entry("ico", "image/x-icon"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("md", "text/markdown; charset=utf-8"), Map.entry("gz", "application/gzip"),
            Map.entry("bin", "application/octet-stream"), Map.entry("webmanifest", "application/manifest+json"));
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC).withLocale(Locale.ROOT);

    private final HttpServer server;
    private final ExecutorService pool;
    private final Path root;
    private final NetlifyHeaders headers;
    /** Every file answered so far for pages (the first-load size test sums them). */
    private final Set<Path> served = ConcurrentHashMap.newKeySet();
    /** Files answered to the service worker's background offline copy (header X-Background, web/sw.js). */
    private final Set<Path> background = ConcurrentHashMap.newKeySet();

    private Serve(Path root, NetlifyHeaders headers, String host, int port) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.headers = headers;
        server = HttpServer.create(new InetSocketAddress(host, port), 64);
        pool = Executors.newFixedThreadPool(4);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts serving {@code root} (port 0 = any free port); close() stops. */
    public static Outcome<Serve> start(Path root, Path netlifyToml, String host, int port) {
        if (!Files.isDirectory(root)) return Outcome.error(root + " does not exist: build the site first with src/build/mvnw package");
        try {
            Outcome<NetlifyHeaders> h = NetlifyHeaders.parse(Files.readString(netlifyToml, StandardCharsets.UTF_8));
            if (!h.isOk()) return Outcome.error(h.error());
            return Outcome.ok(new Serve(root, h.get(), host, port));
        } catch (IOException e) {
            return Outcome.error("cannot serve: " + e.getMessage());
        }
    }

    /** The files this server has answered (200 or 304) since it started, except to the offline copy. */
    public Set<Path> servedFiles() {
        return Set.copyOf(served);
    }

    /** The files answered to the service worker's offline copy of the site. */
    public Set<Path> backgroundFiles() {
        return Set.copyOf(background);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private boolean closed;

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        server.stop(0);
        pool.shutdownNow();
    }

    static int run(String[] args) {
        String root = "target/www", toml = "netlify.toml", host = "127.0.0.1";
        int port = 8080;
        for (int i = 0; i < args.length; i += 2) {
            String v = i + 1 < args.length ? args[i + 1] : null;
            if (v == null) return usage("option " + args[i] + " needs a value");
            switch (args[i]) {
                case "--root": root = v; break;
                case "--headers": toml = v; break;
                case "--host": host = v; break;
                case "--port":
                    if (!v.matches("\\d{1,5}") || Integer.parseInt(v) > 65535) return usage("--port must be 0..65535");
                    port = Integer.parseInt(v);
                    break;
                default: return usage("unknown option " + args[i]);
            }
        }
        Outcome<Serve> s = start(Path.of(root), Path.of(toml), host, port);
        if (!s.isOk()) {
            System.err.println(s.error());
            return 2;
        }
        System.out.println("Serving " + root + " at http://" + host + ":" + s.get().port() + "/ (headers from " + toml + "); Ctrl+C stops.");
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static int usage(String message) {
        System.err.println(message + "\n" + Main.USAGE);
        return 2;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                send(ex, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = URI.create(ex.getRequestURI().getRawPath()).getPath(); // percent-decoded
            headers.headersFor(path).forEach((k, v) -> ex.getResponseHeaders().set(k, v));
            Path file = resolve(path);
            if (file == null) {
                send(ex, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            (ex.getRequestHeaders().containsKey("X-Background") ? background : served).add(file);
            Instant modified = Files.getLastModifiedTime(file).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            ex.getResponseHeaders().set("Last-Modified", HTTP_DATE.format(modified));
            String since = ex.getRequestHeaders().getFirst("If-Modified-Since");
            if (since != null && notModified(since, modified)) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), Files.readAllBytes(file));
        } catch (IllegalArgumentException e) {
            send(ex, 400, "text/plain; charset=utf-8", "bad request\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The file for a URL path, or null when missing or outside the root. */
    private Path resolve(String path) {
        if (path == null || path.indexOf('\0') >= 0) return null;
        Path p = root.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
        if (!p.startsWith(root)) return null;
        if (Files.isDirectory(p)) p = p.resolve("index.html");
        return Files.isRegularFile(p) ? p : null;
    }

    private static boolean notModified(String since, Instant modified) {
        try {
            return !modified.isAfter(Instant.from(HTTP_DATE.parse(since)));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
