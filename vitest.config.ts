import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		// The plugin tests build DOM; each such file opts in with `// @vitest-environment happy-dom`.
		environment: 'node',
	},
});
