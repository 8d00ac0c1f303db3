import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter, Route, Routes } from "react-router";
import { I18nProvider } from "./i18n/i18n.tsx";
import { HomePage } from "./pages/home.tsx";
import { LiveBoardPage } from "./pages/live-board.tsx";
import { LogContributionPage } from "./pages/log-contribution.tsx";
import { LoginPage } from "./pages/login.tsx";
import { SessionProvider } from "./session/session.tsx";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route path="/" element={<HomePage />} />
            <Route path="/login" element={<LoginPage />} />
            <Route path="/communities/:communityId/board" element={<LiveBoardPage />} />
            <Route path="/communities/:communityId/log" element={<LogContributionPage />} />
            <Route path="*" element={<HomePage />} />
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
);
