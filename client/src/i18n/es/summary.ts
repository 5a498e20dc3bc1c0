import type { summary as en } from "../en/summary";
import type { PluralFormsOf, Strings } from "../strings";

/** Resumen de la Presidencia: redacción del relato, versión definitiva, descargas e integridad. */
export const summary: Strings<typeof en, PluralFormsOf["es"]> = {
  summary: {
    title: "Resumen de la Presidencia",
    loading: "Cargando el resumen…",
    loadError: "No se pudo cargar el resumen. Se volverá a leer cuando regrese a esta ventana.",
    status: {
      draft: "Proyecto, revisión {{revision}}",
      final: "Definitivo",
    },
    notYetFinal:
      "El resumen de la Presidencia se está preparando. Aparecerá aquí, listo para descargar, cuando la Presidencia lo haya ultimado.",
    editorHeading: "Relato",
    editorHint: "Sus cambios se guardan como una nueva revisión del proyecto (partió de la revisión {{revision}}).",
    overview: "Panorama general",
    itemSummary: "Resumen del debate: tema {{number}}, {{title}}",
    followUp: "Medidas de seguimiento",
    noFollowUp: "Aún no hay medidas de seguimiento.",
    actionLegend: "Medida de seguimiento {{number}}",
    action: "Medida",
    responsible: "Responsable",
    responsibleIs: "responsable: {{who}}",
    addAction: "Añadir una medida de seguimiento",
    removeAction: "Eliminar la medida de seguimiento {{number}}",
    save: "Guardar el proyecto",
    unsaved: "Cambios sin guardar",
    conflict:
      "Otra persona guardó el proyecto antes que usted. Sus cambios no se han guardado. Vuelva a cargar el proyecto para ver su texto y luego introduzca de nuevo sus cambios.",
    conflictShort: "Otra persona guardó el proyecto antes que usted.",
    changedElsewhere:
      "Otra persona guardó una revisión más reciente del proyecto. Vuelva a cargarla antes de guardar, para que no se pierda ningún texto.",
    reload: "Volver a cargar el proyecto",
    emptyNarrative: "Aún no se ha redactado ningún relato.",
    finalise: "Ultimar el resumen (revisión {{revision}})",
    finaliseConfirm:
      "¿Ultimar el resumen de la Presidencia tal como está en la revisión {{revision}}? Un resumen definitivo no podrá modificarse nunca.",
    finaliseHint:
      "No se puede ultimar el resumen mientras haya una votación indicativa o una consulta de consenso abierta.",
    downloads: "Descargar el resumen definitivo",
    downloadsDraft: "Descargar el proyecto",
    downloadLabel: "Descargar el resumen en formato {{format}}",
    format: {
      md: "Markdown",
      pdf: "PDF",
      docx: "Word (DOCX)",
      json: "JSON (canónico)",
      csv: "Votos (CSV)",
    },
    integrity: "Integridad",
    finalisedAt: "Ultimado el",
    finalisedOn: "{{date}}, {{time}}",
    digest: "Huella SHA-256",
    coveredSeq: "Último evento abarcado",
    coveredHash: "Huella de ese evento en el registro inalterable",
    verify: "Verificar la huella",
  },
};
