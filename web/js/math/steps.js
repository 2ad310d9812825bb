// The steps of "Show the math" for one engine trace (experiment.MathTrace): the example, the
// forward pass neuron by neuron, the loss, backpropagation neuron by neuron, and the update.
// Every number comes from the trace; nothing is recomputed here. A step is {title, focus, lines}:
// focus names the diagram's nodes [column, i] and edges [layer, from, to] to highlight.
import { mi, mo, mtext, row, sub, paren, partial, num, math, joined, frac, fmt } from './mathml.js';
import { t } from '../i18n.js';

// Texts with words are in the message files (math.deriv.*, math.loss.*, math.rule.*).
const DERIVATIVE = { identity: '1', step: '0', sigmoid: 'a(1 − a)', tanh: '1 − a²', softplus: 'sigmoid(z)' };
const WORDED = ['relu', 'leaky_relu', 'elu', 'mse', 'bce', 'ce', 'momentum', 'rmsprop', 'adam'];
const worded = (kind, id) => (WORDED.includes(id) ? t(`math.${kind}.${id}`) : null);
const eq = () => mo('=');
const times = () => mo('·');

export function buildSteps(tr, names) {
  const L = tr.layers.length, steps = [];
  const ins = (l) => (l === 0 ? tr.input : tr.layers[l - 1].a);
  const inW = (l) => (l === 0 ? tr.input.length : tr.layers[l - 1].a.length);
  const edges = (l, o) => Array.from({ length: inW(l) }, (_, k) => [l, k, o]);
  const a = (c, i) => sub('a', names[c][i]), z = (c, i) => sub('z', names[c][i]);
  const w = (l, k, o) => sub('w', names[l][k] + '→' + names[l + 1][o]), b = (c, i) => sub('b', names[c][i]);

  const label = tr.label === undefined ? '' : t('math.label', { label: tr.label });
  steps.push({
    title: t('math.example'), focus: { nodes: names[0].map((_, i) => [0, i]), edges: [] },
    lines: [t('math.exampleText', { n: tr.example + 1, count: tr.count, x: fmt(tr.x), y: fmt(tr.y), label }),
      ...names[0].map((n, i) => math(a(0, i), eq(), num(tr.input[i], `in:${i}`))),
      ...tr.target.map((v, k) => math(sub('t', names[L][k]), eq(), num(v, `t:${k}`)))],
  });
  for (let l = 0; l < L; l++) {
    const y = tr.layers[l], out = y.z.length, x = ins(l);
    for (let o = 0; o < out; o++) {
      const terms = x.map((_, k) => row(w(l, k, o), times(), a(l, k)));
      const nums = x.map((v, k) => row(num(y.w[k * out + o], `w:${l}:${k}:${o}`, true), times(), num(v, null, true)));
      const act = y.act === 'softmax'
        ? math(a(l + 1, o), eq(), frac(row(mi('e'), mo('^'), z(l + 1, o)), row(mo('Σ'), mi('e'), mo('^'), mi('z'))), eq(), num(y.a[o], `a:${l}:${o}`))
        : math(a(l + 1, o), eq(), mi(y.act), paren(z(l + 1, o)), eq(), mi(y.act), paren(num(y.z[o])), eq(), num(y.a[o], `a:${l}:${o}`));
      steps.push({
        title: t('math.forward', { name: names[l + 1][o] }), focus: { nodes: [[l + 1, o]], edges: edges(l, o) },
        lines: [t('math.forwardText'),
          math(z(l + 1, o), eq(), ...joined([...terms, b(l + 1, o)], '+')),
          math(eq(), ...joined([...nums, num(y.b[o], `b:${l}:${o}`, true)], '+'), eq(), num(y.z[o], `z:${l}:${o}`)), act],
      });
    }
  }
  const top = tr.layers[L - 1];
  steps.push({
    title: t('math.loss'), focus: { nodes: names[L].map((_, i) => [L, i]), edges: [] },
    lines: [t('math.lossText', { loss: worded('loss', tr.loss) || tr.loss }), ...top.a.map((v, k) => math(a(L, k), eq(), num(v), mtext('\u2003' + t('math.target') + '\u2003'), num(tr.target[k]))),
      math(mi('L'), eq(), num(tr.lossValue, 'loss'))],
  });
  for (let l = L - 1; l >= 0; l--) {
    const y = tr.layers[l], out = y.z.length, x = ins(l);
    for (let o = 0; o < out; o++) {
      const dz = () => partial(mi('L'), z(l + 1, o)), da = () => partial(mi('L'), a(l + 1, o)), lines = []; // fresh nodes per use
      if (l === L - 1 && !y.dA) {
        lines.push(t('math.fromZ'),
          math(dz(), eq(), a(l + 1, o), mo('−'), sub('t', names[l + 1][o]), eq(), num(y.a[o], null, true), mo('−'), num(tr.target[o], null, true), eq(), num(y.dZ[o], `dZ:${l}:${o}`)));
      } else {
        if (l === L - 1) {
          lines.push(t('math.mseDeriv'),
            math(da(), eq(), a(l + 1, o), mo('−'), sub('t', names[l + 1][o]), eq(), num(y.a[o], null, true), mo('−'), num(tr.target[o], null, true), eq(), num(y.dA[o], `dA:${l}:${o}`)));
        } else {
          const up = tr.layers[l + 1], n = up.z.length;
          lines.push(t('math.chain'),
            math(da(), eq(), ...joined(up.z.map((_, p) => row(w(l + 1, o, p), times(), partial(mi('L'), z(l + 2, p)))), '+')),
            math(eq(), ...joined(up.z.map((_, p) => row(num(up.w[o * n + p], null, true), times(), num(up.dZ[p], null, true))), '+'), eq(), num(y.dA[o], `dA:${l}:${o}`)));
        }
        lines.push(t('math.derivOf', { act: y.act, d: DERIVATIVE[y.act] || worded('deriv', y.act) || '?' }),
          math(mi('f′'), paren(z(l + 1, o)), eq(), num(y.fp[o], `fp:${l}:${o}`)),
          math(dz(), eq(), da(), times(), mi('f′'), paren(z(l + 1, o)), eq(), num(y.dA[o], null, true), times(), num(y.fp[o], null, true), eq(), num(y.dZ[o], `dZ:${l}:${o}`)));
      }
      lines.push(t('math.weights'));
      x.forEach((v, k) => lines.push(math(partial(mi('L'), w(l, k, o)), eq(), dz(), times(), a(l, k), eq(), num(y.dZ[o], null, true), times(), num(v, null, true), eq(), num(y.gW[k * out + o], `gW:${l}:${k}:${o}`))));
      lines.push(math(partial(mi('L'), b(l + 1, o)), eq(), dz(), eq(), num(y.gB[o], `gB:${l}:${o}`)));
      steps.push({ title: t('math.backward', { name: names[l + 1][o] }), focus: { nodes: [[l + 1, o]], edges: edges(l, o) }, lines });
    }
  }
  for (let l = 0; l < L; l++) {
    const y = tr.layers[l], out = y.z.length;
    for (let o = 0; o < out; o++) steps.push(updateStep(tr, l, o, y, out, { w, b, names, edges: edges(l, o) }));
  }
  return steps;
}

