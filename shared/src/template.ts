/** The shape of the concept note's agenda template, in any one language. */
export type PocTemplate = {
  /** The consultation's default title. */
  readonly title: string;
  /** The default mission context. */
  readonly missionContext: string;
  /** The five agenda items: a short title and the question put to delegations. */
  readonly items: readonly { readonly title: string; readonly question: string }[];
};

/**
 * The five discussion questions of the concept note (S/2016/1024 annex, Senegal, 3 November 2016),
 * verbatim: the default agenda of a new consultation. The other five official languages are in
 * `template-translations.ts`; pick one with `templateFor(language)`.
 */
export const pocTemplate = {
  title: "Protection of civilians and political strategies",
  missionContext:
    "Security Council Working Group on Peacekeeping Operations: dialogue among the Council, troop- and police-contributing countries, the Secretariat and host States on protection of civilians mandates.",
  items: [
    {
      title: "Political strategies and POC in mandate language",
      question:
        "How can the Security Council better reflect the effective linkages between political strategies and POC? How could this be reflected in mandate language?",
    },
    {
      title: "Expectations of the host State and of peacekeepers",
      question:
        "What are the expectations of the host state, particularly in cases where they pose a threat to civilians? What are the Council's expectations towards peacekeepers in such cases?",
    },
    {
      title: "Dialogue on challenges to implementing POC mandates",
      question:
        "How can the Council, T/PCCs and Secretariat conduct effective dialogue regarding challenges to implementing POC mandates?",
    },
    {
      title: "Threat assessment, conflict analysis and dialogue",
      question:
        "How can the Security Council, T/PCCs and the Secretariat ensure an inclusive and substantive exchange on the relationship between threat assessment, conflict analysis and dialogue for new and existing mandates?",
    },
    {
      title: "Managing expectations for peacekeeping",
      question: "How can the Security Council and T/PCCs better manage expectations for peacekeeping?",
    },
  ],
} as const satisfies PocTemplate;
