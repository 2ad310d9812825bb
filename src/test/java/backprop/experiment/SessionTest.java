package backprop.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A run as the page and the command line drive it. */
class SessionTest {
    @Test
    void splitMetricsAndConfusionMatrix() {
        Session s = new Session(Config.decode("data=circle&points=400&train=70&opt=adam&lr=0.03").config);
        assertEquals(280, s.problem().train.size);
        assertEquals(120, s.problem().test.size);
        for (int e = 0; e < 30; e++) s.stepEpoch();
        Evaluation te = s.evaluateTest();
        assertEquals(120, Arrays.stream(te.confusion).sum());
        assertEquals(te.accuracy, (te.confusion[0] + te.confusion[3]) / 120.0, 1e-15);
        assertEquals(30, s.epoch());
        assertEquals(30 * s.stepsPerEpoch(), s.steps());
    }

    @Test
    void gridCoversThePlaneWithScoresBetweenZeroAndOne() {
        Session s = new Session(Config.decode("data=xor&layers=4").config);
        s.step(50);
        float[] g = new Plane(s).grid(20, new float[400]);
        for (float v : g) assertTrue(v >= 0 && v <= 1, "score " + v);
        assertTrue(g[0] != g[399]);
    }

    @Test
    void divergencePausesWithAnExplanationAndResetRecovers() {
        Session s = new Session(Config.decode("data=spiral&opt=sgd&lr=10&act=relu&out=identity&loss=mse").config);
        int done = s.step(10_000);
        assertTrue(done < 10_000, "stopped early");
        assertNotNull(s.divergence());
        assertTrue((s.divergence().contains("became") || s.divergence().contains("exploded to"))
                && s.divergence().contains("step " + s.steps()), s.divergence());
        assertEquals(0, s.step(5), "no more steps once diverged");
        s.reset();
        assertNull(s.divergence());
        assertEquals(0, s.steps());
    }

    @Test
    void explodingButFiniteTrainingAlsoStops() {
        // Identity activations and a huge learning rate: the weights grow geometrically long before
        // they overflow; training stops once the loss or a weight passes 1e12.
        Session s = new Session(Config.decode("data=plane&act=identity&opt=sgd&lr=3&batch=1").config);
        s.step(100_000);
        assertNotNull(s.divergence());
        assertTrue(s.divergence().contains("exploded to") || s.divergence().contains("became"), s.divergence());
    }

    @Test
    void learningRateFollowsTheSchedule() {
        Session s = new Session(Config.decode("data=xor&points=100&batch=10&sched=step&decay=0.5&every=2&lr=0.1").config);
        assertEquals(0.1, s.learningRate(), 0.0);
        for (int e = 0; e < 4; e++) s.stepEpoch();
        assertEquals(0.025, s.learningRate(), 1e-15);
    }

    @Test
    void fullBatchAndPerExampleSgd() {
        Session full = new Session(Config.decode("data=gauss&batch=60000").config);
        assertEquals(250, full.batchSize());
        assertEquals(1, full.stepsPerEpoch());
        Session single = new Session(Config.decode("data=gauss&batch=1").config);
        assertEquals(250, single.stepsPerEpoch());
    }
}
