import { type FeatureRoute, lazyPage, paths } from "../routes.ts";
import "./staff.css";

const AccountsPage = lazyPage(() => import("./accounts/accounts-page.tsx"), "AccountsPage");
const StreetAccountsPage = lazyPage(
  () => import("./accounts/street-accounts-page.tsx"),
  "StreetAccountsPage",
);
const AuditPage = lazyPage(() => import("./audit/audit-page.tsx"), "AuditPage");
const AgreementsPage = lazyPage(() => import("./agreements/agreements-page.tsx"), "AgreementsPage");
const SetupHubPage = lazyPage(() => import("./hub/setup-hub.tsx"), "SetupHubPage");
const MeetingsPage = lazyPage(() => import("./meetings/meetings-page.tsx"), "MeetingsPage");
const PledgesPage = lazyPage(() => import("./pledges/pledges-page.tsx"), "PledgesPage");
const UnitsPage = lazyPage(() => import("./units/units-page.tsx"), "UnitsPage");
const VerifyPage = lazyPage(() => import("./verify/verify-page.tsx"), "VerifyPage");

const community = ":communityId";

/** The staff pages: the setup hub, units, agreements, meetings, pledges, the verification queue, accounts and the audit trail. */
export const staffRoutes: FeatureRoute[] = [
  { path: paths.setup(community), element: <SetupHubPage /> },
  { path: paths.setupUnits(community), element: <UnitsPage /> },
  { path: paths.setupAgreements(community), element: <AgreementsPage /> },
  { path: paths.setupMeetings(community), element: <MeetingsPage /> },
  { path: paths.setupPledges(community), element: <PledgesPage /> },
  { path: paths.verify(community), element: <VerifyPage /> },
  { path: paths.setupAccounts(community), element: <AccountsPage /> },
  { path: paths.audit(community), element: <AuditPage /> },
  { path: paths.streetAccounts(":streetId"), element: <StreetAccountsPage /> },
];
