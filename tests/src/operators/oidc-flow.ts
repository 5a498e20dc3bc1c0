import type { HttpAgent } from "../support/http-agent.js";

/** Where the server expects the provider to send the browser back. */
export const callbackPath = "/api/operator-sign-in/oidc/callback";

/**
 * Walks the whole OpenID sign-in as a browser would: our server's start, the provider's login and
 * consent pages, then our callback. `beforeCallback` may change the callback URL (to tamper with
 * it). Returns where our server sent the browser at the end (`/operator` or `/operator?signIn=…`).
 */
export async function signInWithProvider(
  agent: HttpAgent,
  serverUrl: string,
  login: string,
  options: { beforeCallback?: (callbackUrl: string) => string | Promise<string> } = {},
): Promise<string> {
  const atCallback = (next: string) => next.startsWith(`${serverUrl}${callbackPath}`);
  let { url, response } = await agent.follow(`${serverUrl}/api/operator-sign-in/oidc`, atCallback);
  for (let page = 0; response && page < 4; page += 1) {
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`the provider showed no form at ${url} (${response.status}): ${html.slice(0, 300)}`);
    const fields = html.includes('name="login"')
      ? { prompt: "login", login, password: "any password" }
      : { prompt: "consent" };
    ({ url, response } = await agent.follow(new URL(action.replaceAll("&amp;", "&"), url).href, atCallback, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    }));
  }
  if (!atCallback(url)) throw new Error(`the provider did not send the browser back (at ${url})`);
  const callback = options.beforeCallback ? await options.beforeCallback(url) : url;
  const answer = await agent.request(callback);
  return answer.headers.get("location") ?? `(status ${answer.status})`;
}
