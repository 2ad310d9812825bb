// The steps of "Show the math" for one engine trace (experiment.MathTrace): the example, the
// forward pass neuron by neuron, the loss, backpropagation neuron by neuron, and the update.
// Every number comes from the trace; nothing is recomputed here. A step is {title, focus, lines}:
// focus names the diagram's nodes [column, i] and edges [layer, from, to] to highlight.
import { mi, mo, mtext, row, sub, paren, partial, num, math, joined, frac, fmt } from './mathml.js';

const DERIVATIVE = {
  identity: '1', step: '0', sigmoid: 'a(1 − a)', tanh: '1 − a²', relu: '1 if z > 0, else 0',
  leaky_relu: '1 if z > 0, else 0.01', elu: '1 if z > 0, else a + 1', softplus: 'sigmoid(z)',
};
const LOSS = {
  mse: 'L = ½ Σₖ (aₖ − tₖ)²  (mean squared error, ½ convention)',
  bce: 'L = −[t ln a + (1 − t) ln(1 − a)], a = sigmoid(z)  (binary cross-entropy, computed from z)',
  ce: 'L = −Σₖ tₖ ln pₖ, p = softmax(z)  (cross-entropy, computed from z)',
};
const RULE = {
  momentum: 'momentum: v = μv − lr·g, w ← w + v',
  rmsprop: 'RMSProp: s = ρs + (1 − ρ)g², w ← w − lr·g / (√s + ε)',
  adam: 'Adam: m = β₁m + (1 − β₁)g, v = β₂v + (1 − β₂)g², w ← w − lr·m̂ / (√v̂ + ε)',
};
const eq = () => mo('=');
const times = () => mo('·');

/** Names of the diagram's nodes per column: input features, h1.1 …, out / class k. */
export function nodeNames(sizes, features) {
  return sizes.map((n, c) => Array.from({ length: n }, (_, i) =>
    (c === 0 ? features[i] : c === sizes.length - 1 ? (n > 1 ? 'class ' + i : 'out') : `h${c}.${i + 1}`)));
}

