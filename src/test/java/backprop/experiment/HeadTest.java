package backprop.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.nn.Activation;
import backprop.nn.Loss;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The output layer suits the problem; impossible pairs are corrected and explained. */
class HeadTest {
    private static Head head(String query) {
        return Head.of(Config.decode(query).config);
    }

    private static List<String> problems(String query) {
        return Config.decode(query).problems.stream().map(p -> p.key + ": " + p.message).toList();
    }

    @Test
    void autoPicksByProblem() {
        Head two = head("data=spiral");
        assertEquals(Activation.TANH, two.output);
        assertEquals(Loss.MSE, two.loss);
        assertEquals(1, two.outputs);
        Head three = head("data=blobs&classes=4");
        assertEquals(Activation.SOFTMAX, three.output);
        assertEquals(Loss.CROSS_ENTROPY, three.loss);
        assertEquals(4, three.outputs);
        Head regression = head("data=plane");
        assertEquals(Activation.IDENTITY, regression.output);
        assertEquals(Loss.MSE, regression.loss);
        assertEquals(Activation.SIGMOID, head("data=xor&loss=bce").output);
        assertEquals(Loss.BCE, head("data=xor&out=sigmoid").loss);
        assertEquals(2, head("data=xor&out=softmax").outputs);
    }

    @Test
    void impossiblePairsAreExplained() {
        assertEquals(List.of("out: one 'tanh' output cannot tell 3 classes apart; using softmax with one output per class"),
                problems("data=arms&out=tanh"));
        assertEquals(List.of("out: softmax needs classes, but this dataset is a regression; using identity"), problems("data=plane&out=softmax"));
        assertEquals(List.of("loss: 'ce' is a classification loss and this dataset is a regression; using mse"), problems("data=multigauss&loss=ce"));
        assertEquals(List.of("loss: loss 'bce' needs the 'sigmoid' output activation (got 'tanh'); using 'mse'"), problems("data=xor&out=tanh&loss=bce"));
        Config fixed = Config.decode("data=arms&out=tanh&loss=mse").config;
        assertEquals("softmax", fixed.choice(Schema.OUTPUT));
        assertEquals("ce", fixed.choice(Schema.LOSS));
        assertTrue(Config.decode(fixed.encode()).problems.isEmpty(), "the corrected link is clean");
    }

    @Test
    void everyDatasetTrains() {
        for (String d : new String[] {"circle", "xor", "gauss", "spiral", "moons", "checker", "blobs", "arms", "plane", "multigauss", "people", "custom"}) {
            Session s = new Session(Config.decode("data=" + d + "&classes=5").config);
            s.step(30);
            assertEquals(null, s.divergence(), d);
            if (!d.equals("custom")) assertTrue(Double.isFinite(s.evaluateTest().loss), d);
        }
        Session people = new Session(Config.decode("data=people&layers=2&act=sigmoid&out=sigmoid&loss=mse").config);
        assertEquals(4, people.problem().train.size);
        assertEquals(4, people.problem().test.size, "tiny sets train and test on all points");
        assertEquals(30.0, new Plane(people).problem().extent);
        Session none = new Session(Config.decode("data=custom").config);
        assertEquals(0, none.step(10), "no points, nothing to train");
    }
}
