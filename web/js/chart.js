// Loss curves (train and test) per epoch, drawn by uPlot. Points are appended as snapshots
// arrive; reset() clears them.
import uPlot from '../vendor/uplot/uPlot.esm.js';

export function createChart(container) {
  const xs = [], train = [], test = [];
  const width = () => Math.max(240, container.clientWidth || 320);
  const plot = new uPlot({
    width: width(),
    height: 200,
    scales: { x: { time: false } },
    axes: [{ label: 'epoch' }, { label: 'loss', size: 60 }],
    series: [
      { label: 'epoch' },
      { label: 'train loss', stroke: '#0a5aaa', width: 2 },
      { label: 'test loss', stroke: '#c85f00', width: 2, dash: [6, 3] },
    ],
    legend: { live: true },
  }, [xs, train, test], container);
  new ResizeObserver(() => plot.setSize({ width: width(), height: 200 })).observe(container);

  return {
    add(epoch, trainLoss, testLoss) {
      if (xs.length && epoch === xs[xs.length - 1]) {
        train[train.length - 1] = trainLoss;
        test[test.length - 1] = testLoss;
      } else {
        xs.push(epoch);
        train.push(trainLoss);
        test.push(testLoss);
      }
      plot.setData([xs, train, test]);
    },
    reset() {
      xs.length = train.length = test.length = 0;
      plot.setData([xs, train, test]);
    },
    data: () => ({ epochs: xs.slice(), train: train.slice(), test: test.slice() }),
  };
}
