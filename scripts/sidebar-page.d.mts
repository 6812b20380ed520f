/** Types for scripts/sidebar-page.mjs, so the TypeScript tests can import it. */
export declare const CHROMIUM_ARGS: readonly string[];
export declare function findChromium(): string | null;
export declare function readFixturePost(name: string): string;
export interface SidebarPage {
	html: string;
	path: string;
	text: string;
	vault: string[];
	today: string;
}
export declare function buildSidebarPage(options?: { fixture?: string; interactive?: boolean }): Promise<SidebarPage>;
