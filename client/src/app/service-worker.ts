/**
 * Registers the service worker the build emits (`client/build/service-worker.ts`), so that a
 * second visit takes the app's files from the cache rather than the link. Only in a built app:
 * the dev server has no `sw.js` and must not cache its modules.
 */
export function registerServiceWorker(env: Window = window): void {
  if (!import.meta.env.PROD || !("serviceWorker" in env.navigator)) return;
  // After the page has loaded, so that fetching the worker never competes with the app's own files.
  const register = () => {
    env.navigator.serviceWorker.register("/sw.js").catch(() => {
      // No worker (a private window, a policy): every visit then goes to the network, as before.
    });
  };
  if (env.document.readyState === "complete") register();
  else env.addEventListener("load", register, { once: true });
}
