import i18next from "i18next";
import { useEffect } from "react";
import { useAnnouncerStore } from "../stores/announcer-store";
import { useConsultationStore } from "../stores/consultation-store";
import { announcementsBetween } from "./announcements";

/**
 * The room's one polite live region. It listens to the state itself, not to what is on screen, so
 * a poll opening is heard even while its tab is closed. Additions are read; removals are not.
 */
export function LiveAnnouncer() {
  const messages = useAnnouncerStore((s) => s.messages);
  useEffect(() => {
    const say = useAnnouncerStore.getState().say;
    return useConsultationStore.subscribe((store, previous) => {
      for (const text of announcementsBetween(previous.state, store.state, i18next.t)) say(text);
    });
  }, []);
  return (
    <div className="visually-hidden" role="log" aria-live="polite" aria-relevant="additions" data-testid="announcer">
      {messages.map((message) => (
        <p key={message.id}>{message.text}</p>
      ))}
    </div>
  );
}
