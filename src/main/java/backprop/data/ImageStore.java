package backprop.data;

/**
 * The chunks of one split loaded so far, in order, and the subset taken from them: the first n
 * images, or a balanced subset (the first n/classes of each class). {@link #ready} says whether
 * the loaded chunks suffice, so the page downloads only as many chunks as the subset needs.
 */
public final class ImageStore {
    private final int classes;
    private byte[] labels = new byte[0], pixels = new byte[0];
    private int count, rows, cols, size;

    public ImageStore(int classes) {
        this.classes = classes;
    }

    /** Appends the next chunk; it must continue where the previous one ended. */
    public Outcome<Integer> add(ImageChunk c) {
        if (c.first != count) return Outcome.failure("storeOrder", "chunk starts at image " + c.first + " but " + count + " are loaded", c.first, count);
        if (count > 0 && (c.rows != rows || c.cols != cols)) return Outcome.failure("storeShape", "chunk images are " + c.rows + "x" + c.cols + ", not " + rows + "x" + cols,
                c.rows, c.cols, rows, cols);
        for (int i = 0; i < c.count; i++) {
            if ((c.labels[i] & 0xFF) >= classes) return Outcome.failure("storeLabel", "label " + (c.labels[i] & 0xFF) + " of image " + (c.first + i) + " is not a class",
                    c.labels[i] & 0xFF, c.first + i);
        }
        rows = c.rows;
        cols = c.cols;
        size = rows * cols;
        if (labels.length < count + c.count) { // grow by doubling: loading n images copies O(n) bytes in all
            int capacity = Math.max(count + c.count, 2 * labels.length);
            labels = java.util.Arrays.copyOf(labels, capacity);
            pixels = java.util.Arrays.copyOf(pixels, capacity * size);
        }
        System.arraycopy(c.labels, 0, labels, count, c.count);
        System.arraycopy(c.pixels, 0, pixels, count * size, c.count * size);
        count += c.count;
        return Outcome.ok(count);
    }

    public int count() {
        return count;
    }

    /** Indices of the subset of n images, or null if the loaded chunks do not hold it yet. */
    int[] pick(int n, boolean balanced) {
        if (!balanced) {
            if (count < n) return null;
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) idx[i] = i;
            return idx;
        }
        int per = n / classes, extra = n % classes;
        int[] want = new int[classes], idx = new int[n];
        for (int c = 0; c < classes; c++) want[c] = per + (c < extra ? 1 : 0);
        int k = 0;
        for (int i = 0; i < count && k < n; i++) {
            int c = labels[i] & 0xFF;
            if (want[c] > 0) {
                want[c]--;
                idx[k++] = i;
            }
        }
        return k == n ? idx : null;
    }

    public boolean ready(int n, boolean balanced) {
        return pick(n, balanced) != null;
    }

    /** The subset as a dataset (pixels scaled to [0, 1] as batches are filled). */
    public Dataset subset(int n, boolean balanced) {
        int[] idx = pick(n, balanced);
        if (idx == null) throw new IllegalStateException("the loaded images do not hold this subset yet");
        if (!balanced) { // the first n images: share the loaded pixels, no copy
            int[] lb = new int[n];
            for (int i = 0; i < n; i++) lb[i] = labels[i] & 0xFF;
            return Dataset.classification(Dataset.unsignedBytes(pixels, size), lb, classes);
        }
        byte[] px = new byte[n * size];
        int[] lb = new int[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(pixels, idx[i] * size, px, i * size, size);
            lb[i] = labels[idx[i]] & 0xFF;
        }
        return Dataset.classification(Dataset.unsignedBytes(px, size), lb, classes);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }
}
