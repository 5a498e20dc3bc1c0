/**
 * The words of the room display and of the chair's display and meeting tools, in the six
 * languages. Kept in these lazily loaded chunks (not the delegate's first-load strings) and added
 * to i18next when a screen that needs them loads.
 */

const en = {
  roomDisplay: {
    suspended: "The meeting is suspended.",
    closed: "The meeting is closed.",
    between: "No item is under discussion at the moment.",
    concluded: "Item {{number}} concluded: {{title}}",
    conclusion: "Conclusion",
    next: "Next on the agenda: item {{number}}, {{title}}",
    fromChair: "From the chair",
    agreedText: "Agreed text",
    consensus: "Put to consensus",
    silence: "Silence procedure",
    expectation: "Expectation put to consensus",
    objectionsClose: "Objections close in",
    silenceCloses: "Silence is broken only before",
    poll: "Poll",
    withheld: "Result withheld to protect the secrecy of the ballot.",
    counting: "The poll is closed: the result is being counted.",
    resultsOnClose: "The result is shown when the poll closes.",
    joining: "Opening the room display…",
    linkFailed: "This display link does not work. Ask the chair or the Secretariat for a new one.",
    participantName: "Room display",
  },
  pollVotes: {
    title: "Ballots by delegation",
    notYet: "Not yet voted",
    everyone: "Every voting delegation has voted.",
    delegation: "Delegation",
    ballot: "Ballot",
  },
  chairDisplay: {
    title: "Room display",
    nothing: "The display shows the room's business.",
    showing: "Also on the display: {{what}}",
    what: { message: "your message", consensus: "the text put to consensus", paragraph: "an agreed paragraph" },
    message: "Message for the room",
    showMessage: "Show the message",
    clear: "Take it off the display",
    showCall: "Show on the display",
    showCallOf: "Show on the display: {{text}}",
    paragraphs: "Agreed paragraphs",
    showParagraph: "Show on the display",
    issueLink: "Issue a display link",
    linkLabel: "Display link",
    linkHint: "Open this link on the computer connected to the projector, or scan the code. It works for seven days.",
    qr: "QR code of the display link",
    linkFailed: "The display link could not be issued. Try again.",
  },
  chairConsole: {
    meetingTools: "Conclusion and closing",
    reopenConfirm:
      "Reopen “{{title}}”? Its conclusion is kept until you conclude it again; the time box is not restarted.",
    speakingTime: "Speaking time used",
    speakingTimeBy: "Speaking time used, by constituency",
    constituency: "Constituency",
    used: "Time used",
    turns: "Turns",
  },
};

type Words = typeof en;
type Same<T> = { [K in keyof T]: T[K] extends string ? string : Same<T[K]> };

const fr: Same<Words> = {
  roomDisplay: {
    suspended: "La séance est suspendue.",
    closed: "La séance est levée.",
    between: "Aucun point n’est en discussion pour le moment.",
    concluded: "Point {{number}} conclu : {{title}}",
    conclusion: "Conclusion",
    next: "Prochain point de l’ordre du jour : point {{number}}, {{title}}",
    fromChair: "De la présidence",
    agreedText: "Texte convenu",
    consensus: "Soumis au consensus",
    silence: "Procédure d’approbation tacite",
    expectation: "Attente soumise au consensus",
    objectionsClose: "Fin des objections dans",
    silenceCloses: "Le silence ne peut être rompu qu’avant",
    poll: "Vote",
    withheld: "Résultat non publié afin de protéger le secret du vote.",
    counting: "Le vote est clos : le résultat est en cours de dépouillement.",
    resultsOnClose: "Le résultat sera affiché à la clôture du vote.",
    joining: "Ouverture de l’affichage de salle…",
    linkFailed: "Ce lien d’affichage ne fonctionne pas. Demandez-en un nouveau à la présidence ou au Secrétariat.",
    participantName: "Affichage de salle",
  },
  pollVotes: {
    title: "Bulletins par délégation",
    notYet: "N’ont pas encore voté",
    everyone: "Toutes les délégations votantes ont voté.",
    delegation: "Délégation",
    ballot: "Bulletin",
  },
  chairDisplay: {
    title: "Affichage de salle",
    nothing: "L’affichage montre les travaux de la salle.",
    showing: "Également affiché : {{what}}",
    what: { message: "votre message", consensus: "le texte soumis au consensus", paragraph: "un paragraphe convenu" },
    message: "Message pour la salle",
    showMessage: "Afficher le message",
    clear: "Retirer de l’affichage",
    showCall: "Afficher",
    showCallOf: "Afficher : {{text}}",
    paragraphs: "Paragraphes convenus",
    showParagraph: "Afficher",
    issueLink: "Émettre un lien d’affichage",
    linkLabel: "Lien d’affichage",
    linkHint: "Ouvrez ce lien sur l’ordinateur relié au projecteur, ou scannez le code. Il reste valable sept jours.",
    qr: "Code QR du lien d’affichage",
    linkFailed: "Le lien d’affichage n’a pas pu être émis. Réessayez.",
  },
  chairConsole: {
    meetingTools: "Conclusion et clôture",
    reopenConfirm:
      "Rouvrir « {{title}} » ? Sa conclusion est conservée jusqu’à une nouvelle conclusion ; le temps imparti ne repart pas de zéro.",
    speakingTime: "Temps de parole utilisé",
    speakingTimeBy: "Temps de parole utilisé, par groupe",
    constituency: "Groupe",
    used: "Temps utilisé",
    turns: "Interventions",
  },
};

