import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter, Route, Routes } from "react-router";
import { I18nProvider } from "./i18n/i18n.tsx";
import { liveRoutes } from "./live/routes.tsx";
import { memberRoutes } from "./member/routes.tsx";
import { HomePage } from "./pages/home.tsx";
import { LoginPage } from "./pages/login.tsx";
import { SessionProvider } from "./session/session.tsx";
import { staffRoutes } from "./staff/routes.tsx";
import { supermarketRoutes } from "./supermarket/routes.tsx";
import { teamRoutes } from "./team/routes.tsx";
import { unitRoutes } from "./unit/routes.tsx";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");

const featureRoutes = [
  ...liveRoutes,
  ...unitRoutes,
  ...memberRoutes,
  ...teamRoutes,
  ...staffRoutes,
  ...supermarketRoutes,
];

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route path="/" element={<HomePage />} />
            <Route path="/login" element={<LoginPage />} />
            {featureRoutes.map((r) => (
              <Route key={r.path} path={r.path} element={r.element} />
            ))}
            <Route path="*" element={<HomePage />} />
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
);
