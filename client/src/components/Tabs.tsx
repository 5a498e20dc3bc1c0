import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from "react";

/** One tab: its label and what it shows. */
export type Tab = { key: string; label: ReactNode; content: ReactNode };

/** Props of {@link Tabs}. */
export type TabsProps = {
  /** Names the tab list for screen readers. */
  label: string;
  tabs: readonly Tab[];
};

/** WAI-ARIA tabs: arrow keys move between tabs (mirrored in right-to-left), Home and End jump. */
export function Tabs({ label, tabs }: TabsProps) {
  const id = useId();
  const [active, setActive] = useState(tabs[0]?.key ?? "");
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const index = Math.max(
    0,
    tabs.findIndex((tab) => tab.key === active),
  );
  const move = (to: number) => {
    const tab = tabs[(to + tabs.length) % tabs.length];
    if (!tab) return;
    setActive(tab.key);
    refs.current[tab.key]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const rtl = getComputedStyle(event.currentTarget).direction === "rtl";
    const forward = rtl ? "ArrowLeft" : "ArrowRight";
    const back = rtl ? "ArrowRight" : "ArrowLeft";
    const to =
      event.key === forward
        ? index + 1
        : event.key === back
          ? index - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? tabs.length - 1
              : null;
    if (to === null) return;
    event.preventDefault();
    move(to);
  };
  const current = tabs[index];
  return (
    <div className="tabs">
      <div className="tabs__list" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.key}
            ref={(node) => {
              refs.current[tab.key] = node;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${tab.key}`}
            aria-controls={`${id}-panel`}
            aria-selected={tab.key === current?.key}
            tabIndex={tab.key === current?.key ? 0 : -1}
            className="tabs__tab"
            onClick={() => setActive(tab.key)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div
        className="tabs__panel"
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${current?.key ?? ""}`}
      >
        {current?.content}
      </div>
    </div>
  );
}