const es: Same<Words> = {
  roomDisplay: {
    suspended: "La sesión está suspendida.",
    closed: "La sesión ha concluido.",
    between: "No hay ningún tema en debate en este momento.",
    concluded: "Tema {{number}} concluido: {{title}}",
    conclusion: "Conclusión",
    next: "Próximo tema del programa: tema {{number}}, {{title}}",
    fromChair: "De la Presidencia",
    agreedText: "Texto acordado",
    consensus: "Sometido a consenso",
    silence: "Procedimiento de acuerdo tácito",
    expectation: "Expectativa sometida a consenso",
    objectionsClose: "Las objeciones se cierran en",
    silenceCloses: "El silencio solo puede romperse antes de",
    poll: "Votación",
    withheld: "Resultado no publicado para proteger el secreto del voto.",
    counting: "La votación está cerrada: se está haciendo el recuento.",
    resultsOnClose: "El resultado se mostrará al cerrarse la votación.",
    joining: "Abriendo la pantalla de la sala…",
    linkFailed: "Este enlace de pantalla no funciona. Pida uno nuevo a la Presidencia o a la Secretaría.",
    participantName: "Pantalla de la sala",
  },
  pollVotes: {
    title: "Votos por delegación",
    notYet: "Aún no han votado",
    everyone: "Todas las delegaciones con voto han votado.",
    delegation: "Delegación",
    ballot: "Voto",
  },
  chairDisplay: {
    title: "Pantalla de la sala",
    nothing: "La pantalla muestra los trabajos de la sala.",
    showing: "También en pantalla: {{what}}",
    what: { message: "su mensaje", consensus: "el texto sometido a consenso", paragraph: "un párrafo acordado" },
    message: "Mensaje para la sala",
    showMessage: "Mostrar el mensaje",
    clear: "Quitar de la pantalla",
    showCall: "Mostrar en pantalla",
    showCallOf: "Mostrar en pantalla: {{text}}",
    paragraphs: "Párrafos acordados",
    showParagraph: "Mostrar en pantalla",
    issueLink: "Emitir un enlace de pantalla",
    linkLabel: "Enlace de pantalla",
    linkHint:
      "Abra este enlace en el ordenador conectado al proyector o escanee el código. Es válido durante siete días.",
    qr: "Código QR del enlace de pantalla",
    linkFailed: "No se pudo emitir el enlace de pantalla. Inténtelo de nuevo.",
  },
  chairConsole: {
    meetingTools: "Conclusión y cierre",
    reopenConfirm:
      "¿Reabrir «{{title}}»? Su conclusión se conserva hasta que lo concluya de nuevo; el tiempo asignado no se reinicia.",
    speakingTime: "Tiempo de uso de la palabra",
    speakingTimeBy: "Tiempo de uso de la palabra, por grupo",
    constituency: "Grupo",
    used: "Tiempo usado",
    turns: "Intervenciones",
  },
};