export function buildSteps(t, names) {
  const L = t.layers.length, steps = [];
  const ins = (l) => (l === 0 ? t.input : t.layers[l - 1].a);
  const inW = (l) => (l === 0 ? t.input.length : t.layers[l - 1].a.length);
  const edges = (l, o) => Array.from({ length: inW(l) }, (_, k) => [l, k, o]);
  const a = (c, i) => sub('a', names[c][i]), z = (c, i) => sub('z', names[c][i]);
  const w = (l, k, o) => sub('w', names[l][k] + '→' + names[l + 1][o]), b = (c, i) => sub('b', names[c][i]);

  const label = t.label === undefined ? '' : `, label ${t.label}`;
  steps.push({
    title: 'The example', focus: { nodes: names[0].map((_, i) => [0, i]), edges: [] },
    lines: [`Training example ${t.example + 1} of ${t.count}: x = ${fmt(t.x)}, y = ${fmt(t.y)}${label}. Its input features are the first layer's activations; the target is what the output should be.`,
      ...names[0].map((n, i) => math(a(0, i), eq(), num(t.input[i], `in:${i}`))),
      ...t.target.map((v, k) => math(sub('t', names[L][k]), eq(), num(v, `t:${k}`)))],
  });
  for (let l = 0; l < L; l++) {
    const y = t.layers[l], out = y.z.length, x = ins(l);
    for (let o = 0; o < out; o++) {
      const terms = x.map((_, k) => row(w(l, k, o), times(), a(l, k)));
      const nums = x.map((v, k) => row(num(y.w[k * out + o], `w:${l}:${k}:${o}`, true), times(), num(v, null, true)));
      const act = y.act === 'softmax'
        ? math(a(l + 1, o), eq(), frac(row(mi('e'), mo('^'), z(l + 1, o)), row(mo('Σ'), mi('e'), mo('^'), mi('z'))), eq(), num(y.a[o], `a:${l}:${o}`))
        : math(a(l + 1, o), eq(), mi(y.act), paren(z(l + 1, o)), eq(), mi(y.act), paren(num(y.z[o])), eq(), num(y.a[o], `a:${l}:${o}`));
      steps.push({
        title: `Forward: neuron ${names[l + 1][o]}`, focus: { nodes: [[l + 1, o]], edges: edges(l, o) },
        lines: ['Weighted sum of the inputs plus the bias, then the activation function:',
          math(z(l + 1, o), eq(), ...joined([...terms, b(l + 1, o)], '+')),
          math(eq(), ...joined([...nums, num(y.b[o], `b:${l}:${o}`, true)], '+'), eq(), num(y.z[o], `z:${l}:${o}`)), act],
      });
    }
  }
  const top = t.layers[L - 1];
  steps.push({
    title: 'The loss', focus: { nodes: names[L].map((_, i) => [L, i]), edges: [] },
    lines: [`Loss in use: ${LOSS[t.loss] || t.loss}.`, ...top.a.map((v, k) => math(a(L, k), eq(), num(v), mtext('\u2003target\u2003'), num(t.target[k]))),
      math(mi('L'), eq(), num(t.lossValue, 'loss'))],
  });
  for (let l = L - 1; l >= 0; l--) {
    const y = t.layers[l], out = y.z.length, x = ins(l);
    for (let o = 0; o < out; o++) {
      const dz = () => partial(mi('L'), z(l + 1, o)), da = () => partial(mi('L'), a(l + 1, o)), lines = []; // fresh nodes per use
      if (l === L - 1 && !y.dA) {
        lines.push('The loss is computed from z, so its derivative for z is simply the output minus the target:',
          math(dz(), eq(), a(l + 1, o), mo('−'), sub('t', names[l + 1][o]), eq(), num(y.a[o], null, true), mo('−'), num(t.target[o], null, true), eq(), num(y.dZ[o], `dZ:${l}:${o}`)));
      } else {
        if (l === L - 1) {
          lines.push('Derivative of the loss for this output (MSE: a − t):',
            math(da(), eq(), a(l + 1, o), mo('−'), sub('t', names[l + 1][o]), eq(), num(y.a[o], null, true), mo('−'), num(t.target[o], null, true), eq(), num(y.dA[o], `dA:${l}:${o}`)));
        } else {
          const up = t.layers[l + 1], n = up.z.length;
          lines.push('Its output feeds every neuron of the next layer, so their gradients add up (chain rule):',
            math(da(), eq(), ...joined(up.z.map((_, p) => row(w(l + 1, o, p), times(), partial(mi('L'), z(l + 2, p)))), '+')),
            math(eq(), ...joined(up.z.map((_, p) => row(num(up.w[o * n + p], null, true), times(), num(up.dZ[p], null, true))), '+'), eq(), num(y.dA[o], `dA:${l}:${o}`)));
        }
        lines.push(`Derivative of ${y.act}: f′(z) = ${DERIVATIVE[y.act] || '?'}`,
          math(mi('f′'), paren(z(l + 1, o)), eq(), num(y.fp[o], `fp:${l}:${o}`)),
          math(dz(), eq(), da(), times(), mi('f′'), paren(z(l + 1, o)), eq(), num(y.dA[o], null, true), times(), num(y.fp[o], null, true), eq(), num(y.dZ[o], `dZ:${l}:${o}`)));
      }
      lines.push('Each incoming weight: ∂L/∂w = ∂L/∂z · (the input it multiplies); the bias: ∂L/∂b = ∂L/∂z.');
      x.forEach((v, k) => lines.push(math(partial(mi('L'), w(l, k, o)), eq(), dz(), times(), a(l, k), eq(), num(y.dZ[o], null, true), times(), num(v, null, true), eq(), num(y.gW[k * out + o], `gW:${l}:${k}:${o}`))));
      lines.push(math(partial(mi('L'), b(l + 1, o)), eq(), dz(), eq(), num(y.gB[o], `gB:${l}:${o}`)));
      steps.push({ title: `Backward: neuron ${names[l + 1][o]}`, focus: { nodes: [[l + 1, o]], edges: edges(l, o) }, lines });
    }
  }
  for (let l = 0; l < L; l++) {
    const y = t.layers[l], out = y.z.length;
    for (let o = 0; o < out; o++) steps.push(updateStep(t, l, o, y, out, { w, b, names, edges: edges(l, o) }));
  }
  return steps;
}

function updateStep(t, l, o, y, out, { w, b, names, edges }) {
  const sgd = t.opt === 'sgd', reg = t.reg !== 'none' && t.lambda !== 0, lines = [];
  lines.push(sgd ? `SGD: new value = old value − learning rate × gradient, with learning rate ${t.lr}.`
    : `The optimizer is ${RULE[t.opt]}; its state (from the training so far) is the engine's. Learning rate ${t.lr}. Shown: the gradient and the optimizer's new value.`);
  if (reg) lines.push(`${t.reg.toUpperCase()} regularisation adds λ·${t.reg === 'l2' ? 'w' : 'sign w'} (λ = ${t.lambda}) to each weight's gradient (not to biases).`);
  const one = (name, old, g, step, next, q) => {
    const gs = () => partial(mi('L'), name());
    if (reg && q.startsWith('W')) lines.push(math(mi('g'), eq(), gs(), mo('+'), mtext('penalty'), eq(), num(step, `step${q}`)));
    const gn = num(reg && q.startsWith('W') ? step : g, null, true);
    lines.push(sgd
      ? math(row(name(), mtext('\u00a0new')), eq(), num(old, null, true), mo('−'), num(t.lr), times(), gn, eq(), num(next, `new${q}`))
      : math(gs(), eq(), num(g, null, true), mtext(`\u2003(${t.opt})\u2003`), row(name(), mtext('\u00a0new')), eq(), num(next, `new${q}`)));
  };
  for (let k = 0; k < y.w.length / out; k++) {
    const i = k * out + o;
    one(() => w(l, k, o), y.w[i], y.gW[i], y.stepW[i], y.newW[i], `W:${l}:${k}:${o}`);
  }
  one(() => b(l + 1, o), y.b[o], y.gB[o], y.gB[o], y.newB[o], `B:${l}:${o}`);
  return { title: `Update: neuron ${names[l + 1][o]}`, focus: { nodes: [[l + 1, o]], edges }, lines };
}
