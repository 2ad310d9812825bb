package backprop.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The build's one JavaScript step: the site's own modules are served without their comments,
 * indentation and blank lines (about 11 kB gzip of the first load). Nothing else changes: no
 * renaming, no joining of lines (so automatic semicolon insertion sees the same line breaks),
 * strings, template literals and regular expressions are copied as they are. A small lexer
 * tells them apart: a {@code /} starts a regular expression where an expression may begin
 * (after an operator, an opening bracket, a comma, or a keyword such as {@code return}).
 * Files under {@code vendor/} and the TeaVM output ({@code engine/js}, {@code engine/wasm*}) are left alone.
 */
public final class StripJs {
    private StripJs() {}

    static final List<String> LEFT_ALONE = List.of("vendor/", "engine/js/", "engine/wasm/", "engine/wasm-full/");

    /** {@code strip-js --root DIR}: strips every .js file under DIR in place. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2 || !args[0].equals("--root")) {
            err.println("usage: strip-js --root DIR");
            return 2;
        }
        Path root = Path.of(args[1]);
        try (Stream<Path> files = Files.walk(root)) {
            long before = 0, after = 0;
            for (Path p : files.filter(f -> f.toString().endsWith(".js")).collect(Collectors.toList())) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (LEFT_ALONE.stream().anyMatch(rel::startsWith)) continue;
                String js = Files.readString(p, StandardCharsets.UTF_8), s = strip(js);
                before += js.length();
                after += s.length();
                Files.writeString(p, s, StandardCharsets.UTF_8);
            }
            out.println("strip-js: " + before + " → " + after + " characters");
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("strip-js: " + e.getMessage());
            return 1;
        }
    }

    /** Words after which a {@code /} begins a regular expression, not a division. */
    static final List<String> BEFORE_REGEX = List.of("return", "typeof", "case", "do", "else", "in", "of", "new", "delete", "void",
            "throw", "yield", "await", "instanceof");

    /** The text without comments, leading and trailing blanks of lines, and empty lines. */
    public static String strip(String js) {
        StringBuilder out = new StringBuilder(js.length());
        // Open template literals and, for each, how many '{' of its current ${…} are open.
        int[] braces = new int[64];
        int templates = 0, i = 0, n = js.length();
        boolean inTemplateText = false;
        while (i < n && (js.charAt(i) == ' ' || js.charAt(i) == '\t')) i++; // the first line's indentation
        while (i < n) {
            char c = js.charAt(i);
            if (inTemplateText) {
                int end = templateText(js, i);
                out.append(js, i, end);
                i = end;
                if (i >= n) break;
                if (js.charAt(i - 1) == '`') { templates--; inTemplateText = false; } // closed
                else { inTemplateText = false; braces[templates - 1] = 0; } // at "${": an expression
                continue;
            }
            if (c == '`') {
                if (templates == braces.length) throw new IllegalArgumentException("template literals nested too deeply");
                templates++;
                out.append(c);
                i++;
                inTemplateText = true;
                continue;
            }
            if (templates > 0 && c == '{') braces[templates - 1]++;
            if (templates > 0 && c == '}') {
                if (braces[templates - 1] == 0) { out.append(c); i++; inTemplateText = true; continue; } // end of ${…}
                braces[templates - 1]--;
            }
            if (c == '\'' || c == '"') {
                int end = quoted(js, i);
                out.append(js, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && js.charAt(i + 1) == '/') {
                while (i < n && js.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && js.charAt(i + 1) == '*') {
                int end = js.indexOf("*/", i + 2);
                if (end < 0) throw new IllegalArgumentException("unclosed comment at " + i);
                boolean lines = js.substring(i, end).indexOf('\n') >= 0;
                i = end + 2;
                if (!lines) {
                    out.append(' ');
                } else { // as a line break
                    trimEnd(out);
                    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
                    while (i < n && (js.charAt(i) == ' ' || js.charAt(i) == '\t')) i++;
                }
            } else if (c == '/' && regexMayStart(out)) {
                int end = regex(js, i);
                out.append(js, i, end);
                i = end;
            } else if (c == '\n' || c == '\r') {
                trimEnd(out);
                if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
                i++;
                while (i < n && (js.charAt(i) == ' ' || js.charAt(i) == '\t')) i++;
            } else {
                out.append(c);
                i++;
            }
        }
        trimEnd(out);
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
        return out.toString();
    }

    private static void trimEnd(StringBuilder out) {
        int k = out.length();
        while (k > 0 && (out.charAt(k - 1) == ' ' || out.charAt(k - 1) == '\t')) k--;
        out.setLength(k);
    }

    /** The end of the template text from i: after its closing '`', or at its "${" (after it). */
    private static int templateText(String js, int i) {
        int n = js.length();
        while (i < n) {
            char c = js.charAt(i);
            if (c == '\\') { i += 2; continue; }
            if (c == '`') return i + 1;
            if (c == '$' && i + 1 < n && js.charAt(i + 1) == '{') return i + 2;
            i++;
        }
        throw new IllegalArgumentException("unclosed template literal");
    }

    private static int quoted(String js, int i) {
        char q = js.charAt(i);
        for (int k = i + 1; k < js.length(); k++) {
            char c = js.charAt(k);
            if (c == '\\') k++;
            else if (c == q) return k + 1;
            else if (c == '\n') break;
        }
        throw new IllegalArgumentException("unclosed string at " + i);
    }

    /** Whether a '/' here begins a regular expression: judged by what the output ends with. */
    static boolean regexMayStart(CharSequence out) {
        int k = out.length() - 1;
        while (k >= 0 && (out.charAt(k) == ' ' || out.charAt(k) == '\t' || out.charAt(k) == '\n')) k--;
        if (k < 0) return true;
        char p = out.charAt(k);
        if ("(,=:[!&|?{};+-*%<>~^".indexOf(p) >= 0) return true;
        if (!Character.isLetter(p)) return false; // ')' ']' '}' digits, names' ends: a division
        int s = k;
        while (s >= 0 && (Character.isLetterOrDigit(out.charAt(s)) || out.charAt(s) == '_' || out.charAt(s) == '$')) s--;
        return BEFORE_REGEX.contains(out.subSequence(s + 1, k + 1).toString());
    }

    /** The end of the regular expression literal from i (after its flags). */
    private static int regex(String js, int i) {
        boolean inClass = false;
        for (int k = i + 1; k < js.length(); k++) {
            char c = js.charAt(k);
            if (c == '\\') k++;
            else if (c == '\n') break;
            else if (c == '[') inClass = true;
            else if (c == ']') inClass = false;
            else if (c == '/' && !inClass) {
                k++;
                while (k < js.length() && Character.isLetter(js.charAt(k))) k++;
                return k;
            }
        }
        throw new IllegalArgumentException("unclosed regular expression at " + i);
    }
}
