// Lesson 5's small plots of activation functions f(z) for z from −4 to 4 (canvas, drawn here).
const FUNCS = {
  step: (z) => (z > 0 ? 1 : 0),
  sigmoid: (z) => 1 / (1 + Math.exp(-z)),
  tanh: (z) => Math.tanh(z),
  relu: (z) => Math.max(0, z),
  identity: (z) => z,
};

export function activationPlots(caption) {
  const box = document.createElement('div');
  box.className = 'lesson-plots';
  for (const [name, f] of Object.entries(FUNCS)) {
    const fig = document.createElement('figure');
    const c = document.createElement('canvas');
    c.width = 140;
    c.height = 100;
    c.setAttribute('role', 'img');
    c.setAttribute('aria-label', caption(name));
    draw(c.getContext('2d'), f, c.width, c.height);
    const cap = document.createElement('figcaption');
    cap.textContent = name;
    fig.append(c, cap);
    box.append(fig);
  }
  return box;
}

function draw(ctx, f, w, h) {
  const x = (z) => ((z + 4) / 8) * w, y = (v) => h / 2 - (v / 2.2) * (h / 2); // y from −2.2 to 2.2
  ctx.strokeStyle = '#999';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(0, y(0)); ctx.lineTo(w, y(0));
  ctx.moveTo(x(0), 0); ctx.lineTo(x(0), h);
  ctx.stroke();
  ctx.strokeStyle = '#0072b2';
  ctx.lineWidth = 2;
  ctx.beginPath();
  for (let i = 0; i <= w; i++) {
    const z = (i / w) * 8 - 4, v = f(z);
    if (i === 0) ctx.moveTo(i, y(v));
    else if (Math.abs(v - f(z - 8 / w)) > 0.5) { ctx.stroke(); ctx.beginPath(); ctx.moveTo(i, y(v)); } // the step's jump
    else ctx.lineTo(i, y(v));
  }
  ctx.stroke();
}
