import { type SummaryFormat, summaryFormats } from "@trilogue/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { letterStrings } from "./letter-strings";
import { summaryDownloadUrl } from "./summary-api";

/** The formats a cover letter can precede: the documents, not the data. */
const lettered: readonly SummaryFormat[] = ["md", "pdf", "docx"];

/** Props of {@link SummaryDownloads}. */
export type SummaryDownloadsProps = {
  consultationId: string;
  /** The ballots CSV exists on the record only. */
  onRecord: boolean;
  /** A draft's exports are marked as drafts. */
  final: boolean;
};

/** A download link per format; the server names each file and marks a draft as such. */
export function SummaryDownloads({ consultationId, onRecord, final }: SummaryDownloadsProps) {
  const { t } = useTranslation();
  const formats = summaryFormats.filter((format: SummaryFormat) => format !== "csv" || onRecord);
  const [letter, setLetter] = useState(false);
  const chooseLetter = t("coverLetter.choose", { defaultValue: letterStrings.en.coverLetter.choose });
  const href = (format: SummaryFormat) =>
    summaryDownloadUrl(consultationId, format, letter && lettered.includes(format) ? "letter" : undefined);
  return (
    <section className="summary__downloads" aria-labelledby="summary-downloads-heading">
      <h3 id="summary-downloads-heading">{final ? t("summary.downloads") : t("summary.downloadsDraft")}</h3>
      <label className="check">
        <input
          type="checkbox"
          data-testid="cover-letter"
          checked={letter}
          onChange={(e) => setLetter(e.target.checked)}
        />
        {chooseLetter}
      </label>
      <ul className="summary__links">
        {formats.map((format) => (
          <li key={format}>
            <a
              href={href(format)}
              download
              aria-label={t("summary.downloadLabel", { format: t(`summary.format.${format}`) })}
              data-format={format}
            >
              {t(`summary.format.${format}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
