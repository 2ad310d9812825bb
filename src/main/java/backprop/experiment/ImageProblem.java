package backprop.experiment;

import backprop.data.Dataset;
import backprop.data.DecimalForm;
import backprop.data.ImageSet;
import backprop.data.ImageStore;

/**
 * An image dataset as a problem: the configured training subset (balanced, or the first images)
 * and test subset of the chunks loaded so far. The page loads chunks until {@link #ready} holds.
 */
public final class ImageProblem extends Problem {
    public final ImageSet set;
    public final int trainCount, testCount;
    public final boolean balanced;

    private ImageProblem(ImageSet set, Dataset train, Dataset test, int trainCount, int testCount, boolean balanced) {
        super(train, test);
        this.set = set;
        this.trainCount = trainCount;
        this.testCount = testCount;
        this.balanced = balanced;
    }

    /** Training subset size of a config. */
    public static int trainCount(Config c) {
        return DecimalForm.parseInt(c.choice(Schema.SUBSET));
    }

    public static int testCount(Config c) {
        return DecimalForm.parseInt(c.choice(Schema.TEST_SUBSET));
    }

    /** Balanced unless the subset is the whole training set (which is not balanced in MNIST). */
    public static boolean balanced(Config c) {
        return c.flag(Schema.BALANCED) && trainCount(c) < ImageSet.TRAIN;
    }

    /** Whether the loaded chunks hold the configured subsets. */
    public static boolean ready(Config c, ImageStore train, ImageStore test) {
        return train.ready(trainCount(c), balanced(c)) && test.ready(testCount(c), false);
    }

    public static ImageProblem of(Config c, ImageStore train, ImageStore test) {
        ImageSet set = ImageSet.byId(c.choice(Schema.DATA));
        int n = trainCount(c), t = testCount(c);
        return new ImageProblem(set, train.subset(n, balanced(c)), test.subset(t, false), n, t, balanced(c));
    }

    @Override
    public int classes() {
        return set.classes();
    }

    @Override
    public int inputs() {
        return ImageSet.PIXELS;
    }
}
