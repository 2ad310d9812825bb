// Test fixture (copied next to the site by PlaygroundIT): runs as page code, under the page's
// Content-Security-Policy, and records whether eval-like code is allowed there.
let verdict;
try {
  new Function('return 1')();
  verdict = 'allowed';
} catch (e) {
  verdict = 'blocked: ' + e.name;
}
window.evalProbe = verdict;