const ru: Same<Words> = {
  roomDisplay: {
    suspended: "Заседание приостановлено.",
    closed: "Заседание закрыто.",
    between: "Сейчас ни один пункт не обсуждается.",
    concluded: "Пункт {{number}} завершён: {{title}}",
    conclusion: "Вывод",
    next: "Следующий пункт повестки дня: пункт {{number}}, {{title}}",
    fromChair: "От председателя",
    agreedText: "Согласованный текст",
    consensus: "Вынесено на консенсус",
    silence: "Процедура умолчания",
    expectation: "Ожидание, вынесенное на консенсус",
    objectionsClose: "Возражения принимаются ещё",
    silenceCloses: "Нарушить молчание можно только до",
    poll: "Голосование",
    withheld: "Результат не публикуется, чтобы сохранить тайну голосования.",
    counting: "Голосование закрыто: идёт подсчёт результата.",
    resultsOnClose: "Результат будет показан после закрытия голосования.",
    joining: "Открывается экран зала…",
    linkFailed: "Эта ссылка для экрана не работает. Попросите новую у председателя или Секретариата.",
    participantName: "Экран зала",
  },
  pollVotes: {
    title: "Бюллетени по делегациям",
    notYet: "Ещё не проголосовали",
    everyone: "Все делегации с правом голоса проголосовали.",
    delegation: "Делегация",
    ballot: "Бюллетень",
  },
  chairDisplay: {
    title: "Экран зала",
    nothing: "Экран показывает ход заседания.",
    showing: "Также на экране: {{what}}",
    what: { message: "ваше сообщение", consensus: "текст, вынесенный на консенсус", paragraph: "согласованный пункт" },
    message: "Сообщение для зала",
    showMessage: "Показать сообщение",
    clear: "Убрать с экрана",
    showCall: "Показать на экране",
    showCallOf: "Показать на экране: {{text}}",
    paragraphs: "Согласованные пункты",
    showParagraph: "Показать на экране",
    issueLink: "Выдать ссылку для экрана",
    linkLabel: "Ссылка для экрана",
    linkHint:
      "Откройте эту ссылку на компьютере, подключённом к проектору, или отсканируйте код. Она действует семь дней.",
    qr: "QR-код ссылки для экрана",
    linkFailed: "Не удалось выдать ссылку для экрана. Повторите попытку.",
  },
  chairConsole: {
    meetingTools: "Вывод и закрытие",
    reopenConfirm:
      "Вновь открыть «{{title}}»? Вывод сохраняется до нового вывода; отведённое время не начинается заново.",
    speakingTime: "Использованное время выступлений",
    speakingTimeBy: "Использованное время выступлений по группам",
    constituency: "Группа",
    used: "Использовано",
    turns: "Выступления",
  },
};

const zh: Same<Words> = {
  roomDisplay: {
    suspended: "会议暂停。",
    closed: "会议已结束。",
    between: "目前没有正在讨论的议程项目。",
    concluded: "项目 {{number}} 已结束：{{title}}",
    conclusion: "结论",
    next: "下一个议程项目：项目 {{number}}，{{title}}",
    fromChair: "主席通知",
    agreedText: "商定案文",
    consensus: "提请协商一致",
    silence: "默许程序",
    expectation: "提请协商一致的预期",
    objectionsClose: "距离异议截止还有",
    silenceCloses: "只能在此之前打破沉默：",
    poll: "表决",
    withheld: "为保护投票秘密，不公布结果。",
    counting: "表决已结束：正在计票。",
    resultsOnClose: "表决结束后显示结果。",
    joining: "正在打开会场显示屏…",
    linkFailed: "此显示屏链接无效。请向主席或秘书处索取新链接。",
    participantName: "会场显示屏",
  },
  pollVotes: {
    title: "各代表团的投票",
    notYet: "尚未投票",
    everyone: "所有有表决权的代表团均已投票。",
    delegation: "代表团",
    ballot: "投票",
  },
  chairDisplay: {
    title: "会场显示屏",
    nothing: "显示屏显示会场议事情况。",
    showing: "显示屏上另有：{{what}}",
    what: { message: "您的消息", consensus: "提请协商一致的案文", paragraph: "一个商定段落" },
    message: "给会场的消息",
    showMessage: "显示消息",
    clear: "从显示屏撤下",
    showCall: "在显示屏上显示",
    showCallOf: "在显示屏上显示：{{text}}",
    paragraphs: "商定段落",
    showParagraph: "在显示屏上显示",
    issueLink: "生成显示屏链接",
    linkLabel: "显示屏链接",
    linkHint: "请在连接投影仪的电脑上打开此链接，或扫描二维码。有效期七天。",
    qr: "显示屏链接的二维码",
    linkFailed: "无法生成显示屏链接。请重试。",
  },
  chairConsole: {
    meetingTools: "结论和闭会",
    reopenConfirm: "重新开启“{{title}}”？在再次作出结论前保留其结论；时限不会重新计算。",
    speakingTime: "已用发言时间",
    speakingTimeBy: "按类别统计的已用发言时间",
    constituency: "类别",
    used: "已用时间",
    turns: "发言次数",
  },
};

