import type { TeamBoard } from "@cobuild/boards";
import { Link } from "react-router";
import { useI18n } from "../i18n/i18n.tsx";
import { paths } from "../routes.ts";
import { ReleaseClaimForm } from "./release-claim.tsx";
import { Reveal } from "./ui.tsx";

/** The places the team holds on posts, each releasable by whoever manages the team. */
export function TeamClaims({ team, manage }: { team: TeamBoard; manage: boolean }) {
  const { t } = useI18n();
  const claims = Object.values(team.claims).sort(
    (a, b) =>
      a.postName.localeCompare(b.postName, "zh-CN") || a.personName.localeCompare(b.personName, "zh-CN"),
  );
  return (
    <>
      {claims.length === 0 ? (
        <p className="muted">{t("team.claims.empty")}</p>
      ) : (
        <ul className="team-claims">
          {claims.map((c) => (
            <li key={c.claimId} className="team-claim">
              <div>
                <strong>{c.postName}</strong> · {c.personName}
                <div className="feed-meta">{t("team.claims.since", { date: c.claimedOn })}</div>
              </div>
              {manage ? (
                <Reveal
                  label={t("team.release.short")}
                  name={t("team.release.open", { post: c.postName, name: c.personName })}
                >
                  {(close) => (
                    <ReleaseClaimForm
                      postId={c.postId}
                      claimId={c.claimId}
                      label={t("team.release.open", { post: c.postName, name: c.personName })}
                      onCancel={close}
                    />
                  )}
                </Reveal>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={paths.posts(team.communityId)}>{t("team.claims.toPosts")}</Link>
      </p>
    </>
  );
}
