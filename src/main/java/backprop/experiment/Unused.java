package backprop.experiment;

import backprop.data.Toy2D;
import backprop.nn.Optimizer;
import backprop.nn.Regularization;
import backprop.nn.Schedule;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings a configuration does not use: the momentum coefficient unless the optimizer is
 * momentum, the regularisation rate without a penalty, the number of classes of a dataset whose
 * classes are fixed, and so on. The page greys those controls out; changing one of them leaves the
 * run exactly as it was ({@code UnusedTest} trains both and compares every bit).
 */
public final class Unused {
    private Unused() {}

    /** The keys of the settings that {@code c} does not use, in schema order. */
    public static List<String> keys(Config c) {
        boolean[] out = new boolean[Schema.params().size()];
        Toy2D data = Toy2D.byId(c.choice(Schema.DATA));
        boolean images = data == null, custom = data == Toy2D.CUSTOM, people = data == Toy2D.PEOPLE;
        // Generated points only: user points and the tutorial's four people have their own.
        if (images || custom || people) add(out, Schema.NOISE, Schema.POINTS);
        // Four people train and test on all of them (the data seed still orders them: it stays);
        // image data has its own subsets.
        if (images || people) add(out, Schema.TRAIN);
        if (images) add(out, Schema.DATA_SEED);
        if (images || data.classes >= 0 || custom) add(out, Schema.CLASSES);
        if (images) add(out, Schema.FEATURES);
        String opt = c.choice(Schema.OPTIMIZER);
        if (!opt.equals(Optimizer.Kind.MOMENTUM.id)) add(out, Schema.MOMENTUM);
        if (!opt.equals(Optimizer.Kind.RMSPROP.id)) add(out, Schema.RHO);
        if (!opt.equals(Optimizer.Kind.ADAM.id)) add(out, Schema.BETA1, Schema.BETA2);
        if (!opt.equals(Optimizer.Kind.ADAM.id) && !opt.equals(Optimizer.Kind.RMSPROP.id)) add(out, Schema.EPSILON);
        if (c.choice(Schema.REGULARIZATION).equals(Regularization.NONE.id)) add(out, Schema.REG_RATE);
        if (c.choice(Schema.SCHEDULE).equals(Schedule.CONSTANT.id)) add(out, Schema.DECAY, Schema.DECAY_EVERY);
        List<String> keys = new ArrayList<>();
        for (Param p : Schema.params()) if (out[p.index]) keys.add(p.key);
        return keys;
    }

    private static void add(boolean[] out, Param... ps) {
        for (Param p : ps) out[p.index] = true;
    }
}
