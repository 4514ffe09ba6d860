import type { Figure } from '../schemas/figure.ts';

type Agreement = Figure['agreement'];

/** One measure and every report of it. */
export interface FigureGroup<F extends Figure = Figure> {
	id: string;
	measure: string;
	agreement: Agreement;
	figures: F[];
}

const agreementOrder: Agreement[] = ['conflicting', 'consistent', 'single'];

/** The badge for a group: whether its reports agree. */
export const agreementLabels: Record<Agreement, string> = {
	conflicting: 'Sources conflict',
	consistent: 'Consistent (rounding)',
	single: 'One source',
};

/**
 * Gather reports into their groups: conflicting groups first, then consistent, then single
 * reports, each by measure. Within a group, reports keep their order.
 */
export function groupFigures<F extends Figure>(figures: readonly F[]): FigureGroup<F>[] {
	const groups = new Map<string, FigureGroup<F>>();
	for (const figure of figures) {
		const group = groups.get(figure.group);
		if (group) group.figures.push(figure);
		else
			groups.set(figure.group, {
				id: figure.group,
				measure: figure.measure,
				agreement: figure.agreement,
				figures: [figure],
			});
	}
	const rank = (group: FigureGroup<F>) => agreementOrder.indexOf(group.agreement);
	return [...groups.values()].sort((a, b) => rank(a) - rank(b) || a.measure.localeCompare(b.measure, 'en'));
}

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

/** A figure's value in its unit, in words: "240.1 billion USD", "26.3 percent", "1,200 people". */
export function formatQuantity(value: number, unit: string): string {
	const scaled =
		Math.abs(value) >= 1e9
			? `${numberFormat.format(value / 1e9)} billion`
			: Math.abs(value) >= 1e6
				? `${numberFormat.format(value / 1e6)} million`
				: numberFormat.format(value);
	return `${scaled} ${unit}`;
}
