// The network diagram: one column per layer, each node a thumbnail of its value over the plane,
// edges whose width and colour show the weights. Hover for values; click an edge to edit it.
import { NODE_LUT, CLASS_CSS } from './palette.js';
import { t } from './i18n.js';

const PAD = 28, RIGHT = 56; // room for the input names on the left and the output names on the right

export function createDiagram(canvas, tip, { onEditWeight }) {
  const ctx = canvas.getContext('2d');
  const atlas = document.createElement('canvas');
  const atlasCtx = atlas.getContext('2d');
  let net = null;   // {sizes, labels[][], offsets}
  let snap = null;  // {weights, nodes, nodeRes}
  let probe = null; // values per node
  let geo = null;   // node rectangles per column

  function layout() {
    const cols = net.sizes.length, most = Math.max(...net.sizes);
    const size = Math.max(10, Math.min(40, (canvas.height - 2 * PAD) / most - 6));
    const gap = Math.min(10, (canvas.height - 2 * PAD - most * size) / Math.max(1, most - 1));
    geo = net.sizes.map((n, c) => {
      const x = PAD + (canvas.width - PAD - RIGHT - size) * (cols === 1 ? 0.5 : c / (cols - 1));
      const top = (canvas.height - (n * size + (n - 1) * gap)) / 2;
      return Array.from({ length: n }, (_, i) => ({ x, y: top + i * (size + gap), s: size }));
    });
  }

  function weight(l, i, o) {
    return snap.weights[net.offsets[l] + i * net.sizes[l + 1] + o];
  }

  function drawEdges() {
    let max = 1e-9;
    for (let i = 0; i < snap.weights.length; i++) max = Math.max(max, Math.abs(snap.weights[i]));
    for (let l = 0; l + 1 < net.sizes.length; l++) {
      for (let i = 0; i < net.sizes[l]; i++) {
        const a = geo[l][i];
        for (let o = 0; o < net.sizes[l + 1]; o++) {
          const b = geo[l + 1][o], w = weight(l, i, o), m = Math.abs(w) / max;
          ctx.strokeStyle = w < 0 ? `rgba(230, 159, 0, ${0.25 + 0.75 * m})` : `rgba(0, 114, 178, ${0.25 + 0.75 * m})`;
          ctx.lineWidth = 0.5 + 5 * m;
          ctx.beginPath();
          ctx.moveTo(a.x + a.s, a.y + a.s / 2);
          ctx.lineTo(b.x, b.y + b.s / 2);
          ctx.stroke();
        }
      }
    }
  }

  function drawNodes() {
    const res = snap.nodeRes, count = snap.nodes.length / (res * res);
    if (atlas.width !== res * count || atlas.height !== res) {
      atlas.width = Math.max(1, res * count);
      atlas.height = res;
    }
    const img = atlasCtx.createImageData(Math.max(1, res * count), res);
    const px = new Uint32Array(img.data.buffer);
    for (let k = 0; k < count; k++) {
      let max = 1e-9;
      const base = k * res * res;
      for (let p = 0; p < res * res; p++) max = Math.max(max, Math.abs(snap.nodes[base + p]));
      for (let p = 0; p < res * res; p++) {
        const v = snap.nodes[base + p] / max;
        px[(p / res | 0) * res * count + k * res + (p % res)] = NODE_LUT[Math.max(0, Math.min(255, ((v + 1) * 127.5) | 0))];
      }
    }
    atlasCtx.putImageData(img, 0, 0);
    ctx.imageSmoothingEnabled = true;
    let k = 0;
    geo.forEach((col) => col.forEach((n) => {
      ctx.drawImage(atlas, k * res, 0, res, res, n.x, n.y, n.s, n.s);
      ctx.strokeStyle = '#555';
      ctx.lineWidth = 1;
      ctx.strokeRect(n.x + 0.5, n.y + 0.5, n.s - 1, n.s - 1);
      if (probe) {
        ctx.fillStyle = 'rgba(255,255,255,0.8)';
        ctx.fillRect(n.x, n.y + n.s - 12, n.s, 12);
        ctx.fillStyle = '#111';
        ctx.font = '10px system-ui, sans-serif';
        ctx.fillText(format(probe[k]), n.x + 2, n.y + n.s - 2);
      }
      k++;
    }));
  }

  function drawLabels() {
    ctx.fillStyle = '#333';
    ctx.font = '11px system-ui, sans-serif';
    ctx.textAlign = 'right';
    geo[0].forEach((n, i) => ctx.fillText(net.labels[0][i], n.x - 3, n.y + n.s / 2 + 4));
    ctx.textAlign = 'left';
    const last = geo[geo.length - 1];
    last.forEach((n, i) => {
      ctx.fillStyle = last.length > 1 ? CLASS_CSS[i] || '#333' : '#333';
      ctx.fillText(net.labels[geo.length - 1][i], n.x + n.s + 3, n.y + n.s / 2 + 4);
    });
  }

  function draw() {
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (!net || !snap || !snap.weights.length) return;
    drawEdges();
    drawNodes();
    drawLabels();
  }

  // --- hover and edit ---
  function hit(x, y) {
    if (!geo) return null;
    for (let c = 0; c < geo.length; c++) {
      for (let i = 0; i < geo[c].length; i++) {
        const n = geo[c][i];
        if (x >= n.x && x <= n.x + n.s && y >= n.y && y <= n.y + n.s) return { node: [c, i] };
      }
    }
    let best = null, bestD = 5;
    for (let l = 0; l + 1 < geo.length; l++) {
      for (let i = 0; i < geo[l].length; i++) {
        for (let o = 0; o < geo[l + 1].length; o++) {
          const a = geo[l][i], b = geo[l + 1][o];
          const d = segmentDistance(x, y, a.x + a.s, a.y + a.s / 2, b.x, b.y + b.s / 2);
          if (d < bestD) { bestD = d; best = { edge: [l, i, o] }; }
        }
      }
    }
    return best;
  }

  function describe(h) {
    if (h.edge) {
      const [l, i, o] = h.edge;
      return t('diagram.weight', { from: net.labels[l][i], to: net.labels[l + 1][o], w: format(weight(l, i, o)) });
    }
    const [c, i] = h.node;
    if (c === 0) return t('diagram.input', { name: net.labels[0][i] });
    const bias = snap.weights[net.offsets[c - 1] + net.sizes[c - 1] * net.sizes[c] + i];
    return t('diagram.bias', { name: net.labels[c][i], b: format(bias) });
  }

  const local = (e) => {
    const r = canvas.getBoundingClientRect();
    return [(e.clientX - r.left) * canvas.width / r.width, (e.clientY - r.top) * canvas.height / r.height, e.clientX - r.left, e.clientY - r.top];
  };

  canvas.addEventListener('pointermove', (e) => {
    const [x, y, cx, cy] = local(e);
    const h = snap && hit(x, y);
    tip.hidden = !h;
    if (h) {
      tip.textContent = describe(h);
      tip.style.left = cx + 12 + 'px';
      tip.style.top = cy + 12 + 'px';
    }
  });
  canvas.addEventListener('pointerleave', () => { tip.hidden = true; });
  canvas.addEventListener('click', (e) => {
    const [x, y] = local(e);
    const h = snap && hit(x, y);
    if (h && h.edge) onEditWeight(...h.edge, weight(...h.edge), e);
  });

  return {
    setNetwork(sizes, labels) {
      const offsets = [];
      let off = 0;
      for (let l = 0; l + 1 < sizes.length; l++) {
        offsets.push(off);
        off += sizes[l] * sizes[l + 1] + sizes[l + 1];
      }
      net = { sizes, labels, offsets };
      layout();
      draw();
    },
    setSnapshot(s) { snap = s; draw(); },
    setProbe(values) { probe = values; draw(); },
    sizes: () => (net && snap && geo ? net.sizes : []), // for the keyboard (diagramkeys.js)
    describeEdge: (l, i, o) => describe({ edge: [l, i, o] }).replace('click', 'Enter'),
    weight,
    nodeBox: (c, i) => geo && geo[c] && geo[c][i], // {x, y, s} in canvas pixels (the math panel's highlight)
    /** The point at fraction t along an edge, in CSS pixels from the canvas's top-left corner (tests, tours). */
    edgePoint(l, i, o, t = 0.5) {
      const a = geo[l][i], b = geo[l + 1][o], k = canvas.getBoundingClientRect().width / canvas.width;
      const ax = a.x + a.s, ay = a.y + a.s / 2, bx = b.x, by = b.y + b.s / 2;
      return [(ax + (bx - ax) * t) * k, (ay + (by - ay) * t) * k];
    },
  };
}

function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay, len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len)) : 0;
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

export function format(v) {
  if (v === undefined || v === null || Number.isNaN(v)) return '–';
  const a = Math.abs(v);
  return a !== 0 && (a < 0.001 || a >= 1e4) ? v.toExponential(2) : v.toFixed(3);
}
