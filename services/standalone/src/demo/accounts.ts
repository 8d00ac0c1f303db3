import type { CommandEnvelope, Services } from "@cobuild/api";
import type { GrantRequest } from "@cobuild/domain";

/**
 * One demo account per kind of user, all with the same published password. A demo is for trying the
 * product; a real deployment starts from SEED_DEMO=false and an administrator set in the environment.
 */
export const DEMO_PASSWORD = "cobuild-demo";

const account = (username: string, displayName: string) => ({
  username,
  displayName,
  password: DEMO_PASSWORD,
});

export const DEMO_ACCOUNTS = {
  streetAdmin: account("admin", "东风路街道 赵主任"),
  staff: account("staff", "光明社区 刘干事"),
  meetingMember: account("meeting", "联席会议 孙委员"),
  liaison: account("liaison", "光明小学 周联络员"),
  leader: account("leader", "义务联防队 队长"),
  member: account("member", "在职党员（光明小学）"),
  keeper: account("keeper", "爱心超市 吴管理员"),
} as const;

/** Accounts below the street admin, created by the street admin's rules but as the seed. */
export async function seedDemoAccounts(services: Services, envelope: CommandEnvelope): Promise<void> {
  const grants: [keyof typeof DEMO_ACCOUNTS, GrantRequest[]][] = [
    ["staff", [{ role: "community_staff", communityId: "guangming" }]],
    ["meetingMember", [{ role: "meeting_member", communityId: "guangming" }]],
    ["liaison", [{ role: "unit_liaison", unitId: "gm-u01" }]],
    ["leader", [{ role: "team_leader", teamId: "t-patrol" }]],
    // The first in-service member of 光明小学, who has reported in to the community.
    ["member", [{ role: "member", personId: "m-01-1" }]],
    ["keeper", [{ role: "supermarket_keeper", communityId: "guangming" }]],
  ];
  for (const [key, roles] of grants) {
    await services.accounts.createAccount({ ...DEMO_ACCOUNTS[key], grants: roles }, envelope);
  }
}
