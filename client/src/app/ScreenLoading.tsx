import { useTranslation } from "react-i18next";

/** While a screen's chunk is on its way: what index.html showed, in the person's language. */
export function ScreenLoading() {
  const { t } = useTranslation();
  return (
    <div className="boot" role="status">
      <p className="boot__name">{t("app.name")}</p>
      <p className="boot__loading">{t("app.loading")}</p>
    </div>
  );
}
