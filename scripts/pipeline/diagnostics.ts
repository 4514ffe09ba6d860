/** One problem found with one input file. */
export interface Diagnostic {
	/** The file the problem is in, as a path relative to the project. */
	file: string;
	/** "error" stops the build; "warning" is reported and the build goes on. */
	severity: 'error' | 'warning';
	/** What is wrong, in a sentence a person can act on. */
	message: string;
}

export const error = (file: string, message: string): Diagnostic => ({ file, severity: 'error', message });
export const warning = (file: string, message: string): Diagnostic => ({
	file,
	severity: 'warning',
	message,
});

export const hasErrors = (diagnostics: readonly Diagnostic[]): boolean =>
	diagnostics.some((d) => d.severity === 'error');

/** Formats diagnostics one per line, errors first, each as "file: severity: message". */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
	const rank = { error: 0, warning: 1 } as const;
	return [...diagnostics]
		.sort((a, b) => rank[a.severity] - rank[b.severity] || a.file.localeCompare(b.file))
		.map((d) => `${d.file}: ${d.severity}: ${d.message}`)
		.join('\n');
}
