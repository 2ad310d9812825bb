package backprop.nn;

/**
 * Learning-rate schedules over (fractional) epochs, keyed by stable ids.
 * step: lr0 · γ^⌊epoch / every⌋; exponential: lr0 · γ^(epoch / every), smooth in steps.
 */
public enum Schedule implements Keyed {
    CONSTANT("constant", "lr = lr0"),
    STEP("step", "lr = lr0 * gamma^floor(epoch / every)"),
    EXPONENTIAL("exp", "lr = lr0 * gamma^(epoch / every)");

    public final String id;
    public final String formula;

    Schedule(String id, String formula) {
        this.id = id;
        this.formula = formula;
    }

    public static Schedule byId(String id) {
        return Keyed.find(values(), id);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String formula() {
        return formula;
    }

    /** Learning rate at {@code epoch} (may be fractional: completed batches / batches per epoch). */
    public double rate(double lr0, double gamma, double every, double epoch) {
        switch (this) {
            case STEP: return lr0 * Fn.MATH.pow(gamma, Math.floor(epoch / every));
            case EXPONENTIAL: return lr0 * Fn.MATH.pow(gamma, epoch / every);
            default: return lr0;
        }
    }
}
