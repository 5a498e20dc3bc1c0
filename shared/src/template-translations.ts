import type { Language } from "./domain/enums.js";
import { type PocTemplate, pocTemplate } from "./template.js";

/*
 * The concept note's agenda in the other five official languages. These are careful translations
 * made for Trilogue in the register of UN documents and its terminology (Conseil de sécurité,
 * pays fournisseurs de contingents ou de personnel de police; Совет Безопасности, страны,
 * предоставляющие войска и полицейские силы; 安全理事会, 出兵国和出警国; مجلس الأمن, البلدان
 * المساهمة بقوات وبأفراد شرطة; Consejo de Seguridad, países que aportan contingentes y fuerzas de
 * policía). They are not the official UN translations of S/2016/1024, which should replace them
 * once checked against the document. French puts a no-break space before `:` and `?`.
 */

const fr: PocTemplate = {
  title: "Protection des civils et stratégies politiques",
  missionContext:
    "Groupe de travail du Conseil de sécurité sur les opérations de maintien de la paix\u00a0: dialogue entre le Conseil, les pays fournisseurs de contingents ou de personnel de police, le Secrétariat et les États hôtes sur les mandats de protection des civils.",
  items: [
    {
      title: "Stratégies politiques et protection des civils dans le libellé des mandats",
      question:
        "Comment le Conseil de sécurité peut-il mieux rendre compte des liens effectifs entre les stratégies politiques et la protection des civils\u00a0? Comment cela pourrait-il se traduire dans le libellé des mandats\u00a0?",
    },
    {
      title: "Attentes à l'égard de l'État hôte et des soldats de la paix",
      question:
        "Quelles sont les attentes à l'égard de l'État hôte, en particulier lorsque celui-ci constitue une menace pour les civils\u00a0? Quelles sont, dans de tels cas, les attentes du Conseil à l'égard des soldats de la paix\u00a0?",
    },
    {
      title: "Dialogue sur les difficultés de mise en œuvre des mandats de protection des civils",
      question:
        "Comment le Conseil, les pays fournisseurs de contingents ou de personnel de police et le Secrétariat peuvent-ils mener un dialogue efficace sur les difficultés que pose la mise en œuvre des mandats de protection des civils\u00a0?",
    },
    {
      title: "Évaluation des menaces, analyse des conflits et dialogue",
      question:
        "Comment le Conseil de sécurité, les pays fournisseurs de contingents ou de personnel de police et le Secrétariat peuvent-ils garantir un échange inclusif et approfondi sur les liens entre l'évaluation des menaces, l'analyse des conflits et le dialogue, pour les nouveaux mandats comme pour les mandats existants\u00a0?",
    },
    {
      title: "Gérer les attentes à l'égard du maintien de la paix",
      question:
        "Comment le Conseil de sécurité et les pays fournisseurs de contingents ou de personnel de police peuvent-ils mieux gérer les attentes à l'égard du maintien de la paix\u00a0?",
    },
  ],
};

const es: PocTemplate = {
  title: "Protección de los civiles y estrategias políticas",
  missionContext:
    "Grupo de Trabajo del Consejo de Seguridad sobre las Operaciones de Mantenimiento de la Paz: diálogo entre el Consejo, los países que aportan contingentes y fuerzas de policía, la Secretaría y los Estados anfitriones sobre los mandatos de protección de los civiles.",
  items: [
    {
      title: "Estrategias políticas y protección de los civiles en el texto de los mandatos",
      question:
        "¿Cómo puede el Consejo de Seguridad reflejar mejor los vínculos efectivos entre las estrategias políticas y la protección de los civiles? ¿Cómo podría reflejarse esto en el texto de los mandatos?",
    },
    {
      title: "Expectativas respecto del Estado anfitrión y del personal de mantenimiento de la paz",
      question:
        "¿Qué se espera del Estado anfitrión, en particular cuando este constituye una amenaza para los civiles? ¿Qué espera el Consejo del personal de mantenimiento de la paz en esos casos?",
    },
    {
      title: "Diálogo sobre las dificultades para ejecutar los mandatos de protección de los civiles",
      question:
        "¿Cómo pueden el Consejo, los países que aportan contingentes y fuerzas de policía y la Secretaría mantener un diálogo eficaz sobre las dificultades para ejecutar los mandatos de protección de los civiles?",
    },
    {
      title: "Evaluación de las amenazas, análisis de los conflictos y diálogo",
      question:
        "¿Cómo pueden el Consejo de Seguridad, los países que aportan contingentes y fuerzas de policía y la Secretaría asegurar un intercambio inclusivo y sustantivo sobre la relación entre la evaluación de las amenazas, el análisis de los conflictos y el diálogo, tanto para los mandatos nuevos como para los existentes?",
    },
    {
      title: "Gestión de las expectativas respecto del mantenimiento de la paz",
      question:
        "¿Cómo pueden el Consejo de Seguridad y los países que aportan contingentes y fuerzas de policía gestionar mejor las expectativas respecto del mantenimiento de la paz?",
    },
  ],
};

