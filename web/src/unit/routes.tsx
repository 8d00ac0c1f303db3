import { type FeatureRoute, lazyPage, paths } from "../routes.ts";
import "./unit.css";

const ChooseUnitPage = lazyPage(() => import("./choose-unit-page.tsx"), "ChooseUnitPage");
const UnitLedgerPage = lazyPage(() => import("./ledger-page.tsx"), "UnitLedgerPage");
const LogContributionPage = lazyPage(() => import("./log-contribution-page.tsx"), "LogContributionPage");
const RecordDonationPage = lazyPage(() => import("./record-donation-page.tsx"), "RecordDonationPage");

/** A unit's pages: its ledger, logging a contribution, recording a donation. */
export const unitRoutes: FeatureRoute[] = [
  { path: paths.unitLedger(":unitId"), element: <UnitLedgerPage /> },
  { path: paths.logContribution(":unitId"), element: <LogContributionPage /> },
  { path: paths.recordDonation(":unitId"), element: <RecordDonationPage /> },
  // The contribution form's old address, kept for links and bookmarks made before units had pages.
  { path: "/communities/:communityId/log", element: <ChooseUnitPage /> },
];
