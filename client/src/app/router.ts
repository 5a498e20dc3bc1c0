import { isOneOf } from "@trilogue/shared";
import { create } from "zustand";

/** The screens, by path. */
export const routes = ["/", "/join", "/room", "/convergence", "/display", "/operator"] as const;
export type RoutePath = (typeof routes)[number];

/** The current location, as the app reads it. */
export type RouterStore = {
  /** The path, normalised to a known route ("/" for anything unknown). */
  path: RoutePath;
  /** The fragment without `#` (the invitation token on `/join`). */
  hash: string;
  /** Goes to a screen, adding a history entry (or replacing the current one). */
  navigate(path: RoutePath, options?: { replace?: boolean }): void;
  /** Re-reads `window.location` (after back/forward). */
  sync(): void;
};

const normalise = (pathname: string): RoutePath => {
  const trimmed = pathname.replace(/\/+$/, "") || "/";
  return isOneOf(routes, trimmed) ? trimmed : "/";
};

const read = () => ({ path: normalise(window.location.pathname), hash: window.location.hash.replace(/^#/, "") });

/** A tiny path router: no library, since five screens need no more. */
export const useRouter = create<RouterStore>()((set) => ({
  ...read(),
  navigate(path, options) {
    if (options?.replace) window.history.replaceState(null, "", path);
    else window.history.pushState(null, "", path);
    set(read());
    window.scrollTo?.(0, 0);
  },
  sync: () => set(read()),
}));

window.addEventListener("popstate", () => useRouter.getState().sync());
window.addEventListener("hashchange", () => useRouter.getState().sync());
