import { describe, expect, it } from "vitest";
import { roleFromClaim } from "./oidc.js";

const grants = {
  administrator: "trilogue-administrator",
  conference_officer: "trilogue-conference-officer",
  auditor: "trilogue-auditor",
};

describe("the operator role a claim grants", () => {
  it("reads one value or a list, and gives the highest role held", () => {
    expect(roleFromClaim("trilogue-auditor", grants)).toBe("auditor");
    expect(roleFromClaim(["staff", "trilogue-auditor", "trilogue-conference-officer"], grants)).toBe(
      "conference_officer",
    );
    expect(roleFromClaim(["trilogue-auditor", "trilogue-administrator"], grants)).toBe("administrator");
  });

  it("matches Keycloak group paths without their leading slash", () => {
    expect(roleFromClaim(["/trilogue-conference-officer"], grants)).toBe("conference_officer");
  });

  it("grants nothing for other values, a missing claim or a non-string", () => {
    expect(roleFromClaim(["staff"], grants)).toBeNull();
    expect(roleFromClaim(undefined, grants)).toBeNull();
    expect(roleFromClaim({ roles: ["trilogue-administrator"] }, grants)).toBeNull();
    expect(roleFromClaim("Trilogue-Administrator", grants)).toBeNull();
  });
});
