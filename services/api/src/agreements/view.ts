import {
  type AgreementState,
  agreementProgress,
  commitmentProgress,
  isSignedAgreement,
} from "@cobuild/domain";

/**
 * An agreement as the API shows it: each commitment with what was logged, what the community verified
 * and whether it is struck off (销号), and every contribution with its verification state. Progress
 * counts verified quantities only, because that is what fulfils a commitment.
 */
export function agreementView(state: Exclude<AgreementState, { status: "none" }>) {
  const signed = isSignedAgreement(state) ? state : undefined;
  const commitments = state.agreement.commitments.map((c) => {
    const logged = signed?.logged.get(c.commitmentId) ?? 0;
    const verified = signed?.verified.get(c.commitmentId) ?? 0;
    return {
      ...c,
      logged,
      verified,
      fulfilledOn: signed?.fulfilled.get(c.commitmentId) ?? null,
      progress: commitmentProgress(verified, c.targetQuantity),
    };
  });
  return {
    ...state.agreement,
    status: state.status,
    signature: signed?.signature ?? null,
    termination: state.status === "terminated" ? state.termination : null,
    expiredOn: state.status === "expired" ? state.expiredOn : null,
    commitments,
    contributions: signed
      ? [...signed.contributions].map(([contributionId, record]) => ({ contributionId, ...record }))
      : [],
    progress: agreementProgress(commitments.map((c) => ({ logged: c.verified, target: c.targetQuantity }))),
  };
}
