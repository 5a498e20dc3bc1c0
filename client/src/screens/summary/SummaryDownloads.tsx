import { type SummaryFormat, summaryFormats } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { summaryDownloadUrl } from "./summary-api";

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
  return (
    <section className="summary__downloads" aria-labelledby="summary-downloads-heading">
      <h3 id="summary-downloads-heading">{final ? t("summary.downloads") : t("summary.downloadsDraft")}</h3>
      <ul className="summary__links">
        {formats.map((format) => (
          <li key={format}>
            <a
              href={summaryDownloadUrl(consultationId, format)}
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
