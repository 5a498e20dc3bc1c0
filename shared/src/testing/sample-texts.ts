import type { Language } from "../index.js";

/** Made-up text for sample consultations, in each working language (see `sampleSummarySnapshot`). */
export type SampleTexts = {
  title: string;
  conclusion: string;
  statements: string[];
  pollQuestion: string;
  objection: string;
  scenarios: string[];
  responsibility: string;
  caveat: string;
};

const en: SampleTexts = {
  title: "Protection of civilians and political strategies",
  conclusion:
    "The Working Group agreed that mandates should link protection of civilians to a political strategy, with clear priorities and sequencing.",
  statements: [
    "Protection of civilians cannot succeed without a political process that the host State owns.",
    "As Senegal said, mandate language must be matched by resources and by timely threat assessments shared with contributors.",
    "We support early and regular consultations with troop- and police-contributing countries before renewals.",
    "The Secretariat will present options for integrated threat analysis at the next meeting.",
  ],
  pollQuestion: "Should the Working Group recommend triangular consultations before every mandate renewal?",
  objection: "The text does not reflect the primary responsibility of the host State.",
  scenarios: [
    "An armed group threatens a camp for displaced people next to a mission base",
    "Host-state forces fire on civilians near a protection-of-civilians site",
  ],
  responsibility: "Act within the mandate and share information promptly.",
  caveat: "Deadly force only within the contingent's area of responsibility.",
};

const ar: SampleTexts = {
  title: "حماية المدنيين والاستراتيجيات السياسية",
  conclusion: "اتفق الفريق العامل على أن تربط الولايات حماية المدنيين باستراتيجية سياسية ذات أولويات واضحة.",
  statements: [
    "لا يمكن أن تنجح حماية المدنيين دون عملية سياسية تملكها الدولة المضيفة.",
    "كما قالت السنغال، يجب أن تقترن صياغة الولايات بالموارد وبتقييمات التهديد في الوقت المناسب منذ عام 2016.",
    "نؤيد إجراء مشاورات مبكرة ومنتظمة مع البلدان المساهمة بقوات وبأفراد شرطة قبل تجديد الولايات.",
  ],
  pollQuestion: "هل ينبغي أن يوصي الفريق العامل بمشاورات ثلاثية قبل كل تجديد للولاية؟",
  objection: "لا يعكس النص المسؤولية الرئيسية للدولة المضيفة.",
  scenarios: ["جماعة مسلحة تهدد مخيماً للنازحين بالقرب من قاعدة البعثة", "قوات الدولة المضيفة تطلق النار على المدنيين"],
  responsibility: "التصرف في إطار الولاية وتبادل المعلومات فوراً.",
  caveat: "لا تُستخدم القوة الفتاكة إلا داخل منطقة مسؤولية الوحدة.",
};

const zh: SampleTexts = {
  title: "保护平民与政治战略",
  conclusion: "工作组一致认为，任务授权应将保护平民与政治战略联系起来，并明确优先事项和先后顺序。",
  statements: [
    "没有东道国主导的政治进程，保护平民就不可能成功。",
    "正如塞内加尔所说，任务授权的措辞必须有资源和及时的威胁评估作为支撑。",
    "我们支持在任务延期之前与出兵国和出警国进行早期和定期的磋商。",
  ],
  pollQuestion: "工作组是否应建议在每次任务延期前举行三方磋商？",
  objection: "案文没有体现东道国的首要责任。",
  scenarios: ["武装团体威胁特派团基地附近的流离失所者营地", "东道国部队向保护平民地点附近的平民开火"],
  responsibility: "在任务授权范围内行事并及时分享信息。",
  caveat: "仅在特遣队责任区内使用致命武力。",
};

const fr: SampleTexts = {
  ...en,
  title: "Protection des civils et stratégies politiques",
  conclusion:
    "Le Groupe de travail est convenu que les mandats doivent lier la protection des civils à une stratégie politique.",
  statements: [
    "La protection des civils ne peut réussir sans un processus politique porté par l'État hôte.",
    "Comme l'a dit le Sénégal, le libellé des mandats doit s'accompagner de ressources.",
  ],
};

const ru: SampleTexts = {
  ...en,
  title: "Защита гражданских лиц и политические стратегии",
  conclusion:
    "Рабочая группа согласилась, что мандаты должны увязывать защиту гражданских лиц с политической стратегией.",
  statements: [
    "Защита гражданских лиц невозможна без политического процесса, которым руководит принимающее государство.",
    "Формулировки мандатов должны подкрепляться ресурсами и своевременной оценкой угроз.",
  ],
};

const es: SampleTexts = {
  ...en,
  title: "Protección de civiles y estrategias políticas",
  conclusion:
    "El Grupo de Trabajo convino en que los mandatos deben vincular la protección de civiles con una estrategia política.",
  statements: [
    "La protección de civiles no puede tener éxito sin un proceso político que asuma el Estado anfitrión.",
    "Como dijo el Senegal, el lenguaje de los mandatos debe ir acompañado de recursos.",
  ],
};

export const sampleTexts: Record<Language, SampleTexts> = { en, ar, zh, fr, ru, es };
