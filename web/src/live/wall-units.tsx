import type { BoardUnit, CommunityBoard } from "@cobuild/boards";
import { currentAgreement } from "../boards/agreements.ts";
import { UnitCard } from "./unit-agreements.tsx";

interface WallUnitsProps {
  community: CommunityBoard;
  units: readonly BoardUnit[];
  today: string;
  title: string;
}

/** One page of units for the wall screen's rotating panel. */
export function WallUnits({ community, units, today, title }: WallUnitsProps) {
  const agreements = Object.values(community.agreements);
  return (
    <section aria-label={title} className="live-wall-units">
      <h2>{title}</h2>
      <ul className="live-units">
        {units.map((unit) => (
          <UnitCard
            key={unit.unitId}
            unit={unit}
            agreement={currentAgreement(agreements, unit.unitId, today)}
            today={today}
          />
        ))}
      </ul>
    </section>
  );
}
