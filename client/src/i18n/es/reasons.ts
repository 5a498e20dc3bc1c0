import type { reasons as en } from "../en/reasons";
import type { PluralFormsOf, Strings } from "../strings";

/** Por qué el servidor rechazó una acción, según el código de motivo que indica. */
export const reasons: Strings<typeof en, PluralFormsOf["es"]> = {
  reasons: {
    consultation_not_live: "La sesión no está abierta (estado: {{status}}). La presidencia la abre primero.",
    consultation_closed: "La consulta está cerrada.",
    no_item_open: "No hay ningún tema del programa en debate.",
    floor_already_requested: "Su delegación ya figura en la lista para esto.",
    floor_nobody_waiting: "Nadie espera la palabra.",
    floor_nobody_speaking: "Nadie tiene la palabra.",
    floor_request_not_waiting: "Esa solicitud ya no espera la palabra.",
    paragraph_has_brackets: "El texto aún contiene corchetes: resuélvalos antes de acordarlo.",
    paragraph_under_silence:
      "El párrafo está sometido a un procedimiento de acuerdo tácito: no puede cambiar hasta que este concluya.",
    paragraph_already_in_state: "El párrafo ya está en ese estado ({{state}}).",
    paragraph_pending_proposals:
      "Aún hay propuestas pendientes sobre este párrafo ({{count}}): incorpórelas o rechácelas primero.",
    paragraph_changed:
      "El párrafo cambió después de la versión {{base}} (ahora está en la versión {{current}}): revise el nuevo texto e inténtelo de nuevo.",
    paragraph_not_bracketed:
      "El párrafo está en estado «{{state}}»: la presidencia lo vuelve a poner entre corchetes antes de que su texto pueda cambiar.",
    paragraph_deleted: "El párrafo se suprimió del borrador.",
    paragraph_has_sub_paragraphs: "El párrafo introduce apartados: suprímalos o muévalos primero.",
    outline_inside_block: "Un párrafo no puede moverse entre sus propios apartados.",
    outline_other_kind: "Un párrafo se mueve entre párrafos de su mismo tipo (preambular o dispositivo).",
    outline_breaks_outline:
      "Ese lugar rompe la estructura: un apartado sigue a su encabezamiento, como mucho un nivel más abajo, y los párrafos preambulares no se subdividen.",
    passage_selection_stale: "El pasaje seleccionado ya no está donde estaba: el texto cambió. Selecciónelo de nuevo.",
    silence_needs_ad_referendum:
      "Solo un párrafo acordado ad referendum puede someterse a un procedimiento de acuerdo tácito.",
    call_closed: "El llamamiento al consenso está cerrado.",
    call_deadline_passed: "El plazo para presentar objeciones ha vencido.",
    call_already_open: "Este texto ya está sometido al consenso de la sala.",
    poll_not_open: "La votación aún no está abierta.",
    poll_closed: "La votación está cerrada.",
    item_other_open: "Otro tema está en debate: concluya ese primero.",
    invitation_invalid: "Este enlace de invitación no es válido. Pida uno nuevo a la Secretaría.",
    invitation_revoked: "Este enlace de invitación ha sido revocado. Pida uno nuevo a la Secretaría.",
    invitation_expired: "Este enlace de invitación ha caducado. Pida uno nuevo a la Secretaría.",
  },
};
