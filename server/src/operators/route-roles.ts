import type { OperatorRole } from "@trilogue/shared";

const everyone: readonly OperatorRole[] = ["administrator", "conference_officer", "auditor"];
const officers: readonly OperatorRole[] = ["administrator", "conference_officer"];
const administrators: readonly OperatorRole[] = ["administrator"];

/**
 * Who may call each operator route, keyed `METHOD url-pattern`. The guard refuses any operator
 * route missing from this table (fail closed), and a test lists every registered operator route
 * against it, so a new route cannot ship without a decision here.
 */
export const operatorRouteRoles: Readonly<Record<string, readonly OperatorRole[]>> = {
  "GET /api/operator/me": everyone,
  "POST /api/operator/sign-out": everyone,
  "GET /api/operator/consultations": everyone,
  "GET /api/operator/consultations/:id": everyone,
  "GET /api/operator/consultations/:id/audit": everyone,
  "GET /api/operator/consultations/:id/log/verify": everyone,
  "GET /api/operator/consultations/:id/operator-actions": everyone,
  "POST /api/operator/consultations": officers,
  "PATCH /api/operator/consultations/:id": officers,
  "POST /api/operator/consultations/:id/delegations": officers,
  "PATCH /api/operator/consultations/:id/delegations/:delegationId": officers,
  "PATCH /api/operator/consultations/:id/items/:itemId": officers,
  "GET /api/operator/consultations/:id/invitations": officers,
  "POST /api/operator/consultations/:id/invitations": officers,
  "POST /api/operator/consultations/:id/display-link": officers,
  "POST /api/operator/consultations/:id/invitations/:invitationId/revoke": officers,
  "POST /api/operator/consultations/:id/invitations/:invitationId/send": officers,
  "GET /api/operator/consultations/:id/invitation-mails": officers,
  "GET /api/operator/missions": everyone,
  "POST /api/operator/missions": officers,
  "POST /api/operator/missions/:id/consultations": officers,
  "GET /api/operator/missions/:id/register": everyone,
  "POST /api/operator/missions/:id/register/:lineageId/end": officers,
  "POST /api/operator/missions/:id/register/:lineageId/notes": officers,
  "GET /api/operator/consultations/:id/briefings": everyone,
  "POST /api/operator/consultations/:id/briefings": officers,
  "POST /api/operator/consultations/:id/briefings/:briefingId/withdraw": officers,
  "GET /api/operator/consultations/:id/briefings/accesses": everyone,
  "GET /api/operator/metrics": administrators,
  "GET /api/operator/backup": administrators,
  "GET /api/operator/consultations/:id/archive": administrators,
};

/** The roles allowed on a route, or undefined when the table does not know it. */
export function rolesFor(method: string, url: string): readonly OperatorRole[] | undefined {
  return operatorRouteRoles[`${method} ${url}`];
}
