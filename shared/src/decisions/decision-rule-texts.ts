import type { Language } from "../domain/enums.js";
import type { DecisionRule } from "./decision-rule.js";

/** How a decision rule reads in each official language: on the join screen, the display and the summary. */
export type DecisionRuleTexts = {
  /** The heading: "Who decides". */
  label: string;
  /** What follows the heading on one line, in the language's typography (": ", " : ", "："). */
  colon: string;
  /** One sentence per rule. */
  rules: Record<DecisionRule, string>;
  /** What holds under every rule: indicative polls, and who never votes nor blocks. */
  notice: string;
};

/** Written once for the client and the summary; the compiler checks that every language has every rule. */
export const decisionRuleTexts: Record<Language, DecisionRuleTexts> = {
  en: {
    label: "Who decides",
    colon: ": ",
    rules: {
      council_decides: "Council members decide; others are consulted.",
      council_and_tpccs_decide:
        "Council members and troop- and police-contributing countries decide; others are consulted.",
      member_states_decide: "Every Member State delegation decides; others are consulted.",
    },
    notice:
      "Polls are indicative: open to all consulted Member States and reported apart from decisions. The Secretariat and observers neither vote nor block consensus.",
  },
  fr: {
    label: "Qui décide",
    colon: " : ",
    rules: {
      council_decides: "Les membres du Conseil décident ; les autres participants sont consultés.",
      council_and_tpccs_decide:
        "Les membres du Conseil et les pays fournisseurs de contingents ou de personnel de police décident ; les autres participants sont consultés.",
      member_states_decide:
        "Toutes les délégations des États Membres décident ; les autres participants sont consultés.",
    },
    notice:
      "Les sondages sont indicatifs : ouverts à tous les États Membres consultés et présentés séparément des décisions. Le Secrétariat et les observateurs ne votent pas et ne peuvent faire obstacle au consensus.",
  },
  es: {
    label: "Quién decide",
    colon: ": ",
    rules: {
      council_decides: "Deciden los miembros del Consejo; los demás participantes son consultados.",
      council_and_tpccs_decide:
        "Deciden los miembros del Consejo y los países que aportan contingentes o fuerzas de policía; los demás participantes son consultados.",
      member_states_decide:
        "Deciden todas las delegaciones de los Estados Miembros; los demás participantes son consultados.",
    },
    notice:
      "Las votaciones son indicativas: abiertas a todos los Estados Miembros consultados y presentadas por separado de las decisiones. La Secretaría y los observadores no votan ni pueden impedir el consenso.",
  },
  ru: {
    label: "Кто принимает решения",
    colon: ": ",
    rules: {
      council_decides: "Решения принимают члены Совета; остальные участники привлекаются к консультациям.",
      council_and_tpccs_decide:
        "Решения принимают члены Совета и страны, предоставляющие войска и полицейские силы; остальные участники привлекаются к консультациям.",
      member_states_decide:
        "Решения принимают делегации всех государств-членов; остальные участники привлекаются к консультациям.",
    },
    notice:
      "Опросы носят ориентировочный характер: в них участвуют все государства-члены, с которыми проводятся консультации, а их результаты приводятся отдельно от решений. Секретариат и наблюдатели не голосуют и не могут блокировать консенсус.",
  },
  zh: {
    label: "决策方",
    colon: "：",
    rules: {
      council_decides: "由安理会成员作出决定；其他各方参与协商。",
      council_and_tpccs_decide: "由安理会成员和出兵出警国作出决定；其他各方参与协商。",
      member_states_decide: "由所有会员国代表团作出决定；其他各方参与协商。",
    },
    notice:
      "投票仅为意向性：向所有参与协商的会员国开放，其结果与决定分开报告。秘书处和观察员不参加投票，也不能阻止协商一致。",
  },
  ar: {
    label: "من يتخذ القرار",
    colon: ": ",
    rules: {
      council_decides: "يتخذ أعضاء المجلس القرار؛ ويُستشار سائر المشاركين.",
      council_and_tpccs_decide:
        "يتخذ أعضاء المجلس والبلدان المساهمة بقوات وبأفراد شرطة القرار؛ ويُستشار سائر المشاركين.",
      member_states_decide: "تتخذ وفود جميع الدول الأعضاء القرار؛ ويُستشار سائر المشاركين.",
    },
    notice:
      "استطلاعات الرأي إرشادية: مفتوحة لجميع الدول الأعضاء المستشارة، وتُعرض نتائجها بمعزل عن القرارات. ولا تصوّت الأمانة العامة ولا المراقبون، ولا يمكنهم منع توافق الآراء.",
  },
};
