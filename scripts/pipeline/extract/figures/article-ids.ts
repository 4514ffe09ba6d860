/** Short, unique article slugs for figure ids: the date and the headline's first words. */
export function shortArticleIds(articles: readonly string[]): Map<string, string> {
	const result = new Map<string, string>();
	const unique = [...new Set(articles)];
	// How many ids start with each prefix of n words, counted once per n: a prefix shared with
	// another id has a count above one (an id with fewer words never equals an n-word prefix).
	const counts = new Map<number, Map<string, number>>();
	const prefix = (n: number, id: string) => id.split('-').slice(0, n).join('-');
	const sharing = (n: number, id: string) => {
		let count = counts.get(n);
		if (count === undefined) {
			count = new Map();
			for (const other of unique) count.set(prefix(n, other), (count.get(prefix(n, other)) ?? 0) + 1);
			counts.set(n, count);
		}
		return count.get(prefix(n, id))! > 1;
	};
	for (const article of unique) {
		const parts = article.split('-');
		let length = Math.min(parts.length, 6);
		while (length < parts.length && sharing(length, article)) length++;
		result.set(article, prefix(length, article));
	}
	return result;
}
