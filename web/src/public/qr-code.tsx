import { create } from "qrcode";
import { useMemo } from "react";

/**
 * A QR code drawn as an SVG element by React: no data: URL and no inline markup, so it needs nothing
 * from the content security policy, and it prints sharp at any size.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, d } = useMemo(() => {
    const { modules } = create(text, { errorCorrectionLevel: "M" });
    const dark: string[] = [];
    for (let row = 0; row < modules.size; row++)
      for (let col = 0; col < modules.size; col++)
        if (modules.get(row, col)) dark.push(`M${col} ${row}h1v1h-1z`);
    return { size: modules.size, d: dark.join("") };
  }, [text]);
  const margin = 4;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`${-margin} ${-margin} ${size + 2 * margin} ${size + 2 * margin}`}
      shapeRendering="crispEdges"
    >
      <rect x={-margin} y={-margin} width={size + 2 * margin} height={size + 2 * margin} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
