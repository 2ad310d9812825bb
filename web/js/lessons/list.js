// The five lessons: what each one's panel says (paragraph keys of
// i18n/lessons-<lang>.json, formulas as MathML built here, the activation plots) and the "try
// this" check, which reads the page's own state (settings, metrics, what was opened).
import { mi, mo, row, sub, frac, paren, node, math } from '../math/mathml.js';

const sup = (a, b) => node('msup', typeof a === 'string' ? mi(a) : a, typeof b === 'string' ? mi(b) : b);
const n = (s) => { const e = node('mn'); e.textContent = s; return e; };
const eq = () => mo('=');
const sigma = (z) => row(mi('σ'), paren(z));
const hat = () => sub('y', 'pred');

const F = {
  neuron: () => math(mi('z'), eq(), sub('w', '1'), sub('x', '1'), mo('+'), sub('w', '2'), sub('x', '2'), mo('+'), mi('b'), mo(','), mi('p'), eq(), sigma(mi('z')), eq(),
    frac(n('1'), row(n('1'), mo('+'), sup('e', row(mo('−'), mi('z')))))),
  bce: () => math(mi('L'), eq(), mo('−'), frac(n('1'), mi('m')), mo('Σ'), paren(mi('y'), mi('ln'), mi('p'), mo('+'), paren(n('1'), mo('−'), mi('y')), mi('ln'), paren(n('1'), mo('−'), mi('p')))),
  gd: () => math(mi('w'), mo('←'), mi('w'), mo('−'), mi('η'), frac(mo('∂L'), mo('∂w')), mo(','), frac(mo('∂L'), mo('∂w')), eq(), frac(n('1'), mi('m')), mo('Σ'), paren(mi('p'), mo('−'), mi('y')), mi('x')),
  predict: () => math(hat(), eq(), n('1'), mtextIf(' if '), mi('p'), mo('>'), n('0.5')),
  layer: () => math(sup('a', paren(mi('l'))), eq(), mi('f'), paren(sup('W', paren(mi('l'))), sup('a', paren(row(mi('l'), mo('−'), n('1')))), mo('+'), sup('b', paren(mi('l'))))),
  init: () => math(mi('w'), mo('∼'), n('0.1'), mo('·'), mi('N'), paren(n('0'), mo(','), n('1'))),
  softmax: () => math(sub('p', 'k'), eq(), frac(sup('e', row(sub('z', 'k'), mo('−'), mi('max'), mi('z'))), row(sub('Σ', 'j'), sup('e', row(sub('z', 'j'), mo('−'), mi('max'), mi('z')))))),
  ce: () => math(mi('L'), eq(), mo('−'), mi('ln'), sub('p', 'y'), mo(','), frac(mo('∂L'), sub(mo('∂z'), 'k')), eq(), sub('p', 'k'), mo('−'), sub('t', 'k')),
  decay: () => math(sub('η', 'epoch'), eq(), sub('η', '0'), mo('·'), sup(mi('γ'), mi('epoch'))),
  mse: () => math(mi('L'), eq(), frac(n('1'), n('2')), sup(paren(sub('y', 'pred'), mo('−'), sub('y', 'true')), '2')),
  chain: () => math(frac(mo('∂L'), sub(mo('∂w'), '1')), eq(), frac(mo('∂L'), mo('∂o')), mo('·'), frac(mo('∂o'), sub(mo('∂h'), '1')), mo('·'), frac(sub(mo('∂h'), '1'), sub(mo('∂w'), '1'))),
  linear: () => math(sup('W', '(2)'), paren(sup('W', '(1)'), mi('x'), mo('+'), sup('b', '(1)')), mo('+'), sup('b', '(2)'), eq(), paren(sup('W', '(2)'), sup('W', '(1)')), mi('x'), mo('+'), paren(sup('W', '(2)'), sup('b', '(1)'), mo('+'), sup('b', '(2)'))),
};
function mtextIf(s) { const e = node('mtext'); e.textContent = s; return e; }

const acc = (s) => (s.snapshot && s.snapshot.metrics ? s.snapshot.metrics.testAccuracy : null);
const trainLoss = (s) => (s.snapshot && s.snapshot.metrics ? s.snapshot.metrics.trainLoss : null);
const setting = (s, key) => new URLSearchParams(s.query || '').get(key);

/** Lesson 4's table, as the engine's dataset `people` has it: weight (lb), height (in), female. */
export const PEOPLE = [[133, 65, 1], [160, 72, 0], [152, 70, 0], [120, 60, 1]];

/** Where each lesson opens: links.js. body: ['p', key] paragraphs, ['f', formula], ['plots'], ['a', key, href], ['table']. */
export const LESSONS = [
  { n: 1, body: [['p', 'idea'], ['f', F.neuron], ['p', 'cost'], ['f', F.bce], ['p', 'descent'], ['f', F.gd], ['p', 'predict'], ['f', F.predict]],
    check: (s) => Number(setting(s, 'lr')) >= 0.3 && trainLoss(s) !== null && trainLoss(s) < 0.1 },
  { n: 2, body: [['p', 'idea'], ['f', F.layer], ['p', 'relu'], ['p', 'init'], ['f', F.init], ['p', 'accuracy']],
    check: (s) => acc(s) !== null && acc(s) >= 0.98 },
  { n: 3, body: [['p', 'idea'], ['p', 'objects'], ['f', F.softmax], ['p', 'overflow'], ['f', F.ce], ['p', 'batches'], ['f', F.decay]],
    check: (s) => acc(s) !== null && acc(s) >= 0.8 },
  { n: 4, body: [['p', 'idea'], ['p', 'table'], ['table'], ['f', F.mse], ['p', 'sgd'], ['f', F.chain], ['p', 'math']],
    check: (s) => s.mathOpened === true && trainLoss(s) !== null && trainLoss(s) < 0.01 },
  { n: 5, body: [['p', 'idea'], ['plots'], ['p', 'linear'], ['f', F.linear], ['p', 'softmax'], ['p', 'mnist'], ['a', 'mnistLink', 'mnist.html?data=mnist&subset=1000&layers=50,100&act=sigmoid&opt=sgd&lr=0.1&batch=100&sched=exp&decay=0.9&every=1&epochs=5']],
    check: (s) => !(setting(s, 'act') || 'identity').split(',').includes('identity') && acc(s) !== null && acc(s) >= 0.85 },
];
