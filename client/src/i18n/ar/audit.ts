import type { audit as en } from "../en/audit";
import type { PluralFormsOf, Strings } from "../strings";

/** سجل التدقيق: من فعل ماذا ومتى، كما يطّلع عليه الرئيس والمشغّل. */
export const audit: Strings<typeof en, PluralFormsOf["ar"]> = {
  audit: {
    title: "سجل التدقيق",
    caption: "من فعل ماذا ومتى، من الأقدم إلى الأحدث",
    secretBallots: "لا يظهر الاقتراع السري في سجل التدقيق أبداً: إذ لا يُحتفظ بأي سجل لمن صوّت أو كيف صوّت.",
    column: {
      seq: "الرقم",
      time: "الوقت",
      who: "من",
      what: "ماذا",
    },
    system: "النظام / المشغّل",
    unknownEvent: "حدث آخر ({{type}})",
    loading: "جارٍ تحميل سجل التدقيق…",
    loadError: "تعذّر تحميل سجل التدقيق. يُرجى المحاولة مرة أخرى بعد قليل.",
    empty: "لا توجد قيود بعد.",
    upToDate: "لا توجد قيود أحدث.",
    loadMore: "تحميل المزيد",
    checkNewer: "البحث عن قيود أحدث",
    event: {
      consultation: {
        created: "أُنشئت المشاورة",
        updated: "عُدّلت بيانات المشاورة",
        "status-changed": "تغيّرت حالة المشاورة",
      },
      display: {
        changed: "غيّر الرئيس ما تعرضه شاشة القاعة",
      },
      delegation: {
        registered: "سُجّل الوفد",
        updated: "عُدّلت بيانات الوفد",
      },
      participant: {
        joined: "انضمّ مشارك",
      },
      item: {
        added: "أُضيف بند إلى جدول الأعمال",
        removed: "حُذف بند من جدول الأعمال",
        opened: "بدأت مناقشة البند",
        "time-box-set": "حُدّد وقت لبند من جدول الأعمال",
        edited: "صحّح المشغّل بنداً من جدول الأعمال",
        concluded: "اختُتمت مناقشة البند",
        reopened: "استؤنفت مناقشة البند",
      },
      agenda: {
        reordered: "أُعيد ترتيب جدول الأعمال",
      },
      floor: {
        requested: "طُلبت الكلمة",
        withdrawn: "سُحب طلب الكلمة",
        given: "أُعطيت الكلمة",
        "time-set": "حُدّد وقت الكلمة",
        "turn-ended": "انتهت كلمة المتكلم",
      },
      position: {
        published: "نُشر موقف",
      },
      poll: {
        created: "أُنشئ استطلاع للرأي",
        opened: "فُتح استطلاع الرأي",
        closed: "أُغلق استطلاع الرأي",
        "turnout-changed": "حُدّثت نسبة المشاركة في استطلاع الرأي",
      },
      ballot: {
        counted: "احتُسب صوت في تصويت بالأسماء",
        changed: "عُدّل صوت في تصويت بالأسماء",
      },
      consensus: {
        called: "طُرح النص لتوافق الآراء",
        objected: "أُبدي اعتراض",
        "objection-withdrawn": "سُحب اعتراض",
        closed: "أُغلق طرح النص لتوافق الآراء",
      },
      expectation: {
        drafted: "صيغ توقّع",
        revised: "نُقّح توقّع",
      },
      amendment: {
        proposed: "اقتُرح تعديل",
        accepted: "قُبل تعديل",
        rejected: "رُفض تعديل",
      },
      acceptance: {
        recorded: "سُجّل قبول",
      },
      draft: {
        opened: "فُتح مشروع النص",
      },
      paragraph: {
        added: "أُضيفت فقرة",
        edited: "عُدّلت فقرة",
        "state-changed": "تغيّرت حالة فقرة",
      },
      proposal: {
        submitted: "قُدّم اقتراح",
        withdrawn: "سُحب اقتراح",
        merged: "أُدمج اقتراح في النص",
        rejected: "رُفض اقتراح",
      },
      joint: {
        posted: "عُرض نص مشترك على المشاركين في تقديمه",
      },
      cosignature: {
        confirmed: "أُكّد الاشتراك في التقديم",
        declined: "رُفض الاشتراك في التقديم",
      },
      breakdown: {
        "disclosure-changed": "تغيّر إعداد الكشف عن البيانات المصنفة",
      },
      summary: {
        "draft-edited": "عُدّل مشروع الموجز",
        finalised: "اعتُمد الموجز بصيغته النهائية",
      },
    },
  },
};
