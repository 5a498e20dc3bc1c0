/**
 * A page of an earlier build (answered from the service worker's cache while a new deploy has
 * removed its hashed chunks) cannot load a screen it has not loaded yet. Vite reports the failed
 * chunk as `vite:preloadError`: the page then asks the worker to fetch the fresh page and reloads,
 * once. The time of that reload is kept in the tab's session storage, so a chunk that is missing
 * from the fresh page too (a broken deploy) shows its error instead of reloading without end.
 */
const reloadedAtKey = "trilogue.staleBuildReloadedAt";
/** Long enough for the reloaded page to have loaded its first screen. */
const onceWithinMs = 60_000;
/** The worker's answer is one request on the link; past this the page reloads anyway. */
const freshPageWaitMs = 5_000;

export function reloadOnStaleBuild(env: Window = window): void {
  env.addEventListener("vite:preloadError", () => {
    const now = Date.now();
    if (now - reloadedAt(env) < onceWithinMs) return;
    try {
      env.sessionStorage.setItem(reloadedAtKey, String(now));
    } catch {
      // No session storage (a policy): without the guard, do not risk reloading in a loop.
      return;
    }
    void freshPageFromWorker(env).then((workerReloads) => {
      if (!workerReloads) env.location.reload();
    });
  });
}

function reloadedAt(env: Window): number {
  try {
    return Number(env.sessionStorage.getItem(reloadedAtKey) ?? 0);
  } catch {
    return 0;
  }
}

/**
 * Asks the service worker to replace its cached page by the network's. Resolves when done or on
 * time out, with whether the worker is reloading the page itself (it saw the chunk missing first).
 */
function freshPageFromWorker(env: Window): Promise<boolean> {
  const worker = "serviceWorker" in env.navigator ? env.navigator.serviceWorker.controller : null;
  if (!worker) return Promise.resolve(false);
  return new Promise((done) => {
    const channel = new MessageChannel();
    const timer = env.setTimeout(() => done(false), freshPageWaitMs);
    channel.port1.onmessage = (event: MessageEvent<unknown>) => {
      env.clearTimeout(timer);
      done(event.data === "reloading");
    };
    worker.postMessage({ type: "fresh-page" }, [channel.port2]);
  });
}
