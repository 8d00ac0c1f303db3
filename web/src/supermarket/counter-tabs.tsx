import { type KeyboardEvent, useRef } from "react";
import { useI18n } from "../i18n/i18n.tsx";

/** The counter's jobs, in the order a keeper meets them. */
export const counterTabs = ["intake", "pending", "handout", "adjust", "receipts"] as const;
export type CounterTab = (typeof counterTabs)[number];

export const tabId = (tab: CounterTab) => `supermarket-tab-${tab}`;
export const panelId = (tab: CounterTab) => `supermarket-panel-${tab}`;

/** A tab list as screen readers expect it: one tab stop, arrow keys move between tabs. */
export function CounterTabs({
  current,
  onSelect,
  counts = {},
}: {
  current: CounterTab;
  onSelect(tab: CounterTab): void;
  /** How many things wait under a tab (announced donations), shown in its label when any. */
  counts?: Partial<Record<CounterTab, number>>;
}) {
  const { t } = useI18n();
  const refs = useRef<Partial<Record<CounterTab, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const index = counterTabs.indexOf(current);
    const next = counterTabs[(index + step + counterTabs.length) % counterTabs.length] ?? current;
    onSelect(next);
    refs.current[next]?.focus();
  };
  return (
    <div
      className="supermarket-tabs"
      role="tablist"
      aria-label={t("supermarket.counter.tabs")}
      onKeyDown={onKeyDown}
    >
      {counterTabs.map((tab) => (
        <button
          key={tab}
          ref={(el) => {
            refs.current[tab] = el;
          }}
          type="button"
          role="tab"
          id={tabId(tab)}
          aria-selected={tab === current}
          aria-controls={panelId(tab)}
          tabIndex={tab === current ? 0 : -1}
          className="supermarket-tab"
          onClick={() => onSelect(tab)}
        >
          {counts[tab]
            ? t("supermarket.counter.tabCount", {
                label: t(`supermarket.counter.tab.${tab}`),
                n: counts[tab],
              })
            : t(`supermarket.counter.tab.${tab}`)}
        </button>
      ))}
    </div>
  );
}
