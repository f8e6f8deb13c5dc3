import type { Status } from '../../kpi/summary';

/**
 * Fill and text colour of each status, shared by the tile grid, the dot plot and the verdict
 * badges. A diverging green → red scale (ColorBrewer PRGn/RdYlGn family) whose text colour keeps
 * at least 4.5:1 contrast on its fill; unrated is a light grey with a dashed outline, so it never
 * reads as a colour of the scale.
 */
export const STATUS_STYLE: Record<Status, { fill: string; text: string; stroke: string }> = {
	met: { fill: '#1b7837', text: '#ffffff', stroke: '#0f4d22' },
	significant: { fill: '#a6dba0', text: '#1a1f2b', stroke: '#1b7837' },
	moderate: { fill: '#fee08b', text: '#1a1f2b', stroke: '#b8860b' },
	insufficient: { fill: '#f4a261', text: '#1a1f2b', stroke: '#b35806' },
	away: { fill: '#b2182b', text: '#ffffff', stroke: '#67000d' },
	unrated: { fill: '#eef0f4', text: '#1a1f2b', stroke: '#5a6172' }
};
