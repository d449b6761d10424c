// The longest main-thread frame in a page (Long Animation Frames API, which
// reports frames over 50 ms only), with what it spent its time on: script
// by invoker, and style and layout. Shared by the UI and dataset benches.

/** Starts recording (once per page) and forgets what was recorded. */
export async function watchLongFrames(page) {
  await page.evaluate(() => {
    window.__longestFrame = { duration: 0, parts: '' };
    if (window.__longFramesWatched) return;
    window.__longFramesWatched = true;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.duration <= window.__longestFrame.duration) continue;
        const scripts = e.scripts.map((s) => `${s.invokerType} ${s.invoker.split('/').pop().slice(0, 40)} ${s.duration.toFixed(0)} ms`);
        const rendering = e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0;
        window.__longestFrame = { duration: e.duration, parts: [...scripts, `style and layout ${rendering.toFixed(0)} ms`].join(', ') };
      }
    }).observe({ type: 'long-animation-frame' });
  });
}

/** The longest frame since `watchLongFrames` or the last call, `{duration, parts}` (duration 0: none over 50 ms); starts over. */
export async function takeLongestFrame(page) {
  return page.evaluate(() => {
    const l = window.__longestFrame;
    window.__longestFrame = { duration: 0, parts: '' };
    return l;
  });
}
