package backprop.bench;

import backprop.nn.Loss;
import backprop.nn.Network;
import backprop.nn.Optimizer;
import backprop.nn.Regularization;
import backprop.nn.Trainer;

/** What the benchmark workloads share: plain SGD without regularisation, as the harness defines. */
final class Workloads {
    private Workloads() {}

    static Trainer sgd(Network net, double[] params, Loss loss, int capacity, boolean sparse) {
        return new Trainer(net, params, Optimizer.create(Optimizer.Kind.SGD, params.length, new Optimizer.Settings()),
                loss, Regularization.NONE, 0, capacity, sparse);
    }
}
