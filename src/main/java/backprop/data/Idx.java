package backprop.data;

/**
 * Reader for the IDX files of MNIST and Fashion-MNIST (already decompressed): big-endian,
 * magic 0x00000803 for images (count, rows, cols, then count·rows·cols unsigned bytes) and
 * 0x00000801 for labels (count, then count bytes).
 */
public final class Idx {
    private Idx() {}

    public static final int IMAGES_MAGIC = 0x00000803, LABELS_MAGIC = 0x00000801;

    /** Images of one file. */
    public static final class Images {
        public final int count, rows, cols;
        public final byte[] pixels; // [count][rows*cols]

        public Images(int count, int rows, int cols, byte[] pixels) {
            this.count = count;
            this.rows = rows;
            this.cols = cols;
            this.pixels = pixels;
        }
    }

    public static Outcome<Images> images(byte[] file, String name) {
        if (file.length < 16) return Outcome.error(name + ": " + file.length + " bytes is too short for an IDX image header (16 bytes)");
        int magic = readInt(file, 0);
        if (magic != IMAGES_MAGIC) return Outcome.error(name + ": wrong magic number " + hex(magic) + " (images have " + hex(IMAGES_MAGIC) + ")");
        int count = readInt(file, 4), rows = readInt(file, 8), cols = readInt(file, 12);
        if (count < 0 || rows <= 0 || cols <= 0 || rows > 4096 || cols > 4096) {
            return Outcome.error(name + ": bad dimensions " + count + " x " + rows + " x " + cols);
        }
        int size = rows * cols;
        if ((file.length - 16) / size < count || (file.length - 16) % size != 0 || (file.length - 16) / size != count) {
            return Outcome.error(name + ": header says " + count + " images of " + rows + "x" + cols + " (" + (16 + count * size)
                    + " bytes) but the file has " + file.length + " bytes");
        }
        byte[] pixels = new byte[count * size];
        System.arraycopy(file, 16, pixels, 0, pixels.length);
        return Outcome.ok(new Images(count, rows, cols, pixels));
    }

    public static Outcome<int[]> labels(byte[] file, String name, int classes) {
        if (file.length < 8) return Outcome.error(name + ": " + file.length + " bytes is too short for an IDX label header (8 bytes)");
        int magic = readInt(file, 0);
        if (magic != LABELS_MAGIC) return Outcome.error(name + ": wrong magic number " + hex(magic) + " (labels have " + hex(LABELS_MAGIC) + ")");
        int count = readInt(file, 4);
        if (count < 0 || file.length - 8 != count) {
            return Outcome.error(name + ": header says " + count + " labels but the file has " + (file.length - 8) + " label bytes");
        }
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            int v = file[8 + i] & 0xFF;
            if (v >= classes) return Outcome.error(name + ": label " + v + " at index " + i + " is outside 0.." + (classes - 1));
            labels[i] = v;
        }
        return Outcome.ok(labels);
    }

    /** Images and labels of one split as a dataset, checking that their counts agree. */
    public static Outcome<Dataset> dataset(byte[] imageFile, byte[] labelFile, String name, int classes) {
        Outcome<Images> im = images(imageFile, name + " images");
        if (!im.isOk()) return Outcome.error(im.error());
        Outcome<int[]> lb = labels(labelFile, name + " labels", classes);
        if (!lb.isOk()) return Outcome.error(lb.error());
        Images images = im.get();
        if (images.count != lb.get().length) {
            return Outcome.error(name + ": " + images.count + " images but " + lb.get().length + " labels");
        }
        return Outcome.ok(Dataset.classification(Dataset.unsignedBytes(images.pixels, images.rows * images.cols), lb.get(), classes));
    }

    static int readInt(byte[] b, int off) {
        return (b[off] & 0xFF) << 24 | (b[off + 1] & 0xFF) << 16 | (b[off + 2] & 0xFF) << 8 | (b[off + 3] & 0xFF);
    }

    private static String hex(int v) {
        String h = Integer.toHexString(v);
        return "0x" + "00000000".substring(h.length()) + h;
    }
}
