import { type FeatureRoute, paths } from "../routes.ts";
import { MemberRecordPage } from "./member-record-page.tsx";
import "./member.css";

/** The member pages: a person's own record. */
export const memberRoutes: FeatureRoute[] = [
  { path: paths.memberRecord(":personId"), element: <MemberRecordPage /> },
];
