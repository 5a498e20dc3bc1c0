import type { Briefing, ExpectationsRegister, RegisterAcceptance, RegisterExpectation } from "@trilogue/shared";
import { useEffect, useState } from "react";
import { briefingUrl, fetchBriefings, fetchRegister, registerUrl } from "./missions-api";
import "./missions.css";
import { useMissionWords } from "./use-mission-words";

const recordKey = {
  accepts: "missions.kindAccepts",
  accepts_with_reservation: "missions.kindReservation",
  does_not_accept: "missions.kindNotAccepts",
} as const satisfies Record<RegisterAcceptance["kind"], string>;

/**
 * Across the mandate cycle, in the delegate's screen: the briefings circulated to the delegation,
 * and the register of the mission's standing expectations with their history and T/PCC records.
 * Shows nothing for a consultation outside any mission with no briefing.
 */
export function MissionPanel() {
  const { t } = useMissionWords();
  const [register, setRegister] = useState<ExpectationsRegister | null>(null);
  const [briefings, setBriefings] = useState<Briefing[] | null>(null);
  useEffect(() => {
    let live = true;
    void fetchRegister().then((ack) => {
      if (live && ack.ok) setRegister(ack.data);
    });
    void fetchBriefings().then((ack) => {
      if (live && ack.ok) setBriefings(ack.data.briefings);
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <>
      {briefings && (briefings.length > 0 || register) ? <BriefingList briefings={briefings} /> : null}
      {register ? (
        <section className="panel mission-register" aria-labelledby="mission-register-heading">
          <h2 id="mission-register-heading" className="panel__title">
            {t("missions.register", { mission: register.mission.name })}
          </h2>
          {register.expectations.length === 0 ? <p>{t("missions.none")}</p> : null}
          {register.expectations.map((expectation, index) => (
            <StandingExpectation key={expectation.lineageId} expectation={expectation} number={index + 1} />
          ))}
          <ul className="mission-register__links">
            <li>
              <a href={registerUrl("pdf")} download>
                {t("missions.downloadPdf")}
              </a>
            </li>
            <li>
              <a href={registerUrl("docx")} download>
                {t("missions.downloadDocx")}
              </a>
            </li>
            <li>
              <a href={registerUrl("md")} download>
                {t("missions.downloadMarkdown")}
              </a>
            </li>
            <li>
              <a href={registerUrl("json")} download>
                {t("missions.downloadJson")}
              </a>
            </li>
          </ul>
        </section>
      ) : null}
    </>
  );
}

function BriefingList({ briefings }: { briefings: Briefing[] }) {
  const { t } = useMissionWords();
  return (
    <section className="panel" aria-labelledby="mission-briefings-heading">
      <h2 id="mission-briefings-heading" className="panel__title">
        {t("missions.briefings")}
      </h2>
      {briefings.length === 0 ? (
        <p>{t("missions.noBriefings")}</p>
      ) : (
        <>
          <ul className="mission-register__links">
            {briefings.map((briefing) => (
              <li key={briefing.id}>
                <a href={briefingUrl(briefing.id)} target="_blank" rel="noopener">
                  {t("missions.open", { title: briefing.title, size: Math.max(1, Math.round(briefing.size / 1024)) })}
                </a>
              </li>
            ))}
          </ul>
          <p className="mission-register__note">{t("missions.restrictedNote")}</p>
        </>
      )}
    </section>
  );
}

function StandingExpectation({ expectation, number }: { expectation: RegisterExpectation; number: number }) {
  const { t } = useMissionWords();
  return (
    <article className="mission-register__expectation" aria-labelledby={`standing-${expectation.lineageId}`}>
      <h3 id={`standing-${expectation.lineageId}`}>
        {number}. {expectation.fields.scenario}{" "}
        <span className="mission-register__standing">({t(`missions.standing_${expectation.standing}`)})</span>
      </h3>
      <p className="mission-register__text">{expectation.text}</p>
      <h4>{t("missions.history")}</h4>
      <ol className="mission-register__history">
        {expectation.history.map((entry) => (
          <li key={`${entry.kind}-${entry.consultationId}-${entry.date}`}>
            {t("missions.entry", {
              kind: t(`missions.kind_${entry.kind}`),
              consultation: entry.consultationTitle,
              date: entry.date,
            })}
            {entry.note ? `: ${entry.note}` : null}
            {entry.redline ? (
              <p className="mission-register__redline">
                <span className="visually-hidden">{t("missions.redline")}: </span>
                {entry.redline.map((segment, index) => {
                  const key = `${index}-${segment.op}`;
                  if (segment.op === "equal") return <span key={key}>{segment.text}</span>;
                  return segment.op === "delete" ? (
                    <del key={key}>{segment.text}</del>
                  ) : (
                    <ins key={key}>{segment.text}</ins>
                  );
                })}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {expectation.implementationNotes.length > 0 ? (
        <>
          <h4>{t("missions.notes")}</h4>
          <ul>
            {expectation.implementationNotes.map((note) => (
              <li key={`${note.writtenAt}-${note.authorName}`}>
                {t("missions.note", { date: note.writtenAt.slice(0, 10), author: note.authorName, text: note.text })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h4>{t("missions.records")}</h4>
      {expectation.acceptances.length === 0 ? (
        <p>{t("missions.noRecords")}</p>
      ) : (
        <table className="mission-register__records">
          <thead>
            <tr>
              <th scope="col">{t("missions.tpcc")}</th>
              <th scope="col">{t("missions.record")}</th>
              <th scope="col">{t("missions.caveat")}</th>
              <th scope="col">{t("missions.confirmed")}</th>
            </tr>
          </thead>
          <tbody>
            {expectation.acceptances.map((record, index) => (
              <tr
                key={record.delegationName ?? `unnamed-${index}`}
                className={record.stale ? "mission-register__stale" : undefined}
              >
                <th scope="row">{record.delegationName ?? t("missions.unnamedTpcc")}</th>
                <td>{t(recordKey[record.kind])}</td>
                <td>{record.caveat ?? ""}</td>
                <td>
                  {record.confirmedAt.slice(0, 10)} ({record.consultationTitle}){" "}
                  <strong>{record.stale ? t("missions.stale") : t("missions.current")}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
