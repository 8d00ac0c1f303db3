import { StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter, Route, Routes } from "react-router";
import { I18nProvider, useI18n } from "./i18n/i18n.tsx";
import { liveRoutes } from "./live/routes.tsx";
import { memberRoutes } from "./member/routes.tsx";
import { ChangePasswordPage } from "./pages/change-password.tsx";
import { HomePage } from "./pages/home.tsx";
import { LoginPage } from "./pages/login.tsx";
import { publicRoutes } from "./public/routes.tsx";
import { SessionProvider } from "./session/session.tsx";
import { staffRoutes } from "./staff/routes.tsx";
import { supermarketRoutes } from "./supermarket/routes.tsx";
import { teamRoutes } from "./team/routes.tsx";
import { unitRoutes } from "./unit/routes.tsx";
import "./styles.css";

/** Shown for the moment a page's code is still on its way. */
function PageLoading() {
  const { t } = useI18n();
  return (
    <p className="status-line" role="status">
      {t("home.loading")}
    </p>
  );
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");

const featureRoutes = [
  ...liveRoutes,
  ...unitRoutes,
  ...memberRoutes,
  ...teamRoutes,
  ...staffRoutes,
  ...supermarketRoutes,
  ...publicRoutes,
];

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <SessionProvider>
        <BrowserRouter>
          <Suspense fallback={<PageLoading />}>
            <Routes>
              <Route path="/" element={<HomePage />} />
              <Route path="/login" element={<LoginPage />} />
              <Route path="/account/password" element={<ChangePasswordPage />} />
              {featureRoutes.map((r) => (
                <Route key={r.path} path={r.path} element={r.element} />
              ))}
              <Route path="*" element={<HomePage />} />
            </Routes>
          </Suspense>
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
);
