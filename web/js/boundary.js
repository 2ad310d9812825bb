// Draws the network's output over the plane and the data points. The engine sends one float
// per pixel (score of class 1 in [0, 1]); colours come from a 256-entry lookup table built once,
// so a frame is one typed-array pass plus drawImage (no colour parsing per pixel).
const EXTENT = 6;
// Colour-blind-safe diverging pair (orange / blue, distinguishable with all common CVDs).
const C0 = [242, 168, 96], C1 = [112, 164, 218], MID = [246, 246, 246];
export const POINT_COLORS = ['rgb(200, 95, 0)', 'rgb(10, 90, 170)'];

function buildLut() {
  const lut = new Uint32Array(256);
  const le = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  for (let i = 0; i < 256; i++) {
    const t = i / 255;
    const [a, b, u] = t < 0.5 ? [C0, MID, t * 2] : [MID, C1, (t - 0.5) * 2];
    const c = a.map((v, k) => Math.round(v + (b[k] - v) * u));
    const alpha = 255;
    lut[i] = le ? (alpha << 24) | (c[2] << 16) | (c[1] << 8) | c[0] : (c[0] << 24) | (c[1] << 16) | (c[2] << 8) | alpha;
  }
  return lut;
}

export function createBoundary(canvas) {
  const ctx = canvas.getContext('2d');
  const lut = buildLut();
  const off = document.createElement('canvas');
  const offCtx = off.getContext('2d');
  let image = null, pixels = null;
  let points = new Float32Array(0);

  function toCanvas(x, y) {
    return [(x + EXTENT) / (2 * EXTENT) * canvas.width, (EXTENT - y) / (2 * EXTENT) * canvas.height];
  }

  function drawGrid(grid, res) {
    if (!image || image.width !== res) {
      off.width = off.height = res;
      image = offCtx.createImageData(res, res);
      pixels = new Uint32Array(image.data.buffer);
    }
    for (let i = 0; i < grid.length; i++) {
      const v = grid[i];
      pixels[i] = lut[v >= 1 ? 255 : v > 0 ? (v * 255) | 0 : 0];
    }
    offCtx.putImageData(image, 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(off, 0, 0, canvas.width, canvas.height);
  }

  function drawPoints(showTest) {
    const r = Math.max(3, canvas.width / 130);
    for (let i = 0; i < points.length; i += 4) {
      const test = points[i + 3] === 1;
      if (test && !showTest) continue;
      const [cx, cy] = toCanvas(points[i], points[i + 1]);
      ctx.beginPath();
      ctx.arc(cx, cy, r, 0, 2 * Math.PI);
      ctx.fillStyle = POINT_COLORS[points[i + 2] > 0.5 ? 1 : 0];
      ctx.lineWidth = test ? 2 : 1;
      ctx.strokeStyle = test ? '#111' : '#fff';
      if (test) {
        ctx.fillStyle = '#fff';
        ctx.fill();
        ctx.strokeStyle = POINT_COLORS[points[i + 2] > 0.5 ? 1 : 0];
      } else {
        ctx.fill();
      }
      ctx.stroke();
    }
  }

  return {
    setPoints(p) {
      points = p;
    },
    render(grid, res, showTest = true) {
      if (grid && grid.length === res * res) drawGrid(grid, res);
      drawPoints(showTest);
    },
  };
}
