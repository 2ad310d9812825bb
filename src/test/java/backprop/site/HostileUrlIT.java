package backprop.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.experiment.Schema;
import backprop.nn.Rng;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Links strangers send: 200 hostile query strings (huge, negative, NaN and empty numbers,
 * unknown keys, script and javascript: payloads, 100 kB values, broken UTF-8 in percent-encoding,
 * old and future versions, control characters) each open the playground, which must render,
 * name exactly what the engine's decoder rejects (the JVM's list of problems, message by
 * message), keep injected text out of the markup, log no error, and train. Escapes that are not
 * even hex ({@code %zz}, a bare {@code %}) and raw braces are refused with 400 by the JDK's HTTP
 * server (our local server) before the page exists; the decoder's property test covers them.
 */
class HostileUrlIT extends OnSite {

    static final String[] VALUES = {"", "-1", "-0", "1e309", "-1e309", "NaN", "Infinity", "0x10", "1,2,", ",,,", "99999999999999999999",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "javascript:alert(1)", "%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "%E0%A4",
        "%C0%AE", "%ED%A0%80", "%FF", "%00", "%0A%0D", "%F0%9F%92%A9", "null", "undefined", "true", "[]", "%7B%7D", "1.5.5", "%20%203", "3%20%20", "+5", "1e-400",
        "0.0000000001", "x".repeat(100_000), "8,".repeat(50) + "8", "tanh,".repeat(30) + "relu", "__proto__", "constructor"};

    /** Hostile queries: every key with every kind of bad value, plus unknown, repeated and versioned keys. */
    static List<String> queries() {
        List<String> keys = new ArrayList<>();
        for (backprop.experiment.Param p : Schema.params()) keys.add(p.key);
        List<String> out = new ArrayList<>();
        Rng rng = new Rng(2026);
        for (int i = 0; out.size() < 170; i++) {
            String key = keys.get(i % keys.size());
            String value = VALUES[rng.nextInt(VALUES.length)];
            if (key.equals("data") && value.isEmpty()) value = "mnist%00";
            out.add(key + "=" + value + (i % 3 == 0 ? "&" + keys.get(rng.nextInt(keys.size())) + "=" + VALUES[rng.nextInt(VALUES.length)] : ""));
        }
        out.add("v=0&layers=3");
        out.add("v=2&layers=3");
        out.add("v=999999&future=1");
        out.add("v=1&v=2");
        out.add("layers=4&layers=5&layers=%3Cb%3E");
        out.add("frobnicate=1&%3Cscript%3E=1");
        out.add("=1&==&&&");
        out.add("%FF=%FE&%E0%A4=1");
        out.add("__proto__=1&constructor=1&toString=1");
        out.add("data=custom&pts=" + "A".repeat(50_000));
        out.add("data=custom&pts=%3Cscript%3E");
        out.add("lr=1e309&opt=adam&b1=2&b2=-1&eps=0");
        out.add("act=softmax&out=step&loss=ce");
        out.add("layers=0&act=relu,relu,relu");
        out.add("layers=1024,1024,1024,1024,1024,1024,1024,1024,1024,1024,1024");
        out.add("batch=0&epochs=-1&speed=NaN");
        out.add("feat=&layers=");
        out.add("feat=x,x,x,x&classes=99");
        out.add("noise=%0A&points=%09&train=%20");
        out.add("regRate=Infinity&reg=l3");
        out.add("sched=exp&decay=0&every=0");
        out.add("dseed=-1&seed=2147483648");
        out.add("disc=2&test=-1");
        out.add("x=" + "%E2%80%AE".repeat(20));
        out.add("data=spiral&" + "a=1&".repeat(2000));
        out.add("lr=%C0%AE%C0%AE");
        out.add("init=he%00&act=tanh%0A");
        out.add("data=checker&noise=50&points=2000&layers=64,64&batch=2000");
        out.add("engine=js&lr=abc");
        out.add("engine=wasm&layers=%3Csvg%20onload%3Dalert(1)%3E");
        return out;
    }

    @Test
    void twoHundredHostileLinksOpenNameTheirProblemsAndTrain() {
        List<String> qs = queries();
        assertEquals(200, qs.size());
        String only = System.getProperty("bp.hostile"); // e.g. -Dbp.hostile=0-20 to look at a few
        if (only != null) qs = qs.subList(Integer.parseInt(only.split("-")[0]), Integer.parseInt(only.split("-")[1]));
        b.consoleErrors(); // start clean
        List<String> failures = new ArrayList<>();
        for (String q : qs) {
            String what = q.length() > 120 ? q.substring(0, 120) + "…" : q;
            try {
                b.open("/?" + q);
                b.waitReady();
                long injected = (Long) b.js("return document.querySelectorAll('script:not([src]), iframe, object, embed, img[onerror], svg, "
                        + "[onload], [onerror], #notices b, #notices img').length;");
                if (injected != 0) failures.add(what + ": injected markup");
                String notices = (String) b.js("return document.getElementById('notices').textContent;");
                String settings = java.util.Arrays.stream(q.split("&")).filter(p -> !p.startsWith("engine=")).collect(java.util.stream.Collectors.joining("&"));
                List<backprop.experiment.Config.Problem> problems = backprop.experiment.Config.decode(settings).problems;
                for (backprop.experiment.Config.Problem p : problems) {
                    if (!notices.contains(p.message)) failures.add(what + ": the notices do not say '" + p.message + "'");
                }
                if (problems.isEmpty() && !notices.isEmpty()) failures.add(what + ": a notice although nothing was rejected: " + notices);
                b.js("window.bp.engine.send({type: 'step', batches: 2});");
                b.waitFor(20, "const s = window.bp.store.get().snapshot.status; return s.steps >= 2 || s.divergence || window.bp.store.get().info.trainSize === 0;");
                List<String> errors = b.consoleErrors();
                if (!errors.isEmpty()) failures.add(what + ": console " + errors);
                if (only != null) System.err.println("HOSTILE ok " + what);
            } catch (RuntimeException e) {
                failures.add(what + ": " + e.getClass().getSimpleName() + " " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + qs.size() + " failed:\n" + String.join("\n", failures));
    }
}
