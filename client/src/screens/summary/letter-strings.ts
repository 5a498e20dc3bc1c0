import i18next from "i18next";
import { addLazyStrings } from "../../i18n/lazy-strings";

/**
 * The cover letter's choice at export, in the six languages, added to i18next beside the typed
 * first-load strings (as `missions-strings.ts` does).
 */
export const letterStrings = {
  en: {
    coverLetter: {
      choose: "With a cover letter to the President of the Security Council (the summary as its annex)",
    },
  },
  fr: {
    coverLetter: {
      choose: "Avec une lettre de transmission au Président du Conseil de sécurité (le résumé en annexe)",
    },
  },
  es: {
    coverLetter: {
      choose: "Con una carta de transmisión a la Presidencia del Consejo de Seguridad (el resumen como anexo)",
    },
  },
  ru: {
    coverLetter: {
      choose: "С сопроводительным письмом на имя Председателя Совета Безопасности (резюме в качестве приложения)",
    },
  },
  zh: { coverLetter: { choose: "附给安全理事会主席的转递信（总结作为附件）" } },
  ar: { coverLetter: { choose: "مع رسالة إحالة إلى رئيس مجلس الأمن (والموجز مرفق بها)" } },
};

addLazyStrings(i18next, letterStrings);
