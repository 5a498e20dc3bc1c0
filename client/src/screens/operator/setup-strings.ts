/**
 * The words of the operator's corrections (delegations, agenda items) and of the links' dates, in
 * the six languages. Kept in the operator's lazily loaded chunk, not the first-load strings.
 */

const en = {
  operatorSetup: {
    editDelegation: "Edit {{name}}",
    editItem: "Edit {{title}}",
    edit: "Edit",
    save: "Save",
    saveFor: "Save {{name}}",
    agenda: "Agenda",
    noItems: "The agenda is empty.",
    status: "Status",
    itemTitle: "Title of the item",
    question: "Question",
    timeBox: "Time box in minutes (empty: none)",
    speakingTime: "Speaking time in minutes",
    minutes: "{{minutes}} min",
    timeBoxShort: "Time box",
    speakingTimeShort: "Speaking time",
    noTimeBox: "none",
    recordRule:
      "Corrections keep the record true: once anything has been said, delegations no longer change; an item's title and question change only before it is opened, its times until it is concluded.",
    issuedAt: "Issued",
    lastUsed: "Last used",
    neverUsed: "Never",
    label: "Label",
  },
};

const fr = {
  operatorSetup: {
    editDelegation: "Modifier {{name}}",
    editItem: "Modifier {{title}}",
    edit: "Modifier",
    save: "Enregistrer",
    saveFor: "Enregistrer {{name}}",
    agenda: "Ordre du jour",
    noItems: "L'ordre du jour est vide.",
    status: "État",
    itemTitle: "Titre du point",
    question: "Question",
    timeBox: "Durée en minutes (vide : aucune)",
    speakingTime: "Temps de parole en minutes",
    minutes: "{{minutes}} min",
    timeBoxShort: "Durée",
    speakingTimeShort: "Temps de parole",
    noTimeBox: "aucune",
    recordRule:
      "Les corrections préservent l'exactitude du compte rendu : dès que des propos ont été tenus, les délégations ne changent plus ; le titre et la question d'un point ne changent qu'avant son ouverture, ses durées jusqu'à sa conclusion.",
    issuedAt: "Émis le",
    lastUsed: "Dernière utilisation",
    neverUsed: "Jamais",
    label: "Libellé",
  },
};

const es = {
  operatorSetup: {
    editDelegation: "Modificar {{name}}",
    editItem: "Modificar {{title}}",
    edit: "Modificar",
    save: "Guardar",
    saveFor: "Guardar {{name}}",
    agenda: "Programa",
    noItems: "El programa está vacío.",
    status: "Estado",
    itemTitle: "Título del tema",
    question: "Pregunta",
    timeBox: "Tiempo asignado en minutos (vacío: ninguno)",
    speakingTime: "Tiempo de palabra en minutos",
    minutes: "{{minutes}} min",
    timeBoxShort: "Tiempo asignado",
    speakingTimeShort: "Tiempo de palabra",
    noTimeBox: "ninguno",
    recordRule:
      "Las correcciones mantienen fiel el acta: una vez dicho algo, las delegaciones ya no cambian; el título y la pregunta de un tema solo cambian antes de abrirlo, y sus tiempos hasta concluirlo.",
    issuedAt: "Emitido",
    lastUsed: "Último uso",
    neverUsed: "Nunca",
    label: "Etiqueta",
  },
};

const ru = {
  operatorSetup: {
    editDelegation: "Изменить: {{name}}",
    editItem: "Изменить: {{title}}",
    edit: "Изменить",
    save: "Сохранить",
    saveFor: "Сохранить: {{name}}",
    agenda: "Повестка дня",
    noItems: "Повестка дня пуста.",
    status: "Состояние",
    itemTitle: "Название пункта",
    question: "Вопрос",
    timeBox: "Отведённое время в минутах (пусто: без ограничения)",
    speakingTime: "Время выступления в минутах",
    minutes: "{{minutes}} мин",
    timeBoxShort: "Отведённое время",
    speakingTimeShort: "Время выступления",
    noTimeBox: "нет",
    recordRule:
      "Исправления сохраняют точность записи: после первых выступлений делегации больше не меняются; название и вопрос пункта меняются только до его открытия, а время — до его завершения.",
    issuedAt: "Выдана",
    lastUsed: "Последнее использование",
    neverUsed: "Никогда",
    label: "Метка",
  },
};

const zh = {
  operatorSetup: {
    editDelegation: "编辑{{name}}",
    editItem: "编辑{{title}}",
    edit: "编辑",
    save: "保存",
    saveFor: "保存{{name}}",
    agenda: "议程",
    noItems: "议程为空。",
    status: "状态",
    itemTitle: "项目标题",
    question: "问题",
    timeBox: "时限（分钟，留空表示无）",
    speakingTime: "发言时间（分钟）",
    minutes: "{{minutes}} 分钟",
    timeBoxShort: "时限",
    speakingTimeShort: "发言时间",
    noTimeBox: "无",
    recordRule:
      "更正须保持记录真实：一旦有人发言，代表团即不再更改；项目的标题和问题只能在开启前更改，其时间可在结束前更改。",
    issuedAt: "签发时间",
    lastUsed: "最近使用",
    neverUsed: "从未",
    label: "标签",
  },
};

const ar = {
  operatorSetup: {
    editDelegation: "تعديل {{name}}",
    editItem: "تعديل {{title}}",
    edit: "تعديل",
    save: "حفظ",
    saveFor: "حفظ {{name}}",
    agenda: "جدول الأعمال",
    noItems: "جدول الأعمال فارغ.",
    status: "الحالة",
    itemTitle: "عنوان البند",
    question: "السؤال",
    timeBox: "الوقت المخصص بالدقائق (فارغ: بلا حد)",
    speakingTime: "وقت الكلمة بالدقائق",
    minutes: "{{minutes}} دقيقة",
    timeBoxShort: "الوقت المخصص",
    speakingTimeShort: "وقت الكلمة",
    noTimeBox: "بلا حد",
    recordRule:
      "تحافظ التصويبات على صحة السجل: بمجرد أن يُقال شيء لا تتغير الوفود؛ ولا يتغير عنوان البند وسؤاله إلا قبل فتحه، وأوقاته حتى اختتامه.",
    issuedAt: "تاريخ الإصدار",
    lastUsed: "آخر استخدام",
    neverUsed: "أبداً",
    label: "التسمية",
  },
};

export const setupStrings = { en, fr, es, ru, zh, ar } as const;

/** Adds these words to every language i18next holds now, and to each it loads later (as the missions' words). */
export function addSetupStrings(i18n: {
  hasResourceBundle(language: string, namespace: string): boolean;
  addResourceBundle(language: string, namespace: string, resources: object, deep: boolean, overwrite: boolean): unknown;
  on(event: "languageChanged", callback: (language: string) => void): void;
}): void {
  const add = (language: string) => {
    const strings = setupStrings[language as keyof typeof setupStrings];
    if (strings && i18n.hasResourceBundle(language, "translation")) {
      i18n.addResourceBundle(language, "translation", strings, true, false);
    }
  };
  for (const language of Object.keys(setupStrings)) add(language);
  i18n.on("languageChanged", add);
}
