// The highlight of "Show the math" on the network diagram: a transparent canvas laid over the
// diagram (same size, no pointer events) that rings the neurons and thickens the edges being
// explained. The diagram itself is untouched; its nodeBox() gives the geometry.
const RING = '#a85400'; // the page's focus colour: distinct from the blue/orange weights

export function createHighlight(diagramCanvas, diagram) {
  const overlay = document.createElement('canvas');
  overlay.className = 'math-overlay';
  overlay.setAttribute('aria-hidden', 'true');
  diagramCanvas.after(overlay);
  const ctx = overlay.getContext('2d');
  let focus = null;

  function draw() {
    overlay.width = diagramCanvas.width;
    overlay.height = diagramCanvas.height;
    ctx.clearRect(0, 0, overlay.width, overlay.height);
    if (!focus) return;
    ctx.strokeStyle = RING;
    ctx.lineWidth = 4;
    for (const [l, i, o] of focus.edges) {
      const a = diagram.nodeBox(l, i), b = diagram.nodeBox(l + 1, o);
      if (!a || !b) continue;
      ctx.beginPath();
      ctx.moveTo(a.x + a.s, a.y + a.s / 2);
      ctx.lineTo(b.x, b.y + b.s / 2);
      ctx.stroke();
    }
    for (const [c, i] of focus.nodes) {
      const n = diagram.nodeBox(c, i);
      if (n) ctx.strokeRect(n.x - 4, n.y - 4, n.s + 8, n.s + 8);
    }
  }

  return {
    show(f) { focus = f; draw(); },
    clear() { focus = null; draw(); },
  };
}