const ar: Same<Words> = {
  roomDisplay: {
    suspended: "الجلسة معلّقة.",
    closed: "رُفعت الجلسة.",
    between: "لا يُناقَش أي بند في الوقت الحالي.",
    concluded: "اختُتم البند {{number}}: {{title}}",
    conclusion: "الخلاصة",
    next: "البند التالي في جدول الأعمال: البند {{number}}، {{title}}",
    fromChair: "من الرئيس",
    agreedText: "النص المتفق عليه",
    consensus: "معروض لتوافق الآراء",
    silence: "إجراء الموافقة الضمنية",
    expectation: "توقُّع معروض لتوافق الآراء",
    objectionsClose: "يُغلق باب الاعتراض بعد",
    silenceCloses: "لا يُكسر الصمت إلا قبل",
    poll: "تصويت",
    withheld: "حُجبت النتيجة حمايةً لسرية الاقتراع.",
    counting: "أُغلق التصويت: يجري فرز النتيجة.",
    resultsOnClose: "تُعرض النتيجة عند إغلاق التصويت.",
    joining: "جارٍ فتح شاشة القاعة…",
    linkFailed: "رابط الشاشة هذا لا يعمل. اطلبوا رابطًا جديدًا من الرئيس أو الأمانة العامة.",
    participantName: "شاشة القاعة",
  },
  pollVotes: {
    title: "الأصوات حسب الوفد",
    notYet: "لم تصوّت بعد",
    everyone: "صوّتت جميع الوفود التي يحق لها التصويت.",
    delegation: "الوفد",
    ballot: "الصوت",
  },
  chairDisplay: {
    title: "شاشة القاعة",
    nothing: "تعرض الشاشة أعمال القاعة.",
    showing: "معروض أيضًا على الشاشة: {{what}}",
    what: { message: "رسالتكم", consensus: "النص المعروض لتوافق الآراء", paragraph: "فقرة متفق عليها" },
    message: "رسالة إلى القاعة",
    showMessage: "عرض الرسالة",
    clear: "إزالتها من الشاشة",
    showCall: "عرض على الشاشة",
    showCallOf: "عرض على الشاشة: {{text}}",
    paragraphs: "الفقرات المتفق عليها",
    showParagraph: "عرض على الشاشة",
    issueLink: "إصدار رابط للشاشة",
    linkLabel: "رابط الشاشة",
    linkHint: "افتحوا هذا الرابط على الحاسوب الموصول بجهاز العرض، أو امسحوا الرمز. يبقى صالحًا سبعة أيام.",
    qr: "رمز الاستجابة السريعة لرابط الشاشة",
    linkFailed: "تعذر إصدار رابط الشاشة. حاولوا مرة أخرى.",
  },
  chairConsole: {
    meetingTools: "الخلاصة والاختتام",
    reopenConfirm: "إعادة فتح «{{title}}»؟ تُحفظ خلاصته إلى أن تختتموه من جديد؛ ولا يُعاد بدء الوقت المخصص.",
    speakingTime: "وقت الكلام المستخدم",
    speakingTimeBy: "وقت الكلام المستخدم حسب الفئة",
    constituency: "الفئة",
    used: "الوقت المستخدم",
    turns: "المداخلات",
  },
};

export const displayStrings = { en, fr, es, ru, zh, ar } as const;

/**
 * Adds these words to every language i18next holds now, and to each language it loads later; only
 * to languages already loaded, as `addMissionStrings` explains.
 */
export function addDisplayStrings(i18n: {
  hasResourceBundle(language: string, namespace: string): boolean;
  addResourceBundle(language: string, namespace: string, resources: object, deep: boolean, overwrite: boolean): unknown;
  on(event: "languageChanged", callback: (language: string) => void): void;
}): void {
  const add = (language: string) => {
    const strings = displayStrings[language as keyof typeof displayStrings];
    if (strings && i18n.hasResourceBundle(language, "translation")) {
      i18n.addResourceBundle(language, "translation", strings, true, false);
    }
  };
  for (const language of Object.keys(displayStrings)) add(language);
  i18n.on("languageChanged", add);
}
