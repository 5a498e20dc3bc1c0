import { limits, type OnDisplay, roomApi } from "@trilogue/shared";
import { type FormEvent, useId, useState } from "react";
import { call } from "../../api/http";
import { ActionStatus } from "../../components/ActionStatus";
import { CommandButton } from "../../components/CommandButton";
import { SubmitButton } from "../../components/SubmitButton";
import { useAction } from "../../hooks/use-action";
import { useConsultation } from "../../hooks/use-consultation";
import { useAllCalls } from "../../hooks/use-decisions";
import { useConsultationStore } from "../../stores/consultation-store";
import { DisplayLinkIssuer } from "../display/DisplayLinkIssuer";
import { useDisplayWords } from "../display/use-display-words";

/**
 * What the chair puts on the room display beside the room's business (a message, the text under a
 * consensus call, an agreed paragraph), and the display's own link with its QR code.
 */
export function ChairDisplayPanel() {
  const words = useDisplayWords();
  const id = useId();
  const shown = useConsultation()?.onDisplay;
  const [message, setMessage] = useState("");
  const show = useAction("display:show");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await show.run({ content: { kind: "message", text: message } })) setMessage("");
  };
  return (
    <section className="panel chair-display" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel__title">
        {words.t("chairDisplay.title")}
      </h2>
      <p data-testid="chair-display-now">
        {shown
          ? words.t("chairDisplay.showing", { what: words.t(`chairDisplay.what.${shown.kind}`) })
          : words.t("chairDisplay.nothing")}
      </p>
      {shown ? (
        <p className="button-row">
          <CommandButton command="display:show" payload={{ content: null }}>
            {words.t("chairDisplay.clear")}
          </CommandButton>
        </p>
      ) : null}
      <form className="form" onSubmit={submit}>
        <label htmlFor={`${id}-message`}>{words.t("chairDisplay.message")}</label>
        <textarea
          id={`${id}-message`}
          dir="auto"
          rows={2}
          required
          maxLength={limits.displayMessage}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
        />
        <span className="button-row">
          <SubmitButton variant="secondary" disabled={show.busy}>
            {words.t("chairDisplay.showMessage")}
          </SubmitButton>
          <ActionStatus action={show.action} />
        </span>
      </form>
      <ShowableTexts shown={shown} />
      <DisplayLinkIssuer issue={() => call(roomApi.displayLink)} />
    </section>
  );
}

/** Texts put to consensus and agreed paragraphs, each one click from the display. */
function ShowableTexts({ shown }: { shown: OnDisplay | undefined }) {
  const words = useDisplayWords();
  const calls = useAllCalls().slice(-5).reverse();
  const paragraphs = useConsultationStore((s) => s.state?.paragraphs);
  const agreed = Object.values(paragraphs ?? {})
    .filter((paragraph) => paragraph.state === "agreed")
    .sort((a, b) => a.position - b.position)
    .slice(0, 10);
  if (calls.length === 0 && agreed.length === 0) return null;
  const isShown = (content: OnDisplay) => JSON.stringify(content) === JSON.stringify(shown);
  return (
    <>
      {calls.length > 0 ? (
        <ul className="chair-display__list">
          {calls.map((call) => {
            const content: OnDisplay = { kind: "consensus", callId: call.id };
            return (
              <li key={call.id}>
                <span dir="auto" className="chair-display__text">
                  {call.text}
                </span>
                <CommandButton
                  command="display:show"
                  payload={{ content }}
                  disabled={isShown(content)}
                  ariaLabel={words.t("chairDisplay.showCallOf", { text: call.text.slice(0, 80) })}
                >
                  {words.t("chairDisplay.showCall")}
                </CommandButton>
              </li>
            );
          })}
        </ul>
      ) : null}
      {agreed.length > 0 ? (
        <>
          <h3>{words.t("chairDisplay.paragraphs")}</h3>
          <ul className="chair-display__list">
            {agreed.map((paragraph) => {
              const content: OnDisplay = { kind: "paragraph", paragraphId: paragraph.id };
              return (
                <li key={paragraph.id}>
                  <span dir="auto" className="chair-display__text">
                    {paragraph.text}
                  </span>
                  <CommandButton
                    command="display:show"
                    payload={{ content }}
                    disabled={isShown(content)}
                    ariaLabel={words.t("chairDisplay.showCallOf", { text: paragraph.text.slice(0, 80) })}
                  >
                    {words.t("chairDisplay.showParagraph")}
                  </CommandButton>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </>
  );
}
