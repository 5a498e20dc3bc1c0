import type { Constituency } from "@trilogue/shared";

/** A delegation that is not a Member State: a Secretariat department or an observer body. */
export type Body = {
  /** Short code shown in lists. */
  code: string;
  /** The name registered for the delegation (a proper name, kept as the UN writes it). */
  name: string;
  constituency: Extract<Constituency, "secretariat" | "observer">;
};

/** The Secretariat departments of the dialogue (2016 structure) and the invited observers. */
export const bodies: readonly Body[] = [
  { code: "DPKO", name: "Department of Peacekeeping Operations", constituency: "secretariat" },
  { code: "DFS", name: "Department of Field Support", constituency: "secretariat" },
  { code: "OHCHR", name: "OHCHR", constituency: "secretariat" },
  { code: "OCHA", name: "OCHA", constituency: "secretariat" },
  { code: "AU", name: "African Union", constituency: "observer" },
  { code: "EU", name: "European Union", constituency: "observer" },
];
