import { useTranslation } from "react-i18next";
import { ConstituencyTags } from "../../components/Badges";
import { usePresenceByDelegation } from "../../hooks/use-consultation";
import { useConnectionStore } from "../../stores/connection-store";

/** Attendance by delegation: who has joined and who is connected now (in words, not only colour). */
export function PresencePanel() {
  const { t } = useTranslation();
  const rows = usePresenceByDelegation();
  const live = useConnectionStore((s) => s.status === "online");
  const present = rows.filter((row) => row.onlineCount > 0).length;
  return (
    <section className="panel presence" aria-labelledby="presence-heading">
      <h2 id="presence-heading" className="panel__title">
        {t("presence.title")}
      </h2>
      <p className="muted">{t("presence.summary", { present, total: rows.length })}</p>
      {live ? null : <p className="hint">{t("presence.stale")}</p>}
      <ul className="presence__list" data-testid="presence">
        {rows.map(({ delegation, participants, onlineCount }) => {
          const state = onlineCount > 0 ? "online" : participants.length > 0 ? "away" : "absent";
          return (
            <li key={delegation.id} className={`presence__row presence__row--${state}`} data-state={state}>
              <span className="presence__mark" aria-hidden="true">
                {state === "online" ? "●" : state === "away" ? "◐" : "○"}
              </span>
              <span className="presence__who">
                <bdi className="presence__name">{delegation.name}</bdi>{" "}
                <ConstituencyTags constituencies={delegation.constituencies} />
              </span>
              <span className="presence__state">{t(`presence.${state}`)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
