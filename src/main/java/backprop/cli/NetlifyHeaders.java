package backprop.cli;

import backprop.data.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code [[headers]]} rules of netlify.toml, so that the local server and the browser tests
 * send exactly what Netlify sends. Reads the small TOML subset that file uses: {@code [[headers]]}
 * array tables with {@code for = "/path"} and a {@code [headers.values]} table of
 * {@code Name = "value"} pairs; other tables ({@code [build]}, …) are skipped; {@code #} comments,
 * basic strings with escapes and 'literal' strings.
 *
 * <p>Matching: {@code for} is an exact path, or ends in {@code /*} for that prefix and everything
 * below it ({@code /*} matches every path). All matching rules apply in file order; if two set the
 * same header, the later wins (netlify.toml avoids that).
 */
public final class NetlifyHeaders {
    private final List<String> patterns = new ArrayList<>();
    private final List<Map<String, String>> values = new ArrayList<>();

    private NetlifyHeaders() {}

    public static Outcome<NetlifyHeaders> parse(String toml) {
        NetlifyHeaders h = new NetlifyHeaders();
        String table = "";
        String[] lines = toml.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = stripComment(lines[n]).trim();
            String where = "netlify.toml line " + (n + 1) + ": ";
            if (line.isEmpty()) continue;
            if (line.startsWith("[")) {
                boolean array = line.startsWith("[[");
                if (!line.endsWith(array ? "]]" : "]")) return Outcome.error(where + "unclosed table header " + line);
                table = line.substring(array ? 2 : 1, line.length() - (array ? 2 : 1)).trim();
                if (array && table.equals("headers")) {
                    h.patterns.add(null);
                    h.values.add(new LinkedHashMap<>());
                }
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) return Outcome.error(where + "expected key = value, got " + line);
            String key = unquoteKey(line.substring(0, eq).trim());
            Outcome<String> value = string(line.substring(eq + 1).trim());
            if (table.isEmpty()) return Outcome.error(where + "key '" + key + "' outside any table");
            if (!table.startsWith("headers")) continue; // [build] etc.: not ours
            if (!value.isOk()) return Outcome.error(where + value.error());
            if (h.patterns.isEmpty()) return Outcome.error(where + "[" + table + "] before any [[headers]]");
            int last = h.patterns.size() - 1;
            if (table.equals("headers") && key.equals("for")) h.patterns.set(last, value.get());
            else if (table.equals("headers.values")) h.values.get(last).put(key, value.get());
            else return Outcome.error(where + "unexpected key '" + key + "' in [" + table + "]");
        }
        for (int i = 0; i < h.patterns.size(); i++) {
            if (h.patterns.get(i) == null) return Outcome.error("netlify.toml: [[headers]] rule " + (i + 1) + " has no 'for' path");
        }
        return Outcome.ok(h);
    }

    /** Headers for a request path ("/", "/index.html", …). */
    public Map<String, String> headersFor(String path) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < patterns.size(); i++) {
            if (matches(patterns.get(i), path)) out.putAll(values.get(i));
        }
        return out;
    }

    static boolean matches(String pattern, String path) {
        if (pattern.endsWith("/*")) {
            String prefix = pattern.substring(0, pattern.length() - 1); // keeps the slash
            return path.startsWith(prefix) || path.equals(prefix.substring(0, prefix.length() - 1));
        }
        return pattern.equals(path);
    }

    private static String stripComment(String line) {
        boolean inBasic = false, inLiteral = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && inBasic) { i++; continue; }
            if (c == '"' && !inLiteral) inBasic = !inBasic;
            else if (c == '\'' && !inBasic) inLiteral = !inLiteral;
            else if (c == '#' && !inBasic && !inLiteral) return line.substring(0, i);
        }
        return line;
    }

    private static String unquoteKey(String k) {
        if (k.length() >= 2 && (k.startsWith("\"") && k.endsWith("\"") || k.startsWith("'") && k.endsWith("'"))) {
            return k.substring(1, k.length() - 1);
        }
        return k;
    }

    /** A TOML basic ("…") or literal ('…') string that makes up the whole value. */
    static Outcome<String> string(String v) {
        if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'") && v.indexOf('\'', 1) == v.length() - 1) {
            return Outcome.ok(v.substring(1, v.length() - 1));
        }
        if (!v.startsWith("\"")) return Outcome.error("expected a quoted string, got " + v);
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"') {
                if (i != v.length() - 1) return Outcome.error("unexpected text after the string: " + v.substring(i + 1));
                return Outcome.ok(sb.toString());
            }
            if (c != '\\') { sb.append(c); continue; }
            if (++i >= v.length()) break;
            char e = v.charAt(i);
            switch (e) {
                case '"': case '\\': sb.append(e); break;
                case 'n': sb.append('\n'); break;
                case 't': sb.append('\t'); break;
                case 'r': sb.append('\r'); break;
                case 'u':
                    if (i + 4 >= v.length()) return Outcome.error("short \\u escape");
                    try {
                        sb.append((char) Integer.parseInt(v.substring(i + 1, i + 5), 16));
                    } catch (NumberFormatException ex) {
                        return Outcome.error("bad \\u escape");
                    }
                    i += 4;
                    break;
                default: return Outcome.error("unknown escape \\" + e);
            }
        }
        return Outcome.error("unterminated string " + v);
    }
}
