package backprop.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** TensorFlow Playground links open as the equivalent experiment here. */
class TfPlaygroundLinkTest {
    static final String LINK = "https://playground.tensorflow.org/#activation=relu&batchSize=3&dataset=spiral&regDataset=reg-plane"
            + "&learningRate=0.003&regularizationRate=0.001&noise=15&networkShape=6,4,2&seed=0.48615&showTestData=true"
            + "&discretize=true&percTrainData=70&x=true&y=true&xTimesY=false&xSquared=true&ySquared=false&cosX=false&sinX=true"
            + "&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false&regularization=L2";

    @Test
    void convertsEveryKeyItKnows() {
        TfPlaygroundLink.Converted c = TfPlaygroundLink.convert(LINK);
        Config.Decoded d = Config.decode(c.query);
        assertEquals(List.of(), d.problems.stream().map(p -> p.message).toList());
        Config k = d.config;
        assertEquals("spiral", k.choice(Schema.DATA));
        assertEquals("relu", k.list(Schema.ACTIVATION)[0]);
        assertEquals(3, k.integer(Schema.BATCH));
        assertEquals(0.003, k.number(Schema.LR));
        assertEquals("l2", k.choice(Schema.REGULARIZATION));
        assertEquals(0.001, k.number(Schema.REG_RATE));
        assertEquals(15, k.integer(Schema.NOISE));
        assertEquals(70, k.integer(Schema.TRAIN));
        assertEquals("6,4,2", String.join(",", java.util.Arrays.stream(k.ints(Schema.LAYERS)).mapToObj(String::valueOf).toArray(String[]::new)));
        assertEquals(List.of("x", "y", "x2", "sinx"), List.of(k.list(Schema.FEATURES)));
        assertEquals("sgd", k.choice(Schema.OPTIMIZER));
        assertEquals("tanh", k.choice(Schema.OUTPUT));
        assertEquals("mse", k.choice(Schema.LOSS));
        assertEquals("uniform", k.choice(Schema.INIT));
        assertTrue(k.flag(Schema.DISCRETIZE) && k.flag(Schema.SHOW_TEST));
        assertTrue(c.messages().stream().anyMatch(n -> n.contains("seed '0.48615'")));
        assertTrue(c.messages().stream().anyMatch(n -> n.contains("biases at 0.1")));
        assertEquals(TfPlaygroundLink.convert(LINK).query, c.query, "deterministic");
    }

    @Test
    void regressionZeroInitAndUnknownValues() {
        Config k = Config.decode(TfPlaygroundLink.convert("#problem=regression&regDataset=reg-gauss&initZero=true&activation=linear").query).config;
        assertEquals("multigauss", k.choice(Schema.DATA));
        assertEquals("identity", k.choice(Schema.OUTPUT));
        assertEquals("identity", k.list(Schema.ACTIVATION)[0]);
        assertEquals("zeros", k.choice(Schema.INIT));
        TfPlaygroundLink.Converted odd = TfPlaygroundLink.convert("#dataset=moon&cosX=true&learningRate=abc");
        assertTrue(odd.messages().get(0).contains("dataset 'moon'"));
        assertTrue(odd.messages().stream().anyMatch(n -> n.contains("cos x")));
        assertTrue(Config.decode(odd.query).problems.get(0).message.contains("learning rate 'abc'"));
        assertTrue(TfPlaygroundLink.looksLikeOne(LINK));
        assertTrue(!TfPlaygroundLink.looksLikeOne("?data=xor&lr=0.1"));
    }
}
