/**
 * The /search/ page's official filter lists only the officials most often concerned; an address can
 * name any other (/search/?official=…, as each official's page links). This adds such an official to
 * the list, named as their page names them, so the filter shows who it is.
 */
export async function addOfficialOption(select: HTMLSelectElement, id: string): Promise<void> {
	if ([...select.options].some((option) => option.value === id)) return;
	const option = new Option(id, id);
	select.add(option);
	select.value = id;
	option.textContent = (await officialName(id)) ?? id;
}

/** An official's name: the heading of their page, read as text. */
async function officialName(id: string): Promise<string | undefined> {
	try {
		const response = await fetch(`/officials/${encodeURIComponent(id)}/`);
		if (!response.ok) return undefined;
		const page = new DOMParser().parseFromString(await response.text(), 'text/html');
		return page.querySelector('h1')?.textContent?.trim() || undefined;
	} catch {
		return undefined;
	}
}
