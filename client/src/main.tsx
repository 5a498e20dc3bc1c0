import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App, preloadScreen } from "./app/App";
import { useRouter } from "./app/router";
import { registerServiceWorker } from "./app/service-worker";
import { reloadOnStaleBuild } from "./app/stale-build";
import { initI18n } from "./i18n/i18n";
import { connection } from "./realtime/connection";
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

// Before any screen's chunk is asked for: a cached page of an earlier build reloads with the new one.
reloadOnStaleBuild();

// The room's screens (behind RoomGate) start the live link now, while their code and the strings
// load, rather than once the screen has rendered: on a slow link the handshake and the catch-up
// are most of a warm visit. It takes over the socket the page's inline script opened earlier still
// (`boot/early-socket.ts`). Not `/display#<token>`: that page signs in with its link first. The
// connection is in the first chunk: the join screen a delegate comes through needs it anyway.
// The room's chunk is fetched now too, beside the strings and the first render.
const { path, hash } = useRouter.getState();
if (path === "/room" || path === "/convergence" || (path === "/display" && !hash)) connection.start();
preloadScreen(path);

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
