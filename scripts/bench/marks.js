// Injected before any page script: records when a person could first type, when the transaction started, and
// the main thread's long tasks (a long task delays the first keystroke as surely as the network does).
(() => {
  const marks = {};
  window.__bench = marks;
  const tasks = [];
  const keep = (entries) => {
    for (const e of entries) tasks.push({ start: e.startTime, duration: e.duration });
  };
  let observer;
  marks.longTaskSupported = PerformanceObserver.supportedEntryTypes?.includes('longtask') ?? false;
  if (marks.longTaskSupported) {
    observer = new PerformanceObserver((list) => keep(list.getEntries()));
    observer.observe({ type: 'longtask', buffered: true });
  }
  // The observer reports after the fact; takeRecords() picks up what it has not delivered yet.
  marks.longTasks = () => {
    if (observer) keep(observer.takeRecords());
    return tasks;
  };
  const check = () => {
    const el = document.querySelector('okta-verify-signin');
    // The widget's username field, or the floor page's own.
    const input = el ? el.querySelector('input[name=username]') : document.querySelector('input[name=username]');
    if (input && !input.disabled && marks.firstInput === undefined) marks.firstInput = performance.now();
    if (el && el.step === 'identify' && el.starting === false && marks.ready === undefined) marks.ready = performance.now();
    if (marks.firstInput === undefined || (el && marks.ready === undefined)) requestAnimationFrame(check);
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  requestAnimationFrame(check);
})();
