package backprop.data;

/**
 * One downloadable piece of an image dataset (MNIST, Fashion-MNIST), so that a small subset
 * never downloads the whole set. Layout (big-endian), gzip-compressed on the server:
 * <pre>
 * "BPIM" | version = 1 | count | rows | cols | first (index of the first image in its split)
 * labels[count] | pixels[count][rows·cols] (unsigned bytes, 0 = background)
 * </pre>
 */
public final class ImageChunk {
    public static final int MAGIC = 0x4250494D; // "BPIM"
    public static final int VERSION = 1, HEADER = 24;

    public final int count, rows, cols, first;
    public final byte[] labels, pixels;

    public ImageChunk(int count, int rows, int cols, int first, byte[] labels, byte[] pixels) {
        this.count = count;
        this.rows = rows;
        this.cols = cols;
        this.first = first;
        this.labels = labels;
        this.pixels = pixels;
    }

    /** Serialises images [from, from + count) of an IDX split. */
    public static byte[] write(Idx.Images images, int[] labels, int from, int count) {
        int size = images.rows * images.cols;
        byte[] out = new byte[HEADER + count + count * size];
        int[] header = {MAGIC, VERSION, count, images.rows, images.cols, from};
        for (int i = 0; i < header.length; i++) putInt(out, 4 * i, header[i]);
        for (int i = 0; i < count; i++) out[HEADER + i] = (byte) labels[from + i];
        System.arraycopy(images.pixels, from * size, out, HEADER + count, count * size);
        return out;
    }

    public static Outcome<ImageChunk> read(byte[] b, String name) {
        if (b.length < HEADER) return Outcome.failure("chunkShort", name + ": " + b.length + " bytes is too short for a chunk header (" + HEADER + " bytes)", name, b.length, HEADER);
        if (Idx.readInt(b, 0) != MAGIC) return Outcome.failure("chunkMagic", name + ": not an image chunk (wrong magic number)", name);
        if (Idx.readInt(b, 4) != VERSION) return Outcome.failure("chunkVersion", name + ": chunk version " + Idx.readInt(b, 4) + " is not supported", name, Idx.readInt(b, 4));
        int count = Idx.readInt(b, 8), rows = Idx.readInt(b, 12), cols = Idx.readInt(b, 16), first = Idx.readInt(b, 20);
        if (count < 0 || rows <= 0 || cols <= 0 || rows > 256 || cols > 256 || first < 0) {
            return Outcome.failure("chunkHeader", name + ": bad header (" + count + " images of " + rows + "x" + cols + ")", name, count, rows, cols);
        }
        int size = rows * cols;
        if ((b.length - HEADER) % (1 + size) != 0 || (b.length - HEADER) / (1 + size) != count) {
            return Outcome.failure("chunkSize", name + ": header says " + count + " images of " + rows + "x" + cols + " but the chunk has "
                    + (b.length - HEADER) + " data bytes (truncated or damaged)", name, count, rows, cols, b.length - HEADER);
        }
        byte[] labels = new byte[count], pixels = new byte[count * size];
        System.arraycopy(b, HEADER, labels, 0, count);
        System.arraycopy(b, HEADER + count, pixels, 0, pixels.length);
        return Outcome.ok(new ImageChunk(count, rows, cols, first, labels, pixels));
    }

    private static void putInt(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 24);
        b[off + 1] = (byte) (v >>> 16);
        b[off + 2] = (byte) (v >>> 8);
        b[off + 3] = (byte) v;
    }
}
