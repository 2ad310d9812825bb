package backprop.browser;

import backprop.data.DecimalForm;
import org.teavm.jso.JSBody;

/**
 * {@code backprop.data.NumberText} in the browser builds (substituted by
 * {@link NumberTextSubstitution}): JavaScript converts, so TeaVM's double ⇄ text tables stay
 * out of the engine. Same results as on the JVM: JavaScript's text is the shortest that reads
 * back as the same double, rewritten in Java's form; its parser rounds correctly, as Java's does.
 * Only for subnormal numbers can the text differ (Java writes two digits where one suffices:
 * 4.9E-324, here 5.0E-324); it still reads back as the same double.
 */
public final class TNumberText {
    private TNumberText() {}

    public static String of(double v) {
        if (v != v) return "NaN";
        if (v == Double.POSITIVE_INFINITY) return "Infinity";
        if (v == Double.NEGATIVE_INFINITY) return "-Infinity";
        if (v == 0) return 1 / v < 0 ? "-0.0" : "0.0";
        return DecimalForm.javaForm(jsText(v));
    }

    public static double parse(String s) {
        return DecimalForm.decimalAlphabet(s) ? jsNumber(s) : Double.NaN;
    }

    @JSBody(params = "v", script = "return String(v);")
    private static native String jsText(double v);

    @JSBody(params = "s", script = "return Number(s);")
    private static native double jsNumber(String s);
}
