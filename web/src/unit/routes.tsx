import { type FeatureRoute, paths } from "../routes.ts";
import { ChooseUnitPage } from "./choose-unit-page.tsx";
import { UnitLedgerPage } from "./ledger-page.tsx";
import { LogContributionPage } from "./log-contribution-page.tsx";
import { RecordDonationPage } from "./record-donation-page.tsx";
import "./unit.css";

/** A unit's pages: its ledger, logging a contribution, recording a donation. */
export const unitRoutes: FeatureRoute[] = [
  { path: paths.unitLedger(":unitId"), element: <UnitLedgerPage /> },
  { path: paths.logContribution(":unitId"), element: <LogContributionPage /> },
  { path: paths.recordDonation(":unitId"), element: <RecordDonationPage /> },
  // The contribution form's old address, kept for links and bookmarks made before units had pages.
  { path: "/communities/:communityId/log", element: <ChooseUnitPage /> },
];
