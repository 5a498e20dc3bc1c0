import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { initI18n } from "./i18n/i18n";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/components.css";
import "./styles/lists.css";
import "./styles/decisions.css";
import "./styles/drafting.css";
import "./styles/display.css";
import "./styles/languages.css";
import "./styles/print.css";

initI18n();

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
