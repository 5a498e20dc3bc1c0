import type { OperatorRole } from "@trilogue/shared";
import * as client from "openid-client";
import type { Config } from "../config/config.js";

/** What a sign-in must carry from its start to the provider's answer (kept in a signed cookie). */
export type OidcTransaction = { state: string; nonce: string; verifier: string };

/** Who the provider says signed in, and the operator role their claim grants (null: none). */
export type OidcSignIn = { subject: string; name: string; email: string | null; role: OperatorRole | null };

/** The operator's OpenID Connect relying party: authorization code flow with PKCE, state and nonce. */
export type OidcRelyingParty = {
  /** Where to send the browser, and what to remember until it comes back. */
  start(): Promise<{ url: string; transaction: OidcTransaction }>;
  /** Exchanges the code in `callbackUrl`, checking state, nonce and PKCE against the transaction. */
  finish(callbackUrl: URL, transaction: OidcTransaction): Promise<OidcSignIn>;
};

/** The claim at a dotted path (`realm_access.roles` for Keycloak realm roles). */
function claimAt(claims: Record<string, unknown>, path: string): unknown {
  let value: unknown = claims;
  for (const part of path.split(".")) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * The highest operator role a claim grants. The claim may be one string or a list; Keycloak group
 * paths ("/trilogue-auditor") match without their leading slash.
 */
export function roleFromClaim(
  value: unknown,
  grants: { administrator: string; conference_officer: string; auditor: string },
): OperatorRole | null {
  const list = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
  const held = new Set(list.flatMap((v) => [v, v.replace(/^\//, "")]));
  for (const role of ["administrator", "conference_officer", "auditor"] as const) {
    if (held.has(grants[role])) return role;
  }
  return null;
}

/** Builds the relying party; the provider's metadata is discovered on first use and kept. */
export function createOidcRelyingParty(config: Config): OidcRelyingParty | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: secret } = config;
  if (!issuer || !clientId || !secret) return null;
  const redirectUri = `${config.PUBLIC_URL}/api/operator-sign-in/oidc/callback`;
  const scope = ["openid", "profile", "email", ...config.OIDC_SCOPES.split(/\s+/).filter(Boolean)].join(" ");
  const grants = {
    administrator: config.OIDC_ADMINISTRATOR_VALUE,
    conference_officer: config.OIDC_CONFERENCE_OFFICER_VALUE,
    auditor: config.OIDC_AUDITOR_VALUE,
  };
  const issuerUrl = new URL(issuer);
  // Plain HTTP only to a provider on this machine (development, tests); anywhere else, HTTPS.
  const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(issuerUrl.hostname);
  let discovered: Promise<client.Configuration> | null = null;
  const configuration = () => {
    discovered ??= client
      .discovery(issuerUrl, clientId, undefined, client.ClientSecretBasic(secret), {
        execute: loopback && issuerUrl.protocol === "http:" ? [client.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        discovered = null; // try again on the next sign-in
        throw error;
      });
    return discovered;
  };

  return {
    async start() {
      const oidc = await configuration();
      const transaction = {
        state: client.randomState(),
        nonce: client.randomNonce(),
        verifier: client.randomPKCECodeVerifier(),
      };
      const url = client.buildAuthorizationUrl(oidc, {
        redirect_uri: redirectUri,
        scope,
        state: transaction.state,
        nonce: transaction.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(transaction.verifier),
        code_challenge_method: "S256",
      });
      return { url: url.href, transaction };
    },
    async finish(callbackUrl, transaction) {
      const oidc = await configuration();
      const tokens = await client.authorizationCodeGrant(oidc, callbackUrl, {
        pkceCodeVerifier: transaction.verifier,
        expectedState: transaction.state,
        expectedNonce: transaction.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims) throw new Error("the provider sent no ID token");
      let claims: Record<string, unknown> = { ...idClaims };
      // Some providers (Keycloak without a mapper "in the ID token") put roles only in userinfo.
      if (claimAt(claims, config.OIDC_ROLES_CLAIM) === undefined || claims.name === undefined) {
        const info = await client.fetchUserInfo(oidc, tokens.access_token, idClaims.sub);
        claims = { ...info, ...claims };
      }
      const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);
      return {
        subject: `${idClaims.iss} ${idClaims.sub}`,
        name: text(claims.name) ?? text(claims.preferred_username) ?? text(claims.email) ?? idClaims.sub,
        email: text(claims.email),
        role: roleFromClaim(claimAt(claims, config.OIDC_ROLES_CLAIM), grants),
      };
    },
  };
}
