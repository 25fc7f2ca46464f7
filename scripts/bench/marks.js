// Injected before any page script: records when a person could first type, and when the transaction started.
(() => {
  const marks = {};
  window.__bench = marks;
  const check = () => {
    const el = document.querySelector('okta-verify-signin');
    const input = el && el.querySelector('input[name=username]');
    if (input && !input.disabled && marks.firstInput === undefined) marks.firstInput = performance.now();
    if (el && el.step === 'identify' && el.starting === false && marks.ready === undefined) marks.ready = performance.now();
    if (marks.firstInput === undefined || marks.ready === undefined) requestAnimationFrame(check);
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  requestAnimationFrame(check);
})();
