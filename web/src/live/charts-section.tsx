import type { CommunityBoard, SupermarketBoard } from "@cobuild/boards";
import { useI18n } from "../i18n/i18n.tsx";
import { ContributionsChart } from "./charts/contributions-chart.tsx";
import { HoursChart } from "./charts/hours-chart.tsx";
import { ProgressChart } from "./charts/progress-chart.tsx";
import { StockChart } from "./charts/stock-chart.tsx";

interface ChartsProps {
  community: CommunityBoard;
  supermarket?: SupermarketBoard;
  today: string;
}

/** The board's four charts, each with a summary sentence and its numbers as a table. */
export function ChartsSection({ community, supermarket, today }: ChartsProps) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="live-charts-heading" className="live-section">
      <h2 id="live-charts-heading">{t("live.charts")}</h2>
      <div className="live-charts">
        <div className="live-card">
          <ProgressChart community={community} today={today} />
        </div>
        <div className="live-card">
          <ContributionsChart community={community} />
        </div>
        <div className="live-card">
          <HoursChart community={community} today={today} />
        </div>
        {supermarket ? (
          <div className="live-card">
            <StockChart supermarket={supermarket} />
          </div>
        ) : null}
      </div>
    </section>
  );
}
