package backprop.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checkpoints (the timeline): a restored session continues exactly as it did the first time. */
class CheckpointTest {
    @ParameterizedTest
    @ValueSource(strings = {"sgd", "momentum", "rmsprop", "adam"})
    void resumingFromACheckpointReplaysTheSameStepsBitForBit(String opt) {
        // 250 training points in batches of 7: the checkpoint sits mid-epoch, the replay crosses
        // epoch ends (reshuffles) and a learning-rate step.
        Session s = new Session(Config.decode("data=spiral&layers=5,4&opt=" + opt + "&batch=7&sched=step&decay=0.5&every=2&seed=2").config);
        s.step(53);
        Session.Checkpoint c = s.checkpoint();
        s.step(200);
        double[] first = s.parameters().clone();
        double loss = s.lastLoss();
        int epoch = s.epoch();
        s.step(13); // wander further, then go back
        s.restore(c);
        assertEquals(53, s.steps());
        assertEquals(c.epoch, s.epoch());
        s.step(200);
        assertArrayEquals(first, s.parameters(), "weights after the replay");
        assertEquals(Double.doubleToLongBits(loss), Double.doubleToLongBits(s.lastLoss()));
        assertEquals(epoch, s.epoch());
        // A checkpoint is a copy: training after it does not change it.
        s.restore(c);
        s.step(200);
        assertArrayEquals(first, s.parameters(), "the checkpoint was not changed by training after it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"layers=3", "data=circle"})
    void aCheckpointOfAnotherExperimentIsRefused(String other) {
        Session s = new Session(Config.decode("data=spiral&layers=5,4").config);
        Session.Checkpoint c = new Session(Config.decode("data=spiral&points=300&" + other).config).checkpoint();
        assertThrows(IllegalArgumentException.class, () -> s.restore(c));
    }

    @org.junit.jupiter.api.Test
    void theTimelineSpreadsItsMarksOverTheRunAndResumingDropsTheLaterOnes() {
        Session s = new Session(Config.decode("data=xor&layers=4&batch=5&seed=3").config);
        Timeline t = new Timeline();
        t.observe(s);
        assertEquals(700, t.step(s, 700));
        for (int i = 0; i < 300; i++) {
            s.step(1);
            t.observe(s);
        }
        assertEquals(true, t.size() >= 50 && t.size() <= 100, "marks: " + t.size());
        int gap = t.mark(1).steps - t.mark(0).steps;
        for (int i = 1; i < t.size(); i++) assertEquals(gap, t.mark(i).steps - t.mark(i - 1).steps, "evenly spread");
        assertEquals(0, t.mark(0).steps);
        // Back to the middle: the session is there, the later marks stay until training moves on.
        int middle = t.size() / 2, at = t.mark(middle).steps, before = t.size();
        double[] later = s.parameters().clone();
        t.goTo(s, middle);
        t.observe(s);
        assertEquals(at, s.steps());
        assertEquals(before, t.size());
        assertEquals(middle, t.current());
        t.goTo(s, t.size() - 1); // and forward again, to the newest mark
        s.step(1000 - s.steps());
        assertArrayEquals(later, s.parameters(), "forward from a later mark reaches the same state");
        t.goTo(s, middle);
        s.step(1);
        t.observe(s);
        assertEquals(middle + 1, t.size(), "training on from a mark drops the marks after it");
        assertEquals(-1, t.current());
        s.reset();
        t.observe(s);
        assertEquals(1, t.size(), "a reset starts a new timeline");
        int epoch = s.epoch();
        t.stepEpoch(s);
        assertEquals(epoch + 1, s.epoch());
        assertEquals(s.stepsPerEpoch() + 1, t.size(), "one mark per step while the spacing is 1");
    }
}
