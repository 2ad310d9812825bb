package backprop.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A network that stalls: forwards every GET to our server, except that the first {@code times}
 * requests for {@code path} get their headers and a few bytes and then nothing, with the
 * connection left open (until {@link #close}) — a download that hangs rather than fails.
 */
final class StallingProxy implements AutoCloseable {
    private static final Set<String> HOP = Set.of("connection", "content-length", "transfer-encoding", "date");
    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final HttpClient client = HttpClient.newHttpClient();
    private final CountDownLatch released = new CountDownLatch(1);
    final AtomicInteger stalled = new AtomicInteger();
    final String base;

    StallingProxy(String target, String path, int times) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(pool);
        server.createContext("/", ex -> {
            try {
                forward(ex, target, path, times);
            } catch (IOException | InterruptedException e) {
                ex.close();
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void forward(HttpExchange ex, String target, String path, int times) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(target + ex.getRequestURI())).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        r.headers().map().forEach((k, v) -> {
            if (!HOP.contains(k.toLowerCase())) ex.getResponseHeaders().put(k, v);
        });
        byte[] body = r.body();
        boolean stall = ex.getRequestURI().getPath().equals(path) && r.statusCode() == 200 && stalled.getAndIncrement() < times;
        ex.sendResponseHeaders(r.statusCode(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            if (!stall) {
                out.write(body);
                return;
            }
            out.write(body, 0, Math.min(1000, body.length));
            out.flush();
            released.await(); // hangs here, connection open, until the proxy closes
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        pool.shutdownNow();
    }
}
