// The image page's views: sample images, class counts, the untrained accuracy, the confusion
// matrix (click a cell to see its images), the gallery of mistakes with probability bars, and
// the first-layer weights as 28 × 28 images.
import { NODE_LUT } from '../palette.js';
import { drawDigit, miniBars } from './pad.js';
import { t } from '../i18n.js';

const SIDE = 28, PX = SIDE * SIDE;

export function createViews({ $, requestImages }) {
  let info = null, testLabels = null, testPixels = null, outputs = null, cell = null;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function samples(pixels, labels) {
    const c = $('samples'), ctx = c.getContext('2d'), n = Math.min(100, labels.length);
    ctx.clearRect(0, 0, c.width, c.height);
    for (let i = 0; i < n; i++) drawDigit(ctx, pixels.subarray(i * PX, (i + 1) * PX), (i % 10) * 28, ((i / 10) | 0) * 28, 1);
    c.title = t('images.labels', { list: Array.from(labels.slice(0, n)).join(' ') });
  }

  const predicted = (i) => {
    const k = info.classNames.length;
    let best = 0;
    for (let j = 1; j < k; j++) if (outputs[i * k + j] > outputs[i * k + best]) best = j;
    return best;
  };

  function confusion(counts) {
    const k = info.classNames.length, table = $('confusion');
    table.replaceChildren();
    const head = el('tr');
    head.append(el('th', 'corner', t('images.corner')), ...info.classNames.map((n) => el('th', 'col', short(n))));
    table.append(head);
    const max = Math.max(1, ...counts);
    for (let r = 0; r < k; r++) {
      const row = el('tr');
      row.append(el('th', 'row', short(info.classNames[r])));
      for (let c = 0; c < k; c++) {
        const v = counts[r * k + c];
        const td = el('td', r === c ? 'diag' : v ? 'off' : '', String(v));
        td.style.setProperty('--shade', String(v / max));
        td.tabIndex = v ? 0 : -1;
        td.title = t('images.cell', { n: v, truth: info.classNames[r], p: info.classNames[c] });
        const open = () => { cell = [r, c]; gallery(); };
        td.addEventListener('click', open);
        td.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } });
        row.append(td);
      }
      table.append(row);
    }
  }

  function gallery() {
    const box = $('gallery');
    box.replaceChildren();
    if (!outputs || !testLabels || !testPixels) return;
    const picked = [];
    for (let i = 0; i < testLabels.length && picked.length < 24; i++) {
      const p = predicted(i);
      if (cell ? testLabels[i] === cell[0] && p === cell[1] : p !== testLabels[i]) picked.push([i, p]);
    }
    $('gallery-title').textContent = cell
      ? t('images.cellTitle', { truth: info.classNames[cell[0]], p: info.classNames[cell[1]], n: picked.length })
      : t('images.mistakes', { n: picked.length });
    const k = info.classNames.length;
    for (const [i, p] of picked) {
      const item = el('figure', 'item');
      const c = el('canvas');
      c.width = c.height = 56;
      drawDigit(c.getContext('2d'), testPixels.subarray(i * PX, (i + 1) * PX), 0, 0, 2);
      const caption = el('figcaption', '', `${short(info.classNames[testLabels[i]])} → ${short(info.classNames[p])}`);
      item.append(c, caption, miniBars(Array.from(outputs.subarray(i * k, (i + 1) * k)), info.classNames, testLabels[i]));
      box.append(item);
    }
  }

  return {
    setData(m, i) {
      info = i;
      cell = null;
      outputs = null;
      testPixels = null;
      testLabels = new Uint8Array(m.testLabels.buffer);
      samples(new Uint8Array(m.samples.buffer), m.sampleLabels);
      $('class-counts').textContent = t('images.perClass') + ' '
        + m.classCounts.map((n, c) => `${short(i.classNames[c])}: ${n}`).join(', ');
      requestImages({ type: 'images', id: 'test', train: false, from: 0, count: i.testSize });
    },
    images(m) {
      if (m.id === 'test') testPixels = new Uint8Array(m.pixels.buffer);
      gallery();
    },
    setMetrics(metrics, out, i) {
      info = i;
      if (out) outputs = out;
      const status = window.bp.store.get().snapshot.status;
      if (status.steps === 0) {
        $('untrained').textContent = t('images.untrained', { pct: (100 * metrics.testAccuracy).toFixed(1), k: info.classNames.length });
      }
      confusion(metrics.confusion);
      gallery();
    },
    setWeights(w, i) {
      if (!w || !w.length) return;
      const c = $('weights'), ctx = c.getContext('2d');
      // No hidden layer: the output weights are one template per class.
      const h = i.sizes[1], shown = Math.min(64, h), cols = 8, tile = 2 * SIDE + 4;
      c.height = Math.ceil(shown / cols) * tile;
      c.width = cols * tile;
      const tmp = document.createElement('canvas');
      tmp.width = tmp.height = SIDE;
      const tctx = tmp.getContext('2d'), img = tctx.createImageData(SIDE, SIDE), px = new Uint32Array(img.data.buffer);
      ctx.imageSmoothingEnabled = false;
      for (let o = 0; o < shown; o++) {
        let max = 1e-12;
        for (let p = 0; p < PX; p++) max = Math.max(max, Math.abs(w[p * h + o]));
        for (let p = 0; p < PX; p++) px[p] = NODE_LUT[Math.max(0, Math.min(255, ((w[p * h + o] / max + 1) * 127.5) | 0))];
        tctx.putImageData(img, 0, 0);
        ctx.drawImage(tmp, (o % cols) * tile, ((o / cols) | 0) * tile, 2 * SIDE, 2 * SIDE);
      }
    },
  };
}

export function short(name) {
  return name.length > 8 ? name.slice(0, 7) + '…' : name;
}
