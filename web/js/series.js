// Data of a chart with bounded memory, for runs of any length: columns of equal length (x first)
// in uPlot's layout, holding at most `max` kept points plus the newest one. When full, every
// second kept point is dropped and from then on one point in twice as many is kept, so the
// points stay evenly spread over the whole run and the curve keeps its shape; the newest point
// is always shown (it replaces the previous newest until it is due to be kept).
export function createSeries(columns, max = 1000) {
  const cols = Array.from({ length: columns }, () => []);
  let stride = 1; // one point kept in every `stride` added
  let since = 0; // points added since the last kept one
  let tail = false; // whether the last entry is the newest point, not (yet) kept

  function halve() {
    // With an even count the newest point (`stride` after the last survivor) stays, but unkept.
    const even = cols[0].length % 2 === 0;
    for (const c of cols) {
      const newest = c[c.length - 1];
      let j = 0;
      for (let i = 0; i < c.length; i += 2) c[j++] = c[i];
      c.length = j;
      if (even) c.push(newest);
    }
    since = even ? stride : 0;
    tail = even;
    stride *= 2;
  }

  return {
    cols,
    /** Adds a point (values in column order, x first); a point with the newest x replaces it. */
    add(values) {
      const n = cols[0].length;
      if (n && cols[0][n - 1] === values[0]) {
        values.forEach((v, i) => { cols[i][n - 1] = v; });
        return;
      }
      if (tail) values.forEach((v, i) => { cols[i][n - 1] = v; });
      else values.forEach((v, i) => cols[i].push(v));
      tail = true;
      if (++since >= stride) {
        tail = false;
        since = 0;
        if (cols[0].length >= max) halve();
      }
    },
    /** Drops the points after x (training went back in time and goes on from there). */
    cut(x) {
      while (cols[0].length && cols[0][cols[0].length - 1] > x) for (const c of cols) c.pop();
      tail = false;
      since = 0;
    },
    clear() {
      for (const c of cols) c.length = 0;
      stride = 1;
      since = 0;
      tail = false;
    },
    get length() { return cols[0].length; },
  };
}
