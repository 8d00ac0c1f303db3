import type { BoardClaim, BoardPost, TeamBoard } from "@cobuild/boards";
import { placesLeft } from "@cobuild/boards";
import { useI18n } from "../i18n/i18n.tsx";
import { ClaimPlace } from "./claim-place.tsx";
import { standingOf } from "./posts-order.ts";
import { RecordDutyForm } from "./record-duty.tsx";
import { ReleaseClaimForm } from "./release-claim.tsx";
import { mayActOnClaim, type TeamRights } from "./rights.ts";
import { describeSchedule } from "./schedule.ts";
import { Reveal, useScheduleWords } from "./ui.tsx";

/** One post: what, where and when, places left in large type, who holds the places, and what the user may do. */
export function PostCard(props: { post: BoardPost; rights: TeamRights; team?: TeamBoard }) {
  const { post, rights, team } = props;
  const { t, tOr, formatNumber } = useI18n();
  const words = useScheduleWords();
  const standing = standingOf(post);
  const left = placesLeft(post);
  const claims = Object.values(post.claims).sort((a, b) => a.claimedOn.localeCompare(b.claimedOn));
  const canClaim = team !== undefined || rights.personId !== undefined;
  const headingId = `post-${post.postId}`;
  return (
    <li
      className={`team-post team-post-${standing}`}
      aria-labelledby={headingId}
      data-testid={`post-${post.postId}`}
    >
      <div className="team-post-head">
        <div>
          <h3 id={`${headingId}-name`}>{post.name}</h3>
          <div className="team-post-tags">
            <span className="category">{tOr(`team.postCategory.${post.category}`, post.category)}</span>
            {standing === "full" ? <span className="chip team-chip-full">{t("team.post.full")}</span> : null}
            {standing === "closed" ? (
              <span className="chip team-chip-closed">
                {t("team.post.closed", { date: post.closedOn ?? "" })}
              </span>
            ) : null}
          </div>
        </div>
        <div className="team-places" id={`${post.postId}-left`}>
          <span className="team-places-left" aria-hidden="true">
            {formatNumber(left)}
            <span className="team-places-of">/{formatNumber(post.places)}</span>
          </span>
          <span className="team-places-label">
            {t("team.post.placesLeft", { left: formatNumber(left), places: formatNumber(post.places) })}
          </span>
        </div>
      </div>
      <dl className="team-post-facts">
        <dt>{t("team.post.schedule")}</dt>
        <dd>{describeSchedule(post.schedule, words)}</dd>
        <dt>{t("team.post.area")}</dt>
        <dd>{post.area}</dd>
      </dl>
      {post.description ? <p className="team-post-desc">{post.description}</p> : null}
      <h4 className="team-claimants-title">{t("team.post.claimants", { n: formatNumber(claims.length) })}</h4>
      {claims.length === 0 ? (
        <p className="muted">{t("team.post.noClaims")}</p>
      ) : (
        <ul className="team-claimants">
          {claims.map((c) => (
            <Claimant key={c.claimId} post={post} claim={c} mayAct={mayActOnClaim(rights, c)} />
          ))}
        </ul>
      )}
      {canClaim && standing !== "closed" ? (
        <ClaimPlace
          post={post}
          {...(team ? { team } : {})}
          {...(rights.personId ? { selfPersonId: rights.personId } : {})}
        />
      ) : null}
    </li>
  );
}

function Claimant({ post, claim, mayAct }: { post: BoardPost; claim: BoardClaim; mayAct: boolean }) {
  const { t, formatNumber } = useI18n();
  const who = t("team.post.claimOf", { name: claim.personName, post: post.name });
  return (
    <li className="team-claimant">
      <div className="team-claimant-line">
        <span className="team-claimant-name">{claim.personName}</span>
        <span className="muted">
          {claim.teamName ?? t("team.post.selfClaim")} · {t("team.claims.since", { date: claim.claimedOn })}
        </span>
        <span className="team-duty-hours">
          {t("team.post.dutyHours", { n: formatNumber(claim.dutyHours) })}
        </span>
      </div>
      {mayAct ? (
        <div className="team-claimant-actions">
          <Reveal label={t("team.duty.open")} name={t("team.duty.title", { who })}>
            {(close) => (
              <RecordDutyForm
                postId={post.postId}
                claimId={claim.claimId}
                label={t("team.duty.title", { who })}
                onCancel={close}
              />
            )}
          </Reveal>
          <Reveal label={t("team.release.short")} name={t("team.release.title", { who })}>
            {(close) => (
              <ReleaseClaimForm
                postId={post.postId}
                claimId={claim.claimId}
                label={t("team.release.title", { who })}
                onCancel={close}
              />
            )}
          </Reveal>
        </div>
      ) : null}
    </li>
  );
}
