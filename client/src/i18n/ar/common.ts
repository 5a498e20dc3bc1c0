import { ar as vocabulary } from "@trilogue/shared/vocabulary/ar";
import type { common as en } from "../en/common";
import type { PluralFormsOf, Strings } from "../strings";

/** الكلمات المشتركة بين جميع الشاشات (فاصلة عربية «،» وفاصلة منقوطة «؛»). */
export const common: Strings<typeof en, PluralFormsOf["ar"]> = {
  app: {
    name: "Trilogue",
    skipToMain: "الانتقال إلى المحتوى الرئيسي",
    language: "اللغة",
    loading: "جارٍ التحميل…",
  },
  format: {
    colon: ": ",
    separator: " · ",
    parenthetical: "({{text}})",
    listSeparator: "؛ ",
  },
  action: {
    pending: "جارٍ الإرسال…",
    waiting: "في انتظار الاتصال؛ سيُرسَل الإجراء عند عودة الاتصال بالشبكة.",
    confirmed: "✓ تم",
  },
  errors: {
    VALIDATION: "بعض ما أُدخل غير مقبول. يُرجى التحقق منه والمحاولة مرة أخرى.",
    UNAUTHENTICATED: "لم يُسجَّل دخولك، أو لم يعد رابطك صالحاً. يُرجى فتح رابط الدعوة مرة أخرى.",
    FORBIDDEN: "لا يسمح دورك بهذا الإجراء.",
    NOT_FOUND: "لم يعد هذا العنصر موجوداً؛ ربما غيّره أحدهم قبل لحظات.",
    CONFLICT: "لا يمكن القيام بهذا الإجراء في الوضع الراهن.",
    RATE_LIMITED: "إجراءات كثيرة في وقت واحد. يُرجى الانتظار لحظة ثم المحاولة مرة أخرى.",
    UNAVAILABLE: "يتعذر الوصول إلى الخادم حالياً. يُرجى المحاولة بعد لحظات.",
    INTERNAL: "حدث خطأ في الخادم. يُرجى المحاولة مرة أخرى؛ وإذا تكرر الخطأ، يُرجى إبلاغ الأمانة العامة.",
    PAYLOAD_TOO_LARGE: "هذه الرسالة أكبر من أن تُرسل. يُرجى اختصارها والمحاولة مرة أخرى.",
    TIMEOUT: "لا يوجد رد من الخادم. يُرجى التحقق من الاتصال والمحاولة مرة أخرى.",
  },
  connection: {
    idle: "غير متصل",
    connecting: "جارٍ الاتصال…",
    online: "مباشر",
    reconnecting: "جارٍ إعادة الاتصال…",
    offline: "غير متصل بالشبكة: تنتظر الإجراءات عودة الاتصال",
    "signed-out": "تم تسجيل الخروج",
  },
  countdown: {
    left: "متبقية",
    over: "تجاوزاً للوقت",
    speakingSoon: "بقيت 30 ثانية من وقت الكلمة.",
    objectionsSoon: "بقيت 30 ثانية لتقديم الاعتراضات.",
  },
  consultationStatus: {
    scheduled: "مقررة",
    live: "الجلسة منعقدة",
    suspended: "معلّقة",
    closed: "مختتمة",
  },
  itemStatus: {
    pending: "لم يُناقَش بعد",
    open: "قيد المناقشة",
    concluded: "اختُتمت مناقشته",
  },
  constituency: vocabulary.constituency,
  role: {
    chair: "الرئيس",
    secretary: "المقرر",
    delegate: "مندوب",
    adviser: "مستشار",
    observer: "مراقب",
  },
  confidentiality: {
    on_record: "مع نسبة المواقف إلى الوفود",
    chatham_house: "قاعدة تشاتام هاوس",
    closed: "مغلقة (النتائج فقط)",
  },
};
