import type { reasons as en } from "../en/reasons";
import type { PluralFormsOf, Strings } from "../strings";

/** Почему сервер отклонил действие, по указанному им коду причины. */
export const reasons: Strings<typeof en, PluralFormsOf["ru"]> = {
  reasons: {
    consultation_not_live: "Заседание не открыто (статус: {{status}}). Сначала его открывает председатель.",
    consultation_closed: "Консультация закрыта.",
    no_item_open: "Ни один пункт повестки дня не обсуждается.",
    floor_already_requested: "Ваша делегация уже внесена в список для этого.",
    floor_nobody_waiting: "Никто не ожидает слова.",
    floor_nobody_speaking: "Слово никому не предоставлено.",
    floor_request_not_waiting: "Эта заявка больше не ожидает слова.",
    paragraph_has_brackets: "В тексте ещё есть квадратные скобки: снимите их, прежде чем согласовывать текст.",
    paragraph_under_silence: "К пункту применяется процедура молчания: он не может меняться до её завершения.",
    paragraph_already_in_state: "Пункт уже находится в этом состоянии ({{state}}).",
    paragraph_pending_proposals:
      "По этому пункту ещё есть нерассмотренные предложения ({{count}}): сначала примите или отклоните их.",
    paragraph_changed:
      "Пункт изменился после версии {{base}} (сейчас версия {{current}}): прочитайте новый текст и повторите попытку.",
    paragraph_not_bracketed:
      "Пункт находится в состоянии «{{state}}»: председатель сначала возвращает его в скобки, чтобы текст можно было менять.",
    silence_needs_ad_referendum: "Процедуре молчания может быть подвергнут только пункт, согласованный ad referendum.",
    call_closed: "Призыв к консенсусу закрыт.",
    call_deadline_passed: "Срок для возражений истёк.",
    call_already_open: "Этот текст уже вынесен на консенсус.",
    poll_not_open: "Голосование ещё не открыто.",
    poll_closed: "Голосование закрыто.",
    item_other_open: "Обсуждается другой пункт: сначала завершите его.",
    invitation_invalid: "Эта ссылка-приглашение недействительна. Попросите новую в Секретариате.",
    invitation_revoked: "Эта ссылка-приглашение отозвана. Попросите новую в Секретариате.",
    invitation_expired: "Срок действия этой ссылки-приглашения истёк. Попросите новую в Секретариате.",
  },
};
