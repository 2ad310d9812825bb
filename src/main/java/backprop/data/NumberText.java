package backprop.data;

/**
 * The core's only conversions between doubles and decimal text. On the JVM these are Java's
 * own. The browser builds replace this class with {@code backprop.browser.TNumberText}, which
 * asks JavaScript (its shortest round-trip text and its correctly rounded parser) instead of
 * compiling TeaVM's conversion tables into the engine: that saves about 18 kB of the Wasm
 * engine's 102 kB (gzip). Both give the same doubles; see {@link DecimalForm}.
 */
public final class NumberText {
    private NumberText() {}

    /** {@code Double.toString(v)}: the shortest digits that read back as {@code v}, in Java's form. */
    public static String of(double v) {
        return Double.toString(v);
    }

    /**
     * A decimal number ({@code [+-]digits[.digits][(e|E)[+-]digits]}, also ".5" and "5."),
     * correctly rounded; NaN for any other text (no "NaN", "Infinity", hex, spaces or suffixes).
     */
    public static double parse(String s) {
        if (!DecimalForm.decimalAlphabet(s)) return Double.NaN;
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
