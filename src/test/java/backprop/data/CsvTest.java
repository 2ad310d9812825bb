package backprop.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void readsWithOrWithoutHeaderAndKeepsGoodRows() {
        Csv.Result r = Csv.read("x,y,label\n1,2,0\r\n-3.5, 4 ,1\n\n0.123456,-6,-1\n").get();
        assertEquals(3, r.points.size());
        assertEquals(List.of(), r.messages());
        assertEquals(0.12, r.points.x[2], 1e-12); // snapped to the 0.01 grid of shareable points
        assertEquals(0, r.points.label[2]);       // TensorFlow Playground's −1
        assertEquals(2, r.points.classes);
        assertEquals(3, Csv.read("1,2,0\n1,1,2\n3,3,1").get().points.classes);
    }

    @Test
    void listsBadRowsWithLineNumbers() {
        Csv.Result r = Csv.read("x,y,label\n1,2,0\n1,abc,1\n7,0,1\n1,2\n1,1,9\n1,1,0.5\n2,2,1").get();
        assertEquals(2, r.points.size());
        assertEquals(5, r.badRows);
        assertEquals(List.of("line 3: y 'abc' is not a number", "line 4: x = 7 is outside the plane (−6 to 6)",
                "line 5: expected 3 values x,y,label, found 2", "line 6: label '9' is not a class 0 to 4 (or −1)",
                "line 7: label '0.5' is not a class 0 to 4 (or −1)"), r.messages());
        assertEquals("csvNotNumber", r.errors.get(0).code());
        assertEquals(List.of("3", "y", "abc"), List.of(r.errors.get(0).args()), "the line, the field, the text");
        assertEquals(List.of("4", "x", "7"), List.of(r.errors.get(1).args()));
    }

    @Test
    void refusesWholeFilesThatCannotBeCsv() {
        assertTrue(Csv.read("").error().contains("no points"));
        Csv.Result none = Csv.read("a,b,c\nfoo,bar,baz\n1,2").get();
        assertEquals("none of the 2 rows is valid", none.usable().error());
        assertEquals(List.of("line 2: x 'foo' is not a number", "line 3: expected 3 values x,y,label, found 2"), none.messages());
        assertTrue(Csv.read("1,2,0\n\0\u0001").error().contains("binary"));
        assertTrue(Csv.read("1,1,0\n".repeat(200_000)).error().contains("the limit is 1000000"));
        Csv.Result many = Csv.read("1,1,0\n".repeat(2100)).get();
        assertEquals(2000, many.points.size());
        assertTrue(many.messages().get(0).endsWith("only the first 2000 points are used"));
        assertEquals(10, Csv.read("1,x,0\n".repeat(50) + "1,1,1").get().errors.size(), "at most 10 listed");
    }

    @Test
    void writesWhatItReads() {
        Points p = Csv.read("1.5,-2,1\n0,0,0").get().points;
        assertEquals("x,y,label\n1.5,-2.0,1\n0.0,0.0,0\n", Csv.write(p));
        assertEquals(2, Csv.read(Csv.write(p)).get().points.size());
    }

    @Property(tries = 2000)
    void neverThrows(@ForAll String text) {
        Outcome<Csv.Result> r = Csv.read(text);
        assertFalse(r.isOk() && r.get().points != null && r.get().points.size() == 0);
        assertTrue(!r.isOk() || r.get().usable().isOk() || !r.get().errors.isEmpty(), "no points means some row was wrong");
    }
}
