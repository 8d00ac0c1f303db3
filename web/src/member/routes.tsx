import { type FeatureRoute, lazyPage, paths } from "../routes.ts";
import "./member.css";

const MemberRecordPage = lazyPage(() => import("./member-record-page.tsx"), "MemberRecordPage");

/** The member pages: a person's own record. */
export const memberRoutes: FeatureRoute[] = [
  { path: paths.memberRecord(":personId"), element: <MemberRecordPage /> },
];
