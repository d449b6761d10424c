// The annotator's service worker: after one online visit the app opens
// with the network gone. It precaches exactly the files of one build
// (listed, with the build's version, by src/web/postbuild.mjs), answers
// from that cache first, and never requests anything outside this origin.
// A new build installs beside the old one and waits: the page offers
// "a new version is ready — reload" and only the user's click moves on.
const { version: VERSION, files: FILES } = self.__PRECACHE__;
const CACHE = `annotator-${VERSION}`;

self.addEventListener('install', (event) => {
  // Past the HTTP cache: a host's max-age must not put an older page or
  // script into this build's cache.
  const fresh = FILES.map((f) => new Request(f, { cache: 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(fresh)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('annotator-') && key !== CACHE) await caches.delete(key);
    }
    // The first visit's page is served by this worker from now on, so it
    // works offline without a second visit.
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // The app's one page is its root; any other path goes to the network
    // (a 404 stays a 404, and does not start a second copy of the app).
    const key = url.pathname === '/' ? '/index.html' : url.pathname;
    const hit = await cache.match(key);
    return hit ?? fetch(request);
  })());
});
