// The page's one element builder: a tag, attributes (null or undefined ones left out) and
// children (nodes, or strings as text). Text never becomes markup here.
export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== undefined && v !== null) e.setAttribute(k, v);
  }
  e.append(...children);
  return e;
}
