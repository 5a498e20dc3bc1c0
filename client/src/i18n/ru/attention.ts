import type { attention as en } from "../en/attention";
import type { PluralFormsOf, Strings } from "../strings";

/** Уведомления о том, что зал просит у делегации, и список того, что ещё ждёт её ответа. */
export const attention: Strings<typeof en, PluralFormsOf["ru"]> = {
  attention: {
    notices: "Запрошено у вашей делегации",
    kind: {
      poll: "Открыто голосование",
      consensus: "Призыв к консенсусу",
      expectation: "Ожидание вынесено на консенсус",
      silence: "Процедура молчания",
      floor: "Вашей делегации предоставлено слово",
      cosign: "Просьба о присоединении к соавторству",
    },
    vote: "Голосовать",
    respond: "Ответить",
    noObjection: "Возражений нет",
    dismiss: "Скрыть",
    close: "Закрыть",
    closesIn: "Закроется через",
    speakingTime: "Время выступления:",
    answered: "Ваша делегация ответила, или вопрос закрыт.",
    cosignFrom: "{{delegation}} просит вашу делегацию стать соавтором.",
    cosignConfirm: "Стать соавтором",
    cosignDecline: "Отказаться",
    announceCosign: "{{delegation}} просит вашу делегацию стать соавтором заявления.",
    awaiting: "Ожидает вашей делегации: {{count}}",
    nothing: "Ничто не ожидает вашей делегации.",
    show: "Показать",
    sound: "Подавать звуковой сигнал, когда у вашей делегации что-то запрашивают",
    shortcut: "Alt+Shift+A переходит к последнему уведомлению.",
  },
  /** A speaker paused by a point of order. */
  floorPause: {
    paused: "Прерван по порядку ведения заседания:",
    leftOnResume: "продолжит, осталось {{time}}",
  },
};
