import { STATUS_COLOURS } from '../core/theme';
import type { Status } from '../../kpi/summary';

/**
 * Fill and text colour of each status, shared by the tile grid, the dot plot and the verdict
 * badges. A diverging green → red scale (ColorBrewer PRGn/RdYlGn family) whose text colour keeps
 * at least 4.5:1 contrast on its fill; unrated is a light grey with a dashed outline, so it never
 * reads as a colour of the scale.
 */
export const STATUS_STYLE: Record<Status, { fill: string; text: string; stroke: string }> = {
	...STATUS_COLOURS
};
