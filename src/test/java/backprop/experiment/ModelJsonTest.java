package backprop.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.data.Outcome;
import org.junit.jupiter.api.Test;

/** Model import names what is wrong with a file and never accepts a mismatched shape. */
class ModelJsonTest {
    private static String good() {
        Session s = new Session(Config.decode("data=xor&layers=3&act=relu").config);
        return ModelJson.write(s.config(), s.network(), s.parameters(), 0);
    }

    private static String error(String text) {
        Outcome<ModelJson.Model> m = ModelJson.read(text);
        assertFalse(m.isOk(), "should be rejected: " + text);
        return m.error();
    }

    @Test
    void acceptsItsOwnOutput() {
        assertTrue(ModelJson.read(good()).isOk());
    }

    @Test
    void rejectsWithAClearMessage() {
        assertTrue(error("not json").startsWith("model file is not valid JSON"));
        assertTrue(error("[1,2]").contains("expected a JSON object"));
        assertTrue(error(good().replace("\"version\":1", "\"version\":7")).contains("version 7.0 is not supported"));
        assertTrue(error(good().replace("backprop-playground-model", "other")).contains("'format'"));
        assertTrue(error(good().replace("\"inputs\":2,\"outputs\":3,\"activation\":\"relu\",\"weights\":[", "\"inputs\":2,\"outputs\":3,\"activation\":\"relu\",\"weights\":[9,"))
                .contains("layer 0 weights (2x3): expected 6 numbers, found 7"));
        assertTrue(error(good().replace("\"activation\":\"relu\"", "\"activation\":\"tanh\"")).contains("layer 0 activation tanh but settings say relu"));
        assertTrue(error(good().replace("layers=3", "layers=4")).contains("expected 8 numbers"));
        assertTrue(error(good().replaceFirst("\"biases\":\\[[^\\]]*\\]", "\"biases\":[0,null,0]")).contains("entry 1 is not a finite number"));
        assertTrue(error("{\"format\":\"backprop-playground-model\",\"version\":1}").contains("'config'"));
    }

    /**
     * The page's tools write files from the settings, epoch and weights alone (ToolsApi): the same
     * text as from the session, for every kind of 2D data (the people table's wider plane, custom
     * points) and image data.
     */
    @Test
    void filesFromSettingsAndWeightsEqualThoseFromTheSession() {
        for (String q : new String[] {"data=spiral&layers=4,3&feat=x,y,xy,sinx", "data=people", "data=plane&out=identity",
            "data=blobs&classes=4", "data=custom&pts=aAAAAAAAAgAB", "data=xor&layers=&act="}) {
            Session s = new Session(Config.decode(q).config);
            for (int i = 0; i < 3; i++) s.stepEpoch();
            assertEquals(ModelJson.write(s.config(), s.network(), s.parameters(), s.epoch()), ModelJson.write(s.config(), s.parameters(), s.epoch()), q);
            assertEquals(NumpyScript.of(s), NumpyScript.of(s.config(), s.parameters(), s.epoch()), q);
        }
        Config mnist = Config.decode("data=mnist&layers=16").config;
        double[] params = new double[Problem.networkFor(mnist).paramCount()];
        assertTrue(NumpyScript.of(mnist, params, 2).contains("pixel values in [0, 1]"));
        assertTrue(ModelJson.read(ModelJson.write(mnist, params, 2)).isOk());
        assertThrows(IllegalArgumentException.class, () -> ModelJson.write(mnist, new double[3], 0));
    }
}
