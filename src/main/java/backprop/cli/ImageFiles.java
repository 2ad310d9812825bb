package backprop.cli;

import backprop.data.ImageChunk;
import backprop.data.ImageStore;
import backprop.data.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The site's image chunks (web/data/&lt;set&gt;/train-NN.bin.gz, test-NN.bin.gz) read from disk for
 * the command line, into the same {@link ImageStore}s the browser worker fills.
 */
final class ImageFiles {
    private ImageFiles() {}

    /** {train, test} stores holding every chunk in dir, in order. */
    static Outcome<ImageStore[]> load(Path dir, int classes) {
        ImageStore[] out = {new ImageStore(classes), new ImageStore(classes)};
        for (int s = 0; s < 2; s++) {
            String split = s == 0 ? "train" : "test";
            List<Path> files;
            try (Stream<Path> list = Files.list(dir)) {
                files = list.filter(f -> f.getFileName().toString().matches(split + "-\\d+\\.bin\\.gz")).sorted().collect(Collectors.toList());
            } catch (IOException e) {
                return Outcome.error("cannot read the images in " + dir + ": " + e.getMessage());
            }
            if (files.isEmpty()) return Outcome.error("no " + split + " chunks (" + split + "-NN.bin.gz) in " + dir);
            for (Path p : files) {
                byte[] bytes;
                try {
                    bytes = gunzip(p);
                } catch (IOException e) {
                    return Outcome.error(p + ": " + e.getMessage());
                }
                Outcome<ImageChunk> c = ImageChunk.read(bytes, p.toString());
                if (!c.isOk()) return Outcome.error(c.error());
                Outcome<Integer> added = out[s].add(c.get());
                if (!added.isOk()) return Outcome.error(p + ": " + added.error());
            }
        }
        return Outcome.ok(out);
    }

    private static byte[] gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        }
    }
}
