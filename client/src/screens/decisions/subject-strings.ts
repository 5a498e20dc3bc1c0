import { addLazyStrings, type BundleTarget } from "../../i18n/lazy-strings";

/**
 * The words of poll subjects and indicative polls, in the six languages, added to i18next beside
 * the typed first-load strings (as `missions-strings.ts` does) so the typed tree stays shallow.
 */

const en = {
  pollSubjects: {
    indicative: "Indicative poll: every consulted Member State votes; reported apart from decisions",
    decisive: "Decisive vote: only the delegations that decide under the consultation's rule vote",
    indicativeBadge: "Indicative",
    decisiveBadge: "Decisive vote",
    onParagraph: "On {{paragraph}}",
    onProposal: "On the proposal of {{delegation}} on {{paragraph}}",
    onNewParagraph: "On the proposal of {{delegation}} for a new paragraph",
    onExpectation: "On the expectation: {{scenario}}",
    putToVote: "Put to a vote",
    proposalName: "the proposal of {{delegation}}",
    question: "Does the room accept {{subject}}?",
  },
};

type Words = typeof en;

const fr: Words = {
  pollSubjects: {
    indicative: "Scrutin indicatif\u00a0: tous les États Membres consultés votent\u00a0; présenté à part des décisions",
    decisive: "Vote décisionnel\u00a0: seules les délégations qui décident selon la règle de la consultation votent",
    indicativeBadge: "Indicatif",
    decisiveBadge: "Vote décisionnel",
    onParagraph: "Sur le {{paragraph}}",
    onProposal: "Sur la proposition de {{delegation}} concernant le {{paragraph}}",
    onNewParagraph: "Sur la proposition de {{delegation}} d'un nouveau paragraphe",
    onExpectation: "Sur l'attente\u00a0: {{scenario}}",
    putToVote: "Mettre aux voix",
    proposalName: "la proposition de {{delegation}}",
    question: "La salle accepte-t-elle {{subject}}\u00a0?",
  },
};

const es: Words = {
  pollSubjects: {
    indicative:
      "Votación indicativa: votan todos los Estados Miembros consultados; se informa aparte de las decisiones",
    decisive: "Votación decisoria: solo votan las delegaciones que deciden según la norma de la consulta",
    indicativeBadge: "Indicativa",
    decisiveBadge: "Votación decisoria",
    onParagraph: "Sobre el {{paragraph}}",
    onProposal: "Sobre la propuesta de {{delegation}} relativa al {{paragraph}}",
    onNewParagraph: "Sobre la propuesta de {{delegation}} de un nuevo párrafo",
    onExpectation: "Sobre la expectativa: {{scenario}}",
    putToVote: "Someter a votación",
    proposalName: "la propuesta de {{delegation}}",
    question: "¿Acepta la sala {{subject}}?",
  },
};

const ru: Words = {
  pollSubjects: {
    indicative:
      "Ориентировочное голосование: голосуют все консультируемые государства-члены; результаты приводятся отдельно от решений",
    decisive: "Решающее голосование: голосуют только делегации, принимающие решения по правилу консультации",
    indicativeBadge: "Ориентировочное",
    decisiveBadge: "Решающее голосование",
    onParagraph: "По {{paragraph}}",
    onProposal: "По предложению {{delegation}} по {{paragraph}}",
    onNewParagraph: "По предложению {{delegation}} о новом пункте",
    onExpectation: "По ожиданию: {{scenario}}",
    putToVote: "Поставить на голосование",
    proposalName: "предложение делегации {{delegation}}",
    question: "Принимает ли зал {{subject}}?",
  },
};

const zh: Words = {
  pollSubjects: {
    indicative: "指示性表决：所有被咨询的会员国均可投票；与决定分开报告",
    decisive: "决定性表决：只有根据本次磋商规则作出决定的代表团投票",
    indicativeBadge: "指示性",
    decisiveBadge: "决定性表决",
    onParagraph: "关于{{paragraph}}",
    onProposal: "关于{{delegation}}就{{paragraph}}提出的提案",
    onNewParagraph: "关于{{delegation}}提出的新段落提案",
    onExpectation: "关于期望：{{scenario}}",
    putToVote: "付诸表决",
    proposalName: "{{delegation}}的提案",
    question: "会议是否接受{{subject}}？",
  },
};

const ar: Words = {
  pollSubjects: {
    indicative: "تصويت استرشادي: تصوّت جميع الدول الأعضاء التي يجري التشاور معها؛ ويُبلَّغ عنه بمعزل عن القرارات",
    decisive: "تصويت حاسم: لا تصوّت إلا الوفود التي تتخذ القرار بموجب قاعدة المشاورة",
    indicativeBadge: "استرشادي",
    decisiveBadge: "تصويت حاسم",
    onParagraph: "بشأن {{paragraph}}",
    onProposal: "بشأن مقترح {{delegation}} المتعلق بـ {{paragraph}}",
    onNewParagraph: "بشأن مقترح {{delegation}} لفقرة جديدة",
    onExpectation: "بشأن التوقع: {{scenario}}",
    putToVote: "طرح للتصويت",
    proposalName: "اقتراح {{delegation}}",
    question: "هل تقبل القاعة {{subject}}؟",
  },
};

export const subjectStrings = { en, fr, es, ru, zh, ar };

/** Adds the subject words to i18next for every language, now and whenever the language changes. */
export function addSubjectStrings(i18n: BundleTarget): void {
  addLazyStrings(i18n, subjectStrings);
}
