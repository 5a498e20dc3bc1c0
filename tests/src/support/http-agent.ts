/**
 * A minimal browser for HTTP flows: keeps cookies per host and follows redirects one hop at a
 * time, so a test can read or change any hop (the OIDC callback's state, a cookie's value).
 */
export class HttpAgent {
  private readonly jar = new Map<string, Map<string, string>>();

  /** The cookie `name` held for `url`'s host, if any. */
  cookie(url: string, name: string): string | undefined {
    return this.jar.get(new URL(url).host)?.get(name);
  }

  /** Sets or replaces a cookie for `url`'s host. */
  setCookie(url: string, name: string, value: string): void {
    const host = new URL(url).host;
    const cookies = this.jar.get(host) ?? new Map<string, string>();
    cookies.set(name, value);
    this.jar.set(host, cookies);
  }

  /** The Cookie header this agent would send to `url`. */
  cookieHeader(url: string): string {
    return [...(this.jar.get(new URL(url).host) ?? new Map<string, string>())]
      .map(([name, value]) => `${name}=${value}`)
      .join("; ");
  }

  /** One request, no redirect followed; cookies stored. */
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = this.cookieHeader(url);
    if (cookie) headers.set("cookie", cookie);
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0$/i.test(a));
      const host = new URL(url).host;
      const cookies = this.jar.get(host) ?? new Map<string, string>();
      if (expired || value === "") cookies.delete(name);
      else cookies.set(name, value);
      this.jar.set(host, cookies);
    }
    return response;
  }

  /** Follows redirects from `url` until `stop(url)` is true or a page answers; returns the last URL and response. */
  async follow(
    url: string,
    stop: (next: string) => boolean = () => false,
    init: RequestInit = {},
  ): Promise<{ url: string; response: Response | null }> {
    let current = url;
    let options = init;
    for (let hop = 0; hop < 20; hop += 1) {
      if (hop > 0 && stop(current)) return { url: current, response: null };
      const response = await this.request(current, options);
      const location = response.headers.get("location");
      if (response.status < 300 || response.status >= 400 || !location) return { url: current, response };
      current = new URL(location, current).href;
      options = {};
    }
    throw new Error("too many redirects");
  }
}
