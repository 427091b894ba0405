// Event type colours: the Okabe-Ito palette, distinguishable with the common colour-vision
// deficiencies, in taxonomy order.

import { EVENT_TYPES } from '../../core/taxonomy.ts';

const PALETTE = ['#D55E00', '#CC79A7', '#E69F00', '#56B4E9', '#0072B2', '#009E73'];
const OTHER = '#777777';

const BY_TYPE = new Map<string, string>(EVENT_TYPES.map((t, i) => [t, PALETTE[i % PALETTE.length]]));

export const typeColor = (type: string | undefined): string => (type && BY_TYPE.get(type)) || OTHER;

/** Marker radius in px: area grows with fatalities, so 100 dead is not 100x one death. */
export const radiusFor = (fatalities: number): number => Math.min(22, 3.5 + Math.sqrt(Math.max(0, fatalities)) * 1.6);
