package backprop.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * Checkpoints of a session's training so far, evenly spread over the whole run: one every
 * {@code spacing} steps; when full, every second one is dropped and the spacing doubles. The
 * page scrubs through them; going back to one and training again drops the ones after it.
 * Memory is bounded: at most about 4 million numbers in all (100 checkpoints of a small
 * network, a dozen of the 784-128-10 MNIST network with Adam).
 */
public final class Timeline {
    private static final int MAX_MARKS = 100, MAX_NUMBERS = 4_000_000;
    private final List<Session.Checkpoint> marks = new ArrayList<>();
    private Session bound;
    private int capacity, spacing = 1, current = -1; // current: the mark gone back to, until training moves on

    /** Call after the session has trained (or been reset): records a checkpoint when one is due. */
    public void observe(Session s) {
        if (s != bound) {
            bound = s;
            marks.clear();
            spacing = 1;
            current = -1;
            int size = 3 * s.parameters().length + s.problem().train.size + 16;
            capacity = Math.max(2, Math.min(MAX_MARKS, MAX_NUMBERS / size));
        }
        if (current >= 0) {
            if (s.steps() == marks.get(current).steps) return; // still at the mark gone back to
            while (marks.size() > current + 1) marks.remove(marks.size() - 1); // trained on from there
            current = -1;
        }
        Session.Checkpoint last = marks.isEmpty() ? null : marks.get(marks.size() - 1);
        if (last != null && s.steps() < last.steps) { // reset: a new run
            marks.clear();
            spacing = 1;
            last = null;
        }
        if (last != null && s.steps() < last.steps + spacing) return;
        marks.add(s.checkpoint());
        if (marks.size() > capacity) {
            for (int i = 1; i < marks.size(); i++) marks.remove(i); // keeps marks 0, 2, 4, …
            spacing *= 2;
        }
    }

    /** Trains {@code n} steps, recording the checkpoints that fall due on the way; returns the steps done. */
    public int step(Session s, int n) {
        observe(s);
        int done = 0;
        while (done < n) {
            Session.Checkpoint last = marks.get(marks.size() - 1);
            int due = current >= 0 ? 1 : Math.max(1, last.steps + spacing - s.steps());
            int want = Math.min(n - done, due), k = s.step(want);
            done += k;
            observe(s);
            if (k < want) break; // diverged, or no data
        }
        return done;
    }

    /** Trains to the end of the current epoch, recording checkpoints on the way. */
    public int stepEpoch(Session s) {
        int before = s.epoch(), done = 0;
        while (s.epoch() == before) {
            int k = step(s, 1);
            if (k == 0) break;
            done += k;
        }
        return done;
    }

    /** A new timeline for {@code s} (e.g. after loading other weights into it), starting where it is. */
    public void restart(Session s) {
        bound = null;
        observe(s);
    }

    public int size() {
        return marks.size();
    }

    /** The mark the session was put back to, or −1 when it is at the newest state. */
    public int current() {
        return current;
    }

    public Session.Checkpoint mark(int i) {
        return marks.get(i);
    }

    /** Puts the session back to mark {@code i} (0 ≤ i &lt; size()). */
    public void goTo(Session s, int i) {
        if (s != bound || i < 0 || i >= marks.size()) throw new IllegalArgumentException("no timeline mark " + i);
        s.restore(marks.get(i));
        current = i;
    }
}
