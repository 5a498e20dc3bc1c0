import { type AgendaItem, limits, type UpdateItemBody } from "@trilogue/shared";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useOperatorStore } from "../../stores/operator-store";
import { EditDisclosure } from "./EditDisclosure";
import { useSetupWords } from "./use-setup-words";

const toMinutes = (seconds: number | null) => (seconds === null ? "" : String(Math.round(seconds / 60)));

/** The consultation's agenda as the operator prepares it: each item's words and times, correctable. */
export function AgendaSetupPanel() {
  const { t } = useTranslation();
  const { t: words } = useSetupWords();
  const items = useOperatorStore((s) => s.detail?.items ?? []);
  const minutes = (seconds: number | null) =>
    seconds === null
      ? words("operatorSetup.noTimeBox")
      : words("operatorSetup.minutes", { minutes: toMinutes(seconds) });
  return (
    <section className="panel no-print" aria-labelledby="agenda-setup-heading" data-testid="agenda-setup">
      <h2 id="agenda-setup-heading" className="panel__title">
        {words("operatorSetup.agenda")}
      </h2>
      <p className="hint">{words("operatorSetup.recordRule")}</p>
      {items.length === 0 ? (
        <p className="muted">{words("operatorSetup.noItems")}</p>
      ) : (
        <ol className="setup-list">
          {items.map((item) => (
            <li key={item.id} className="setup-list__item" data-testid="agenda-setup-item">
              <p className="setup-list__title" dir="auto">
                {item.title}
              </p>
              <p className="muted">
                {t(`itemStatus.${item.status}`)}
                {t("format.separator")}
                {words("operatorSetup.timeBoxShort")}: {minutes(item.timeBoxSeconds)}
                {t("format.separator")}
                {words("operatorSetup.speakingTimeShort")}: {minutes(item.speakingTimeSeconds)}
              </p>
              {item.status === "concluded" ? null : <ItemEdit item={item} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Corrects one item; only the fields changed are sent, so a time change on an opened item is allowed. */
function ItemEdit({ item }: { item: AgendaItem }) {
  const { t: words } = useSetupWords();
  const id = useId();
  const [title, setTitle] = useState(item.title);
  const [question, setQuestion] = useState(item.question);
  const [timeBox, setTimeBox] = useState(toMinutes(item.timeBoxSeconds));
  const [speaking, setSpeaking] = useState(toMinutes(item.speakingTimeSeconds));
  const editItem = useOperatorStore((s) => s.editItem);
  const wordsFixed = item.status !== "pending";

  const changes = (): UpdateItemBody => {
    const changed: UpdateItemBody = {};
    if (title.trim() !== item.title) changed.title = title.trim();
    if (question.trim() !== item.question) changed.question = question.trim();
    const box = timeBox.trim() === "" ? null : Math.round(Number(timeBox) * 60);
    if (box !== item.timeBoxSeconds) changed.timeBoxSeconds = box;
    const turn = Math.round(Number(speaking) * 60);
    if (turn !== item.speakingTimeSeconds) changed.speakingTimeSeconds = turn;
    return changed;
  };

  return (
    <EditDisclosure
      label={words("operatorSetup.editItem", { title: item.title })}
      testId="item-edit"
      changes={changes}
      save={(changed) => editItem(item.id, changed)}
    >
      <label htmlFor={`${id}-title`}>{words("operatorSetup.itemTitle")}</label>
      <input
        id={`${id}-title`}
        dir="auto"
        required
        readOnly={wordsFixed}
        maxLength={limits.title}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <label htmlFor={`${id}-question`}>{words("operatorSetup.question")}</label>
      <textarea
        id={`${id}-question`}
        dir="auto"
        rows={3}
        readOnly={wordsFixed}
        maxLength={limits.question}
        value={question}
        onChange={(e) => setQuestion(e.target.value)}
      />
      <label htmlFor={`${id}-box`}>{words("operatorSetup.timeBox")}</label>
      <input
        id={`${id}-box`}
        type="number"
        min={1}
        max={limits.maxTimeBox / 60}
        value={timeBox}
        onChange={(e) => setTimeBox(e.target.value)}
      />
      <label htmlFor={`${id}-speaking`}>{words("operatorSetup.speakingTime")}</label>
      <input
        id={`${id}-speaking`}
        type="number"
        required
        min={1}
        max={limits.maxSpeakingTime / 60}
        value={speaking}
        onChange={(e) => setSpeaking(e.target.value)}
      />
    </EditDisclosure>
  );
}
