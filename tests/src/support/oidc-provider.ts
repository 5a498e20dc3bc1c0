import { createServer, type Server } from "node:http";
import Provider from "oidc-provider";

/** A person known to the test provider, with the roles claim their organisation gives them. */
export type TestAccount = { name: string; email: string; roles: string[] };

/** A real OpenID provider (`oidc-provider`) on a free loopback port, with one confidential client. */
export type TestOidcProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
};

/**
 * Starts the provider. Its development login page accepts any password; the login name picks the
 * account. The `roles` scope puts the roles claim in the ID token.
 */
export async function startOidcProvider(
  accounts: Record<string, TestAccount>,
  redirectUris: string[],
): Promise<TestOidcProvider> {
  const server: Server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  const issuer = `http://127.0.0.1:${address.port}`;
  const clientId = "trilogue";
  const clientSecret = "a-client-secret-for-the-tests-0123456789";
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    claims: { openid: ["sub"], profile: ["name"], email: ["email"], roles: ["roles"] },
    conformIdTokenClaims: false,
    cookies: { keys: ["test-cookie-key-0123456789"] },
    pkce: { required: () => true },
    findAccount: (_ctx, id) => {
      const account = accounts[id];
      if (!account) return undefined;
      return { accountId: id, claims: () => ({ sub: id, ...account }) };
    },
  });
  server.on("request", provider.callback());
  return {
    issuer,
    clientId,
    clientSecret,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
