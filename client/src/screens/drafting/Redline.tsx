import type { RedlineSegment } from "@trilogue/shared";
import { useTranslation } from "react-i18next";

/** Props of {@link Redline}. */
export type RedlineProps = {
  segments: readonly RedlineSegment[];
  /** Read first by screen readers, e.g. which versions are compared. */
  label?: string;
};

/** A redline: deleted words struck through, inserted ones underlined, each also named in words. */
export function Redline({ segments, label }: RedlineProps) {
  const { t } = useTranslation();
  return (
    <figure className="redline" data-testid="redline">
      {label ? <figcaption className="visually-hidden">{label}</figcaption> : null}
      <p className="redline__text" dir="auto">
        {segments.map((segment, index) =>
          segment.op === "insert" ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their order.
            <ins key={index} className="redline__insert">
              <span className="visually-hidden">[{t("drafting.inserted")}] </span>
              {segment.text}
            </ins>
          ) : segment.op === "delete" ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their order.
            <del key={index} className="redline__delete">
              <span className="visually-hidden">[{t("drafting.deleted")}] </span>
              {segment.text}
            </del>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their order.
            <span key={index}>{segment.text}</span>
          ),
        )}
      </p>
    </figure>
  );
}

/** A paragraph's text with its bracketed (not yet agreed) passages marked. */
export function BracketedText({ text }: { /** The paragraph's text. */ text: string }) {
  const runs = text.split(/(\[[^[\]]*\])/);
  return (
    <>
      {runs.map((run, index) =>
        run.startsWith("[") && run.endsWith("]") ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs have no identity beyond their order.
          <mark key={index} className="bracketed">
            {run}
          </mark>
        ) : (
          run
        ),
      )}
    </>
  );
}
