import { Id } from "@cobuild/domain";
import { z } from "zod";

/** Every supermarket route sits under its community: one supermarket per community. */
export const CommunityParams = z.object({ communityId: Id });

export const supermarketPath = (communityId: string) => `/api/communities/${communityId}/supermarket`;
