import { ru as vocabulary } from "@trilogue/shared/vocabulary/ru";
import type { common as en } from "../en/common";
import type { PluralFormsOf, Strings } from "../strings";

/** Слова, общие для всех экранов. */
export const common: Strings<typeof en, PluralFormsOf["ru"]> = {
  app: {
    name: "Trilogue",
    skipToMain: "Перейти к основному содержанию",
    language: "Язык",
    loading: "Загрузка…",
  },
  format: {
    colon: ": ",
    separator: " · ",
    parenthetical: "({{text}})",
    listSeparator: "; ",
  },
  action: {
    pending: "Отправка…",
    waiting: "Ожидание соединения; действие будет отправлено, когда связь восстановится.",
    confirmed: "✓ Готово",
  },
  errors: {
    VALIDATION: "Часть введенных данных не принята. Проверьте их и повторите попытку.",
    UNAUTHENTICATED: "Вы не вошли в систему или ваша ссылка больше не действует. Откройте ссылку-приглашение еще раз.",
    FORBIDDEN: "Ваша роль не позволяет выполнить это действие.",
    NOT_FOUND: "Этот элемент больше не существует; возможно, его только что изменили.",
    CONFLICT: "В сложившейся ситуации это действие невозможно.",
    RATE_LIMITED: "Слишком много действий одновременно. Подождите немного и повторите попытку.",
    UNAVAILABLE: "Сервер сейчас недоступен. Повторите попытку через некоторое время.",
    INTERNAL: "На сервере произошла ошибка. Повторите попытку; если ошибка повторится, сообщите в Секретариат.",
    PAYLOAD_TOO_LARGE: "Это сообщение слишком велико для отправки. Сократите его и повторите попытку.",
    TIMEOUT: "Сервер не отвечает. Проверьте соединение и повторите попытку.",
  },
  connection: {
    idle: "Нет соединения",
    connecting: "Подключение…",
    online: "В эфире",
    reconnecting: "Повторное подключение…",
    offline: "Нет сети: действия будут отправлены после восстановления связи",
    "signed-out": "Выход выполнен",
  },
  countdown: {
    left: "осталось",
    over: "сверх времени",
    speakingSoon: "До конца выступления осталось 30 секунд.",
    objectionsSoon: "До окончания приема возражений осталось 30 секунд.",
  },
  consultationStatus: {
    scheduled: "Запланировано",
    live: "Идет заседание",
    suspended: "Заседание прервано",
    closed: "Закрыто",
  },
  itemStatus: {
    pending: "Еще не рассматривался",
    open: "На рассмотрении",
    concluded: "Рассмотрение завершено",
  },
  constituency: vocabulary.constituency,
  role: {
    chair: "Председатель",
    secretary: "Секретарь",
    delegate: "Делегат",
    adviser: "Советник",
    observer: "Наблюдатель",
  },
  confidentiality: {
    on_record: "С указанием делегаций",
    chatham_house: "Правило Чатем-хауса",
    closed: "Закрытый режим (только итоги)",
  },
};
