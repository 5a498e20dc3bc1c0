import type { Vocabulary } from "./vocabulary.js";

/** The words for every enumerated value, in Russian: the screen and the summary both read these. */
export const ru: Vocabulary = {
  constituency: {
    council: { short: "Совет Безопасности", long: "Совет Безопасности" },
    tpcc: { short: "СПВ/СПП", long: "Страна, предоставляющая войска или полицейские силы" },
    secretariat: { short: "Секретариат", long: "Секретариат" },
    host: { short: "Принимающее государство", long: "Принимающее государство" },
    observer: { short: "Наблюдатель", long: "Наблюдатель" },
  },
  stance: {
    supports: "Поддерживает",
    supports_with_reservations: "Поддерживает с оговорками",
    neutral: "Нейтральная позиция",
    opposes: "Возражает",
  },
  pollKind: {
    yes_no_abstain: "За / против / воздерживается",
    single_choice: "Один вариант",
    multiple_choice: "Несколько вариантов",
  },
  pollOption: {
    yes: "За",
    no: "Против",
    abstain: "Воздерживается",
  },
  consensusOutcome: {
    adopted: "Принято консенсусом",
    not_adopted: "Не принято: возражение сохранилось",
  },
  expectationStatus: {
    draft: "Проект",
    proposed: "Вынесено на принятие консенсусом",
    agreed: "Согласовано",
    agreed_with_reservations: "Согласовано с оговорками",
    not_agreed: "Не согласовано",
  },
  acceptance: {
    accepts: "Принимает",
    accepts_with_reservation: "Принимает с национальной оговоркой",
    does_not_accept: "Не принимает",
  },
  threatActor: {
    host_state_forces: "Силы принимающего государства",
    non_state_armed_group: "Негосударственная вооруженная группа",
    communal_militia: "Общинное ополчение",
    unidentified: "Не установлен",
  },
  pocTier: {
    tier_i: "Уровень I: защита посредством диалога и взаимодействия",
    tier_ii: "Уровень II: обеспечение физической защиты",
    tier_iii: "Уровень III: создание защитной среды",
  },
  pocPhase: {
    prevention: "Предотвращение",
    pre_emption: "Упреждение",
    response: "Реагирование",
    consolidation: "Закрепление",
  },
  forceLevel: {
    presence_deterrence: "Присутствие и сдерживание",
    interposition: "Разъединение сторон",
    non_lethal_force: "Несмертоносная сила",
    deadly_force_last_resort: "Сила вплоть до смертоносной, в качестве крайней меры",
  },
  responsibleActor: {
    council: "Совет Безопасности",
    tpccs: "Страны, предоставляющие войска и полицейские силы",
    secretariat: "Секретариат",
    host_state: "Принимающее государство",
    mission: "Миссия",
  },
  floorKind: {
    speaker: "Выступление",
    point_of_order: "По порядку ведения заседания",
    right_of_reply: "Право на ответ",
  },
  paragraphState: {
    bracketed: "В квадратных скобках",
    agreed_ad_referendum: "Согласовано ad referendum",
    agreed: "Согласовано",
  },
};
