// The drawing pad: draw with a mouse, pen or finger; the drawing is sent to the engine, which
// centres it like MNIST (20 × 20 box, centre of mass in 28 × 28) and classifies it. Shows what
// the network saw and a bar per class.
export function drawDigit(ctx, pixels, x, y, scale) {
  const img = ctx.createImageData(28, 28), d = img.data;
  for (let i = 0; i < 784; i++) {
    const v = 255 - pixels[i];
    d[4 * i] = d[4 * i + 1] = d[4 * i + 2] = v;
    d[4 * i + 3] = 255;
  }
  if (scale === 1) return ctx.putImageData(img, x, y);
  const tmp = document.createElement('canvas');
  tmp.width = tmp.height = 28;
  tmp.getContext('2d').putImageData(img, 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(tmp, x, y, 28 * scale, 28 * scale);
  return undefined;
}

/** Ten small vertical bars (a mistake's probabilities), the true class outlined; titles give the values. */
export function miniBars(probs, names, truth) {
  const box = document.createElement('div');
  box.className = 'minibars';
  probs.forEach((p, c) => {
    const bar = document.createElement('span');
    bar.className = 'mini' + (c === truth ? ' truth' : '');
    bar.title = `${names[c]}: ${(100 * p).toFixed(1)} %`;
    const fill = document.createElement('span');
    fill.style.height = Math.max(1, 100 * p).toFixed(1) + '%';
    bar.append(fill);
    box.append(bar);
  });
  return box;
}

/** Probability bars, one per class, the true class (if given) marked. */
export function bars(probs, names, truth) {
  const box = document.createElement('div');
  box.className = 'bars';
  const best = probs.indexOf(Math.max(...probs));
  probs.forEach((p, c) => {
    const row = document.createElement('div');
    row.className = 'pbar' + (c === best ? ' best' : '') + (c === truth ? ' truth' : '');
    const label = document.createElement('span');
    label.textContent = names[c].length > 8 ? names[c].slice(0, 7) + '…' : names[c];
    const fill = document.createElement('span');
    fill.className = 'fill';
    fill.style.width = (100 * p).toFixed(1) + '%';
    const value = document.createElement('span');
    value.className = 'value';
    value.textContent = (100 * p).toFixed(1) + ' %';
    row.append(label, fill, value);
    box.append(row);
  });
  return box;
}

export function createPad(canvas, seen, out, onDrawn) {
  const ctx = canvas.getContext('2d');
  let drawing = false, last = null, pending = 0, dirty = false;
  ctx.lineCap = ctx.lineJoin = 'round';
  const clear = () => {
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    dirty = false;
    out.replaceChildren();
    seen.getContext('2d').clearRect(0, 0, seen.width, seen.height);
  };
  const at = (e) => {
    const r = canvas.getBoundingClientRect();
    return [(e.clientX - r.left) * canvas.width / r.width, (e.clientY - r.top) * canvas.height / r.height];
  };
  function send() {
    pending = 0;
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const gray = new Float32Array(canvas.width * canvas.height);
    for (let i = 0; i < gray.length; i++) gray[i] = 1 - data[4 * i] / 255; // ink is dark on white
    onDrawn(gray);
  }
  canvas.addEventListener('pointerdown', (e) => {
    drawing = true;
    last = at(e);
    canvas.setPointerCapture(e.pointerId);
  });
  canvas.addEventListener('pointermove', (e) => {
    if (!drawing) return;
    const p = at(e);
    ctx.strokeStyle = '#000';
    ctx.lineWidth = canvas.width / 12;
    ctx.beginPath();
    ctx.moveTo(...last);
    ctx.lineTo(...p);
    ctx.stroke();
    last = p;
    dirty = true;
    if (!pending) pending = setTimeout(send, 60);
  });
  canvas.addEventListener('pointerup', () => { drawing = false; });
  canvas.addEventListener('touchmove', (e) => e.preventDefault(), { passive: false });
  document.getElementById('clear-pad').addEventListener('click', clear);
  clear();
  return {
    redo() { if (dirty) send(); },
    show(all, info) {
      if (!info || !all.length) return;
      const k = info.classNames.length;
      const probs = Array.from(all.subarray(0, k));
      const image = all.subarray(k);
      const px = new Uint8Array(784);
      for (let i = 0; i < 784; i++) px[i] = Math.round(image[i] * 255);
      drawDigit(seen.getContext('2d'), px, 0, 0, 3);
      out.replaceChildren(bars(probs, info.classNames));
      out.dataset.sum = String(probs.reduce((a, b) => a + b, 0));
    },
  };
}