function updateStep(tr, l, o, y, out, { w, b, names, edges }) {
  const sgd = tr.opt === 'sgd', reg = tr.reg !== 'none' && tr.lambda !== 0, lines = [];
  lines.push(sgd ? t('math.sgd', { lr: tr.lr }) : t('math.optimizer', { rule: worded('rule', tr.opt) || tr.opt, lr: tr.lr }));
  if (reg) lines.push(t('math.reg', { reg: tr.reg.toUpperCase(), term: tr.reg === 'l2' ? 'w' : 'sign w', lambda: tr.lambda }));
  const one = (name, old, g, step, next, q) => {
    const gs = () => partial(mi('L'), name());
    if (reg && q.startsWith('W')) lines.push(math(mi('g'), eq(), gs(), mo('+'), mtext(t('math.penalty')), eq(), num(step, `step${q}`)));
    const gn = num(reg && q.startsWith('W') ? step : g, null, true);
    lines.push(sgd
      ? math(row(name(), mtext('\u00a0' + t('math.new'))), eq(), num(old, null, true), mo('−'), num(tr.lr), times(), gn, eq(), num(next, `new${q}`))
      : math(gs(), eq(), num(g, null, true), mtext(`\u2003(${tr.opt})\u2003`), row(name(), mtext('\u00a0' + t('math.new'))), eq(), num(next, `new${q}`)));
  };
  for (let k = 0; k < y.w.length / out; k++) {
    const i = k * out + o;
    one(() => w(l, k, o), y.w[i], y.gW[i], y.stepW[i], y.newW[i], `W:${l}:${k}:${o}`);
  }
  one(() => b(l + 1, o), y.b[o], y.gB[o], y.gB[o], y.newB[o], `B:${l}:${o}`);
  return { title: t('math.update', { name: names[l + 1][o] }), focus: { nodes: [[l + 1, o]], edges }, lines };
}
