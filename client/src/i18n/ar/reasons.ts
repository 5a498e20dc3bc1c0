import type { reasons as en } from "../en/reasons";
import type { PluralFormsOf, Strings } from "../strings";

/** سبب رفض الخادم لإجراء ما، بحسب رمز السبب الذي يذكره. */
export const reasons: Strings<typeof en, PluralFormsOf["ar"]> = {
  reasons: {
    consultation_not_live: "الجلسة غير مفتوحة (الحالة: {{status}}). يفتحها الرئيس أولاً.",
    consultation_closed: "المشاورة مغلقة.",
    no_item_open: "لا يوجد بند من جدول الأعمال قيد المناقشة.",
    floor_already_requested: "وفدكم مدرج بالفعل في القائمة لهذا الغرض.",
    floor_nobody_waiting: "لا أحد ينتظر الكلمة.",
    floor_nobody_speaking: "لا أحد يتكلم الآن.",
    floor_request_not_waiting: "هذا الطلب لم يعد ينتظر الكلمة.",
    paragraph_has_brackets: "لا يزال النص يتضمن أقواساً معقوفة: عالجوها قبل الموافقة عليه.",
    paragraph_under_silence: "الفقرة خاضعة لإجراء الموافقة الضمنية: لا يمكن تغييرها حتى انتهاء الإجراء.",
    paragraph_already_in_state: "الفقرة في هذه الحالة بالفعل ({{state}}).",
    paragraph_pending_proposals: "لا تزال هناك اقتراحات معلقة بشأن هذه الفقرة ({{count}}): ادمجوها أو ارفضوها أولاً.",
    paragraph_changed:
      "تغيرت الفقرة بعد الصيغة {{base}} (وهي الآن في الصيغة {{current}}): راجعوا النص الجديد وأعيدوا المحاولة.",
    paragraph_not_bracketed: "الفقرة في حالة «{{state}}»: يعيدها الرئيس بين أقواس معقوفة قبل أن يمكن تغيير نصها.",
    paragraph_deleted: "حُذفت الفقرة من المشروع.",
    paragraph_has_sub_paragraphs: "تستهل الفقرة فقرات فرعية: احذفها أو انقلها أولاً.",
    outline_inside_block: "لا يمكن نقل فقرة إلى ما بين فقراتها الفرعية.",
    outline_other_kind: "تُنقل الفقرة بين فقرات من نوعها (ديباجة أو منطوق).",
    outline_breaks_outline:
      "هذا الموضع يخل بالهيكل: تلي الفقرة الفرعية فقرتها الاستهلالية بمستوى واحد أدنى على الأكثر، ولا تُقسم فقرات الديباجة.",
    passage_selection_stale: "لم يعد المقطع الذي حددته في موضعه: تغيّر النص. حدده مرة أخرى.",
    silence_needs_ad_referendum: "لا يجوز إخضاع فقرة لإجراء الموافقة الضمنية إلا إذا كانت متفقاً عليها بشرط الاستشارة.",
    call_closed: "أُغلقت الدعوة إلى توافق الآراء.",
    call_deadline_passed: "انقضى أجل تقديم الاعتراضات.",
    call_already_open: "هذا النص معروض بالفعل على القاعة لتوافق الآراء.",
    poll_not_open: "لم يُفتح باب التصويت بعد.",
    poll_closed: "أُغلق باب التصويت.",
    item_other_open: "بند آخر قيد المناقشة: اختتموه أولاً.",
    invitation_invalid: "رابط الدعوة هذا غير صالح. اطلبوا رابطاً جديداً من الأمانة العامة.",
    invitation_revoked: "أُلغي رابط الدعوة هذا. اطلبوا رابطاً جديداً من الأمانة العامة.",
    invitation_expired: "انتهت صلاحية رابط الدعوة هذا. اطلبوا رابطاً جديداً من الأمانة العامة.",
  },
};
