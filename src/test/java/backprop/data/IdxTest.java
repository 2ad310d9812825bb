package backprop.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdxTest {
    static byte[] header(int magic, int... dims) {
        byte[] b = new byte[4 + 4 * dims.length];
        int[] all = new int[dims.length + 1];
        all[0] = magic;
        System.arraycopy(dims, 0, all, 1, dims.length);
        for (int i = 0; i < all.length; i++) {
            for (int k = 0; k < 4; k++) b[4 * i + k] = (byte) (all[i] >>> (24 - 8 * k));
        }
        return b;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    static byte[] images(int n) {
        byte[] px = new byte[n * 4];
        for (int i = 0; i < px.length; i++) px[i] = (byte) (i * 37);
        return concat(header(0x803, n, 2, 2), px);
    }

    @Test
    void readsImagesAndLabels() {
        Outcome<Dataset> d = Idx.dataset(images(3), concat(header(0x801, 3), new byte[] {7, 0, 9}), "tiny", 10);
        assertTrue(d.isOk(), d.error());
        assertEquals(3, d.get().size);
        assertEquals(9, d.get().labels[2]);
        double[] row = new double[4];
        d.get().inputs.copyRow(1, row, 0);
        assertEquals(((4 * 37) & 0xFF) / 255.0, row[0], 0.0);
    }

    @Test
    void namesWhatIsWrong() {
        Outcome<Idx.Images> wrongMagic = Idx.images(concat(header(0x801, 1, 2, 2), new byte[4]), "f");
        assertFalse(wrongMagic.isOk());
        assertTrue(wrongMagic.error().contains("wrong magic number 0x00000801 (images have 0x00000803)"), wrongMagic.error());
        byte[] full = images(3);
        Outcome<Idx.Images> truncated = Idx.images(java.util.Arrays.copyOf(full, full.length - 1), "f");
        assertTrue(truncated.error().contains("header says 3 images of 2x2 (28 bytes) but the file has 27 bytes"), truncated.error());
        assertTrue(Idx.images(new byte[5], "f").error().contains("too short"));
        Outcome<Dataset> mismatch = Idx.dataset(images(3), concat(header(0x801, 2), new byte[] {1, 2}), "m", 10);
        assertTrue(mismatch.error().contains("3 images but 2 labels"), mismatch.error());
        Outcome<int[]> badLabel = Idx.labels(concat(header(0x801, 2), new byte[] {1, 12}), "l", 10);
        assertTrue(badLabel.error().contains("label 12 at index 1 is outside 0..9"), badLabel.error());
        Outcome<int[]> countMismatch = Idx.labels(concat(header(0x801, 5), new byte[] {1, 2}), "l", 10);
        assertTrue(countMismatch.error().contains("header says 5 labels but the file has 2"), countMismatch.error());
    }
}
