import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { registerServiceWorker } from "./app/service-worker";
import { initI18n } from "./i18n/i18n";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/components.css";
import "./styles/lists.css";
import "./styles/decisions.css";
import "./styles/drafting.css";
import "./styles/display.css";
import "./styles/languages.css";
import "./styles/phone.css";
import "./styles/print.css";

// index.html shows the name and a loading text until the first render replaces them.
void initI18n().then(() => {
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
registerServiceWorker();
