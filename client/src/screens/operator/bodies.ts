import type { Constituency } from "@trilogue/shared";

/** A delegation that is not a Member State: a Secretariat department or an observer body. */
export type Body = {
  /** Short code shown in lists. */
  code: string;
  /** The name registered for the delegation (a proper name, kept as the UN writes it). */
  name: string;
  constituency: Extract<Constituency, "secretariat" | "observer">;
};

/**
 * The Secretariat departments and offices of the dialogue as they stand since the 2019 reform of the
 * peace and security pillar, and the observers usually invited. Any other body is typed in by name.
 */
export const bodies: readonly Body[] = [
  { code: "DPO", name: "Department of Peace Operations", constituency: "secretariat" },
  { code: "DOS", name: "Department of Operational Support", constituency: "secretariat" },
  { code: "DPPA", name: "Department of Political and Peacebuilding Affairs", constituency: "secretariat" },
  { code: "DSS", name: "Department of Safety and Security", constituency: "secretariat" },
  { code: "OLA", name: "Office of Legal Affairs", constituency: "secretariat" },
  {
    code: "OHCHR",
    name: "Office of the United Nations High Commissioner for Human Rights",
    constituency: "secretariat",
  },
  { code: "OCHA", name: "Office for the Coordination of Humanitarian Affairs", constituency: "secretariat" },
  { code: "AU", name: "African Union", constituency: "observer" },
  { code: "EU", name: "European Union", constituency: "observer" },
  { code: "ICRC", name: "International Committee of the Red Cross", constituency: "observer" },
];
