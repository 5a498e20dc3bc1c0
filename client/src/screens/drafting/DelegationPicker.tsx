import { useId } from "react";
import { useDelegationList } from "../../hooks/use-decisions";

/** Props of {@link DelegationPicker}. */
export type DelegationPickerProps = {
  label: string;
  /** The delegations chosen. */
  value: string[];
  onChange: (ids: string[]) => void;
  /** A delegation that cannot be chosen (the sponsor itself). */
  exclude: string | null;
};

/** Chooses several delegations (co-sponsors, co-signatories) from a list in alphabetical order. */
export function DelegationPicker({ label, value, onChange, exclude }: DelegationPickerProps) {
  const id = useId();
  const delegations = useDelegationList().filter((d) => d.id !== exclude);
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        multiple
        size={Math.min(6, Math.max(2, delegations.length))}
        value={value}
        onChange={(event) => onChange(Array.from(event.target.selectedOptions, (option) => option.value))}
      >
        {delegations.map((delegation) => (
          <option key={delegation.id} value={delegation.id}>
            {delegation.name}
          </option>
        ))}
      </select>
    </>
  );
}
