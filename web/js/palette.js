// Colours. Classes use the Okabe–Ito palette (distinguishable with the common colour-vision
// deficiencies); two classes are orange and blue as in TensorFlow Playground. Heatmaps are
// lookup tables of packed RGBA built once, so drawing a frame never parses a colour.
export const CLASS_RGB = [[230, 159, 0], [0, 114, 178], [0, 158, 115], [213, 94, 0], [204, 121, 167]];
export const CLASS_CSS = CLASS_RGB.map(([r, g, b]) => `rgb(${r}, ${g}, ${b})`);
const WHITE = [250, 250, 250];
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function pack([r, g, b]) {
  return LITTLE_ENDIAN ? (255 << 24 | b << 16 | g << 8 | r) >>> 0 : (r << 24 | g << 16 | b << 8 | 255) >>> 0;
}

/** Blend from white towards c by t in [0, 1]; heatmaps stop at `depth` so dots stay readable. */
function tint(c, t, depth = 0.7) {
  return c.map((v, k) => Math.round(WHITE[k] + (v - WHITE[k]) * t * depth));
}

/** 256 entries from colour a (value 0) through white (0.5) to colour b (1). */
function diverging(a, b, depth) {
  const lut = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    const t = i / 255;
    lut[i] = pack(t < 0.5 ? tint(a, (0.5 - t) * 2, depth) : tint(b, (t - 0.5) * 2, depth));
  }
  return lut;
}

export const BINARY_LUT = diverging(CLASS_RGB[0], CLASS_RGB[1], 0.7);
export const BINARY_DISCRETE = [pack(tint(CLASS_RGB[0], 1)), pack(tint(CLASS_RGB[1], 1))];
export const NODE_LUT = diverging(CLASS_RGB[0], CLASS_RGB[1], 1); // thumbnails: negative orange, positive blue

/** Per class, 64 intensities from "unsure" (white) to "certain" (class colour). */
export const CLASS_LUTS = CLASS_RGB.map((c) => {
  const lut = new Uint32Array(64);
  for (let i = 0; i < 64; i++) lut[i] = pack(tint(c, i / 63));
  return lut;
});

/**
 * Fills `pixels` from the engine's grid values: two classes → P(class 1) in [0, 1]; several →
 * class + probability; regression → value in about [−1, 1].
 */
export function paintGrid(grid, pixels, kind, classes, discrete) {
  const n = grid.length;
  if (kind === 'regression') {
    for (let i = 0; i < n; i++) {
      const v = (grid[i] + 1) * 127.5;
      pixels[i] = BINARY_LUT[v >= 255 ? 255 : v > 0 ? v | 0 : 0];
    }
  } else if (kind === 'binary') {
    for (let i = 0; i < n; i++) {
      const v = grid[i];
      pixels[i] = discrete ? BINARY_DISCRETE[v > 0.5 ? 1 : 0] : BINARY_LUT[v >= 1 ? 255 : v > 0 ? (v * 255) | 0 : 0];
    }
  } else {
    const floor = 1 / classes;
    for (let i = 0; i < n; i++) {
      const c = Math.min(classes - 1, Math.floor(grid[i]));
      const p = grid[i] - c;
      const t = discrete ? 63 : Math.max(0, Math.min(63, ((p - floor) / (1 - floor)) * 63)) | 0;
      pixels[i] = CLASS_LUTS[c][t];
    }
  }
}
