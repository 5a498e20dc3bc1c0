/**
 * The words of the mission's register and restricted briefings, in the six languages. Kept in this
 * lazily loaded chunk (not the first-load strings) and added to i18next when the panel loads.
 */

const en = {
  missions: {
    register: "Mission expectations register: {{mission}}",
    loading: "Loading the mission's register and briefings…",
    none: "No expectation of this mission has been agreed yet.",
    standing_standing: "standing",
    standing_withdrawn: "withdrawn",
    standing_superseded: "superseded",
    history: "History",
    kind_adopted: "Adopted",
    kind_reaffirmed: "Reaffirmed",
    kind_revised: "Revised",
    kind_superseded: "Superseded",
    kind_withdrawn: "Withdrawn",
    entry: "{{kind}} in {{consultation}} on {{date}}",
    redline: "Changes from the text agreed before",
    records: "T/PCC records",
    tpcc: "T/PCC",
    record: "Record",
    caveat: "National caveat",
    confirmed: "Last confirmed",
    stale: "Stale: to be confirmed again",
    current: "Current",
    noRecords: "No T/PCC has recorded its acceptance yet.",
    kindAccepts: "accepts",
    kindReservation: "accepts with a reservation",
    kindNotAccepts: "does not accept",
    downloadMarkdown: "Download the register (Markdown)",
    downloadJson: "Download the register (JSON)",
    briefings: "Restricted briefings",
    noBriefings: "No briefing has been circulated to your delegation.",
    open: "Open {{title}} (PDF, {{size}} KB)",
    restrictedNote: "Each copy is marked with your delegation's name and the time it is opened.",
    loadError: "The mission's register could not be loaded.",
  },
};

const fr = {
  missions: {
    register: "Registre des attentes de la mission : {{mission}}",
    loading: "Chargement du registre de la mission et des exposés…",
    none: "Aucune attente de cette mission n'a encore été convenue.",
    standing_standing: "en vigueur",
    standing_withdrawn: "retirée",
    standing_superseded: "remplacée",
    history: "Historique",
    kind_adopted: "Adoptée",
    kind_reaffirmed: "Réaffirmée",
    kind_revised: "Révisée",
    kind_superseded: "Remplacée",
    kind_withdrawn: "Retirée",
    entry: "{{kind}} lors de {{consultation}} le {{date}}",
    redline: "Modifications par rapport au texte convenu auparavant",
    records: "Positions des pays contributeurs",
    tpcc: "Pays contributeur",
    record: "Position",
    caveat: "Restriction nationale",
    confirmed: "Dernière confirmation",
    stale: "Ancienne : à confirmer de nouveau",
    current: "À jour",
    noRecords: "Aucun pays contributeur n'a encore enregistré sa position.",
    kindAccepts: "accepte",
    kindReservation: "accepte avec une réserve",
    kindNotAccepts: "n'accepte pas",
    downloadMarkdown: "Télécharger le registre (Markdown)",
    downloadJson: "Télécharger le registre (JSON)",
    briefings: "Exposés à diffusion restreinte",
    noBriefings: "Aucun exposé n'a été diffusé à votre délégation.",
    open: "Ouvrir {{title}} (PDF, {{size}} Ko)",
    restrictedNote: "Chaque copie porte le nom de votre délégation et l'heure de son ouverture.",
    loadError: "Le registre de la mission n'a pas pu être chargé.",
  },
};

const es = {
  missions: {
    register: "Registro de expectativas de la misión: {{mission}}",
    loading: "Cargando el registro de la misión y las exposiciones…",
    none: "Aún no se ha acordado ninguna expectativa de esta misión.",
    standing_standing: "vigente",
    standing_withdrawn: "retirada",
    standing_superseded: "sustituida",
    history: "Historial",
    kind_adopted: "Aprobada",
    kind_reaffirmed: "Reafirmada",
    kind_revised: "Revisada",
    kind_superseded: "Sustituida",
    kind_withdrawn: "Retirada",
    entry: "{{kind}} en {{consultation}} el {{date}}",
    redline: "Cambios respecto del texto acordado antes",
    records: "Posiciones de los países contribuyentes",
    tpcc: "País contribuyente",
    record: "Posición",
    caveat: "Salvedad nacional",
    confirmed: "Última confirmación",
    stale: "Antigua: debe confirmarse de nuevo",
    current: "Vigente",
    noRecords: "Ningún país contribuyente ha registrado aún su aceptación.",
    kindAccepts: "acepta",
    kindReservation: "acepta con una reserva",
    kindNotAccepts: "no acepta",
    downloadMarkdown: "Descargar el registro (Markdown)",
    downloadJson: "Descargar el registro (JSON)",
    briefings: "Exposiciones de distribución restringida",
    noBriefings: "No se ha distribuido ninguna exposición a su delegación.",
    open: "Abrir {{title}} (PDF, {{size}} KB)",
    restrictedNote: "Cada copia lleva el nombre de su delegación y la hora en que se abre.",
    loadError: "No se pudo cargar el registro de la misión.",
  },
};