const ru: PocTemplate = {
  title: "Защита гражданского населения и политические стратегии",
  missionContext:
    "Рабочая группа Совета Безопасности по операциям по поддержанию мира: диалог между Советом, странами, предоставляющими войска и полицейские силы, Секретариатом и принимающими государствами по мандатам в области защиты гражданского населения.",
  items: [
    {
      title: "Политические стратегии и защита гражданского населения в формулировках мандатов",
      question:
        "Каким образом Совет Безопасности может более полно отражать реальную взаимосвязь между политическими стратегиями и защитой гражданского населения? Как это можно было бы отразить в формулировках мандатов?",
    },
    {
      title: "Ожидания в отношении принимающего государства и миротворцев",
      question:
        "Каковы ожидания в отношении принимающего государства, особенно в тех случаях, когда оно само представляет угрозу для гражданского населения? Каковы ожидания Совета в отношении миротворцев в таких случаях?",
    },
    {
      title: "Диалог о трудностях в осуществлении мандатов по защите гражданского населения",
      question:
        "Каким образом Совет, страны, предоставляющие войска и полицейские силы, и Секретариат могут вести эффективный диалог о трудностях, связанных с осуществлением мандатов по защите гражданского населения?",
    },
    {
      title: "Оценка угроз, анализ конфликтов и диалог",
      question:
        "Каким образом Совет Безопасности, страны, предоставляющие войска и полицейские силы, и Секретариат могут обеспечить всеохватный и предметный обмен мнениями о взаимосвязи между оценкой угроз, анализом конфликтов и диалогом применительно к новым и действующим мандатам?",
    },
    {
      title: "Регулирование ожиданий в отношении миротворческой деятельности",
      question:
        "Каким образом Совет Безопасности и страны, предоставляющие войска и полицейские силы, могут более эффективно регулировать ожидания в отношении миротворческой деятельности?",
    },
  ],
};

const zh: PocTemplate = {
  title: "保护平民与政治战略",
  missionContext: "安全理事会维持和平行动工作组：安理会、出兵国和出警国、秘书处和东道国之间关于保护平民任务的对话。",
  items: [
    {
      title: "政治战略与任务规定措辞中的保护平民",
      question: "安全理事会如何更好地体现政治战略与保护平民之间的有效联系？如何在任务规定的措辞中体现这一点？",
    },
    {
      title: "对东道国和维和人员的期望",
      question:
        "对东道国有哪些期望，特别是在东道国本身对平民构成威胁的情况下？在这种情况下，安理会对维和人员有哪些期望？",
    },
    {
      title: "就执行保护平民任务所面临的挑战开展对话",
      question: "安理会、出兵国和出警国以及秘书处如何就执行保护平民任务所面临的挑战开展有效对话？",
    },
    {
      title: "威胁评估、冲突分析与对话",
      question:
        "安全理事会、出兵国和出警国以及秘书处如何确保就新的和现有的任务中威胁评估、冲突分析与对话之间的关系进行包容和实质性的交流？",
    },
    {
      title: "管理对维持和平行动的期望",
      question: "安全理事会和出兵国、出警国如何更好地管理对维持和平行动的期望？",
    },
  ],
};

const ar: PocTemplate = {
  title: "حماية المدنيين والاستراتيجيات السياسية",
  missionContext:
    "الفريق العامل التابع لمجلس الأمن المعني بعمليات حفظ السلام: حوار بين المجلس والبلدان المساهمة بقوات وبأفراد شرطة والأمانة العامة والدول المضيفة بشأن الولايات المتعلقة بحماية المدنيين.",
  items: [
    {
      title: "الاستراتيجيات السياسية وحماية المدنيين في صياغة الولايات",
      question:
        "كيف يمكن لمجلس الأمن أن يعبّر على نحو أفضل عن الروابط الفعلية بين الاستراتيجيات السياسية وحماية المدنيين؟ وكيف يمكن أن ينعكس ذلك في صياغة الولايات؟",
    },
    {
      title: "التوقعات من الدولة المضيفة ومن حفظة السلام",
      question:
        "ما هي التوقعات من الدولة المضيفة، ولا سيما في الحالات التي تشكّل فيها هي نفسها تهديداً للمدنيين؟ وما هي توقعات المجلس من حفظة السلام في هذه الحالات؟",
    },
    {
      title: "الحوار بشأن التحديات التي تعترض تنفيذ ولايات حماية المدنيين",
      question:
        "كيف يمكن للمجلس والبلدان المساهمة بقوات وبأفراد شرطة والأمانة العامة إجراء حوار فعّال بشأن التحديات التي تعترض تنفيذ ولايات حماية المدنيين؟",
    },
    {
      title: "تقييم التهديدات وتحليل النزاعات والحوار",
      question:
        "كيف يمكن لمجلس الأمن والبلدان المساهمة بقوات وبأفراد شرطة والأمانة العامة كفالة تبادل شامل وجوهري للآراء بشأن العلاقة بين تقييم التهديدات وتحليل النزاعات والحوار، فيما يتعلق بالولايات الجديدة والقائمة؟",
    },
    {
      title: "إدارة التوقعات المتعلقة بحفظ السلام",
      question: "كيف يمكن لمجلس الأمن والبلدان المساهمة بقوات وبأفراد شرطة تحسين إدارة التوقعات المتعلقة بحفظ السلام؟",
    },
  ],
};

/** The concept note's agenda in each of the six official languages; English is verbatim. */
export const pocTemplates: Record<Language, PocTemplate> = { ar, zh, en: pocTemplate, fr, ru, es };

/** The agenda template in a consultation's working language. */
export function templateFor(language: Language): PocTemplate {
  return pocTemplates[language];
}
