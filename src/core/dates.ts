/** `YYYY-MM-DD` of a moment in the local time zone: "today" as the author sees it. */
export function localDate(moment: Date): string {
	const pad = (n: number): string => String(n).padStart(2, '0');
	return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
