import type { attention as en } from "../en/attention";
import type { PluralFormsOf, Strings } from "../strings";

/** إشعارات بما تطلبه القاعة من الوفد، وقائمة بما لا يزال ينتظره. */
export const attention: Strings<typeof en, PluralFormsOf["ar"]> = {
  attention: {
    notices: "مطلوب من وفدكم",
    kind: {
      poll: "باب التصويت مفتوح",
      consensus: "دعوة إلى توافق الآراء",
      expectation: "توقع معروض لتوافق الآراء",
      silence: "إجراء الموافقة الضمنية",
      floor: "الكلمة لوفدكم",
      cosign: "طلب مشاركة في التوقيع",
    },
    vote: "صوّتوا",
    respond: "ردّوا",
    noObjection: "لا اعتراض",
    dismiss: "إخفاء",
    close: "إغلاق",
    closesIn: "يُغلق بعد",
    speakingTime: "وقت الكلمة:",
    answered: "ردّ وفدكم، أو أُغلقت المسألة.",
    cosignFrom: "يطلب {{delegation}} من وفدكم المشاركة في التوقيع.",
    cosignConfirm: "المشاركة في التوقيع",
    cosignDecline: "الاعتذار",
    announceCosign: "يطلب {{delegation}} من وفدكم المشاركة في توقيع بيان.",
    awaiting: "بانتظار وفدكم: {{count}}",
    nothing: "لا شيء بانتظار وفدكم.",
    show: "إظهار",
    sound: "إصدار صوت عندما يُطلب شيء من وفدكم",
    shortcut: "Alt+Shift+A ينقل إلى آخر إشعار.",
  },
  /** A speaker paused by a point of order. */
  floorPause: {
    paused: "أوقفته نقطة نظام:",
    leftOnResume: "يستأنف وقد بقي {{time}}",
  },
};
