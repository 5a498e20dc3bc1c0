import type { Ack } from "@trilogue/shared";
import { type FormEvent, type ReactNode, useState } from "react";
import { ActionStatus } from "../../components/ActionStatus";
import { SubmitButton } from "../../components/SubmitButton";
import { useRequest } from "../../hooks/use-request";
import { useSetupWords } from "./use-setup-words";

/**
 * A correction behind an "Edit" disclosure: the form's fields are the children; on save it
 * collects the fields changed, closes at once when nothing changed, otherwise sends them and
 * closes once the server accepts (a refusal stays open and says why).
 */
export function EditDisclosure<Changes extends object>({
  label,
  testId,
  changes,
  save,
  saveDisabled = false,
  children,
}: {
  /** What the disclosure edits, for screen readers ("Edit France"). */
  label: string;
  testId: string;
  /** The fields that differ from what the server holds; empty when nothing changed. */
  changes: () => Changes;
  save: (changes: Changes) => Promise<Ack<unknown>>;
  saveDisabled?: boolean;
  children: ReactNode;
}) {
  const { t: words } = useSetupWords();
  const [open, setOpen] = useState(false);
  const edit = useRequest(save);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const changed = changes();
    if (Object.keys(changed).length === 0) return setOpen(false);
    const result = await edit.run(changed);
    if (result.ok) setOpen(false);
  };

  return (
    <details className="disclosure" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary aria-label={label}>{words("operatorSetup.edit")}</summary>
      <form className="form" onSubmit={submit} data-testid={testId}>
        {children}
        <span className="button-row">
          <SubmitButton variant="primary" busy={edit.busy} disabled={saveDisabled}>
            {words("operatorSetup.save")}
          </SubmitButton>
        </span>
      </form>
      <ActionStatus action={edit.action} />
    </details>
  );
}
