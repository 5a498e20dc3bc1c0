import type { Vocabulary } from "./vocabulary.js";

/** The words for every enumerated value, in Chinese: the screen and the summary both read these. */
export const zh: Vocabulary = {
  constituency: {
    council: { short: "安全理事会", long: "安全理事会" },
    tpcc: { short: "出兵/出警国", long: "出兵国或出警国" },
    secretariat: { short: "秘书处", long: "秘书处" },
    host: { short: "东道国", long: "东道国" },
    observer: { short: "观察员", long: "观察员" },
  },
  stance: {
    supports: "支持",
    supports_with_reservations: "有保留地支持",
    neutral: "中立",
    opposes: "反对",
  },
  pollKind: {
    yes_no_abstain: "赞成／反对／弃权",
    single_choice: "单项选择",
    multiple_choice: "多项选择",
  },
  pollOption: {
    yes: "赞成",
    no: "反对",
    abstain: "弃权",
  },
  consensusOutcome: {
    adopted: "已协商一致通过",
    not_adopted: "未获通过：有反对意见未撤回",
  },
  expectationStatus: {
    draft: "草稿",
    proposed: "已提请协商一致通过",
    agreed: "已商定",
    agreed_with_reservations: "有保留地商定",
    not_agreed: "未商定",
  },
  acceptance: {
    accepts: "接受",
    accepts_with_reservation: "接受，但附有国家限制条件",
    does_not_accept: "不接受",
  },
  threatActor: {
    host_state_forces: "东道国部队",
    non_state_armed_group: "非国家武装团体",
    communal_militia: "社区民兵",
    unidentified: "身份不明",
  },
  pocTier: {
    tier_i: "第一层：通过对话和接触提供保护",
    tier_ii: "第二层：提供人身保护",
    tier_iii: "第三层：建立保护性环境",
  },
  pocPhase: {
    prevention: "预防",
    pre_emption: "先发制止",
    response: "应对",
    consolidation: "巩固",
  },
  forceLevel: {
    presence_deterrence: "存在与威慑",
    interposition: "隔离介入",
    non_lethal_force: "非致命武力",
    deadly_force_last_resort: "作为最后手段，可使用包括致命武力在内的武力",
  },
  responsibleActor: {
    council: "安全理事会",
    tpccs: "出兵国和出警国",
    secretariat: "秘书处",
    host_state: "东道国",
    mission: "特派团",
  },
  floorKind: {
    speaker: "发言",
    point_of_order: "程序问题",
    right_of_reply: "答辩权",
  },
  paragraphState: {
    bracketed: "置于方括号内",
    agreed_ad_referendum: "待核准商定",
    agreed: "已商定",
  },
};
