package backprop.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.data.Outcome;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Round trips and robustness of the text formats: JSON, model files, URL queries. */
class CodecPropertiesTest {
    @Property(tries = 3000)
    void jsonRoundTripsEveryFiniteDouble(@ForAll double v) {
        if (!Double.isFinite(v)) return;
        String text = new Json.Writer().beginArray().value(v).endArray().toString();
        Object back = ((List<?>) Json.parse(text).get()).get(0);
        assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits((Double) back), text);
    }

    @Property(tries = 1000)
    void jsonStringsRoundTrip(@ForAll String s) {
        String text = new Json.Writer().beginObject().key(s).value(s).endObject().toString();
        Object back = Json.parse(text).get();
        assertEquals(java.util.Map.of(s, s), back);
    }

    @Property(tries = 2000)
    void jsonParserNeverThrows(@ForAll String s) {
        Outcome<Object> r = Json.parse(s);
        assertTrue(r.isOk() || r.error().startsWith("JSON: "));
    }

    @Provide
    Arbitrary<String> validQueries() {
        Arbitrary<String> data = Arbitraries.of("circle", "xor", "gauss", "spiral");
        Arbitrary<String> layers = Arbitraries.integers().between(1, 64).list().ofMaxSize(10)
                .map(l -> String.join(",", l.stream().map(String::valueOf).toArray(String[]::new)));
        Arbitrary<String> act = Arbitraries.of("identity", "step", "sigmoid", "tanh", "relu", "leaky_relu", "elu", "softplus");
        Arbitrary<String> head = Arbitraries.of("out=tanh&loss=mse", "out=sigmoid&loss=bce", "out=softmax&loss=ce", "out=identity&loss=mse");
        Arbitrary<Double> lr = Arbitraries.doubles().between(0.00001, 10).ofScale(8);
        Arbitrary<Integer> seed = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<String> opt = Arbitraries.of("sgd", "momentum", "rmsprop", "adam");
        return Combinators.combine(data, layers, act, head, lr, seed, opt).as((d, l, a, h, r, s, o) ->
                "data=" + d + "&layers=" + l + "&act=" + a + "&" + h + "&lr=" + r + "&seed=" + s + "&opt=" + o);
    }

    @Property(tries = 500)
    void validQueriesDecodeWithoutProblemsAndEncodeCanonically(@ForAll("validQueries") String q) {
        Config.Decoded d = Config.decode(q);
        assertEquals(List.of(), d.problems.stream().map(p -> p.message).toList(), q);
        Config.Decoded again = Config.decode(d.config.encode());
        assertEquals(List.of(), again.problems.stream().map(p -> p.message).toList());
        assertEquals(d.config.encode(), again.config.encode());
    }

    @Provide
    Arbitrary<String> hostileQueries() {
        List<String> keys = new ArrayList<>();
        for (Param p : Schema.params()) keys.add(p.key);
        keys.add("v");
        keys.add("unknown");
        Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of(keys), Arbitraries.strings().ofMaxLength(8));
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30),
                Arbitraries.strings().withChars("0123456789.,-+eE%").ofMaxLength(25),
                Arbitraries.of("NaN", "Infinity", "-1", "1e400", "99999999999", "", "%", "%zz", "%E2%82", "<script>alert(1)</script>",
                        "javascript:alert(1)", "0x10", "1,2,3,4,5,6,7,8,9,10,11", "tanh,relu,,", "%00", "\u0000", "\uD800"),
                Arbitraries.strings().ofMinLength(1000).ofMaxLength(5000));
        Arbitrary<String> pair = Combinators.combine(key, value, Arbitraries.of("=", "", "==")).as((k, v, eq) -> k + eq + v);
        return pair.list().ofMaxSize(12).map(l -> String.join(Arbitraries.of("&", "&&").sample(), l));
    }

    @Property(tries = 10000)
    void anyQueryDecodesToAValidConfigAndNamesWhatItRejected(@ForAll("hostileQueries") String q) {
        Config.Decoded d = Config.decode(q);
        assertNotNull(d.config);
        for (Config.Problem p : d.problems) assertTrue(!p.message.isEmpty() && p.message.length() < 400, p.message);
        Config.Decoded canonical = Config.decode(d.config.encode());
        assertEquals(List.of(), canonical.problems.stream().map(p -> p.message).toList());
        new Session(d.config).step(1); // and the engine can train on it
    }

    @Property(tries = 2000)
    void urlTextRoundTripsValidUnicode(@ForAll String s) {
        String clean = s.codePoints().filter(c -> c < 0xD800 || c > 0xDFFF)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        assertEquals(clean, UrlText.decode(UrlText.encode(clean)));
    }

    @Property(tries = 2000)
    void urlDecodeNeverThrows(@ForAll String s) {
        UrlText.decode(s); // null for malformed input, never an exception
    }

    @Property(tries = 5000)
    void numbersAreWrittenShortAndReadBackExactly(@ForAll double v) {
        if (!Double.isFinite(v)) return;
        String text = Schema.formatNumber(v);
        assertEquals(Double.doubleToRawLongBits(v == 0 ? 0.0 : v), Double.doubleToRawLongBits(Schema.parseNumber(text)), text);
        assertTrue(text.length() <= 24, text);
    }

    @org.junit.jupiter.api.Test
    void numbersReadNaturally() {
        assertEquals("0.00001", Schema.formatNumber(0.00001));
        assertEquals("0.03", Schema.formatNumber(0.03));
        assertEquals("1e-8", Schema.formatNumber(1e-8));
        assertEquals("10", Schema.formatNumber(10));
        assertEquals("123456.5", Schema.formatNumber(123456.5));
        assertEquals("1.5e20", Schema.formatNumber(1.5e20));
    }

    @org.junit.jupiter.api.Test
    void malformedPercentSequencesDecodeToNull() {
        for (String bad : new String[] {"%", "%4", "%zz", "%C3", "%C3%28", "%ED%A0%80", "%F8%88%80%80%80", "%C0%AF"}) {
            assertNull(UrlText.decode(bad), bad);
        }
        assertEquals("é ü", UrlText.decode("%C3%A9+%C3%BC"));
    }

    @Property(tries = 200)
    void modelFilesRoundTripExactly(@ForAll("validQueries") String q) {
        Config c = Config.decode(q).config;
        Session s = new Session(c);
        s.step(3);
        String file = ModelJson.write(s.config(), s.network(), s.parameters(), s.epoch());
        Outcome<ModelJson.Model> m = ModelJson.read(file);
        assertTrue(m.isOk(), m.error());
        if (s.divergence() == null) assertArrayEquals(s.parameters(), m.get().params, 0.0);
        assertEquals(c.encode(), m.get().config.encode());
    }
}
