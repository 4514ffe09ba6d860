import type { Gold } from './gold.ts';
import { tally, type Tally } from './metrics.ts';
import type { ArticleOutput } from './output.ts';
import { foldText } from './text.ts';

/** How well an article's figures were read: each gold figure's value, cited in its sentence. */
export function scoreFigures(output: ArticleOutput, gold: Gold): Record<string, Tally> {
	const unused = new Set(output.figures);
	let found = 0;
	for (const wanted of gold.figures) {
		const quote = foldText(wanted.quote);
		const figure = [...unused].find(
			(f) =>
				Math.abs(f.value - wanted.value) <= Math.abs(wanted.value) * 1e-9 &&
				f.sources.some((s) => {
					const cited = foldText(s.quote);
					return cited.includes(quote) || quote.includes(cited) || quote.includes(foldText(f.text));
				}),
		);
		if (!figure) continue;
		unused.delete(figure);
		found++;
	}
	return {
		'figures: correct': tally(found, output.figures.length),
		'figures: found': tally(found, gold.figures.length),
	};
}
