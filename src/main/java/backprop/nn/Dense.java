package backprop.nn;

/**
 * The three loops of a dense layer over a batch of rows, written for speed on TeaVM's targets
 * (which emit scalar code): contiguous inner loops over output neurons, four terms per
 * load/store of the accumulator, and no allocation.
 *
 * <p>Every sum is accumulated term by term in index order, {@code z = (((z + t0) + t1) + t2) + t3},
 * exactly like a naive loop. Skipping terms whose input is exactly 0 therefore leaves every
 * result bit-identical ({@code z + 0·w == z}); only a NaN or infinite weight behind a zero input
 * would show the difference, and training stops on those anyway.
 *
 * <p>Shapes: a [rows][in], z and delta [rows][out], W [in][out] at {@code w}, b [out] at {@code b}.
 */
public final class Dense {
    private Dense() {}

    /**
     * z = a · W + b. With {@code sparse}, the inputs of each row that are exactly 0 are skipped
     * (MNIST pixels, ReLU outputs); {@code idx} is scratch of at least {@code in} ints.
     */
    public static void forward(double[] a, int rows, int in, double[] p, int w, int b, int out,
                               double[] z, boolean sparse, int[] idx) {
        for (int r = 0; r < rows; r++) {
            int zr = r * out, ar = r * in;
            int n = in;
            if (sparse) {
                n = 0;
                for (int i = 0; i < in; i++) if (a[ar + i] != 0.0) idx[n++] = i;
            } else {
                for (int i = 0; i < in; i++) idx[i] = i;
            }
            // Inputs in groups of four, one pass over z per group; the first pass starts from b.
            int k = 0;
            if (n >= 4) {
                int i0 = idx[0], i1 = idx[1], i2 = idx[2], i3 = idx[3];
                double a0 = a[ar + i0], a1 = a[ar + i1], a2 = a[ar + i2], a3 = a[ar + i3];
                int w0 = w + i0 * out, w1 = w + i1 * out, w2 = w + i2 * out, w3 = w + i3 * out;
                for (int o = 0; o < out; o++) {
                    z[zr + o] = p[b + o] + a0 * p[w0 + o] + a1 * p[w1 + o] + a2 * p[w2 + o] + a3 * p[w3 + o];
                }
                k = 4;
            } else {
                for (int o = 0; o < out; o++) z[zr + o] = p[b + o];
            }
            for (; k + 4 <= n; k += 4) {
                int i0 = idx[k], i1 = idx[k + 1], i2 = idx[k + 2], i3 = idx[k + 3];
                double a0 = a[ar + i0], a1 = a[ar + i1], a2 = a[ar + i2], a3 = a[ar + i3];
                int w0 = w + i0 * out, w1 = w + i1 * out, w2 = w + i2 * out, w3 = w + i3 * out;
                for (int o = 0; o < out; o++) {
                    z[zr + o] = z[zr + o] + a0 * p[w0 + o] + a1 * p[w1 + o] + a2 * p[w2 + o] + a3 * p[w3 + o];
                }
            }
            int left = n - k; // 0..3 remaining inputs, one more pass
            if (left == 3) {
                int i0 = idx[k], i1 = idx[k + 1], i2 = idx[k + 2];
                double a0 = a[ar + i0], a1 = a[ar + i1], a2 = a[ar + i2];
                int w0 = w + i0 * out, w1 = w + i1 * out, w2 = w + i2 * out;
                for (int o = 0; o < out; o++) z[zr + o] = z[zr + o] + a0 * p[w0 + o] + a1 * p[w1 + o] + a2 * p[w2 + o];
            } else if (left == 2) {
                int i0 = idx[k], i1 = idx[k + 1];
                double a0 = a[ar + i0], a1 = a[ar + i1];
                int w0 = w + i0 * out, w1 = w + i1 * out;
                for (int o = 0; o < out; o++) z[zr + o] = z[zr + o] + a0 * p[w0 + o] + a1 * p[w1 + o];
            } else if (left == 1) {
                int i0 = idx[k];
                double a0 = a[ar + i0];
                int w0 = w + i0 * out;
                for (int o = 0; o < out; o++) z[zr + o] = z[zr + o] + a0 * p[w0 + o];
            }
        }
    }

    /**
     * Weight and bias gradients summed over the rows: g[W][i][o] += Σ_r a[r][i]·delta[r][o],
     * g[b][o] += Σ_r delta[r][o]. Rows are taken four at a time; with {@code sparse}, an input
     * that is 0 in all four rows is skipped.
     */
    public static void accumulateGradients(double[] a, double[] delta, int rows, int in, int out,
                                           double[] g, int w, int b, boolean sparse) {
        int r = 0;
        for (; r + 4 <= rows; r += 4) {
            int a0r = r * in, a1r = a0r + in, a2r = a1r + in, a3r = a2r + in;
            int d0 = r * out, d1 = d0 + out, d2 = d1 + out, d3 = d2 + out;
            for (int i = 0; i < in; i++) {
                double x0 = a[a0r + i], x1 = a[a1r + i], x2 = a[a2r + i], x3 = a[a3r + i];
                if (sparse && x0 == 0.0 && x1 == 0.0 && x2 == 0.0 && x3 == 0.0) continue;
                int wi = w + i * out;
                for (int o = 0; o < out; o++) {
                    g[wi + o] = g[wi + o] + x0 * delta[d0 + o] + x1 * delta[d1 + o] + x2 * delta[d2 + o] + x3 * delta[d3 + o];
                }
            }
            for (int o = 0; o < out; o++) {
                g[b + o] = g[b + o] + delta[d0 + o] + delta[d1 + o] + delta[d2 + o] + delta[d3 + o];
            }
        }
        for (; r < rows; r++) {
            int ar = r * in, d0 = r * out;
            for (int i = 0; i < in; i++) {
                double x0 = a[ar + i];
                if (sparse && x0 == 0.0) continue;
                int wi = w + i * out;
                for (int o = 0; o < out; o++) g[wi + o] = g[wi + o] + x0 * delta[d0 + o];
            }
            for (int o = 0; o < out; o++) g[b + o] = g[b + o] + delta[d0 + o];
        }
    }

    /**
     * Gradient with respect to the layer's input: da[r][i] = Σ_o W[i][o]·delta[r][o].
     * Four rows share each weight load (four independent sums).
     */
    public static void backwardInput(double[] delta, int rows, int in, int out, double[] p, int w, double[] da) {
        int r = 0;
        for (; r + 4 <= rows; r += 4) {
            int d0 = r * out, d1 = d0 + out, d2 = d1 + out, d3 = d2 + out;
            int a0 = r * in, a1 = a0 + in, a2 = a1 + in, a3 = a2 + in;
            for (int i = 0; i < in; i++) {
                int wi = w + i * out;
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                for (int o = 0; o < out; o++) {
                    double wv = p[wi + o];
                    s0 += wv * delta[d0 + o];
                    s1 += wv * delta[d1 + o];
                    s2 += wv * delta[d2 + o];
                    s3 += wv * delta[d3 + o];
                }
                da[a0 + i] = s0;
                da[a1 + i] = s1;
                da[a2 + i] = s2;
                da[a3 + i] = s3;
            }
        }
        for (; r < rows; r++) {
            int d0 = r * out, a0 = r * in;
            for (int i = 0; i < in; i++) {
                int wi = w + i * out;
                double s0 = 0;
                for (int o = 0; o < out; o++) s0 += p[wi + o] * delta[d0 + o];
                da[a0 + i] = s0;
            }
        }
    }
}
