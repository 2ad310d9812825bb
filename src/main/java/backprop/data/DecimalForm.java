package backprop.data;

/**
 * Helpers shared by {@link NumberText} and its browser replacement: which texts count as
 * decimal numbers, and JavaScript's number text rewritten in Java's {@code Double.toString}
 * form (same digits; plain from 10⁻³ up to 10⁷, else "d.dddE±n"; always a fractional digit).
 */
public final class DecimalForm {
    private DecimalForm() {}

    /**
     * Non-empty, only digits, '.', '+', '-', 'e' and 'E'. On such text
     * Java's parseDouble and JavaScript's Number agree: both refuse what is not
     * {@code [+-]digits[.digits][(e|E)[+-]digits]} and round the rest correctly.
     */
    public static boolean decimalAlphabet(String s) {
        if (s == null || s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) return false;
        }
        return true;
    }

    /**
     * JavaScript's {@code String(v)} of a finite, non-zero double ("123.45", "0.000001",
     * "1.5e-7", "1e+21") in Java's form ("123.45", "1.0E-6", "1.5E-7", "1.0E21").
     */
    public static String javaForm(String js) {
        boolean neg = js.charAt(0) == '-';
        String t = neg ? js.substring(1) : js;
        int e = t.indexOf('e');
        String mant = e < 0 ? t : t.substring(0, e);
        int exp = e < 0 ? 0 : parseInt(t.substring(t.charAt(e + 1) == '+' ? e + 2 : e + 1));
        int dot = mant.indexOf('.');
        String intPart = dot < 0 ? mant : mant.substring(0, dot), frac = dot < 0 ? "" : mant.substring(dot + 1);
        String digits = intPart + frac;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') lead++;
        // Value = 0.d1d2… × 10^(point); the scientific exponent is point − 1.
        int point = intPart.length() - lead + exp;
        digits = digits.substring(lead);
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') end--;
        digits = digits.substring(0, end);
        int sci = point - 1;
        StringBuilder sb = new StringBuilder(neg ? "-" : "");
        if (sci >= -3 && sci < 7) {
            if (point <= 0) {
                sb.append("0.");
                for (int i = point; i < 0; i++) sb.append('0');
                sb.append(digits);
            } else {
                for (int i = 0; i < point; i++) sb.append(i < digits.length() ? digits.charAt(i) : '0');
                sb.append('.').append(digits.length() > point ? digits.substring(point) : "0");
            }
        } else {
            sb.append(digits.charAt(0)).append('.').append(digits.length() > 1 ? digits.substring(1) : "0").append('E').append(sci);
        }
        return sb.toString();
    }

    /**
     * A whole number written in plain decimal (optional '-'), or null: no overflow, no exponent,
     * no '+'. (Not Integer.parseInt: its radixes and messages cost the Wasm engine 0.5 kB gzip.)
     */
    public static Integer parseInt(String s) {
        int n = s.length(), i = 0;
        boolean neg = n > 0 && s.charAt(0) == '-';
        if (neg) i++;
        if (i == n || n - i > 10) return null;
        int v = 0;
        for (; i < n; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) return null;
            if (v > (Integer.MAX_VALUE - d) / 10) return null;
            v = v * 10 + d;
        }
        return neg ? -v : v;
    }
}
