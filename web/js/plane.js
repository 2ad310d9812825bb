// The output plane: the network's decision grid as a heatmap, the data points on top (drawn
// once into their own layer), and pointer input — hover to probe the network, click to add or
// erase points; from the keyboard, arrow keys move a cursor (probing there) and Enter or space
// clicks at it. Coordinates: the plane spans [−extent, extent]² with y upwards.
import { CLASS_CSS, BINARY_LUT, paintGrid } from './palette.js';

export function createPlane(canvas, { onProbe, onClick }) {
  const ctx = canvas.getContext('2d');
  const gridCanvas = document.createElement('canvas');
  const gridCtx = gridCanvas.getContext('2d');
  const layer = document.createElement('canvas');
  layer.width = canvas.width;
  layer.height = canvas.height;
  const layerCtx = layer.getContext('2d');
  let image = null, pixels = null;
  let data = { points: new Float32Array(0), extent: 6, kind: 'binary', classes: 2 };
  let view = { showTest: true, discrete: false };
  let last = null, cursor = null; // cursor: the keyboard's point, [x, y] in plane units

  const toCanvas = (x, y) => [(x + data.extent) / (2 * data.extent) * canvas.width, (data.extent - y) / (2 * data.extent) * canvas.height];
  const toPlane = (e) => {
    const r = canvas.getBoundingClientRect();
    const fx = (e.clientX - r.left) / r.width, fy = (e.clientY - r.top) / r.height;
    return [(fx * 2 - 1) * data.extent, (1 - fy * 2) * data.extent];
  };

  function colourOf(v) {
    if (data.kind === 'regression') {
      const i = Math.max(0, Math.min(255, ((v + 1) * 127.5) | 0));
      const c = BINARY_LUT[i];
      return `rgb(${c & 255}, ${(c >> 8) & 255}, ${(c >> 16) & 255})`;
    }
    return CLASS_CSS[Math.round(v)] || '#000';
  }

  function drawPoints() {
    layerCtx.clearRect(0, 0, layer.width, layer.height);
    const r = Math.max(3, canvas.width / 120);
    const p = data.points;
    for (let i = 0; i < p.length; i += 4) {
      const test = p[i + 3] === 1;
      if (test && !view.showTest) continue;
      const [cx, cy] = toCanvas(p[i], p[i + 1]);
      layerCtx.beginPath();
      layerCtx.arc(cx, cy, r, 0, 2 * Math.PI);
      layerCtx.fillStyle = test ? '#fff' : colourOf(p[i + 2]);
      layerCtx.fill();
      layerCtx.lineWidth = test ? 2.5 : 1;
      layerCtx.strokeStyle = test ? colourOf(p[i + 2]) : '#fff';
      layerCtx.stroke();
    }
  }

  function render() {
    if (last) {
      const { grid, res } = last;
      if (!image || image.width !== res) {
        gridCanvas.width = gridCanvas.height = res;
        image = gridCtx.createImageData(res, res);
        pixels = new Uint32Array(image.data.buffer);
      }
      paintGrid(grid, pixels, data.kind, data.classes, view.discrete);
      gridCtx.putImageData(image, 0, 0);
      ctx.imageSmoothingEnabled = !view.discrete;
      ctx.drawImage(gridCanvas, 0, 0, canvas.width, canvas.height);
    } else {
      ctx.fillStyle = '#fafafa';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
    }
    ctx.drawImage(layer, 0, 0);
    if (cursor) drawCursor(...toCanvas(...cursor));
  }

  function drawCursor(cx, cy) {
    const r = canvas.width / 30;
    ctx.lineWidth = 2;
    for (const [colour, w] of [['#fff', 5], ['#1d1d1f', 2]]) {
      ctx.strokeStyle = colour;
      ctx.lineWidth = w;
      ctx.beginPath();
      ctx.moveTo(cx - r, cy); ctx.lineTo(cx + r, cy);
      ctx.moveTo(cx, cy - r); ctx.lineTo(cx, cy + r);
      ctx.stroke();
    }
  }

  const KEY_MOVES = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
  canvas.addEventListener('keydown', (e) => {
    const move = KEY_MOVES[e.key];
    if (!move && e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault(); // not the page's shortcuts (space = play, → = step)
    const step = data.extent / (e.shiftKey && move ? 4 : 20), lim = (v) => Math.max(-data.extent, Math.min(data.extent, v));
    cursor = cursor || [0, 0];
    if (move) {
      cursor = [lim(cursor[0] + move[0] * step), lim(cursor[1] + move[1] * step)];
      onProbe(...cursor);
    } else {
      onClick(...cursor, { other: e.shiftKey });
    }
    render();
  });
  canvas.addEventListener('blur', () => {
    cursor = null;
    onProbe(null, null);
    render();
  });

  canvas.addEventListener('pointermove', (e) => onProbe(...toPlane(e)));
  canvas.addEventListener('pointerleave', () => onProbe(null, null));
  canvas.addEventListener('contextmenu', (e) => e.preventDefault());
  canvas.addEventListener('pointerdown', (e) => {
    e.preventDefault();
    onClick(...toPlane(e), { other: e.shiftKey || e.button === 2 });
  });

  return {
    setData(d) {
      data = { ...data, ...d };
      drawPoints();
      render();
    },
    setView(v) {
      view = { ...view, ...v };
      drawPoints();
      render();
    },
    draw(grid, res) {
      last = grid && grid.length === res * res ? { grid, res } : null;
      render();
    },
    /** Plane units per canvas pixel, for "erase the point under the pointer". */
    pickRadius: () => (2 * data.extent / canvas.width) * Math.max(6, canvas.width / 60),
  };
}
