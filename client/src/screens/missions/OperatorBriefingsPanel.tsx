import { type Briefing, type BriefingAccess, briefingMaxBytes, type Constituency, limits } from "@trilogue/shared";
import i18next from "i18next";
import { type FormEvent, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorText } from "../../components/reason-text";
import { TextField } from "../../components/TextField";
import { useToggleSet } from "../../hooks/use-toggle-set";
import { addReasonStrings } from "../../i18n/reason-strings";
import { useOperatorStore } from "../../stores/operator-store";
import { operatorMissionsApi } from "./operator-missions-api";
import { useMissionWords } from "./use-mission-words";

// The operator's panels show refusals from plain HTTP answers: their words load with the panel.
addReasonStrings(i18next);

const recipients: Constituency[] = ["council", "tpcc", "host", "secretariat", "observer"];

/**
 * The selected consultation's restricted briefings: circulate a PDF to the whole consultation or to
 * constituencies, withdraw one, and see how many copies were issued and refused.
 */
export function OperatorBriefingsPanel({ consultationId }: { consultationId: string }) {
  const { t } = useMissionWords();
  const token = useOperatorStore((s) => s.token);
  const [briefings, setBriefings] = useState<Briefing[]>([]);
  const [accesses, setAccesses] = useState<BriefingAccess[]>([]);
  const [error, setError] = useState<string | null>(null);
  const api = operatorMissionsApi(token);
  const load = async () => {
    const [listed, accessed] = await Promise.all([api.briefings(consultationId), api.accesses(consultationId)]);
    if (listed.ok) setBriefings(listed.data.briefings);
    if (accessed.ok) setAccesses(accessed.data.accesses);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: read once per consultation
  useEffect(() => {
    void load();
  }, [consultationId, token]);
  const withdraw = async (briefing: Briefing) => {
    const result = await api.withdraw(consultationId, briefing.id);
    setError(result.ok ? null : errorText(i18next.t, result.error));
    await load();
  };
  return (
    <section className="panel no-print" aria-labelledby="operator-briefings-heading" data-testid="operator-briefings">
      <h2 id="operator-briefings-heading" className="panel__title">
        {t("operatorMissions.briefings")}
      </h2>
      {briefings.length === 0 ? <p className="muted">{t("operatorMissions.noBriefings")}</p> : null}
      <ul className="briefing-list">
        {briefings.map((briefing) => {
          const of = accesses.filter((access) => access.briefingId === briefing.id);
          return (
            <li key={briefing.id}>
              <span dir="auto">{briefing.title}</span>{" "}
              <span className="muted">
                {t("operatorMissions.accesses", {
                  granted: of.filter((access) => access.outcome === "granted").length,
                  refused: of.filter((access) => access.outcome === "refused").length,
                })}
              </span>{" "}
              {briefing.withdrawnAt ? (
                <span className="badge">{t("operatorMissions.withdrawn")}</span>
              ) : (
                <button type="button" className="button button--danger" onClick={() => void withdraw(briefing)}>
                  {t("operatorMissions.withdraw", { title: briefing.title })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <CirculateForm
        consultationId={consultationId}
        onDone={(message) => {
          setError(message);
          void load();
        }}
      />
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </section>
  );
}

function CirculateForm({ consultationId, onDone }: { consultationId: string; onDone: (error: string | null) => void }) {
  const { t } = useMissionWords();
  const { t: words } = useTranslation();
  const id = useId();
  const token = useOperatorStore((s) => s.token);
  const [title, setTitle] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [whole, setWhole] = useState(false);
  const { chosen, toggle, clear } = useToggleSet<Constituency>();
  const [formKey, setFormKey] = useState(0);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    if (file.size > briefingMaxBytes) return onDone(t("operatorMissions.tooLarge"));
    const result = await operatorMissionsApi(token).circulate(consultationId, file, {
      title: title.trim(),
      wholeConsultation: whole,
      constituencies: whole ? [] : recipients.filter((c) => chosen.has(c)),
    });
    if (!result.ok) return onDone(errorText(i18next.t, result.error));
    setTitle("");
    setFile(null);
    setWhole(false);
    clear();
    setFormKey((key) => key + 1);
    onDone(null);
  };
  const nobody = !whole && chosen.size === 0;
  return (
    <form key={formKey} className="form" onSubmit={submit}>
      <TextField
        label={t("operatorMissions.briefingTitle")}
        required
        maxLength={limits.title}
        value={title}
        onChange={setTitle}
      />
      <label htmlFor={`${id}-file`}>{t("operatorMissions.briefingFile")}</label>
      <input
        id={`${id}-file`}
        type="file"
        required
        accept="application/pdf,.pdf"
        onChange={(e) => setFile(e.target.files?.[0] ?? null)}
      />
      <fieldset className="fieldset fieldset--row">
        <legend>{t("operatorMissions.distribution")}</legend>
        <label className="check">
          <input type="checkbox" checked={whole} onChange={() => setWhole(!whole)} />
          {t("operatorMissions.whole")}
        </label>
        {recipients.map((constituency) => (
          <label key={constituency} className="check">
            <input
              type="checkbox"
              disabled={whole}
              checked={!whole && chosen.has(constituency)}
              onChange={() => toggle(constituency)}
            />
            {words(`constituency.${constituency}.short`)}
          </label>
        ))}
      </fieldset>
      <span className="button-row">
        <button type="submit" className="button button--primary" disabled={nobody || !file}>
          {t("operatorMissions.circulate")}
        </button>
      </span>
    </form>
  );
}
