// Small builders for the "Show the math" formulas: MathML elements made with DOM calls (never
// markup from text), and numbers shown with 5 significant digits. Every number element keeps
// the engine's full-precision value in data-value (and what it is in data-q), for readers and tests.
const NS = 'http://www.w3.org/1998/Math/MathML';

export function node(tag, ...kids) {
  const e = document.createElementNS(NS, tag);
  for (const k of kids) e.append(typeof k === 'string' ? text('mi', k) : k);
  return e;
}

function text(tag, s) {
  const e = document.createElementNS(NS, tag);
  e.textContent = s;
  return e;
}

export const mi = (s) => text('mi', s);
export const mo = (s) => text('mo', s);
export const mtext = (s) => text('mtext', s);
export const row = (...kids) => node('mrow', ...kids);
export const sub = (base, s) => node('msub', typeof base === 'string' ? mi(base) : base, mtext(s));
export const frac = (a, b) => node('mfrac', a, b);
export const paren = (...kids) => row(mo('('), ...kids, mo(')'));

/** ∂a/∂b as a fraction. */
export const partial = (a, b) => frac(row(mo('∂'), a), row(mo('∂'), b));

/** The display text of a number: 5 significant digits, exponent form when very small or large. */
export function fmt(v) {
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  const a = Math.abs(v);
  const s = a !== 0 && (a < 1e-4 || a >= 1e6) ? v.toExponential(4) : String(Number(v.toPrecision(5)));
  return s.replace('-', '−');
}

/** A number element; {@code q} names it (e.g. "z:1:0"), negative values are bracketed when {@code wrap}. */
export function num(v, q, wrap) {
  const e = text('mn', fmt(v));
  e.dataset.value = String(v);
  if (q) e.dataset.q = q;
  return wrap && v < 0 ? paren(e) : e;
}

/** A whole formula as a block <math> element. */
export function math(...kids) {
  const m = node('math', ...kids);
  m.setAttribute('display', 'block');
  return m;
}

/** Terms joined by an operator: [t1, '+', t2, '+', …]. */
export function joined(terms, op) {
  const out = [];
  terms.forEach((t, i) => { if (i) out.push(mo(op)); out.push(t); });
  return out;
}
