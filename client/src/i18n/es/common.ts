import { es as vocabulary } from "@trilogue/shared/vocabulary/es";
import type { common as en } from "../en/common";
import type { PluralFormsOf, Strings } from "../strings";

/** Palabras comunes a todas las pantallas. */
export const common: Strings<typeof en, PluralFormsOf["es"]> = {
  app: {
    name: "Trilogue",
    skipToMain: "Ir al contenido principal",
    language: "Idioma",
    loading: "Cargando…",
  },
  format: {
    colon: ": ",
    separator: " · ",
    parenthetical: "({{text}})",
    listSeparator: "; ",
  },
  action: {
    pending: "Enviando…",
    waiting: "Esperando la conexión; se enviará cuando vuelva a estar en línea.",
    confirmed: "✓ Hecho",
  },
  errors: {
    VALIDATION: "Algún dato introducido no es válido. Compruébelo e inténtelo de nuevo.",
    UNAUTHENTICATED: "No ha iniciado sesión, o su enlace ya no es válido. Vuelva a abrir su enlace de invitación.",
    FORBIDDEN: "Su función no permite esta acción.",
    NOT_FOUND: "Ese elemento ya no existe; es posible que alguien acabe de modificarlo.",
    CONFLICT: "Esta acción no es posible en las circunstancias actuales.",
    RATE_LIMITED: "Demasiadas acciones a la vez. Espere un momento e inténtelo de nuevo.",
    UNAVAILABLE: "En este momento no se puede acceder al servidor. Inténtelo de nuevo dentro de un momento.",
    INTERNAL: "Se ha producido un error en el servidor. Inténtelo de nuevo; si persiste, avise a la Secretaría.",
    PAYLOAD_TOO_LARGE: "Este mensaje es demasiado grande para enviarlo. Acórtelo e inténtelo de nuevo.",
    TIMEOUT: "El servidor no responde. Compruebe su conexión e inténtelo de nuevo.",
  },
  connection: {
    idle: "Sin conexión",
    connecting: "Conectando…",
    online: "En directo",
    reconnecting: "Reconectando…",
    offline: "Sin conexión: las acciones esperarán a que vuelva",
    "signed-out": "Sesión cerrada",
  },
  countdown: {
    left: "restantes",
    over: "de exceso",
    speakingSoon: "Quedan 30 segundos de tiempo de palabra.",
    objectionsSoon: "Quedan 30 segundos para presentar objeciones.",
  },
  consultationStatus: {
    scheduled: "Programada",
    live: "En sesión",
    suspended: "Suspendida",
    closed: "Clausurada",
  },
  itemStatus: {
    pending: "Aún no examinado",
    open: "En examen",
    concluded: "Concluido",
  },
  constituency: vocabulary.constituency,
  role: {
    chair: "Presidente(a)",
    secretary: "Secretario(a)",
    delegate: "Delegado(a)",
    adviser: "Asesor(a)",
    observer: "Observador(a)",
  },
  confidentiality: {
    on_record: "Con atribución a las delegaciones",
    chatham_house: "Regla de Chatham House",
    closed: "Reservada (solo resultados)",
  },
};
