// Appended to the boot module (see postbuild.mjs): registers the service
// worker and tells the app when a new build is ready. The app shows
// "a new version is ready — reload"; only its Reload button (the
// `annotator-apply-update` event) activates the new build and reloads.
if ('serviceWorker' in navigator) {
  let waiting = null;
  let reloadAsked = false;
  const offer = (worker) => {
    waiting = worker;
    // After the app's first render has set up its listener.
    setTimeout(() => dispatchEvent(new CustomEvent('annotator-update-ready')), 0);
  };
  navigator.serviceWorker.register('/sw.js').then((registration) => {
    if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        // With no controller this is the first install, not an update.
        if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
      });
    });
    // A long-open tab still hears of new builds.
    setInterval(() => registration.update().catch(() => {}), 60 * 60 * 1000);
  }).catch(() => {});
  addEventListener('annotator-apply-update', () => {
    if (!waiting) return;
    // Another tab may have applied it already: then only the reload is left.
    if (waiting.state !== 'installed') {
      location.reload();
      return;
    }
    reloadAsked = true;
    waiting.postMessage({ type: 'skip-waiting' });
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadAsked) location.reload();
  });
}
