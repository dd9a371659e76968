import type { IncidentResponse } from '@safegrid/contracts';
import { Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../shared/i18n/i18n';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';

/** h:mm:ss of a duration, whatever its sign. */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/**
 * The countdown to the next reporting limit. It runs from the server's `now` (so a test clock or a
 * wrong client clock does not skew it) and ticks each second in the browser.
 */
export function IncidentCountdown({ incident }: { readonly incident: IncidentResponse }) {
  const t = useT();
  const [loadedAt] = useState(() => Date.now());
  const [tick, setTick] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setTick(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const next = incident.next;
  if (!next?.dueAt) return <span>—</span>;
  const serverNow = Date.parse(incident.now) + (tick - loadedAt);
  const left = Date.parse(next.dueAt) - serverNow;
  const label = t(`incident.step.${next.step}` as UiMessageKey);
  return (
    <span data-testid="incident-countdown">
      {label}{' '}
      <Tag color={left < 0 ? 'error' : left <= 30 * 60_000 ? 'warning' : 'processing'}>
        {left < 0 ? t('incident.countdownOver', { time: formatDuration(left) }) : t('incident.countdownLeft', { time: formatDuration(left) })}
      </Tag>
    </span>
  );
}

export const GRADE_COLOUR: Readonly<Record<IncidentResponse['grade'], string>> = { general: 'blue', larger: 'gold', major: 'orange', especially_major: 'red' };
