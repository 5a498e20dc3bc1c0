import type { TestDatabase } from "../support/databases.js";
import type { HttpAgent } from "../support/http-agent.js";
import { startOidcProvider } from "../support/oidc-provider.js";
import { freePort } from "../support/process.js";
import { startServer } from "../support/server.js";

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
    const fields: Record<string, string> = html.includes('name="login"')
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

/** The organisation's people: the roles claim decides what each may do in Trilogue. */
export const accounts = {
  ada: { name: "Ada Okafor", email: "ada@un.example.org", roles: ["staff", "trilogue-administrator"] },
  olu: { name: "Olu Mensah", email: "olu@un.example.org", roles: ["trilogue-conference-officer"] },
  aud: { name: "Aude Lambert", email: "aude@un.example.org", roles: ["trilogue-auditor"] },
  nobody: { name: "No Role", email: "nobody@un.example.org", roles: ["staff"] },
};

/** Starts a provider and a server that trusts it, on free loopback ports. */
export async function startWithProvider(database: TestDatabase, env: Record<string, string> = {}) {
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const provider = await startOidcProvider(accounts, [`${publicUrl}${callbackPath}`]);
  const server = await startServer(database, {
    PORT: String(port),
    PUBLIC_URL: publicUrl,
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: provider.clientId,
    OIDC_CLIENT_SECRET: provider.clientSecret,
    OIDC_SCOPES: "roles",
    OIDC_PROVIDER_NAME: "UN Secretariat",
    ...env,
  });
  return { provider, server };
}
