import type { summary as en } from "../en/summary";
import type { PluralFormsOf, Strings } from "../strings";

/** موجز الرئيس: تحرير السرد، والاعتماد النهائي، والتنزيل، والسلامة. */
export const summary: Strings<typeof en, PluralFormsOf["ar"]> = {
  summary: {
    title: "موجز الرئيس",
    loading: "جارٍ تحميل الموجز…",
    loadError: "تعذّر تحميل الموجز. وستُعاد قراءته عند عودتك إلى هذه النافذة.",
    status: {
      draft: "مشروع، التنقيح {{revision}}",
      final: "نهائي",
    },
    notYetFinal: "يجري إعداد موجز الرئيس. وسيظهر هنا جاهزًا للتنزيل بعد أن يعتمده الرئيس في صيغته النهائية.",
    editorHeading: "السرد",
    editorHint: "تُحفظ تعديلاتك تنقيحًا جديدًا للمشروع (بدأت من التنقيح {{revision}}).",
    overview: "لمحة عامة",
    itemSummary: "موجز المناقشة: البند {{number}}، {{title}}",
    followUp: "إجراءات المتابعة",
    noFollowUp: "لا توجد إجراءات متابعة بعد.",
    actionLegend: "إجراء المتابعة {{number}}",
    action: "الإجراء",
    responsible: "الجهة المسؤولة",
    responsibleIs: "الجهة المسؤولة: {{who}}",
    addAction: "إضافة إجراء متابعة",
    removeAction: "حذف إجراء المتابعة {{number}}",
    save: "حفظ المشروع",
    unsaved: "تعديلات غير محفوظة",
    conflict:
      "حفظ شخص آخر المشروع قبلك. ولم تُحفظ تعديلاتك. أعد تحميل المشروع للاطلاع على نصه، ثم أدخل تعديلاتك من جديد.",
    conflictShort: "حفظ شخص آخر المشروع قبلك.",
    changedElsewhere: "حفظ شخص آخر تنقيحًا أحدث للمشروع. أعد تحميله قبل الحفظ حتى لا يضيع نص أحد.",
    reload: "إعادة تحميل المشروع",
    emptyNarrative: "لم يُكتب أي سرد بعد.",
    finalise: "اعتماد الموجز في صيغته النهائية (التنقيح {{revision}})",
    finaliseConfirm:
      "هل تعتمد موجز الرئيس في صيغته النهائية كما هو في التنقيح {{revision}}؟ لا يمكن تغيير الموجز النهائي أبدًا.",
    finaliseHint: "لا يمكن اعتماد الموجز في صيغته النهائية ما دام هناك استطلاع أو دعوة إلى توافق الآراء مفتوحًا.",
    downloads: "تنزيل الموجز النهائي",
    downloadsDraft: "تنزيل المشروع",
    downloadLabel: "تنزيل الموجز بصيغة {{format}}",
    format: {
      md: "Markdown",
      pdf: "PDF",
      docx: "Word (DOCX)",
      json: "JSON (الصيغة القانونية)",
      csv: "بطاقات الاقتراع (CSV)",
    },
    integrity: "السلامة",
    finalisedAt: "تاريخ الاعتماد",
    finalisedOn: "{{date}}، {{time}}",
    digest: "بصمة SHA-256",
    coveredSeq: "آخر حدث مشمول",
    coveredHash: "بصمة ذلك الحدث في السجل المحمي من التلاعب",
    verify: "التحقق من البصمة",
  },
};
