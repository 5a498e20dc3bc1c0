import { useTranslation } from "react-i18next";
import { LanguagePicker } from "./LanguagePicker";
import { Link } from "./Link";

/** The banner of pages outside the room (start, join, sign-in): the name and the language picker. */
export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <Link to="/" className="site-header__brand">
        {t("app.name")}
      </Link>
      <LanguagePicker />
    </header>
  );
}
