import type { audit as en } from "../en/audit";
import type { PluralFormsOf, Strings } from "../strings";

/** Registro de auditoría: quién hizo qué y cuándo, tal como lo consultan la Presidencia y el operador. */
export const audit: Strings<typeof en, PluralFormsOf["es"]> = {
  audit: {
    title: "Registro de auditoría",
    caption: "Quién hizo qué y cuándo, del más antiguo al más reciente",
    secretBallots:
      "Las votaciones secretas nunca aparecen en el registro de auditoría: no se guarda constancia de quién votó ni en qué sentido.",
    column: {
      seq: "N.º",
      time: "Hora",
      who: "Quién",
      what: "Qué",
    },
    system: "Sistema / operador",
    unknownEvent: "Otro evento ({{type}})",
    loading: "Cargando el registro de auditoría…",
    loadError: "No se pudo cargar el registro de auditoría. Vuelva a intentarlo en unos instantes.",
    empty: "Todavía no hay entradas.",
    upToDate: "No hay entradas más recientes.",
    loadMore: "Cargar más",
    checkNewer: "Buscar entradas nuevas",
    event: {
      consultation: {
        created: "Consulta creada",
        updated: "Datos de la consulta modificados",
        "status-changed": "Estado de la consulta modificado",
      },
      display: {
        changed: "Pantalla de la sala modificada por la presidencia",
      },
      delegation: {
        registered: "Delegación inscrita",
        updated: "Datos de la delegación modificados",
      },
      participant: {
        joined: "Participante conectado",
      },
      item: {
        added: "Tema añadido al programa",
        removed: "Tema retirado del programa",
        opened: "Examen del tema iniciado",
        "time-box-set": "Tiempo asignado a un tema del programa",
        edited: "Tema del programa corregido por el operador",
        concluded: "Examen del tema concluido",
        reopened: "Examen del tema reanudado",
      },
      agenda: {
        reordered: "Programa reordenado",
      },
      floor: {
        requested: "Solicitud de palabra",
        withdrawn: "Solicitud de palabra retirada",
        given: "Palabra concedida",
        "time-set": "Tiempo de intervención fijado",
        "turn-ended": "Fin de la intervención",
      },
      position: {
        published: "Posición publicada",
      },
      poll: {
        created: "Votación creada",
        opened: "Votación abierta",
        closed: "Votación cerrada",
        "turnout-changed": "Participación en la votación actualizada",
      },
      ballot: {
        counted: "Voto nominal contabilizado",
        changed: "Voto nominal modificado",
      },
      consensus: {
        called: "Llamamiento al consenso iniciado",
        objected: "Objeción formulada",
        "objection-withdrawn": "Objeción retirada",
        closed: "Llamamiento al consenso cerrado",
      },
      expectation: {
        drafted: "Expectativa redactada",
        revised: "Expectativa revisada",
      },
      amendment: {
        proposed: "Enmienda propuesta",
        accepted: "Enmienda aceptada",
        rejected: "Enmienda rechazada",
      },
      acceptance: {
        recorded: "Aceptación registrada",
      },
      draft: {
        opened: "Proyecto de texto abierto",
      },
      paragraph: {
        added: "Párrafo añadido",
        edited: "Párrafo modificado",
        "state-changed": "Estado del párrafo modificado",
      },
      proposal: {
        submitted: "Propuesta presentada",
        withdrawn: "Propuesta retirada",
        merged: "Propuesta incorporada al texto",
        rejected: "Propuesta rechazada",
      },
      joint: {
        posted: "Texto conjunto sometido a los cofirmantes",
      },
      cosignature: {
        confirmed: "Cofirma confirmada",
        declined: "Cofirma rechazada",
      },
      breakdown: {
        "disclosure-changed": "Publicación del desglose modificada",
      },
      summary: {
        "draft-edited": "Borrador del resumen modificado",
        finalised: "Resumen finalizado",
      },
    },
  },
};
