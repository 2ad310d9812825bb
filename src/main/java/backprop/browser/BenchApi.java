package backprop.browser;

import backprop.bench.W1;
import backprop.bench.W2;
import backprop.data.Dataset;
import backprop.data.Outcome;
import org.teavm.jso.JSExport;
import org.teavm.jso.typedarrays.Int8Array;

/**
 * Benchmark workloads W1/W2 (../shared/peers/README.md) for bench.html and the peer-harness
 * adapter (web/js/bench-system.js); the page times these calls. Exported as {@code BenchApi}.
 */
public final class BenchApi {
    private BenchApi() {}

    private static W1 w1;
    private static W2 w2;

    @JSExport
    public static void w1Setup() {
        w1 = new W1(1);
    }

    /** Trains W1 for {@code epochs} epochs; returns the last batch loss. */
    @JSExport
    public static double w1Train(int epochs) {
        return w1.trainEpochs(epochs);
    }

    /** W1's mean ½(o − t)² over its 250 test points. */
    @JSExport
    public static double w1TestLoss() {
        return w1.testLoss();
    }

    /** W1's 100 × 100 grid of forward passes; returns a checksum. */
    @JSExport
    public static double w1Grid() {
        return w1.grid();
    }

    /**
     * Loads W2 from raw MNIST bytes (pixels without the IDX header, 784 per image, and labels);
     * returns "" or an error message.
     */
    @JSExport
    public static String w2Setup(Int8Array trainPixels, Int8Array trainLabels, Int8Array testPixels, Int8Array testLabels,
                                 boolean sparse) {
        Outcome<Dataset> train = W2.dataset(trainPixels.copyToJavaArray(), trainLabels.copyToJavaArray(), "train");
        Outcome<Dataset> test = W2.dataset(testPixels.copyToJavaArray(), testLabels.copyToJavaArray(), "test");
        if (!train.isOk()) return train.error();
        if (!test.isOk()) return test.error();
        w2 = new W2(train.get(), test.get(), sparse, 1);
        return "";
    }

    @JSExport
    public static double w2Train(int start, int end) {
        return w2.trainRange(start, end);
    }

    @JSExport
    public static double w2Accuracy() {
        return w2.accuracy();
    }

}
