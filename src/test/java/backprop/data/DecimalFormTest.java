package backprop.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The browser build's NumberText (JavaScript's number text rewritten in Java's form, JavaScript's
 * parser on decimal text only) gives what Java gives: checked here on the JVM.
 */
class DecimalFormTest {
    /** JavaScript's Number#toString layout of the digits Java chose (plain from 1e-7 to 1e21). */
    static String jsText(double v) {
        BigDecimal d = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        String digits = d.unscaledValue().abs().toString();
        int point = digits.length() - d.scale(); // value = 0.digits × 10^point
        String sign = v < 0 ? "-" : "";
        if (point - 1 >= -7 && point - 1 < 21) return sign + d.abs().toPlainString();
        String m = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        int e = point - 1;
        return sign + m + "e" + (e >= 0 ? "+" : "-") + Math.abs(e);
    }

    @Test
    void javaScriptTextBecomesJavasForm() {
        String[][] cases = {
            {"123.45", "123.45"}, {"100", "100.0"}, {"-2.5", "-2.5"}, {"0.001", "0.001"}, {"0.0001", "1.0E-4"},
            {"0.000001", "1.0E-6"}, {"1.5e-7", "1.5E-7"}, {"1234567", "1234567.0"}, {"10000000", "1.0E7"},
            {"12345678", "1.2345678E7"}, {"1e+21", "1.0E21"}, {"1.7976931348623157e+308", "1.7976931348623157E308"},
            {"0.1", "0.1"}, {"-0.03", "-0.03"}, {"9999999", "9999999.0"}, {"2.5e-8", "2.5E-8"},
        };
        for (String[] c : cases) assertEquals(c[1], DecimalForm.javaForm(c[0]), c[0]);
    }

    @Property(tries = 5000)
    void anyFiniteDoubleComesOutAsDoubleToString(@ForAll double v) {
        if (!Double.isFinite(v) || v == 0 || Math.abs(v) < Double.MIN_NORMAL) return; // 0 and subnormals: see TNumberText
        assertEquals(Double.toString(v), DecimalForm.javaForm(jsText(v)), jsText(v));
    }

    @Test
    void onlyDecimalTextIsANumber() {
        for (String s : new String[] {"", " 1", "1 ", "NaN", "Infinity", "-Infinity", "0x10", "1d", "1f", "1_0", "e5", ".", "-", "1e", "1-2", "1.2.3"}) {
            assertTrue(Double.isNaN(NumberText.parse(s)), "'" + s + "'");
        }
        assertEquals(100000.0, NumberText.parse("1e5"));
        assertEquals(0.5, NumberText.parse(".5"));
        assertEquals(5.0, NumberText.parse("5."));
        assertEquals(-0.0, NumberText.parse("-0"));
        assertEquals(1e-3, NumberText.parse("+1.0E-3"));
        assertEquals(Double.POSITIVE_INFINITY, NumberText.parse("1e999")); // finite checks are the callers'
    }

    /**
     * Whole numbers: Integer.parseInt's answer on plain decimal text ("-"? up to 10 ASCII digits,
     * −2^31 excluded: its negation overflows), null on anything else.
     */
    @Property(tries = 5000)
    void wholeNumbersAsIntegerParseIntReadsThem(@ForAll int v, @ForAll @StringLength(max = 12) String noise) {
        assertEquals(v == Integer.MIN_VALUE ? null : v, DecimalForm.parseInt(Integer.toString(v)));
        Integer expected;
        try {
            expected = noise.startsWith("+") ? null : Integer.parseInt(noise); // parseInt also reads '+' and non-ASCII digits
        } catch (NumberFormatException e) {
            expected = null;
        }
        boolean plain = noise.chars().allMatch(c -> c == '-' || c >= '0' && c <= '9') && noise.replace("-", "").length() <= 10;
        if (!plain || expected != null && expected == Integer.MIN_VALUE) expected = null;
        assertEquals(expected, DecimalForm.parseInt(noise), noise);
    }

    @Test
    void notWholeNumbers() {
        for (String s : new String[] {"", "-", "+1", "1.0", "1e3", " 1", "2147483648", "-2147483649", "99999999999", "--1", "١"}) {
            assertNull(DecimalForm.parseInt(s), "'" + s + "'");
        }
        assertEquals(Integer.MAX_VALUE, DecimalForm.parseInt("2147483647"));
        assertEquals(-Integer.MAX_VALUE, DecimalForm.parseInt("-2147483647"));
    }
}
