// The "Show the math" button. The panel's modules (panel.js, steps.js, mathml.js, highlight.js)
// are loaded on first use, so they add nothing to the page's first load.
export function createShowMath(button, deps) {
  const root = document.getElementById(button.getAttribute('aria-controls'));
  let panel = null;
  button.addEventListener('click', async () => {
    if (!panel) panel = (await import('./panel.js')).createMathPanel(root, button, deps);
    panel.toggle();
  });
  /** Handles the engine's answer; false when the message is not for the panel. */
  return (m) => {
    if (m.type !== 'math') return false;
    if (panel) panel.show(m);
    return true;
  };
}
