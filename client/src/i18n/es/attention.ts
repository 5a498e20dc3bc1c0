import type { attention as en } from "../en/attention";
import type { PluralFormsOf, Strings } from "../strings";

/** Avisos de lo que la sala pide a una delegación y lista de lo que aún la espera. */
export const attention: Strings<typeof en, PluralFormsOf["es"]> = {
  attention: {
    notices: "Se pide a su delegación",
    kind: {
      poll: "Hay una votación abierta",
      consensus: "Llamamiento al consenso",
      expectation: "Expectativa sometida a consenso",
      silence: "Procedimiento de acuerdo tácito",
      floor: "Su delegación tiene la palabra",
      cosign: "Solicitud de copatrocinio",
    },
    vote: "Votar",
    respond: "Responder",
    noObjection: "Sin objeción",
    dismiss: "Ocultar",
    close: "Cerrar",
    closesIn: "Se cierra en",
    speakingTime: "Tiempo de intervención:",
    answered: "Su delegación ha respondido, o la cuestión está cerrada.",
    cosignFrom: "{{delegation}} pide a su delegación que copatrocine.",
    cosignConfirm: "Copatrocinar",
    cosignDecline: "Declinar",
    announceCosign: "{{delegation}} pide a su delegación que copatrocine una declaración.",
    awaiting: "Pendiente de su delegación: {{count}}",
    nothing: "Nada espera a su delegación.",
    show: "Mostrar",
    sound: "Emitir un sonido cuando se pida algo a su delegación",
    shortcut: "Alt+Mayús+A lleva al último aviso.",
  },
  /** A speaker paused by a point of order. */
  floorPause: {
    paused: "Interrumpido por una cuestión de orden:",
    leftOnResume: "reanudará con {{time}} restantes",
  },
};
