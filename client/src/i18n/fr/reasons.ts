import type { reasons as en } from "../en/reasons";
import type { PluralFormsOf, Strings } from "../strings";

/** Pourquoi le serveur a refusé une action, selon le code de motif qu'il donne. */
export const reasons: Strings<typeof en, PluralFormsOf["fr"]> = {
  reasons: {
    consultation_not_live: "La séance n'est pas ouverte (statut : {{status}}). La présidence l'ouvre d'abord.",
    consultation_closed: "La consultation est close.",
    no_item_open: "Aucun point de l'ordre du jour n'est en discussion.",
    floor_already_requested: "Votre délégation figure déjà sur la liste pour cela.",
    floor_nobody_waiting: "Personne n'attend la parole.",
    floor_nobody_speaking: "Personne n'a la parole.",
    floor_request_not_waiting: "Cette demande n'attend plus la parole.",
    paragraph_has_brackets: "Le texte contient encore des crochets : levez-les avant de l'approuver.",
    paragraph_under_silence:
      "Le paragraphe fait l'objet d'une procédure d'approbation tacite : il ne peut changer avant sa clôture.",
    paragraph_already_in_state: "Le paragraphe est déjà dans cet état ({{state}}).",
    paragraph_pending_proposals:
      "Des propositions sur ce paragraphe sont encore en attente ({{count}}) : intégrez-les ou rejetez-les d'abord.",
    paragraph_changed:
      "Le paragraphe a changé depuis la version {{base}} (il en est à la version {{current}}) : relisez le nouveau texte et recommencez.",
    paragraph_not_bracketed:
      "Le paragraphe est à l'état « {{state}} » : la présidence le remet entre crochets avant que son texte puisse changer.",
    paragraph_deleted: "Le paragraphe a été supprimé du projet.",
    paragraph_has_sub_paragraphs: "Le paragraphe introduit des alinéas : supprimez-les ou déplacez-les d'abord.",
    outline_inside_block: "Un paragraphe ne peut pas être déplacé parmi ses propres alinéas.",
    outline_other_kind: "Un paragraphe se déplace parmi les paragraphes de même nature (préambule ou dispositif).",
    outline_breaks_outline:
      "Cette place rompt la structure : un alinéa suit son chapeau, d'un niveau plus bas au plus, et les paragraphes du préambule ne sont pas subdivisés.",
    passage_selection_stale:
      "Le passage sélectionné n'est plus à sa place : le texte a changé. Sélectionnez-le à nouveau.",
    silence_needs_ad_referendum:
      "Seul un paragraphe approuvé ad referendum peut être soumis à une procédure d'approbation tacite.",
    call_closed: "L'appel au consensus est clos.",
    call_deadline_passed: "Le délai pour les objections est écoulé.",
    call_already_open: "Ce texte est déjà soumis au consensus de la salle.",
    poll_not_open: "Le sondage n'est pas encore ouvert.",
    poll_closed: "Le sondage est clos.",
    item_other_open: "Un autre point est en discussion : concluez-le d'abord.",
    invitation_invalid: "Ce lien d’invitation n’est pas valide. Demandez-en un nouveau au Secrétariat.",
    invitation_revoked: "Ce lien d’invitation a été révoqué. Demandez-en un nouveau au Secrétariat.",
    invitation_expired: "Ce lien d’invitation a expiré. Demandez-en un nouveau au Secrétariat.",
  },
};
