package backprop.experiment;

/**
 * Percent-encoding of URL query components (RFC 3986) with UTF-8, written here so that a
 * malformed link yields a value (null) instead of an exception, the same on every target.
 */
public final class UrlText {
    private UrlText() {}

    private static final String HEX = "0123456789ABCDEF";

    /** Encodes everything but the unreserved characters A–Z a–z 0–9 - . _ ~ and ','. */
    public static String encode(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == ',') {
                sb.append(c);
                continue;
            }
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint(c, s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                cp = 0xFFFD; // lone surrogate: not encodable in UTF-8
            }
            for (byte b : utf8(cp)) sb.append('%').append(HEX.charAt((b >> 4) & 15)).append(HEX.charAt(b & 15));
        }
        return sb.toString();
    }

    /** Decodes %XX sequences as UTF-8 and '+' as space; null if the text is malformed. */
    public static String decode(String s) {
        if (s.indexOf('%') < 0) return s.replace('+', ' ');
        StringBuilder sb = new StringBuilder(s.length());
        byte[] buf = new byte[s.length()];
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '%') {
                sb.append(c == '+' ? ' ' : c);
                i++;
                continue;
            }
            int n = 0;
            while (i < s.length() && s.charAt(i) == '%') {
                if (i + 2 >= s.length()) return null; // '%' needs two hex digits after it
                int hi = Character.digit(s.charAt(i + 1), 16), lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) return null;
                buf[n++] = (byte) (hi * 16 + lo);
                i += 3;
            }
            String part = fromUtf8(buf, n);
            if (part == null) return null;
            sb.append(part);
        }
        return sb.toString();
    }

    private static byte[] utf8(int cp) {
        if (cp < 0x80) return new byte[] {(byte) cp};
        if (cp < 0x800) return new byte[] {(byte) (0xC0 | cp >> 6), (byte) (0x80 | cp & 63)};
        if (cp < 0x10000) return new byte[] {(byte) (0xE0 | cp >> 12), (byte) (0x80 | cp >> 6 & 63), (byte) (0x80 | cp & 63)};
        return new byte[] {(byte) (0xF0 | cp >> 18), (byte) (0x80 | cp >> 12 & 63), (byte) (0x80 | cp >> 6 & 63), (byte) (0x80 | cp & 63)};
    }

    /** Strict UTF-8 decoding (no overlongs, no surrogates, nothing above U+10FFFF); null if invalid. */
    private static String fromUtf8(byte[] b, int n) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xFF, len, cp;
            if (c < 0x80) { len = 1; cp = c; }
            else if (c >= 0xC2 && c < 0xE0) { len = 2; cp = c & 31; }
            else if (c >= 0xE0 && c < 0xF0) { len = 3; cp = c & 15; }
            else if (c >= 0xF0 && c < 0xF5) { len = 4; cp = c & 7; }
            else return null;
            if (i + len > n) return null;
            for (int k = 1; k < len; k++) {
                int t = b[i + k] & 0xFF;
                if ((t & 0xC0) != 0x80) return null;
                cp = cp << 6 | (t & 63);
            }
            if (len == 3 && (cp < 0x800 || cp >= 0xD800 && cp <= 0xDFFF)) return null;
            if (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return null;
            sb.appendCodePoint(cp);
            i += len;
        }
        return sb.toString();
    }
}
