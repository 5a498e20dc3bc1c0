import type { Vocabulary } from "./vocabulary.js";

/** The words for every enumerated value, in Arabic: the screen and the summary both read these. */
export const ar: Vocabulary = {
  constituency: {
    council: { short: "مجلس الأمن", long: "مجلس الأمن" },
    tpcc: { short: "مساهم بقوات/بشرطة", long: "بلد مساهم بقوات أو بأفراد شرطة" },
    secretariat: { short: "الأمانة العامة", long: "الأمانة العامة" },
    host: { short: "الدولة المضيفة", long: "الدولة المضيفة" },
    observer: { short: "مراقب", long: "مراقب" },
  },
  stance: {
    supports: "يؤيد",
    supports_with_reservations: "يؤيد مع تحفظات",
    neutral: "محايد",
    opposes: "يعارض",
  },
  pollKind: {
    yes_no_abstain: "نعم / لا / امتناع",
    single_choice: "خيار واحد",
    multiple_choice: "خيارات متعددة",
  },
  pollOption: {
    yes: "نعم",
    no: "لا",
    abstain: "امتناع عن التصويت",
  },
  consensusOutcome: {
    adopted: "اعتُمد بتوافق الآراء",
    not_adopted: "لم يُعتمد: بقي اعتراض قائماً",
  },
  expectationStatus: {
    draft: "مسودة",
    proposed: "مطروح لتوافق الآراء",
    agreed: "متفق عليه",
    agreed_with_reservations: "متفق عليه مع تحفظات",
    not_agreed: "غير متفق عليه",
  },
  acceptance: {
    accepts: "يقبل",
    accepts_with_reservation: "يقبل مع قيد وطني",
    does_not_accept: "لا يقبل",
  },
  threatActor: {
    host_state_forces: "قوات الدولة المضيفة",
    non_state_armed_group: "جماعة مسلحة من غير الدول",
    communal_militia: "ميليشيا مجتمعية",
    unidentified: "جهة مجهولة الهوية",
  },
  pocTier: {
    tier_i: "المستوى الأول: الحماية عن طريق الحوار والتواصل",
    tier_ii: "المستوى الثاني: توفير الحماية المادية",
    tier_iii: "المستوى الثالث: تهيئة بيئة حامية",
  },
  pocPhase: {
    prevention: "الوقاية",
    pre_emption: "الاستباق",
    response: "الاستجابة",
    consolidation: "التوطيد",
  },
  forceLevel: {
    presence_deterrence: "الوجود والردع",
    interposition: "الفصل بين الأطراف",
    non_lethal_force: "القوة غير المميتة",
    deadly_force_last_resort: "القوة بما فيها القوة المميتة، كملاذ أخير",
  },
  responsibleActor: {
    council: "مجلس الأمن",
    tpccs: "البلدان المساهمة بقوات وبأفراد شرطة",
    secretariat: "الأمانة العامة",
    host_state: "الدولة المضيفة",
    mission: "البعثة",
  },
  floorKind: {
    speaker: "بيان",
    point_of_order: "نقطة نظام",
    right_of_reply: "حق الرد",
  },
  paragraphState: {
    bracketed: "بين معقوفتين",
    agreed_ad_referendum: "متفق عليه رهناً بالاستشارة",
    agreed: "متفق عليه",
  },
};
