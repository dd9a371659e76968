import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerEchartsModules, type EChartsCoreOption, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

registerEchartsModules([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

// Automated browsers (tests, screenshots) get the final picture at once instead of an animation.
const ANIMATE = typeof navigator === 'undefined' || !navigator.webdriver;

/**
 * One ECharts chart, sized by its container; `summary` is read to screen-reader users instead of
 * the canvas. Clicking a data item calls `onItemClick` with its category.
 */
export function EChart({ option, summary, onItemClick, className = 'chart' }: {
  readonly option: EChartsCoreOption;
  readonly summary: string;
  readonly onItemClick?: (category: string) => void;
  readonly className?: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);

  useEffect(() => {
    if (!container.current) return undefined;
    const instance = init(container.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ animation: ANIMATE, ...option }, { notMerge: true });
  }, [option]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onItemClick) return undefined;
    const handler = (params: { name?: string }) => {
      if (params.name) onItemClick(params.name);
    };
    instance.on('click', handler);
    return () => {
      instance.off('click', handler);
    };
  }, [onItemClick]);

  return <div ref={container} className={className} role="img" aria-label={summary} />;
}
