import type { RiskLevel } from '@safegrid/contracts';

/**
 * The four safety colours of risk grading (GB 2893 安全色 as used by 四色图): red 重大, orange
 * 较大, yellow 一般, blue 低. `text` is the colour that reads on each (yellow needs dark text).
 */
export const RISK_COLOURS: Readonly<Record<RiskLevel, { readonly fill: string; readonly text: string }>> = {
  red: { fill: '#e60012', text: '#ffffff' },
  orange: { fill: '#f08300', text: '#ffffff' },
  yellow: { fill: '#ffd900', text: '#3d3300' },
  blue: { fill: '#0068b7', text: '#ffffff' },
};

/** Units not graded yet. */
export const UNGRADED_COLOUR = { fill: '#8c8c8c', text: '#ffffff' } as const;

export function riskColourOf(level: RiskLevel | null | undefined) {
  return level ? RISK_COLOURS[level] : UNGRADED_COLOUR;
}
