import type { FeatureRoute } from "../routes.ts";
import { paths } from "../routes.ts";
import { AgreementsPage } from "./agreements/agreements-page.tsx";
import { SetupHubPage } from "./hub/setup-hub.tsx";
import { MeetingsPage } from "./meetings/meetings-page.tsx";
import { UnitsPage } from "./units/units-page.tsx";
import { VerifyPage } from "./verify/verify-page.tsx";
import "./staff.css";

const community = ":communityId";

/** The staff pages: the setup hub, units, agreements, meetings and the verification queue. */
export const staffRoutes: FeatureRoute[] = [
  { path: paths.setup(community), element: <SetupHubPage /> },
  { path: paths.setupUnits(community), element: <UnitsPage /> },
  { path: paths.setupAgreements(community), element: <AgreementsPage /> },
  { path: paths.setupMeetings(community), element: <MeetingsPage /> },
  { path: paths.verify(community), element: <VerifyPage /> },
];
