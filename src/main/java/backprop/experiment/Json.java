package backprop.experiment;

import backprop.data.NumberText;
import backprop.data.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON writer and parser (RFC 8259) without reflection, so it compiles under TeaVM.
 * Doubles are written with {@link NumberText#of} ({@code Double.toString}), the shortest text
 * that parses back to the same bits, so export → import round-trips exactly. Parsed values are
 * {@code Map<String,Object>} (insertion-ordered), {@code List<Object>}, {@code Double},
 * {@code String}, {@code Boolean} or null.
 */
public final class Json {
    private Json() {}

    /** Streaming writer with automatic commas. */
    public static final class Writer {
        private final StringBuilder sb = new StringBuilder();
        private boolean needComma;

        public Writer beginObject() { sep(); sb.append('{'); needComma = false; return this; }
        public Writer endObject() { sb.append('}'); needComma = true; return this; }
        public Writer beginArray() { sep(); sb.append('['); needComma = false; return this; }
        public Writer endArray() { sb.append(']'); needComma = true; return this; }

        public Writer key(String k) {
            sep();
            string(k);
            sb.append(':');
            needComma = false;
            return this;
        }

        public Writer value(String s) { sep(); if (s == null) sb.append("null"); else string(s); needComma = true; return this; }
        public Writer value(boolean b) { sep(); sb.append(b); needComma = true; return this; }
        public Writer value(int v) { sep(); sb.append(v); needComma = true; return this; }

        /** Finite doubles exactly; NaN and infinities as null (JSON has no such numbers). */
        public Writer value(double v) {
            sep();
            if (Double.isNaN(v) || Double.isInfinite(v)) sb.append("null");
            else sb.append(NumberText.of(v));
            needComma = true;
            return this;
        }

        public Writer values(double[] a) {
            beginArray();
            for (double v : a) value(v);
            return endArray();
        }

        /** Inserts already-serialised JSON as a value. */
        public Writer raw(String json) { sep(); sb.append(json); needComma = true; return this; }

        private void sep() {
            if (needComma) sb.append(',');
        }

        private void string(String s) {
            sb.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"': sb.append("\\\""); break;
                    case '\\': sb.append("\\\\"); break;
                    case '\n': sb.append("\\n"); break;
                    case '\r': sb.append("\\r"); break;
                    case '\t': sb.append("\\t"); break;
                    default:
                        if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                            String h = Integer.toHexString(c);
                            sb.append("\\u").append("0000", h.length(), 4).append(h);
                        } else {
                            sb.append(c);
                        }
                }
            }
            sb.append('"');
        }

        @Override public String toString() { return sb.toString(); }
    }

    /** Parses one JSON text; an error names the position and what was expected. */
    public static Outcome<Object> parse(String text) {
        Parser p = new Parser(text);
        try {
            p.ws();
            Object v = p.value(0);
            p.ws();
            if (p.pos != text.length()) return Outcome.error("JSON: unexpected '" + text.charAt(p.pos) + "' at position " + p.pos + " after the value");
            return Outcome.ok(v);
        } catch (IllegalArgumentException e) {
            return Outcome.error("JSON: " + e.getMessage());
        }
    }

    private static final class Parser {
        private static final int MAX_DEPTH = 64;
        final String s;
        int pos;

        Parser(String s) { this.s = s; }

        Object value(int depth) {
            if (depth > MAX_DEPTH) throw fail("nesting deeper than " + MAX_DEPTH);
            if (pos >= s.length()) throw fail("unexpected end of text");
            char c = s.charAt(pos);
            switch (c) {
                case '{': return object(depth);
                case '[': return array(depth);
                case '"': return string();
                case 't': return literal("true", Boolean.TRUE);
                case 'f': return literal("false", Boolean.FALSE);
                case 'n': return literal("null", null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) return number();
                    throw fail("unexpected '" + c + "'");
            }
        }

        Map<String, Object> object(int depth) {
            Map<String, Object> m = new LinkedHashMap<>();
            pos++;
            ws();
            if (peek('}')) { pos++; return m; }
            while (true) {
                ws();
                if (!peek('"')) throw fail("expected a string key");
                String k = string();
                ws();
                expect(':');
                ws();
                m.put(k, value(depth + 1));
                ws();
                if (peek(',')) { pos++; continue; }
                expect('}');
                return m;
            }
        }

        List<Object> array(int depth) {
            List<Object> a = new ArrayList<>();
            pos++;
            ws();
            if (peek(']')) { pos++; return a; }
            while (true) {
                ws();
                a.add(value(depth + 1));
                ws();
                if (peek(',')) { pos++; continue; }
                expect(']');
                return a;
            }
        }

        String string() {
            pos++; // opening quote
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= s.length()) throw fail("unterminated string");
                char c = s.charAt(pos++);
                if (c == '"') return sb.toString();
                if (c < 0x20) throw fail("control character in string");
                if (c != '\\') { sb.append(c); continue; }
                if (pos >= s.length()) throw fail("unterminated escape");
                char e = s.charAt(pos++);
                switch (e) {
                    case '"': case '\\': case '/': sb.append(e); break;
                    case 'b': sb.append('\b'); break;
                    case 'f': sb.append('\f'); break;
                    case 'n': sb.append('\n'); break;
                    case 'r': sb.append('\r'); break;
                    case 't': sb.append('\t'); break;
                    case 'u':
                        if (pos + 4 > s.length()) throw fail("short \\u escape");
                        int code = 0;
                        for (int i = 0; i < 4; i++) {
                            int d = Character.digit(s.charAt(pos++), 16);
                            if (d < 0) throw fail("bad \\u escape");
                            code = code * 16 + d;
                        }
                        sb.append((char) code);
                        break;
                    default: throw fail("bad escape \\" + e);
                }
            }
        }

        Double number() {
            int start = pos;
            if (peek('-')) pos++;
            if (peek('0')) pos++;
            else if (!digits()) throw fail("expected digits");
            if (peek('.')) { pos++; if (!digits()) throw fail("expected digits after '.'"); }
            if (peek('e') || peek('E')) {
                pos++;
                if (peek('+') || peek('-')) pos++;
                if (!digits()) throw fail("expected exponent digits");
            }
            return NumberText.parse(s.substring(start, pos));
        }

        boolean digits() {
            int start = pos;
            while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') pos++;
            return pos > start;
        }

        Object literal(String word, Object v) {
            if (!s.startsWith(word, pos)) throw fail("unexpected '" + s.charAt(pos) + "'");
            pos += word.length();
            return v;
        }

        boolean peek(char c) { return pos < s.length() && s.charAt(pos) == c; }

        void expect(char c) {
            if (!peek(c)) throw fail("expected '" + c + "'");
            pos++;
        }

        void ws() {
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
                pos++;
            }
        }

        IllegalArgumentException fail(String what) {
            return new IllegalArgumentException(what + " at position " + pos);
        }
    }
}
