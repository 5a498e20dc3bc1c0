import { limits, type Mission } from "@trilogue/shared";
import i18next from "i18next";
import { type FormEvent, useEffect, useId, useState } from "react";
import { errorText } from "../../components/reason-text";
import { TextField } from "../../components/TextField";
import { addReasonStrings } from "../../i18n/reason-strings";
import { useOperatorStore } from "../../stores/operator-store";
import { operatorMissionsApi } from "./operator-missions-api";
import { useMissionWords } from "./use-mission-words";

// The operator's panels show refusals from plain HTTP answers: their words load with the panel.
addReasonStrings(i18next);

/**
 * The operator's missions: create one, and create a mission's next consultation from its latest
 * (delegations, agenda and the standing agreed expectations carried in).
 */
export function OperatorMissionsPanel() {
  const { t } = useMissionWords();
  const token = useOperatorStore((s) => s.token);
  const [missions, setMissions] = useState<Mission[]>([]);
  const [error, setError] = useState<string | null>(null);
  const api = operatorMissionsApi(token);
  const load = async () => {
    const result = await api.missions();
    if (result.ok) setMissions(result.data);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: read once per token
  useEffect(() => {
    void load();
  }, [token]);
  return (
    <section className="panel no-print" aria-labelledby="operator-missions-heading">
      <h2 id="operator-missions-heading" className="panel__title">
        {t("operatorMissions.title")}
      </h2>
      {missions.length === 0 ? <p className="muted">{t("operatorMissions.none")}</p> : null}
      {missions.map((mission) => (
        <NextConsultationForm key={mission.id} mission={mission} onError={setError} />
      ))}
      <CreateMissionForm
        onCreated={() => void load()}
        onError={setError}
        create={(name, hosts) => api.createMission({ name, hostDelegationNames: hosts })}
      />
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </section>
  );
}

function CreateMissionForm(props: {
  create: (name: string, hosts: string[]) => ReturnType<ReturnType<typeof operatorMissionsApi>["createMission"]>;
  onCreated: () => void;
  onError: (message: string | null) => void;
}) {
  const { t } = useMissionWords();
  const [name, setName] = useState("");
  const [hosts, setHosts] = useState("");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const list = hosts
      .split(",")
      .map((host) => host.trim())
      .filter(Boolean);
    const result = await props.create(name.trim(), list);
    if (!result.ok) return props.onError(errorText(i18next.t, result.error));
    props.onError(null);
    setName("");
    setHosts("");
    props.onCreated();
  };
  return (
    <form className="form" onSubmit={submit}>
      <TextField label={t("operatorMissions.name")} required maxLength={limits.name} value={name} onChange={setName} />
      <TextField label={t("operatorMissions.hosts")} value={hosts} onChange={setHosts} />
      <span className="button-row">
        <button type="submit" className="button">
          {t("operatorMissions.create")}
        </button>
      </span>
    </form>
  );
}

function NextConsultationForm({ mission, onError }: { mission: Mission; onError: (message: string | null) => void }) {
  const { t } = useMissionWords();
  const id = useId();
  const token = useOperatorStore((s) => s.token);
  const [title, setTitle] = useState("");
  const [date, setDate] = useState("");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await operatorMissionsApi(token).nextConsultation(mission.id, { title: title.trim(), date });
    if (!result.ok) return onError(errorText(i18next.t, result.error));
    onError(null);
    setTitle("");
    setDate("");
    useOperatorStore.setState((s) => ({ consultations: [result.data, ...s.consultations] }));
    await useOperatorStore.getState().select(result.data.id);
  };
  return (
    <details className="mission-next">
      <summary>{t("operatorMissions.next", { mission: mission.name })}</summary>
      <form className="form" onSubmit={submit}>
        <p className="hint">{t("operatorMissions.nextHint")}</p>
        <TextField
          label={t("operatorMissions.nextTitle")}
          required
          maxLength={limits.title}
          value={title}
          onChange={setTitle}
        />
        <label htmlFor={`${id}-date`}>{t("operatorMissions.nextDate")}</label>
        <input id={`${id}-date`} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        <span className="button-row">
          <button type="submit" className="button button--primary">
            {t("operatorMissions.nextSubmit", { mission: mission.name })}
          </button>
        </span>
      </form>
    </details>
  );
}
