package backprop.cli;

import backprop.data.Idx;
import backprop.data.ImageChunk;
import backprop.data.Outcome;
import backprop.experiment.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * {@code convert-images}: turns the four IDX .gz files of MNIST or Fashion-MNIST into the site's
 * chunked format (web/data/NAME/: gzip-compressed {@link ImageChunk}s of 2,000 images and a
 * manifest.json with sizes and per-chunk class counts).
 * <pre>java -jar backprop-playground.jar convert-images --idx ../shared/datasets/mnist --out web/data/mnist --name MNIST</pre>
 */
final class ConvertImages {
    private ConvertImages() {}

    static final int CHUNK = 2000;

    static int run(String[] args, PrintStream out, PrintStream err) {
        String idx = null, dir = null, name = null, classNames = "0,1,2,3,4,5,6,7,8,9", source = "", licence = "";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--idx": idx = args[i + 1]; break;
                case "--out": dir = args[i + 1]; break;
                case "--name": name = args[i + 1]; break;
                case "--classes": classNames = args[i + 1]; break;
                case "--source": source = args[i + 1]; break;
                case "--licence": licence = args[i + 1]; break;
                default:
                    err.println("unknown option " + args[i]);
                    return 2;
            }
        }
        if (idx == null || dir == null || name == null || args.length % 2 != 0) {
            err.println("usage: convert-images --idx DIR --out DIR --name NAME [--classes a,b,…] [--source TEXT] [--licence TEXT]");
            return 2;
        }
        try {
            Files.createDirectories(Path.of(dir));
            String[] classes = classNames.split(",");
            Json.Writer m = new Json.Writer().beginObject().key("format").value("backprop-playground-images").key("version").value(1)
                    .key("name").value(name).key("source").value(source).key("licence").value(licence)
                    .key("rows").value(28).key("cols").value(28).key("classes").beginArray();
            for (String c : classes) m.value(c);
            m.endArray();
            for (String split : new String[] {"train", "test"}) {
                String prefix = split.equals("train") ? "train" : "t10k";
                byte[] img = gunzip(Path.of(idx, prefix + "-images-idx3-ubyte.gz")), lab = gunzip(Path.of(idx, prefix + "-labels-idx1-ubyte.gz"));
                Outcome<Idx.Images> images = Idx.images(img, name + " " + split + " images");
                Outcome<int[]> labels = Idx.labels(lab, name + " " + split + " labels", classes.length);
                if (!images.isOk() || !labels.isOk()) {
                    err.println(images.isOk() ? labels.error() : images.error());
                    return 2;
                }
                int n = images.get().count;
                m.key(split).beginObject().key("count").value(n).key("chunks").beginArray();
                for (int from = 0, k = 0; from < n; from += CHUNK, k++) {
                    int count = Math.min(CHUNK, n - from);
                    String file = split + "-" + (k < 10 ? "0" : "") + k + ".bin.gz";
                    byte[] gz = gzip(ImageChunk.write(images.get(), labels.get(), from, count));
                    Files.write(Path.of(dir, file), gz);
                    int[] counts = new int[classes.length];
                    for (int i = from; i < from + count; i++) counts[labels.get()[i]]++;
                    m.beginObject().key("file").value(file).key("count").value(count).key("bytes").value(gz.length).key("labels").beginArray();
                    for (int c : counts) m.value(c);
                    m.endArray().endObject();
                }
                m.endArray().endObject();
            }
            Files.writeString(Path.of(dir, "manifest.json"), m.endObject().toString() + "\n");
            out.println("wrote " + dir + "/manifest.json and its chunks");
            return 0;
        } catch (IOException e) {
            err.println("cannot convert: " + e.getMessage());
            return 1;
        }
    }

    static byte[] gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        }
    }

    /** gzip with a zero timestamp, so the same input gives the same file (reproducible builds). */
    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(buf) {
            { def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION); }
        }) {
            out.write(data);
        }
        return buf.toByteArray();
    }
}
