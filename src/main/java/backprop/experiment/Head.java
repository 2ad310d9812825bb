package backprop.experiment;

import backprop.nn.Activation;
import backprop.nn.Loss;
import java.util.List;

/**
 * The output layer and loss of an experiment, resolved from the settings and the data: "auto"
 * picks tanh + MSE for two classes (as TensorFlow Playground), softmax + cross-entropy for more,
 * identity + MSE for regression. Explicit choices that cannot work together are corrected and
 * the correction is explained.
 */
public final class Head {
    public final Activation output;
    public final Loss loss;
    /** Output neurons: one for two classes or regression (softmax: one per class). */
    public final int outputs;

    private Head(Activation output, Loss loss, int classes) {
        this.output = output;
        this.loss = loss;
        this.outputs = output == Activation.SOFTMAX ? Math.max(2, classes) : classes > 2 ? classes : 1;
    }

    /** Resolves the head for {@code classes} classes (0 = regression); corrections go to {@code problems}. */
    static Head resolve(String out, String loss, int classes, List<Config.Problem> problems) {
        Loss l = Schema.AUTO.equals(loss) ? null : Loss.byId(loss);
        Activation o;
        if (!Schema.AUTO.equals(out)) {
            o = Activation.byId(out);
        } else if (l != null && l.requiredOutput() != null && classes > 0) {
            o = l.requiredOutput(); // e.g. loss=bce with out=auto: sigmoid
        } else {
            o = classes == 0 ? Activation.IDENTITY : classes > 2 ? Activation.SOFTMAX : Activation.TANH;
        }
        if (classes > 2 && o != Activation.SOFTMAX) {
            problems.add(new Config.Problem(Schema.OUTPUT.key, "outClasses", "one '" + o.id + "' output cannot tell " + classes
                    + " classes apart; using softmax with one output per class", o.id, String.valueOf(classes)));
            o = Activation.SOFTMAX;
        } else if (classes == 0 && o == Activation.SOFTMAX) {
            problems.add(new Config.Problem(Schema.OUTPUT.key, "outRegression", "softmax needs classes, but this dataset is a regression; using identity"));
            o = Activation.IDENTITY;
        }
        if (l == null) {
            l = o == Activation.SOFTMAX ? Loss.CROSS_ENTROPY : o == Activation.SIGMOID && classes > 0 ? Loss.BCE : Loss.MSE;
        } else if (classes == 0 && l != Loss.MSE) {
            problems.add(new Config.Problem(Schema.LOSS.key, "lossRegression", "'" + l.id + "' is a classification loss and this dataset is a regression; using mse", l.id));
            l = Loss.MSE;
        } else if (l.incompatibility(o) != null) {
            Loss fixed = o == Activation.SOFTMAX ? Loss.CROSS_ENTROPY : Loss.MSE;
            String why = l.incompatibility(o) + "; using '" + fixed.id + "'";
            problems.add(l.requiredOutput() != null
                    ? new Config.Problem(Schema.LOSS.key, "lossNeeds", why, l.id, l.requiredOutput().id, o.id, fixed.id)
                    : new Config.Problem(Schema.LOSS.key, "lossSoftmax", why, l.id, fixed.id));
            l = fixed;
        }
        return new Head(o, l, classes);
    }

    /** The head of a decoded (already reconciled) config. */
    public static Head of(Config c) {
        return resolve(c.choice(Schema.OUTPUT), c.choice(Schema.LOSS), Problem.classesOf(c), new java.util.ArrayList<>());
    }
}
