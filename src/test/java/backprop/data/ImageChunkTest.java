package backprop.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The site's image chunks ("BPIM") and the store that assembles subsets from them. */
class ImageChunkTest {
    /** n images of rows × cols with distinct, recognisable pixels; labels i·7 mod classes. */
    static Idx.Images images(int n, int rows, int cols) {
        byte[] px = new byte[n * rows * cols];
        for (int i = 0; i < px.length; i++) px[i] = (byte) (i * 31 + 5);
        return new Idx.Images(n, rows, cols, px);
    }

    static int[] labels(int n, int classes) {
        int[] l = new int[n];
        for (int i = 0; i < n; i++) l[i] = (i * 7) % classes;
        return l;
    }

    @Property(tries = 200)
    void writeThenReadGivesTheSameImages(@ForAll @IntRange(min = 1, max = 40) int n, @ForAll @IntRange(min = 0, max = 39) int fromRaw,
            @ForAll @IntRange(min = 1, max = 9) int rows, @ForAll @IntRange(min = 1, max = 9) int cols) {
        int from = fromRaw % n, count = n - from;
        Idx.Images im = images(n, rows, cols);
        int[] lb = labels(n, 10);
        byte[] bytes = ImageChunk.write(im, lb, from, count);
        assertEquals(ImageChunk.HEADER + count * (1 + rows * cols), bytes.length);
        Outcome<ImageChunk> back = ImageChunk.read(bytes, "c");
        assertTrue(back.isOk(), back.error());
        ImageChunk c = back.get();
        assertEquals(count, c.count);
        assertEquals(rows, c.rows);
        assertEquals(cols, c.cols);
        assertEquals(from, c.first);
        for (int i = 0; i < count; i++) assertEquals(lb[from + i], c.labels[i]);
        assertArrayEquals(Arrays.copyOfRange(im.pixels, from * rows * cols, n * rows * cols), c.pixels);
    }

    @Test
    void damagedChunksAreNamedWithTheReason() {
        byte[] good = ImageChunk.write(images(3, 2, 2), labels(3, 10), 0, 3);
        assertTrue(ImageChunk.read(Arrays.copyOf(good, 10), "train-00").error()
                .contains("train-00: 10 bytes is too short for a chunk header (24 bytes)"));
        byte[] magic = good.clone();
        magic[0] = 'X';
        assertTrue(ImageChunk.read(magic, "m").error().contains("not an image chunk (wrong magic number)"));
        byte[] version = good.clone();
        version[7] = 2;
        assertTrue(ImageChunk.read(version, "v").error().contains("chunk version 2 is not supported"));
        Outcome<ImageChunk> truncated = ImageChunk.read(Arrays.copyOf(good, good.length - 1), "t");
        assertFalse(truncated.isOk());
        assertTrue(truncated.error().contains("header says 3 images of 2x2 but the chunk has 14 data bytes"), truncated.error());
        byte[] longer = Arrays.copyOf(good, good.length + 5);
        assertTrue(ImageChunk.read(longer, "l").error().contains("truncated or damaged"));
        byte[] negative = good.clone();
        negative[8] = (byte) 0xFF; // count < 0
        assertTrue(ImageChunk.read(negative, "n").error().contains("bad header"));
    }

    static ImageChunk chunk(Idx.Images im, int[] lb, int from, int count) {
        return ImageChunk.read(ImageChunk.write(im, lb, from, count), "c").get();
    }

    @Test
    void storeAssemblesFirstNAndBalancedSubsetsFromChunksInOrder() {
        Idx.Images im = images(40, 2, 3);
        int[] lb = new int[40];
        for (int i = 0; i < 40; i++) lb[i] = i < 20 ? 0 : i % 3; // class 0 first: first-N is unbalanced
        ImageStore store = new ImageStore(3);
        assertTrue(store.add(chunk(im, lb, 0, 15)).isOk());
        assertTrue(store.ready(15, false));
        assertFalse(store.ready(16, false));
        assertFalse(store.ready(6, true), "classes 1 and 2 are not loaded yet");
        Outcome<Integer> gap = store.add(chunk(im, lb, 20, 10));
        assertTrue(gap.error().contains("chunk starts at image 20 but 15 are loaded"), gap.error());
        assertEquals(30, (int) store.add(chunk(im, lb, 15, 15)).get());
        assertTrue(store.add(chunk(images(35, 3, 3), labels(35, 3), 30, 5)).error().contains("chunk images are 3x3, not 2x3"));

        Dataset first = store.subset(12, false);
        assertEquals(12, first.size);
        for (int i = 0; i < 12; i++) assertEquals(0, first.labels[i]);
        double[] row = new double[6];
        first.inputs.copyRow(7, row, 0);
        for (int j = 0; j < 6; j++) assertEquals((im.pixels[7 * 6 + j] & 0xFF) / 255.0, row[j], 0.0, "pixel scaled to [0, 1]");

        // Balanced, 7 of 3 classes: 3, 2, 2 — the first images of each class, in file order.
        Dataset bal = store.subset(7, true);
        int[] counts = new int[3];
        for (int l : bal.labels) counts[l]++;
        assertArrayEquals(new int[] {3, 2, 2}, counts);
        assertArrayEquals(new int[] {0, 0, 0, 2, 1, 2, 1}, bal.labels); // images 0, 1, 2, 20, 22, 23, 25
        bal.inputs.copyRow(3, row, 0);
        assertEquals((im.pixels[20 * 6] & 0xFF) / 255.0, row[0], 0.0);
    }

    @Test
    void labelsOutsideTheClassesAreRejected() {
        ImageStore store = new ImageStore(3);
        Outcome<Integer> r = store.add(chunk(images(4, 2, 2), new int[] {0, 1, 5, 2}, 0, 4));
        assertTrue(r.error().contains("label 5 of image 2 is not a class"), r.error());
        assertEquals(0, store.count());
    }
}
