import type { RiskLevel } from '@safegrid/contracts';

/**
 * The four safety colours of risk grading (GB 2893 安全色 as used by 四色图): red 重大, orange
 * 较大, yellow 一般, blue 低. `text` is the colour that reads on each (yellow needs dark text);
 * `ink` is the level's colour for text on white (a count), 3:1 or more for large text.
 */
export const RISK_COLOURS: Readonly<Record<RiskLevel, { readonly fill: string; readonly text: string; readonly ink: string }>> = {
  red: { fill: '#e60012', text: '#ffffff', ink: '#e60012' },
  orange: { fill: '#f08300', text: '#ffffff', ink: '#b55f00' },
  yellow: { fill: '#ffd900', text: '#3d3300', ink: '#3d3300' },
  blue: { fill: '#0068b7', text: '#ffffff', ink: '#0068b7' },
};

/** Units not graded yet. */
export const UNGRADED_COLOUR = { fill: '#8c8c8c', text: '#ffffff' } as const;

export function riskColourOf(level: RiskLevel | null | undefined) {
  return level ? RISK_COLOURS[level] : UNGRADED_COLOUR;
}
