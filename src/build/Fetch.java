import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Fallback for src/build/mvnw on machines without curl, wget or sha256sum.
 * Usage: java Fetch.java URL OUTFILE | java Fetch.java --sha256 FILE
 */
public class Fetch {
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--sha256")) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            }
            System.out.println(HexFormat.of().formatHex(md.digest()));
            return;
        }
        if (args.length != 2) {
            System.err.println("usage: java Fetch.java URL OUTFILE | java Fetch.java --sha256 FILE");
            System.exit(2);
        }
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<Path> r = client.send(HttpRequest.newBuilder(URI.create(args[0])).build(),
                HttpResponse.BodyHandlers.ofFile(Path.of(args[1])));
        if (r.statusCode() != 200) {
            System.err.println("Fetch: HTTP " + r.statusCode() + " for " + args[0]);
            System.exit(1);
        }
    }
}
