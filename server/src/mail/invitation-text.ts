import type { Confidentiality, Language, Role } from "@trilogue/shared";

/** What an invitation email says, before it is put into words. */
export type InvitationFacts = {
  title: string;
  /** ISO date of the meeting. */
  date: string;
  confidentiality: Confidentiality;
  role: Role;
  /** The delegation's name, or the role's label for chair, secretary and observers. */
  who: string;
  link: string;
  expiresAt: Date;
};

type Words = {
  subject: (title: string) => string;
  invited: (who: string, title: string, date: string) => string;
  role: Record<Role, string>;
  roleLine: (role: string) => string;
  confidentiality: Record<Confidentiality, string>;
  confidentialityLine: (mode: string) => string;
  howToJoin: (who: string, expires: string) => string;
  signature: string;
};

const words: Record<Language, Words> = {
  en: {
    subject: (title) => `Invitation: ${title}`,
    invited: (who, title, date) => `${who} is invited to the consultation "${title}" on ${date}.`,
    role: { chair: "Chair", secretary: "Secretary", delegate: "Delegate", adviser: "Adviser", observer: "Observer" },
    roleLine: (role) => `Role: ${role}.`,
    confidentiality: {
      on_record: "on the record (the summary attributes positions to delegations)",
      chatham_house: "Chatham House rule (the summary attributes positions to constituencies only)",
      closed: "closed (the summary carries outcomes only)",
    },
    confidentialityLine: (mode) => `Confidentiality: ${mode}.`,
    howToJoin: (who, expires) =>
      `How to join: open the link below in a recent web browser and give your name; no account or password is needed. The link is for ${who} only: do not forward it. It works until ${expires}.`,
    signature: "The Secretariat, through Trilogue",
  },
  fr: {
    subject: (title) => `Invitation : ${title}`,
    invited: (who, title, date) => `${who} est invité(e) à la consultation « ${title} » le ${date}.`,
    role: {
      chair: "Présidence",
      secretary: "Secrétaire",
      delegate: "Délégué(e)",
      adviser: "Conseiller(ère)",
      observer: "Observateur",
    },
    roleLine: (role) => `Rôle : ${role}.`,
    confidentiality: {
      on_record: "officielle (le résumé attribue les positions aux délégations)",
      chatham_house: "règle de Chatham House (le résumé n'attribue les positions qu'aux groupes)",
      closed: "à huis clos (le résumé ne rapporte que les résultats)",
    },
    confidentialityLine: (mode) => `Confidentialité : ${mode}.`,
    howToJoin: (who, expires) =>
      `Pour participer : ouvrez le lien ci-dessous dans un navigateur récent et indiquez votre nom ; aucun compte ni mot de passe n'est nécessaire. Ce lien est réservé à ${who} : ne le transférez pas. Il est valable jusqu'au ${expires}.`,
    signature: "Le Secrétariat, par Trilogue",
  },
  es: {
    subject: (title) => `Invitación: ${title}`,
    invited: (who, title, date) => `${who} está invitado(a) a la consulta «${title}» el ${date}.`,
    role: {
      chair: "Presidencia",
      secretary: "Secretaría",
      delegate: "Delegado(a)",
      adviser: "Asesor(a)",
      observer: "Observador",
    },
    roleLine: (role) => `Función: ${role}.`,
    confidentiality: {
      on_record: "pública (el resumen atribuye las posiciones a las delegaciones)",
      chatham_house: "regla de Chatham House (el resumen atribuye las posiciones solo a los grupos)",
      closed: "cerrada (el resumen recoge solo los resultados)",
    },
    confidentialityLine: (mode) => `Confidencialidad: ${mode}.`,
    howToJoin: (who, expires) =>
      `Cómo participar: abra el enlace siguiente en un navegador reciente e indique su nombre; no se necesita cuenta ni contraseña. El enlace es solo para ${who}: no lo reenvíe. Es válido hasta el ${expires}.`,
    signature: "La Secretaría, a través de Trilogue",
  },
  ru: {
    subject: (title) => `Приглашение: ${title}`,
    invited: (who, title, date) => `${who} приглашается на консультации «${title}» ${date}.`,
    role: {
      chair: "Председатель",
      secretary: "Секретарь",
      delegate: "Делегат",
      adviser: "Советник",
      observer: "Наблюдатель",
    },
    roleLine: (role) => `Роль: ${role}.`,
    confidentiality: {
      on_record: "открытый режим (в итоговом документе позиции указываются по делегациям)",
      chatham_house: "правило Чатем-хауса (в итоговом документе позиции указываются только по группам)",
      closed: "закрытый режим (итоговый документ содержит только результаты)",
    },
    confidentialityLine: (mode) => `Конфиденциальность: ${mode}.`,
    howToJoin: (who, expires) =>
      `Как присоединиться: откройте ссылку ниже в современном браузере и укажите своё имя; учётная запись и пароль не нужны. Ссылка предназначена только для: ${who}; не пересылайте её. Она действует до ${expires}.`,
    signature: "Секретариат, через Trilogue",
  },
  zh: {
    subject: (title) => `邀请：${title}`,
    invited: (who, title, date) => `诚邀${who}于${date}参加磋商“${title}”。`,
    role: { chair: "主席", secretary: "秘书", delegate: "代表", adviser: "顾问", observer: "观察员" },
    roleLine: (role) => `角色：${role}。`,
    confidentiality: {
      on_record: "公开记录（摘要按代表团注明立场）",
      chatham_house: "查塔姆研究所规则（摘要仅按群体注明立场）",
      closed: "闭门（摘要仅载列结果）",
    },
    confidentialityLine: (mode) => `保密方式：${mode}。`,
    howToJoin: (who, expires) =>
      `如何加入：请在较新的网页浏览器中打开下面的链接并填写您的姓名，无需账户或密码。此链接仅供${who}使用，请勿转发。有效期至${expires}。`,
    signature: "秘书处（经由 Trilogue）",
  },
  ar: {
    subject: (title) => `دعوة: ${title}`,
    invited: (who, title, date) => `يُدعى ${who} إلى المشاورة «${title}» يوم ${date}.`,
    role: { chair: "الرئيس", secretary: "الأمين", delegate: "مندوب", adviser: "مستشار", observer: "مراقب" },
    roleLine: (role) => `الدور: ${role}.`,
    confidentiality: {
      on_record: "علنية (ينسب الموجز المواقف إلى الوفود)",
      chatham_house: "قاعدة تشاتام هاوس (ينسب الموجز المواقف إلى المجموعات فقط)",
      closed: "مغلقة (لا يتضمن الموجز إلا النتائج)",
    },
    confidentialityLine: (mode) => `السرية: ${mode}.`,
    howToJoin: (who, expires) =>
      `طريقة الانضمام: افتح الرابط أدناه في متصفح حديث واكتب اسمك؛ لا حاجة إلى حساب أو كلمة مرور. هذا الرابط مخصص لـ ${who} وحده: لا تعِد توجيهه. وهو صالح حتى ${expires}.`,
    signature: "الأمانة العامة، عبر Trilogue",
  },
};

/** The invitation email in one of the six languages: a subject and a plain-text body with the link. */
export function invitationText(language: Language, facts: InvitationFacts): { subject: string; text: string } {
  const w = words[language];
  const locale = language === "zh" ? "zh-CN" : language;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${facts.date}T12:00:00Z`),
  );
  const expires = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(
    facts.expiresAt,
  );
  const who = facts.role === "delegate" || facts.role === "adviser" ? facts.who : w.role[facts.role];
  const text = [
    w.invited(who, facts.title, date),
    w.roleLine(w.role[facts.role]),
    w.confidentialityLine(w.confidentiality[facts.confidentiality]),
    "",
    w.howToJoin(who, `${expires} UTC`),
    "",
    facts.link,
    "",
    `— ${w.signature}`,
    "",
  ].join("\n");
  return { subject: w.subject(facts.title), text };
}