const ru = {
  missions: {
    register: "Реестр ожиданий миссии: {{mission}}",
    loading: "Загрузка реестра миссии и брифингов…",
    none: "Ни одно ожидание этой миссии ещё не согласовано.",
    standing_standing: "действует",
    standing_withdrawn: "отозвано",
    standing_superseded: "заменено",
    history: "История",
    kind_adopted: "Принято",
    kind_reaffirmed: "Подтверждено",
    kind_revised: "Пересмотрено",
    kind_superseded: "Заменено",
    kind_withdrawn: "Отозвано",
    entry: "{{kind}}: {{consultation}}, {{date}}",
    redline: "Изменения по сравнению с ранее согласованным текстом",
    records: "Позиции стран, предоставляющих контингенты",
    tpcc: "Страна, предоставляющая контингент",
    record: "Позиция",
    caveat: "Национальная оговорка",
    confirmed: "Последнее подтверждение",
    stale: "Устарело: требуется подтвердить снова",
    current: "Актуально",
    noRecords: "Ни одна страна, предоставляющая контингент, ещё не зарегистрировала своё согласие.",
    kindAccepts: "принимает",
    kindReservation: "принимает с оговоркой",
    kindNotAccepts: "не принимает",
    downloadMarkdown: "Скачать реестр (Markdown)",
    downloadJson: "Скачать реестр (JSON)",
    briefings: "Брифинги ограниченного распространения",
    noBriefings: "Вашей делегации не направлено ни одного брифинга.",
    open: "Открыть {{title}} (PDF, {{size}} КБ)",
    restrictedNote: "Каждая копия помечается названием вашей делегации и временем открытия.",
    loadError: "Не удалось загрузить реестр миссии.",
  },
};

const zh = {
  missions: {
    register: "特派团期望登记册：{{mission}}",
    loading: "正在加载特派团登记册和简报…",
    none: "本特派团尚无商定的期望。",
    standing_standing: "有效",
    standing_withdrawn: "已撤回",
    standing_superseded: "已被取代",
    history: "历史",
    kind_adopted: "通过",
    kind_reaffirmed: "重申",
    kind_revised: "修订",
    kind_superseded: "取代",
    kind_withdrawn: "撤回",
    entry: "{{kind}}：{{consultation}}，{{date}}",
    redline: "与先前商定案文相比的改动",
    records: "出兵/出警国的记录",
    tpcc: "出兵/出警国",
    record: "记录",
    caveat: "国家限制条件",
    confirmed: "最近确认",
    stale: "已过时：需再次确认",
    current: "最新",
    noRecords: "尚无出兵/出警国记录其接受情况。",
    kindAccepts: "接受",
    kindReservation: "有保留地接受",
    kindNotAccepts: "不接受",
    downloadMarkdown: "下载登记册（Markdown）",
    downloadJson: "下载登记册（JSON）",
    briefings: "限制分发的简报",
    noBriefings: "尚未向贵代表团分发简报。",
    open: "打开 {{title}}（PDF，{{size}} KB）",
    restrictedNote: "每份副本都标有贵代表团的名称和打开时间。",
    loadError: "无法加载特派团登记册。",
  },
};

const ar = {
  missions: {
    register: "سجل توقعات البعثة: {{mission}}",
    loading: "جارٍ تحميل سجل البعثة والإحاطات…",
    none: "لم يُتفق بعد على أي توقع لهذه البعثة.",
    standing_standing: "سارٍ",
    standing_withdrawn: "مسحوب",
    standing_superseded: "مستبدل",
    history: "السجل التاريخي",
    kind_adopted: "اعتُمد",
    kind_reaffirmed: "أُعيد تأكيده",
    kind_revised: "نُقّح",
    kind_superseded: "استُبدل",
    kind_withdrawn: "سُحب",
    entry: "{{kind}} في {{consultation}} بتاريخ {{date}}",
    redline: "التغييرات عن النص المتفق عليه سابقًا",
    records: "سجلات البلدان المساهمة بقوات وأفراد شرطة",
    tpcc: "البلد المساهم",
    record: "السجل",
    caveat: "القيد الوطني",
    confirmed: "آخر تأكيد",
    stale: "قديم: يلزم تأكيده من جديد",
    current: "محدَّث",
    noRecords: "لم يسجل أي بلد مساهم قبوله بعد.",
    kindAccepts: "يقبل",
    kindReservation: "يقبل مع تحفظ",
    kindNotAccepts: "لا يقبل",
    downloadMarkdown: "تنزيل السجل (Markdown)",
    downloadJson: "تنزيل السجل (JSON)",
    briefings: "إحاطات محدودة التوزيع",
    noBriefings: "لم تُعمَّم أي إحاطة على وفدكم.",
    open: "فتح {{title}} (PDF، {{size}} كيلوبايت)",
    restrictedNote: "تحمل كل نسخة اسم وفدكم ووقت فتحها.",
    loadError: "تعذر تحميل سجل البعثة.",
  },
};

export const missionStrings = { en, fr, es, ru, zh, ar } as const;

/**
 * Adds this panel's words to every language i18next holds now, and to each language it loads later.
 * Only to languages already loaded: a bundle added first would make the loader think the language's
 * own strings were there.
 */
export function addMissionStrings(i18n: {
  hasResourceBundle(language: string, namespace: string): boolean;
  addResourceBundle(language: string, namespace: string, resources: object, deep: boolean, overwrite: boolean): unknown;
  on(event: "languageChanged", callback: (language: string) => void): void;
}): void {
  const add = (language: string) => {
    const strings = missionStrings[language as keyof typeof missionStrings];
    if (strings && i18n.hasResourceBundle(language, "translation")) {
      i18n.addResourceBundle(language, "translation", strings, true, false);
    }
  };
  for (const language of Object.keys(missionStrings)) add(language);
  i18n.on("languageChanged", add);
}
