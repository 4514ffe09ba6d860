let registered = false;

/** True when a key pressed in `target` is typing: in a field, a list box or editable text. */
function isTyping(target: EventTarget | null): boolean {
	if (!(target instanceof HTMLElement)) return false;
	return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Make "/" focus the page's main search box (the one marked `data-search-primary`, else the header's),
 * unless the reader is typing in a field. Safe to call more than once.
 */
export function registerSlashShortcut(): void {
	if (registered) return;
	registered = true;
	document.addEventListener('keydown', (event) => {
		if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
		const box =
			document.querySelector<HTMLInputElement>('input[data-search-primary]') ??
			document.querySelector<HTMLInputElement>('input[data-search-box]');
		if (!box) return;
		event.preventDefault();
		box.focus();
		box.select();
	});
}
