import type { Convergence, Language } from "@trilogue/shared";

/** The summary's words for joint positions and convergence, in the six official languages. */
export type FigureLabels = {
  joint: string;
  /** "{sponsor}, on behalf of {group}: {stance}". */
  jointLine: string;
  confirmedBy: string;
  declinedBy: string;
  pending: string;
  /** Who a co-signatory is when the mode names no delegation and no constituency. */
  aDelegation: string;
  convergence: Record<Convergence, string>;
};

const en: FigureLabels = {
  joint: "Joint positions",
  jointLine: "{sponsor}, on behalf of {group}: {stance}",
  confirmedBy: "Confirmed by",
  declinedBy: "Declined by",
  pending: "Co-signatories yet to answer: {count}",
  aDelegation: "a delegation",
  convergence: {
    converge: "The constituencies lean the same way.",
    diverge: "The constituencies lean different ways.",
    too_few: "Too few delegations have stated a position to tell whether the constituencies lean the same way.",
  },
};

const fr: FigureLabels = {
  joint: "Positions communes",
  jointLine: "{sponsor}, au nom de {group}\u00a0: {stance}",
  confirmedBy: "Confirmée par",
  declinedBy: "Déclinée par",
  pending: "Cosignataires n'ayant pas encore répondu\u00a0: {count}",
  aDelegation: "une délégation",
  convergence: {
    converge: "Les groupes penchent dans le même sens.",
    diverge: "Les groupes penchent dans des sens différents.",
    too_few: "Trop peu de délégations ont pris position pour dire si les groupes penchent dans le même sens.",
  },
};

const es: FigureLabels = {
  joint: "Posiciones conjuntas",
  jointLine: "{sponsor}, en nombre de {group}: {stance}",
  confirmedBy: "Confirmada por",
  declinedBy: "Rechazada por",
  pending: "Cosignatarios que aún no han respondido: {count}",
  aDelegation: "una delegación",
  convergence: {
    converge: "Los grupos se inclinan en el mismo sentido.",
    diverge: "Los grupos se inclinan en sentidos distintos.",
    too_few:
      "Demasiado pocas delegaciones han fijado posición para saber si los grupos se inclinan en el mismo sentido.",
  },
};

const ru: FigureLabels = {
  joint: "Совместные позиции",
  jointLine: "{sponsor} от имени {group}: {stance}",
  confirmedBy: "Подтвердили",
  declinedBy: "Отказались",
  pending: "Ещё не ответили соавторы: {count}",
  aDelegation: "делегация",
  convergence: {
    converge: "Группы склоняются в одну сторону.",
    diverge: "Группы склоняются в разные стороны.",
    too_few: "Слишком мало делегаций изложили позицию, чтобы судить, склоняются ли группы в одну сторону.",
  },
};

const zh: FigureLabels = {
  joint: "联合立场",
  jointLine: "{sponsor}代表{group}：{stance}",
  confirmedBy: "确认方",
  declinedBy: "拒绝方",
  pending: "尚未答复的共同签署方：{count}",
  aDelegation: "一个代表团",
  convergence: {
    converge: "各组别倾向一致。",
    diverge: "各组别倾向不一。",
    too_few: "表明立场的代表团太少，无法判断各组别倾向是否一致。",
  },
};

const ar: FigureLabels = {
  joint: "المواقف المشتركة",
  jointLine: "{sponsor} باسم {group}: {stance}",
  confirmedBy: "أكّده",
  declinedBy: "رفضه",
  pending: "الموقّعون المشاركون الذين لم يردّوا بعد: {count}",
  aDelegation: "وفد",
  convergence: {
    converge: "تميل المجموعات في الاتجاه نفسه.",
    diverge: "تميل المجموعات في اتجاهات مختلفة.",
    too_few: "عدد الوفود التي أبدت موقفًا أقل من أن يُحكم بما إذا كانت المجموعات تميل في الاتجاه نفسه.",
  },
};

export const figureLabels: Record<Language, FigureLabels> = { ar, zh, en, fr, ru, es };
