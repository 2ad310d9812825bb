package backprop.data;

import backprop.nn.Keyed;

/** Image datasets served in chunks from web/data/ID/ (see {@link ImageChunk}), keyed by stable ids. */
public enum ImageSet implements Keyed {
    MNIST("mnist", "handwritten digits 0–9, 28 × 28 (LeCun, Cortes, Burges)",
            new String[] {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}),
    FASHION("fashion", "clothing in 10 classes, 28 × 28 (Zalando Fashion-MNIST)",
            new String[] {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"});

    public static final int SIDE = 28, PIXELS = SIDE * SIDE, TRAIN = 60_000, TEST = 10_000;

    public final String id;
    public final String description;
    private final String[] classNames;

    ImageSet(String id, String description, String[] classNames) {
        this.id = id;
        this.description = description;
        this.classNames = classNames;
    }

    public static ImageSet byId(String id) {
        return Keyed.find(values(), id);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String formula() {
        return description;
    }

    public String[] classNames() {
        return classNames.clone();
    }

    public int classes() {
        return classNames.length;
    }
}
