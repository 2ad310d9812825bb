// The diagram from the keyboard: with the diagram focused, the arrow keys walk through its edges
// (← → one edge, ↑ ↓ to the same place in the previous or next layer), the tip names the weight,
// and Enter opens the same editor a click opens.
export function bindDiagramKeys(canvas, tip, diagram, onEditWeight) {
  let at = null; // [layer, from, to]

  function edges() {
    const sizes = diagram.sizes(), list = [];
    for (let l = 0; l + 1 < sizes.length; l++) {
      for (let i = 0; i < sizes[l]; i++) for (let o = 0; o < sizes[l + 1]; o++) list.push([l, i, o]);
    }
    return list;
  }

  function show() {
    const [x, y] = diagram.edgePoint(...at, 0.5);
    tip.textContent = diagram.describeEdge(...at);
    tip.style.left = x + 12 + 'px';
    tip.style.top = y + 12 + 'px';
    tip.hidden = false;
  }

  canvas.addEventListener('keydown', (e) => {
    const list = edges();
    if (!list.length || !['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Enter'].includes(e.key)) return;
    e.preventDefault(); // not the page's shortcuts (→ = step)
    let k = at ? list.findIndex((v) => v.join() === at.join()) : -1;
    if (e.key === 'Enter') {
      if (k < 0) return;
      const [x, y] = diagram.edgePoint(...at, 0.5), r = canvas.getBoundingClientRect();
      onEditWeight(...at, diagram.weight(...at), { clientX: r.left + x, clientY: r.top + y });
      return;
    }
    if (k < 0) k = 0;
    else if (e.key === 'ArrowRight') k = (k + 1) % list.length;
    else if (e.key === 'ArrowLeft') k = (k + list.length - 1) % list.length;
    else {
      const layer = Math.max(0, Math.min(list[list.length - 1][0], list[k][0] + (e.key === 'ArrowDown' ? 1 : -1)));
      k = list.findIndex((v) => v[0] === layer);
    }
    at = list[k];
    show();
  });
  canvas.addEventListener('blur', () => { tip.hidden = true; });
}
